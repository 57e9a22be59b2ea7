using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Parley.Features.Comments;
using Parley.Tests.Infrastructure;

namespace Parley.Tests.Features.Comments;

public sealed class ThreadTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private ParleyApp App => fixture.App;

    [Fact]
    public async Task Thread_FlattensRepliesPastMaxDepth_WithReplyTo()
    {
        var site = await App.CreateSiteAsync();
        var (id, token, _) = await site.PostAsync("d0", name: "Zero");
        var ids = new List<long> { id };
        for (var depth = 1; depth <= 5; depth++)
        {
            ids.Add((await site.PostAsync($"d{depth}", token, ids[^1])).Id);
        }

        var thread = await site.ThreadAsync(query: "&depth=2");
        var d0 = Assert.Single(thread.Comments());
        var d1 = Assert.Single(d0.GetProperty("replies").EnumerateArray());
        var d2 = Assert.Single(d1.GetProperty("replies").EnumerateArray());
        var flattened = d2.GetProperty("replies").EnumerateArray().ToList();
        Assert.Equal([ids[3], ids[4], ids[5]], flattened.Select(c => c.GetProperty("id").GetInt64()));
        Assert.Equal(ids[4], flattened[2].GetProperty("replyTo").GetProperty("id").GetInt64());
        Assert.All(flattened, c => Assert.Empty(c.GetProperty("replies").EnumerateArray()));
        Assert.False(d2.TryGetProperty("replyTo", out _));
    }

    [Theory]
    [InlineData("newest")]
    [InlineData("oldest")]
    [InlineData("best")]
    public async Task Thread_CursorPagination_VisitsEveryTopLevelCommentOnce(string sort)
    {
        var site = await App.CreateSiteAsync();
        var (first, token, _) = await site.PostAsync("c0");
        var all = new List<long> { first };
        for (var i = 1; i < 7; i++)
        {
            App.Clock.Advance(TimeSpan.FromSeconds(1));
            all.Add((await site.PostAsync($"c{i}", token)).Id);
        }

        var voter = await site.GuestAsync("voter");
        await App.Client(voter).PutAsJsonAsync($"{site.Api}/comments/{all[2]}/vote", new { value = 1 });

        var seen = new List<long>();
        string? cursor = null;
        do
        {
            var page = await site.ThreadAsync(query: $"&sort={sort}&limit=3" + (cursor is null ? "" : $"&cursor={cursor}"));
            seen.AddRange(page.Comments().Select(c => c.GetProperty("id").GetInt64()));
            cursor = page.TryGetProperty("nextCursor", out var next) ? next.GetString() : null;
        }
        while (cursor is not null);

        var expected = sort switch
        {
            "newest" => Enumerable.Reverse(all).ToList(),
            "oldest" => all,
            _ => [all[2], .. Enumerable.Reverse(all).Where(i => i != all[2])],
        };
        Assert.Equal(expected, seen);
    }

    [Theory]
    [InlineData("&sort=sideways", "invalid_sort")]
    [InlineData("&cursor=garbage", "invalid_cursor")]
    [InlineData("&limit=1000", "invalid_limit")]
    [InlineData("&depth=0", "invalid_depth")]
    public async Task Thread_WithBadQuery_Returns400(string query, string code)
    {
        var site = await App.CreateSiteAsync();
        var response = await App.Client().GetAsync($"{site.Api}/thread?url={Uri.EscapeDataString(site.StoryUrl())}{query}");
        await response.AssertProblemAsync(HttpStatusCode.BadRequest, code);
    }

    [Fact]
    public async Task Thread_ShowsDeletedCommentWithReplies_AsTombstone_AndDropsDeletedLeaf()
    {
        var site = await App.CreateSiteAsync();
        var (parent, token, _) = await site.PostAsync("parent text");
        await site.PostAsync("reply", parentId: parent);
        var (leaf, _, _) = await site.PostAsync("leaf", token);
        Assert.Equal(HttpStatusCode.NoContent, (await App.Client(token).DeleteAsync($"{site.Api}/comments/{parent}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await App.Client(token).DeleteAsync($"{site.Api}/comments/{leaf}")).StatusCode);

        var thread = await site.ThreadAsync();
        var tomb = Assert.Single(thread.Comments());
        Assert.Equal("deleted", tomb.GetProperty("status").GetString());
        Assert.False(tomb.TryGetProperty("html", out _));
        Assert.False(tomb.TryGetProperty("author", out _));
        Assert.Single(tomb.GetProperty("replies").EnumerateArray());
        Assert.Equal(1, thread.GetProperty("story").GetProperty("commentCount").GetInt32());
        var stored = await App.DbAsync(db => db.Comments.AsNoTracking().FirstAsync(c => c.Id == parent));
        Assert.Equal("", stored.BodyMarkdown);
    }

    [Fact]
    public async Task PendingComment_IsVisibleToItsAuthorOnly()
    {
        var site = await App.CreateSiteAsync();
        var (id, token, _) = await site.PostAsync("held for review");
        await App.DbAsync(db => db.Comments.Where(c => c.Id == id).ExecuteUpdateAsync(u => u.SetProperty(c => c.Status, CommentStatus.Pending)));
        await App.DbAsync(db => db.Stories.Where(s => s.SiteId == site.Id).ExecuteUpdateAsync(u => u.SetProperty(s => s.CommentCount, 0)));
        // The cache is invalidated by writes through the API; this test changed the row behind its back.
        await site.PostAsync("A different reader writes here.");

        var asAuthor = await site.ThreadAsync(token: token);
        Assert.Contains(asAuthor.Comments(), c => c.GetProperty("id").GetInt64() == id && c.GetProperty("status").GetString() == "pending");
        var asOther = await site.ThreadAsync(token: await site.GuestAsync());
        Assert.DoesNotContain(asOther.Comments(), c => c.GetProperty("id").GetInt64() == id);
        var anonymous = await site.ThreadAsync();
        Assert.DoesNotContain(anonymous.Comments(), c => c.GetProperty("id").GetInt64() == id);
    }

    [Fact]
    public async Task Counts_ForSeveralUrls_InOneRequest()
    {
        var site = await App.CreateSiteAsync();
        var a = site.StoryUrl("/a");
        var b = site.StoryUrl("/b");
        var (_, token, _) = await site.PostAsync("1", url: a);
        await site.PostAsync("2", token, url: a);
        await site.PostAsync("3", token, url: b);

        var response = await App.Client().GetAsync($"{site.Api}/counts?url={Uri.EscapeDataString(a)}&url={Uri.EscapeDataString(b)}&url={Uri.EscapeDataString(site.StoryUrl("/none"))}");
        var counts = (await response.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("counts");
        Assert.Equal(2, counts.GetProperty(a).GetInt32());
        Assert.Equal(1, counts.GetProperty(b).GetInt32());
        Assert.Equal(0, counts.GetProperty(site.StoryUrl("/none")).GetInt32());

        await site.PostAsync("4", token, url: b);
        var post = await App.Client().PostAsJsonAsync($"{site.Api}/counts", new { urls = new[] { b } });
        Assert.Equal(2, (await post.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("counts").GetProperty(b).GetInt32());
    }

    [Fact]
    public async Task Counts_OverOneHundredUrls_Returns400()
    {
        var site = await App.CreateSiteAsync();
        var urls = Enumerable.Range(0, 101).Select(i => site.StoryUrl($"/{i}")).ToArray();
        var response = await App.Client().PostAsJsonAsync($"{site.Api}/counts", new { urls });
        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "invalid_urls");
    }
}
