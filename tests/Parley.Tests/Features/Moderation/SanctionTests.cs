using System.Net;
using System.Net.Http.Json;
using Parley.Tests.Infrastructure;

namespace Parley.Tests.Features.Moderation;

public sealed class SanctionTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private ParleyApp App => fixture.App;

    [Fact]
    public async Task Ban_RefusesNewComments_UntilLifted()
    {
        var (site, mod) = await SetupAsync();
        var (_, token, comment) = await site.PostAsync("before the ban");
        var authorId = comment.GetProperty("author").GetProperty("id").GetInt64();

        var sanction = await (await mod.PostAsJsonAsync($"{Admin(site)}/commenters/{authorId}/sanctions", new { kind = "ban", reason = "abuse" })).ReadJsonAsync(HttpStatusCode.OK);
        await (await site.PostRawAsync(new { storyUrl = site.StoryUrl(), body = "after" }, token)).AssertProblemAsync(HttpStatusCode.Forbidden, "banned");

        (await mod.DeleteAsync($"{Admin(site)}/commenters/{authorId}/sanctions/{sanction.GetProperty("id").GetInt64()}")).EnsureSuccessStatusCode();
        await site.PostAsync("after the ban was lifted", token);
    }

    [Fact]
    public async Task Suspension_EndsByItself()
    {
        var (site, mod) = await SetupAsync();
        var (_, token, comment) = await site.PostAsync("hello");
        var authorId = comment.GetProperty("author").GetProperty("id").GetInt64();

        await (await mod.PostAsJsonAsync($"{Admin(site)}/commenters/{authorId}/sanctions", new { kind = "suspend", days = 1 })).ReadJsonAsync(HttpStatusCode.OK);
        await (await site.PostRawAsync(new { storyUrl = site.StoryUrl(), body = "during" }, token)).AssertProblemAsync(HttpStatusCode.Forbidden, "suspended");
        await (await mod.PostAsJsonAsync($"{Admin(site)}/commenters/{authorId}/sanctions", new { kind = "suspend" }))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "invalid_duration");
        App.Clock.Advance(TimeSpan.FromDays(2));
        await site.PostAsync("after the suspension", token);
    }

    [Fact]
    public async Task Shadow_AuthorSeesOwnComments_OthersDoNot()
    {
        var (site, mod) = await SetupAsync();
        var (earlier, token, comment) = await site.PostAsync("visible before");
        var authorId = comment.GetProperty("author").GetProperty("id").GetInt64();
        await (await mod.PostAsJsonAsync($"{Admin(site)}/commenters/{authorId}/sanctions", new { kind = "shadow" })).ReadJsonAsync(HttpStatusCode.OK);
        var (later, _, shadowed) = await site.PostAsync("shadowed words", token);

        Assert.Equal("published", shadowed.GetProperty("status").GetString());
        var own = await site.ThreadAsync(token: token);
        Assert.Equal(2, own.Comments().Count());
        var others = await site.ThreadAsync();
        Assert.DoesNotContain(others.Comments(), c => c.GetProperty("id").GetInt64() is var id && (id == later || id == earlier));
        Assert.Equal(0, others.GetProperty("story").GetProperty("commentCount").GetInt32());
    }

    [Fact]
    public async Task PreModerateAuthor_HoldsTheirComments_AndRejectAllPendingWorks()
    {
        var (site, mod) = await SetupAsync();
        var (_, token, comment) = await site.PostAsync("first");
        var authorId = comment.GetProperty("author").GetProperty("id").GetInt64();
        await (await mod.PostAsJsonAsync($"{Admin(site)}/commenters/{authorId}/sanctions", new { kind = "premoderate" })).ReadJsonAsync(HttpStatusCode.OK);
        var (_, _, a) = await site.PostAsync("second", token);
        var (_, _, b) = await site.PostAsync("third", token);
        Assert.Equal("pending", a.GetProperty("status").GetString());
        Assert.Equal("pending", b.GetProperty("status").GetString());

        var rejected = await (await mod.PostAsJsonAsync($"{Admin(site)}/commenters/{authorId}/reject-pending", new { reason = "spam run" })).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, rejected.GetProperty("decided").GetInt32());
        var history = await (await mod.GetAsync($"{Admin(site)}/commenters/{authorId}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, history.GetProperty("counts").GetProperty("rejected").GetInt32());
        Assert.Equal("premoderate", history.GetProperty("sanctions")[0].GetProperty("kind").GetString());
    }

    [Fact]
    public async Task RejectionRate_HoldsARepeatOffender()
    {
        var (site, mod) = await SetupAsync();
        var token = await site.GuestAsync("offender");
        for (var i = 0; i < 4; i++)
        {
            var (id, _, _) = await site.PostAsync($"borderline {i}", token);
            (await mod.PostAsJsonAsync($"{Admin(site)}/comments/{id}/reject", new { reason = "rude" })).EnsureSuccessStatusCode();
        }

        var (heldId, _, held) = await site.PostAsync("one more", token);
        Assert.Equal("pending", held.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Staff_CannotBeSanctioned()
    {
        var (site, mod) = await SetupAsync();
        var me = await (await mod.GetAsync($"{Admin(site)}/me")).ReadJsonAsync(HttpStatusCode.OK);
        await (await mod.PostAsJsonAsync($"{Admin(site)}/commenters/{me.GetProperty("id").GetInt64()}/sanctions", new { kind = "ban" }))
            .AssertProblemAsync(HttpStatusCode.Forbidden, "cannot_sanction_staff");
    }

    internal static string Admin(TestSite site) => $"/api/admin/sites/{site.Slug}";

    private async Task<(TestSite Site, HttpClient Mod)> SetupAsync()
    {
        var site = await App.CreateSiteAsync();
        return (site, App.Client(await site.ModeratorAsync()));
    }
}
