using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Parley.Classifier;
using Parley.Tests.Infrastructure;

namespace Parley.Tests.Features.Moderation;

/// <summary>
/// A flag the combined tier's semantic half raises has no lexical span; the toxicity step asks the classifier to
/// explain it (<see cref="IToxicityClassifier.Explain"/>) so the author's nudge shows which words it rests on. The
/// explanation must never cost the decision: a failing or slow one leaves the flag without spans, within the timeout.
/// </summary>
public sealed class ExplanationTests
{
    private const string GroupAttack = "Those people breed like rabbits and take everything we built.";

    /// <summary>The real classifier's scores, with an Explain that fails or waits to be cancelled.</summary>
    private sealed class Unexplaining(IToxicityClassifier inner, bool hang) : IToxicityClassifier
    {
        public bool Cancelled { get; private set; }

        public string ModelVersion => inner.ModelVersion;

        public ClassificationResult Score(string text, TextKind kind = TextKind.Comment) => inner.Score(text, kind);

        public ClassificationResult Explain(string text, ClassificationResult result, IReadOnlyCollection<ToxicityLabel> labels,
            TextKind kind = TextKind.Comment, CancellationToken cancellationToken = default)
        {
            if (!hang)
            {
                throw new InvalidOperationException("explanation bug");
            }

            cancellationToken.WaitHandle.WaitOne(TimeSpan.FromSeconds(30));
            Cancelled = cancellationToken.IsCancellationRequested;
            cancellationToken.ThrowIfCancellationRequested();
            return result;
        }
    }

    private static IToxicityClassifier Combined()
    {
        try
        {
            return ToxicityClassifiers.LoadCombined();
        }
        catch (InvalidOperationException e) when (e.Message.Contains("not embedded", StringComparison.Ordinal))
        {
            Assert.Skip("models/semantic-heads.bin is not built: run `parley train --tier semantic`.");
            throw;
        }
    }

    private static async Task<System.Text.Json.JsonElement> NudgeAsync(ParleyApp app)
    {
        var site = await app.CreateSiteAsync();
        var response = await site.PostRawAsync(new { storyUrl = site.StoryUrl(), body = GroupAttack, displayName = "Reader" });
        var problem = await response.AssertProblemAsync((HttpStatusCode)422, "nudge");
        return problem.GetProperty("nudge");
    }

    [Fact]
    public async Task The_nudge_shows_the_words_a_semantic_identity_attack_rests_on()
    {
        var combined = Combined();
        Assert.Empty(combined.Score(GroupAttack).Spans[(int)ToxicityLabel.IdentityAttack]); // precondition: no rule fired
        await using var app = new ParleyApp(services: s => s.Replace(ServiceDescriptor.Singleton(combined)));

        var nudge = await NudgeAsync(app);

        Assert.Contains(nudge.GetProperty("labels").EnumerateArray(), l => l.GetProperty("label").GetString() == "IDENTITY_ATTACK");
        var words = nudge.GetProperty("spans").EnumerateArray()
            .Where(s => s.GetProperty("label").GetString() == "IDENTITY_ATTACK")
            .Select(s => GroupAttack[s.GetProperty("begin").GetInt32()..s.GetProperty("end").GetInt32()]).ToList();
        Assert.Contains("breed", words);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_failing_or_slow_explanation_keeps_the_nudge_without_spans_and_logs_no_text(bool hang)
    {
        var classifier = new Unexplaining(Combined(), hang);
        await using var app = new ParleyApp(
            services: s => s.Replace(ServiceDescriptor.Singleton<IToxicityClassifier>(classifier)),
            settings: new Dictionary<string, string?> { ["Moderation:ClassifierTimeoutMs"] = "1500" });

        var nudge = await NudgeAsync(app);

        Assert.Contains(nudge.GetProperty("labels").EnumerateArray(), l => l.GetProperty("label").GetString() == "IDENTITY_ATTACK");
        Assert.DoesNotContain(nudge.GetProperty("spans").EnumerateArray(), s => s.GetProperty("label").GetString() == "IDENTITY_ATTACK");
        Assert.Equal(hang, classifier.Cancelled);
        var logs = app.Logs.GetSnapshot();
        Assert.Contains(logs, r => r.Message.Contains("explanation failed", StringComparison.Ordinal));
        Assert.DoesNotContain(logs, r => r.Message.Contains("rabbits", StringComparison.Ordinal));
    }
}
