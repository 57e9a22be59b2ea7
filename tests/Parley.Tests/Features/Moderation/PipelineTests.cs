using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Parley.Classifier;
using Parley.Tests.Infrastructure;

namespace Parley.Tests.Features.Moderation;

/// <summary>Each pipeline step through HTTP, with the real classifier, and the order in which they run.</summary>
public sealed class PipelineTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    internal const string Rude = "You are a pathetic worthless idiot and everyone here despises you.";

    private ParleyApp App => fixture.App;

    [Fact]
    public async Task BannedWord_Rejects_AndRunsBeforeTheClassifier()
    {
        var site = await App.CreateSiteAsync();
        await site.ConfigureAsync(s => s.BannedWords.Add("idiot"));
        var (id, _, comment) = await site.PostAsync(Rude);

        Assert.Equal("rejected", comment.GetProperty("status").GetString());
        var stored = await App.DbAsync(db => db.Comments.AsNoTracking().FirstAsync(c => c.Id == id));
        Assert.Equal("banned_word", stored.Reason);
        var steps = Steps(stored.ModerationJson);
        Assert.Equal(["limits", "story_closed", "sanctions", "rate_limit", "repeat_post", "banned_words"], steps);
        Assert.Empty((await site.ThreadAsync()).Comments());
    }

    [Fact]
    public async Task BannedWord_IsScunthorpeSafe_AndSeesThroughObfuscation()
    {
        var site = await App.CreateSiteAsync();
        await site.ConfigureAsync(s => s.BannedWords.AddRange(["ass", "moron"]));
        var (_, token, clean) = await site.PostAsync("The class assessed the assassin's passage.");
        Assert.Equal("published", clean.GetProperty("status").GetString());

        foreach (var text in new[] { "what a m0r0n", "you m o r o n", "what a MОRОN" /* Cyrillic O */ })
        {
            var (_, _, obfuscated) = await site.PostAsync(text, token);
            Assert.True(obfuscated.GetProperty("status").GetString() == "rejected", $"'{text}' should match the banned list");
        }
    }

    [Fact]
    public async Task SuspectWord_Holds_ForAModerator()
    {
        var site = await App.CreateSiteAsync();
        await site.ConfigureAsync(s => s.SuspectWords.Add("refund*"));
        var (id, _, comment) = await site.PostAsync("Where are the refunds you promised?");

        Assert.Equal("pending", comment.GetProperty("status").GetString());
        Assert.Equal("suspect_word", await App.DbAsync(db => db.Comments.Where(c => c.Id == id).Select(c => c.Reason).FirstAsync()));
    }

    [Fact]
    public async Task Links_FromNewCommenters_AreHeld_AndPolicyRejectRejects()
    {
        var site = await App.CreateSiteAsync();
        var (_, _, held) = await site.PostAsync("Read https://example.org/report first.");
        Assert.Equal("pending", held.GetProperty("status").GetString());

        await site.ConfigureAsync(s => { s.HoldLinksFromNewCommenters = false; s.LinkPolicy = "reject"; });
        var (_, _, rejected) = await site.PostAsync("See www.example.org/x");
        Assert.Equal("rejected", rejected.GetProperty("status").GetString());

        await site.ConfigureAsync(s => s.LinkPolicy = "allow");
        var (_, _, allowed) = await site.PostAsync("Source: example.com/page");
        Assert.Equal("published", allowed.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Toxic_FirstSubmit_Nudges_ThenUnchangedResubmission_IsHeld()
    {
        var classifier = App.Services.GetRequiredService<IToxicityClassifier>();
        Assert.True(classifier.Score(Rude)[ToxicityLabel.Toxicity] >= 0.5, "precondition: the shipped model finds the test text toxic");
        var site = await App.CreateSiteAsync();
        var token = await site.GuestAsync();

        var first = await site.PostRawAsync(new { storyUrl = site.StoryUrl(), body = Rude }, token);
        var problem = await first.AssertProblemAsync((HttpStatusCode)422, "nudge");
        var nudge = problem.GetProperty("nudge");
        Assert.NotEmpty(nudge.GetProperty("labels").EnumerateArray());
        var span = nudge.GetProperty("spans").EnumerateArray().First();
        Assert.InRange(span.GetProperty("begin").GetInt32(), 0, Rude.Length);
        Assert.InRange(span.GetProperty("end").GetInt32(), span.GetProperty("begin").GetInt32() + 1, Rude.Length);
        Assert.Equal(0, await App.DbAsync(db => db.Comments.CountAsync(c => c.SiteId == site.Id)));

        var (id, _, again) = await site.PostAsync(Rude, token);
        Assert.Equal("pending", again.GetProperty("status").GetString());
        var stored = await App.DbAsync(db => db.Comments.AsNoTracking().FirstAsync(c => c.Id == id));
        Assert.StartsWith("toxicity:", stored.Reason);
        using var json = JsonDocument.Parse(stored.ModerationJson!);
        var toxicity = json.RootElement.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("step").GetString() == "toxicity");
        Assert.Equal(classifier.ModelVersion, toxicity.GetProperty("data").GetProperty("model").GetString());
        Assert.True(toxicity.GetProperty("data").GetProperty("scores").GetProperty("TOXICITY").GetDouble() >= 0.5);
    }

    [Fact]
    public async Task Toxic_WithInsist_IsHeld_NotNudged()
    {
        var site = await App.CreateSiteAsync();
        var response = await site.PostRawAsync(new { storyUrl = site.StoryUrl(), body = Rude, displayName = "Insister", insist = true });
        var json = await response.ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal("pending", json.GetProperty("comment").GetProperty("status").GetString());
    }

    [Fact]
    public async Task CivilWarNews_IsPublished()
    {
        var site = await App.CreateSiteAsync();
        var (_, _, comment) = await site.PostAsync("The coalition vowed to destroy the militants' last stronghold before the ceasefire talks resume.");
        Assert.Equal("published", comment.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Edit_IsModeratedAgain()
    {
        var site = await App.CreateSiteAsync();
        await site.ConfigureAsync(s => s.BannedWords.Add("scam"));
        var (id, token, _) = await site.PostAsync("A fair point about the budget.");
        var response = await App.Client(token).PatchAsJsonAsync($"{site.Api}/comments/{id}", new { body = "This budget is a scam." });

        Assert.Equal("rejected", (await response.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("status").GetString());
        var thread = await site.ThreadAsync();
        Assert.Empty(thread.Comments());
        Assert.Equal(0, thread.GetProperty("story").GetProperty("commentCount").GetInt32());
    }

    [Fact]
    public async Task RepeatPost_IsRefused()
    {
        var site = await App.CreateSiteAsync();
        var (_, token, _) = await site.PostAsync("Same words twice.");
        await (await site.PostRawAsync(new { storyUrl = site.StoryUrl(), body = "Same words twice. " }, token)).AssertProblemAsync(HttpStatusCode.Conflict, "duplicate_comment");
        App.Clock.Advance(TimeSpan.FromMinutes(11));
        await site.PostAsync("Same words twice.", token);
    }

    [Fact]
    public async Task Trust_HoldsFirstComments_ThenPublishes()
    {
        var site = await App.CreateSiteAsync();
        await site.ConfigureAsync(s => s.HoldFirstComments = 2);
        var (_, token, first) = await site.PostAsync("one");
        var (_, _, second) = await site.PostAsync("two", token);
        var (_, _, third) = await site.PostAsync("three", token);
        Assert.Equal(["pending", "pending", "published"], new[] { first, second, third }.Select(c => c.GetProperty("status").GetString()));
    }

    [Theory]
    [InlineData("all", "pending", "pending")]
    [InlineData("first", "pending", "published")]
    [InlineData("none", "published", "published")]
    public async Task PreModeration_Modes(string mode, string firstStatus, string afterApproval)
    {
        var site = await App.CreateSiteAsync();
        await site.ConfigureAsync(s => s.PreModeration = mode);
        var mod = App.Client(await site.ModeratorAsync());
        var (id, token, first) = await site.PostAsync("first words");
        Assert.Equal(firstStatus, first.GetProperty("status").GetString());
        if (firstStatus == "pending")
        {
            (await mod.PostAsJsonAsync($"/api/admin/sites/{site.Slug}/comments/{id}/approve", new { })).EnsureSuccessStatusCode();
        }

        var (_, _, second) = await site.PostAsync("second words", token);
        Assert.Equal(afterApproval, second.GetProperty("status").GetString());
    }

    private static List<string> Steps(string? json) =>
        [.. JsonDocument.Parse(json!).RootElement.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("step").GetString()!)];
}
