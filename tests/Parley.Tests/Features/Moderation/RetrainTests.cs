using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Parley.Classifier;
using Parley.Tests.Infrastructure;

namespace Parley.Tests.Features.Moderation;

/// <summary>Learning from a site's moderators, measured on decisions the new head never saw.</summary>
public sealed class RetrainTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static readonly string[] Openers = ["Great read!", "Interesting take.", "Thanks for this.", "Nice article.", "Good reporting.", "Well written."];
    private static readonly string[] Pitches =
    [
        "DM me on telegram for my crypto signals, 10x gains guaranteed",
        "join my bitcoin trading group, passive income every single day",
        "my crypto mentor turned 500 into 20k, message him on whatsapp",
        "free crypto giveaway for the first fifty people who message me",
    ];

    private static readonly string[] Topics = ["the bike lanes", "the budget", "the ceasefire talks", "the hospital plan", "the school reform", "the harbour"];
    private static readonly string[] Views = ["seems sensible", "needs more scrutiny", "was explained well", "raises fair questions", "deserves a vote", "is overdue"];

    private ParleyApp App => fixture.App;

    [Fact]
    public async Task Retrain_LearnsWhatModeratorsReject_AndSwitchesOnlyWhenBetter()
    {
        var site = await App.CreateSiteAsync();
        await site.ConfigureAsync(s => { s.PreModeration = "all"; s.ThreadHealthThreshold = 0; s.RejectionRateHold = 0; s.HoldLinksFromNewCommenters = false; });
        var admin = App.Client(await site.ModeratorAsync("editor", Parley.Features.Commenters.Role.Admin));
        var classifier = App.Services.GetRequiredService<IToxicityClassifier>();

        // Too few decisions: nothing changes, and the audit log says why.
        var early = await (await admin.PostAsync($"/api/admin/sites/{site.Slug}/retrain", null)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.False(early.GetProperty("switched").GetBoolean());

        var spam = new List<long>();
        var civil = new List<long>();
        for (var i = 0; i < 48; i++)
        {
            var pitch = $"{Openers[i % Openers.Length]} Also, {Pitches[i % Pitches.Length]} (offer {i}).";
            Assert.True(classifier.Score(pitch)[ToxicityLabel.Toxicity] < 0.5, "precondition: the shipped model does not see this spam as toxic");
            spam.Add((await site.PostAsync(pitch, name: $"seller{i}")).Id);
            civil.Add((await site.PostAsync($"{Openers[(i + 1) % Openers.Length]} I think {Topics[i % Topics.Length]} {Views[(i / 2) % Views.Length]} ({i}).", name: $"reader{i}")).Id);
        }

        (await admin.PostAsJsonAsync($"/api/admin/sites/{site.Slug}/comments/bulk", new { ids = spam, action = "reject", reason = "spam" })).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync($"/api/admin/sites/{site.Slug}/comments/bulk", new { ids = civil, action = "approve" })).EnsureSuccessStatusCode();

        var report = await (await admin.PostAsync($"/api/admin/sites/{site.Slug}/retrain", null)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.True(report.GetProperty("switched").GetBoolean(), report.ToString());
        var oldAuc = report.GetProperty("oldAuc").GetDouble();
        var newAuc = report.GetProperty("newAuc").GetDouble();
        Assert.True(newAuc >= oldAuc + 0.1, $"new {newAuc} vs old {oldAuc}");
        Assert.True(report.GetProperty("heldBack").GetInt32() >= 20);

        var audit = await (await admin.GetAsync($"/api/admin/sites/{site.Slug}/audit?action=model.retrain")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, audit.GetArrayLength());
        Assert.Contains("\"newAuc\"", audit[0].GetProperty("data").GetString());

        // The new head now holds an unseen pitch that the shipped model alone would publish.
        await site.ConfigureAsync(s => s.PreModeration = "none");
        var (_, _, pitchComment) = await site.PostAsync("Lovely photos. Message me for crypto signals and easy gains today.", name: "newseller");
        Assert.Equal("pending", pitchComment.GetProperty("status").GetString());
        var (_, _, civilComment) = await site.PostAsync("I think the harbour plan deserves a proper vote.", name: "newreader");
        Assert.Equal("published", civilComment.GetProperty("status").GetString());

        // Retraining again on the same decisions is not better than the head it has: it keeps it.
        var again = await (await admin.PostAsync($"/api/admin/sites/{site.Slug}/retrain", null)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.False(again.GetProperty("switched").GetBoolean());
    }
}
