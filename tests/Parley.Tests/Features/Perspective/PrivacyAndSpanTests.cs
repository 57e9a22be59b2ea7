using System.Net;
using Microsoft.EntityFrameworkCore;
using Parley.Tests.Infrastructure;

namespace Parley.Tests.Features.Perspective;

/// <summary><c>doNotStore</c> keeps text out of the database and logs; span offsets index the caller's text.</summary>
public sealed class PrivacyAndSpanTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private ParleyApp App => fixture.App;

    [Fact]
    public async Task DoNotStore_StoresNothing_AndNoTextReachesTheLogs()
    {
        var site = await App.CreateSiteAsync();
        var (_, key) = await App.CreateKeyAsync(site.Slug);
        const string Secret = "Private message: my neighbour Zebulon is a total idiot.";

        await App.AnalyzeOkAsync(key, new { comment = new { text = Secret }, requestedAttributes = new { TOXICITY = new { } }, doNotStore = true });
        var suggest = await App.PostAsync(PerspectiveKit.Suggest, key, new
        {
            comment = new { text = Secret },
            attributeScores = new { TOXICITY = new { summaryScore = new { value = 1 } } },
            doNotStore = true,
            clientToken = "private-1",
        });

        Assert.Equal("private-1", (await suggest.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("clientToken").GetString());
        Assert.Equal(0, await App.DbAsync(db => db.SuggestedScores.CountAsync(s => s.SiteId == site.Id)));
        Assert.DoesNotContain(App.Logs.GetSnapshot(), r => r.Message.Contains("Zebulon", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SpanOffsets_AreUtf16IndexesOfTheOriginalText()
    {
        var site = await App.CreateSiteAsync();
        var (_, key) = await App.CreateKeyAsync(site.Slug);
        const string Text = "  Great reporting 👍🏽 as always!\nBut you are a pathetic idiot, Dave…  Honestly?! Go away.";

        var json = await App.AnalyzeOkAsync(key, PerspectiveKit.Request(Text, spans: true));

        foreach (var attribute in PerspectiveKit.AllAttributes)
        {
            var spans = json.GetProperty("attributeScores").GetProperty(attribute).GetProperty("spanScores").EnumerateArray()
                .Select(s => Text[s.GetProperty("begin").GetInt32()..s.GetProperty("end").GetInt32()]).ToArray();
            Assert.Equal(["Great reporting 👍🏽 as always!", "But you are a pathetic idiot, Dave…", "Honestly?!", "Go away."], spans);
        }

        var insult = json.GetProperty("attributeScores").GetProperty("INSULT").GetProperty("spanScores");
        Assert.True(insult[1].GetProperty("score").GetProperty("value").GetSingle() > insult[0].GetProperty("score").GetProperty("value").GetSingle());
    }

    [Fact]
    public async Task SpanScores_UnderTheThreshold_AreLeftOut()
    {
        var site = await App.CreateSiteAsync();
        var (_, key) = await App.CreateKeyAsync(site.Slug);
        const string Text = "Thanks for the update. You are a pathetic idiot.";

        var json = await App.AnalyzeOkAsync(key, new
        {
            comment = new { text = Text },
            requestedAttributes = new { INSULT = new { scoreThreshold = 0.5 } },
            spanAnnotations = true,
        });

        var span = Assert.Single(json.GetProperty("attributeScores").GetProperty("INSULT").GetProperty("spanScores").EnumerateArray());
        Assert.Equal("You are a pathetic idiot.", Text[span.GetProperty("begin").GetInt32()..span.GetProperty("end").GetInt32()]);
    }
}
