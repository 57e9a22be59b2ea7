using System.Net;
using System.Net.Http.Json;
using Parley.Tests.Infrastructure;

namespace Parley.Tests.Features.Moderation;

public sealed class QueueAndHealthTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private ParleyApp App => fixture.App;

    [Fact]
    public async Task Flags_PutCommentInReportedQueue_AndHideItAtTheThreshold_ApproveRestores()
    {
        var site = await App.CreateSiteAsync();
        await site.ConfigureAsync(s => s.FlagHideThreshold = 2);
        var mod = App.Client(await site.ModeratorAsync());
        var (id, _, _) = await site.PostAsync("contested claim");

        await App.Client(await site.GuestAsync("r1")).PostAsJsonAsync($"{site.Api}/comments/{id}/flags", new { reason = "misinformation" });
        Assert.Single((await site.ThreadAsync()).Comments());
        var reported = await (await mod.GetAsync($"{SanctionTests.Admin(site)}/queues/reported")).ReadJsonAsync(HttpStatusCode.OK);
        var item = Assert.Single(reported.GetProperty("items").EnumerateArray());
        Assert.Equal("misinformation", item.GetProperty("flags")[0].GetProperty("reason").GetString());

        await App.Client(await site.GuestAsync("r2")).PostAsJsonAsync($"{site.Api}/comments/{id}/flags", new { reason = "abusive" });
        Assert.Empty((await site.ThreadAsync()).Comments());

        (await mod.PostAsJsonAsync($"{SanctionTests.Admin(site)}/comments/{id}/approve", new { })).EnsureSuccessStatusCode();
        Assert.Single((await site.ThreadAsync()).Comments());
        var after = await (await mod.GetAsync($"{SanctionTests.Admin(site)}/counts")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, after.GetProperty("reported").GetInt32());
    }

    [Fact]
    public async Task ThreadHealth_SwitchesHotStoryToPreModeration_AndModeratorSwitchesBack()
    {
        var site = await App.CreateSiteAsync();
        await site.ConfigureAsync(s => { s.SuspectWords.Add("traitor*"); s.ThreadHealthMinComments = 4; s.ThreadHealthThreshold = 0.5; });
        var mod = App.Client(await site.ModeratorAsync());
        await site.PostAsync("calm one", name: "a");
        await site.PostAsync("calm two", name: "b");
        await site.PostAsync("traitors all of them", name: "c");
        await site.PostAsync("more traitors", name: "d");

        var (_, _, calm) = await site.PostAsync("calm three", name: "e");
        Assert.Equal("pending", calm.GetProperty("status").GetString());
        var alerts = await (await mod.GetAsync($"{SanctionTests.Admin(site)}/alerts")).ReadJsonAsync(HttpStatusCode.OK);
        var story = Assert.Single(alerts.EnumerateArray());
        var audit = await (await mod.GetAsync($"{SanctionTests.Admin(site)}/audit?action=story.auto_premoderation")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Single(audit.EnumerateArray());

        (await mod.PutAsJsonAsync($"{SanctionTests.Admin(site)}/stories/{story.GetProperty("id").GetInt64()}/premoderation", new { mode = "none" })).EnsureSuccessStatusCode();
        Assert.Empty((await (await mod.GetAsync($"{SanctionTests.Admin(site)}/alerts")).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray());
        var (_, _, later) = await site.PostAsync("calm four", name: "f");
        Assert.Equal("published", later.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Queues_FilterByReasonStoryAndCommenter_WithCounts()
    {
        var site = await App.CreateSiteAsync();
        await site.ConfigureAsync(s => { s.SuspectWords.Add("bribe"); s.ThreadHealthThreshold = 0; });
        var mod = App.Client(await site.ModeratorAsync());
        var (a, token, _) = await site.PostAsync("a bribe here", url: site.StoryUrl("/one"));
        await site.PostAsync("see https://example.org", token, url: site.StoryUrl("/two"));
        await site.PostAsync("another bribe", name: "other", url: site.StoryUrl("/two"));

        var all = await (await mod.GetAsync($"{SanctionTests.Admin(site)}/queues/pending?sort=oldest")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(3, all.GetProperty("counts").GetProperty("pending").GetInt32());
        Assert.Equal(a, all.GetProperty("items")[0].GetProperty("id").GetInt64());
        var words = await (await mod.GetAsync($"{SanctionTests.Admin(site)}/queues/pending?reason=suspect_word")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, words.GetProperty("items").GetArrayLength());
        var links = await (await mod.GetAsync($"{SanctionTests.Admin(site)}/queues/pending?reason=link")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Single(links.GetProperty("items").EnumerateArray());
        var author = all.GetProperty("items")[0].GetProperty("author").GetProperty("id").GetInt64();
        var byAuthor = await (await mod.GetAsync($"{SanctionTests.Admin(site)}/queues/pending?commenter={author}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, byAuthor.GetProperty("items").GetArrayLength());
        var story = all.GetProperty("items")[0].GetProperty("story").GetProperty("id").GetInt64();
        var byStory = await (await mod.GetAsync($"{SanctionTests.Admin(site)}/queues/pending?story={story}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Single(byStory.GetProperty("items").EnumerateArray());
        var search = await (await mod.GetAsync($"{SanctionTests.Admin(site)}/queues/pending?q=another")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Single(search.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task FlaggedDisplayName_ShowsAsGuest_UntilApproved()
    {
        var site = await App.CreateSiteAsync();
        await site.ConfigureAsync(s => s.BannedWords.Add("nazi*"));
        var mod = App.Client(await site.ModeratorAsync());
        var (_, _, comment) = await site.PostAsync("hello there", name: "NaziHunter88");

        Assert.Equal("Guest", comment.GetProperty("author").GetProperty("name").GetString());
        var authorId = comment.GetProperty("author").GetProperty("id").GetInt64();
        (await mod.PostAsync($"{SanctionTests.Admin(site)}/commenters/{authorId}/approve-name", null)).EnsureSuccessStatusCode();
        Assert.Equal("NaziHunter88", (await site.ThreadAsync()).Comments().Single().GetProperty("author").GetProperty("name").GetString());
    }
}
