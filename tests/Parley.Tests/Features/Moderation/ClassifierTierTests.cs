using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Parley.Classifier;
using Parley.Tests.Infrastructure;

namespace Parley.Tests.Features.Moderation;

/// <summary>Moderation:ClassifierTier picks the classifier every feature shares.</summary>
public sealed class ClassifierTierTests
{
    [Fact]
    public async Task Combined_tier_scores_comments_and_is_recorded_with_them()
    {
        await using var app = new ParleyApp(new() { ["Moderation:ClassifierTier"] = "Combined" });
        var classifier = app.Services.GetRequiredService<IToxicityClassifier>();
        Assert.StartsWith("combined:", classifier.ModelVersion);

        var site = await app.CreateSiteAsync();
        var response = await site.PostRawAsync(new { storyUrl = site.StoryUrl(), body = PipelineTests.Rude, displayName = "Insister", insist = true });
        var json = await response.ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal("pending", json.GetProperty("comment").GetProperty("status").GetString());

        var stored = await app.DbAsync(db => db.Comments.AsNoTracking().SingleAsync(c => c.SiteId == site.Id));
        using var evidence = JsonDocument.Parse(stored.ModerationJson!);
        var toxicity = evidence.RootElement.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("step").GetString() == "toxicity");
        Assert.Equal(classifier.ModelVersion, toxicity.GetProperty("data").GetProperty("model").GetString());
    }

    [Fact]
    public async Task The_default_tier_is_lexical()
    {
        await using var app = new ParleyApp();
        Assert.StartsWith("parley-lexical", app.Services.GetRequiredService<IToxicityClassifier>().ModelVersion);
    }

    [Fact]
    public async Task An_unknown_tier_stops_the_server_at_start()
    {
        await using var app = new ParleyApp(new() { ["Moderation:ClassifierTier"] = "Psychic" });
        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());
        Assert.Contains("ClassifierTier", error.ToString(), StringComparison.Ordinal);
    }
}
