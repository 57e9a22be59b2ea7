using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Parley.Tests.Infrastructure;

namespace Parley.Tests.Features.Votes;

public sealed class VoteTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private ParleyApp App => fixture.App;

    [Fact]
    public async Task Vote_UpThenDownThenWithdraw_KeepsOneVoteAndRightCounts()
    {
        var site = await App.CreateSiteAsync();
        var (id, _, _) = await site.PostAsync("vote on me");
        var voter = App.Client(await site.GuestAsync("voter"));

        var up = await (await voter.PutAsJsonAsync($"{site.Api}/comments/{id}/vote", new { value = 1 })).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal((1, 0), (up.GetProperty("upvotes").GetInt32(), up.GetProperty("downvotes").GetInt32()));
        await voter.PutAsJsonAsync($"{site.Api}/comments/{id}/vote", new { value = 1 });
        var down = await (await voter.PutAsJsonAsync($"{site.Api}/comments/{id}/vote", new { value = -1 })).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal((0, 1), (down.GetProperty("upvotes").GetInt32(), down.GetProperty("downvotes").GetInt32()));
        Assert.Equal(1, await App.DbAsync(db => db.Votes.CountAsync(v => v.CommentId == id)));

        var thread = await site.ThreadAsync();
        Assert.Equal(1, thread.Comments().Single().GetProperty("downvotes").GetInt32());
        var none = await (await voter.PutAsJsonAsync($"{site.Api}/comments/{id}/vote", new { value = 0 })).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, none.GetProperty("downvotes").GetInt32());
        Assert.Equal(0, await App.DbAsync(db => db.Votes.CountAsync(v => v.CommentId == id)));
    }

    [Fact]
    public async Task Vote_OnOwnComment_Returns403_AndBadValue_Returns400_AndAnonymous_Returns401()
    {
        var site = await App.CreateSiteAsync();
        var (id, token, _) = await site.PostAsync("mine");
        await (await App.Client(token).PutAsJsonAsync($"{site.Api}/comments/{id}/vote", new { value = 1 }))
            .AssertProblemAsync(HttpStatusCode.Forbidden, "own_comment");
        await (await App.Client(await site.GuestAsync()).PutAsJsonAsync($"{site.Api}/comments/{id}/vote", new { value = 5 }))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "invalid_vote");
        await (await App.Client().PutAsJsonAsync($"{site.Api}/comments/{id}/vote", new { value = 1 }))
            .AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
        Assert.Equal(0, await App.DbAsync(db => db.Votes.CountAsync(v => v.CommentId == id)));
    }
}
