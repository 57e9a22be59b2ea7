using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Parley.Tests.Infrastructure;

namespace Parley.Tests.Features.Perspective;

/// <summary>
/// Replays the request/response examples of Perspective's public API reference (methods.md, the
/// quickstart, limits.md) and the requests Coral's toxicity phase builds (services/perspective), and
/// checks the answers have Perspective's shape, byte for byte where the documents show it.
/// </summary>
public sealed class CompatibilityTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private ParleyApp App => fixture.App;

    [Fact]
    public async Task AnalyzeReferenceExample_AnswersPerspectiveShape_WithSentenceSpans()
    {
        var site = await App.CreateSiteAsync();
        var (_, key) = await App.CreateKeyAsync(site.Slug);

        // methods.md "AnalyzeComment example", with our attributes and span annotations asked for.
        var response = await App.PostJsonAsync($"{PerspectiveKit.Analyze}?key={key}", """
            {
              "comment": { "text": "What kind of idiot name is foo? Sorry, I like your name." },
              "languages": ["en"],
              "requestedAttributes": { "TOXICITY": {}, "INSULT": {} },
              "spanAnnotations": true
            }
            """);
        var json = await response.ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal(["attributeScores", "languages", "detectedLanguages"], json.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["TOXICITY", "INSULT"], json.GetProperty("attributeScores").EnumerateObject().Select(p => p.Name));
        var toxicity = json.GetProperty("attributeScores").GetProperty("TOXICITY");
        Assert.Equal(["spanScores", "summaryScore"], toxicity.EnumerateObject().Select(p => p.Name));
        Assert.Equal("PROBABILITY", toxicity.GetProperty("summaryScore").GetProperty("type").GetString());
        var spans = toxicity.GetProperty("spanScores").EnumerateArray()
            .Select(s => (s.GetProperty("begin").GetInt32(), s.GetProperty("end").GetInt32())).ToArray();
        Assert.Equal([(0, 31), (32, 56)], spans);
        var first = toxicity.GetProperty("spanScores")[0].GetProperty("score");
        var second = toxicity.GetProperty("spanScores")[1].GetProperty("score");
        Assert.True(first.GetProperty("value").GetSingle() > second.GetProperty("value").GetSingle(), "the insulting sentence scores higher");
        Assert.Equal("PROBABILITY", first.GetProperty("type").GetString());
        Assert.Equal(["en"], json.GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
    }

    [Fact]
    public async Task AnalyzeReferenceExample_AsPublished_RefusesTheAttributeWeDoNotServe()
    {
        var site = await App.CreateSiteAsync();
        var (_, key) = await App.CreateKeyAsync(site.Slug);

        var response = await App.PostJsonAsync($"{PerspectiveKit.Analyze}?key={key}", """
            {"comment": {"text": "What kind of idiot name is foo?"}, "languages": ["en"],
             "requestedAttributes": {"TOXICITY": {}, "UNSUBSTANTIAL": {}}}
            """);

        await response.AssertGoogleErrorAsync(HttpStatusCode.BadRequest, "INVALID_ARGUMENT", "Unknown requested attribute: UNSUBSTANTIAL");
    }

    [Fact]
    public async Task QuickstartExample_WithoutLanguages_DetectsEnglish_AndScoresLow()
    {
        var site = await App.CreateSiteAsync();
        var (_, key) = await App.CreateKeyAsync(site.Slug);

        var json = await App.AnalyzeOkAsync(key, new { comment = new { text = "friendly greetings from python" }, requestedAttributes = new { TOXICITY = new { } } });

        Assert.True(json.Summary("TOXICITY") < 0.5f);
        Assert.False(json.GetProperty("attributeScores").GetProperty("TOXICITY").TryGetProperty("spanScores", out _));
        Assert.Equal("en", json.GetProperty("languages")[0].GetString());
        Assert.Equal("en", json.GetProperty("detectedLanguages")[0].GetString());
    }

    [Fact]
    public async Task ScoresUnderTheirThresholds_AreOmitted_LikePerspective()
    {
        var site = await App.CreateSiteAsync();
        var (_, key) = await App.CreateKeyAsync(site.Slug);
        var text = "You are a complete idiot and everyone here knows it.";

        var json = await App.AnalyzeOkAsync(key, new
        {
            comment = new { text },
            languages = new[] { "en" },
            clientToken = "t-1",
            requestedAttributes = new Dictionary<string, object>
            {
                ["INSULT"] = new { scoreThreshold = 0.5 },
                ["THREAT"] = new { scoreThreshold = 0.9 },
                ["TOXICITY"] = new { scoreType = "PROBABILITY" },
            },
        });

        var names = json.GetProperty("attributeScores").EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Equal(["INSULT", "TOXICITY"], names);
        Assert.True(json.Summary("INSULT") >= 0.5f);
        Assert.Equal("t-1", json.GetProperty("clientToken").GetString());

        // All below threshold: no attributeScores at all (as reported against Perspective by its users).
        var none = await App.AnalyzeOkAsync(key, new
        {
            comment = new { text = "Thanks for the thoughtful article." },
            languages = new[] { "en" },
            requestedAttributes = new { TOXICITY = new { scoreThreshold = 0.6 }, INSULT = new { scoreThreshold = 0.7 } },
        });
        Assert.Equal(["languages", "detectedLanguages"], none.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task SuggestScoreReferenceExample_EchoesClientToken_AndStoresTheLabel()
    {
        var site = await App.CreateSiteAsync();
        var (keyId, key) = await App.CreateKeyAsync(site.Slug);

        var response = await App.PostJsonAsync($"{PerspectiveKit.Suggest}?key={key}", """
            {
              "comment": { "text": "I guess it comes down a simple choice: Get busy living, or get busy dying." },
              "attributeScores": { "TOXICITY": { "summaryScore": { "value": 0 } } },
              "communityId": "/forum/movies",
              "clientToken": "comment-53922"
            }
            """);
        var json = await response.ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal("comment-53922", json.GetProperty("clientToken").GetString());
        var stored = await App.DbAsync(db => db.SuggestedScores.Where(s => s.SiteId == site.Id).ToListAsync());
        var row = Assert.Single(stored);
        Assert.Equal(keyId, row.ApiKeyId);
        Assert.Equal("/forum/movies", row.CommunityId);
        Assert.Equal("comment-53922", row.ClientToken);
        Assert.StartsWith("I guess it comes down", row.Text);
        Assert.Equal(0f, JsonSerializer.Deserialize<Dictionary<string, float>>(row.ScoresJson)!["TOXICITY"]);
    }

    [Fact]
    public async Task CoralToxicPhaseRequests_WorkUnchanged()
    {
        var site = await App.CreateSiteAsync();
        var (_, key) = await App.CreateKeyAsync(site.Slug);

        // coralproject/talk server/src/core/server/services/perspective/perspective.ts formatBody(), analyze.
        var analyze = await App.PostJsonAsync($"/v1alpha1/comments:analyze?key={key}", JsonSerializer.Serialize(new
        {
            comment = new { text = "This is a perfectly civil comment about the budget." },
            doNotStore = true,
            requestedAttributes = new Dictionary<string, object> { ["TOXICITY"] = new { } },
            languages = new[] { "en" },
        }));
        var result = await analyze.ReadJsonAsync(HttpStatusCode.OK);
        Assert.InRange(result.Summary("TOXICITY"), 0f, 1f);

        // The same file's suggestscore body, sent when a moderator approves or rejects.
        var suggest = await App.PostJsonAsync($"/v1alpha1/comments:suggestscore?key={key}", JsonSerializer.Serialize(new
        {
            comment = new { text = "This is a perfectly civil comment about the budget." },
            context = new { entries = new[] { new { text = """{"url":"https://news.example/a?commentID=c1","Coral_comment_id":"c1"}""" } } },
            attributeScores = new Dictionary<string, object> { ["TOXICITY"] = new { summaryScore = new { value = 0 } } },
            languages = new[] { "en" },
            communityId = "Coral:https://news.example",
            clientToken = "comment:c1",
        }));
        Assert.Equal("comment:c1", (await suggest.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("clientToken").GetString());
    }

    [Fact]
    public async Task DiscoveryDocument_PointsGoogleClientsAtThisServer()
    {
        var response = await App.Client().GetAsync("/$discovery/rest?version=v1alpha1");
        var json = await response.ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal("commentanalyzer", json.GetProperty("name").GetString());
        Assert.Equal("http://localhost/", json.GetProperty("rootUrl").GetString());
        var analyze = json.GetProperty("resources").GetProperty("comments").GetProperty("methods").GetProperty("analyze");
        Assert.Equal("v1alpha1/comments:analyze", analyze.GetProperty("path").GetString());
        Assert.Equal("POST", analyze.GetProperty("httpMethod").GetString());
    }
}
