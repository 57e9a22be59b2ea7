using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Parley.Classifier;
using Parley.Tests.Infrastructure;

namespace Parley.Tests.Features.Moderation;

/// <summary>
/// A classifier that fails on a comment, as session 18's rules did twice (an index outside a text's tokens), must not cost
/// the comment: the site's failure policy holds it (or publishes it), the post answers 201, and the log names the failure
/// without the text. The failing classifier is injected at the dependency's edge; everything else is the real app.
/// </summary>
public sealed class ClassifierFailureTests
{
    private sealed class FailingClassifier(bool namesToo = false) : IToxicityClassifier
    {
        public string ModelVersion => "failing";

        public ClassificationResult Score(string text, TextKind kind = TextKind.Comment) =>
            kind == TextKind.DisplayName && !namesToo ? ToxicityClassifiers.LoadDefault().Score(text, kind) : throw new IndexOutOfRangeException();
    }

    [Fact]
    public async Task A_classifier_bug_holds_the_comment_by_default_and_logs_no_text()
    {
        await using var app = new ParleyApp(services: s => s.Replace(ServiceDescriptor.Singleton<IToxicityClassifier>(new FailingClassifier())));
        var site = await app.CreateSiteAsync();
        const string body = "The council's plan for the Zebediah Street bridge is a sensible one.";

        var response = await site.PostRawAsync(new { storyUrl = site.StoryUrl(), body, displayName = "Reader" });

        var json = await response.ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal("pending", json.GetProperty("comment").GetProperty("status").GetString());
        var logs = app.Logs.GetSnapshot();
        Assert.Contains(logs, r => r.Message.Contains("IndexOutOfRangeException", StringComparison.Ordinal));
        Assert.DoesNotContain(logs, r => r.Message.Contains("Zebediah", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_classifier_bug_on_a_display_name_holds_the_name_and_keeps_the_comment()
    {
        await using var app = new ParleyApp(services: s => s.Replace(ServiceDescriptor.Singleton<IToxicityClassifier>(new FailingClassifier(namesToo: true))));
        var site = await app.CreateSiteAsync();

        var response = await site.PostRawAsync(new { storyUrl = site.StoryUrl(), body = "Good reporting, thank you.", displayName = "Quillon Varga" });

        var json = await response.ReadJsonAsync(HttpStatusCode.Created);
        var comment = json.GetProperty("comment");
        Assert.Equal("pending", comment.GetProperty("status").GetString());
        Assert.Equal("Guest", comment.GetProperty("author").GetProperty("name").GetString());
        Assert.DoesNotContain(app.Logs.GetSnapshot(), r => r.Message.Contains("Quillon", StringComparison.Ordinal));
    }
}
