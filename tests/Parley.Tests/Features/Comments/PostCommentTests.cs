using System.Net;
using Microsoft.EntityFrameworkCore;
using Parley.Tests.Infrastructure;

namespace Parley.Tests.Features.Comments;

public sealed class PostCommentTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private ParleyApp App => fixture.App;

    [Fact]
    public async Task PostComment_AsGuest_Returns201WithToken_AndAppearsInThread()
    {
        var site = await App.CreateSiteAsync();
        var (id, token, comment) = await site.PostAsync("First **comment**", name: "Ann");

        Assert.False(string.IsNullOrEmpty(token));
        Assert.Equal("published", comment.GetProperty("status").GetString());
        Assert.Equal("<p>First <strong>comment</strong></p>", comment.GetProperty("html").GetString());
        var thread = await site.ThreadAsync();
        var only = Assert.Single(thread.Comments());
        Assert.Equal(id, only.GetProperty("id").GetInt64());
        Assert.Equal("Ann", only.GetProperty("author").GetProperty("name").GetString());
        Assert.Equal(1, thread.GetProperty("story").GetProperty("commentCount").GetInt32());
        Assert.True(thread.GetProperty("story").GetProperty("isOpen").GetBoolean());
    }

    [Fact]
    public async Task PostReply_NestsUnderParent_AndGuestTokenKeepsIdentity()
    {
        var site = await App.CreateSiteAsync();
        var (parent, token, _) = await site.PostAsync("Parent");
        var (reply, sameToken, replyJson) = await site.PostAsync("Reply", token, parent);

        Assert.Equal(token, sameToken);
        var thread = await site.ThreadAsync();
        var top = Assert.Single(thread.Comments());
        var nested = Assert.Single(top.GetProperty("replies").EnumerateArray());
        Assert.Equal(reply, nested.GetProperty("id").GetInt64());
        Assert.Equal(top.GetProperty("author").GetProperty("id").GetInt64(), nested.GetProperty("author").GetProperty("id").GetInt64());
        Assert.Equal(1, top.GetProperty("replyCount").GetInt32());
        Assert.Equal(1, replyJson.GetProperty("depth").GetInt32());
    }

    [Fact]
    public async Task PostComment_IsVisibleImmediately_ThroughTheCache()
    {
        var site = await App.CreateSiteAsync();
        await site.PostAsync("one");
        await site.ThreadAsync(); // warm the cache
        await site.ThreadAsync();
        await site.PostAsync("two");

        var thread = await site.ThreadAsync();
        Assert.Equal(2, thread.Comments().Count());
        Assert.Equal(2, thread.GetProperty("story").GetProperty("commentCount").GetInt32());
    }

    [Fact]
    public async Task PostComment_StoresMarkdownAndHtmlSeparately_WithModerationRecord()
    {
        var site = await App.CreateSiteAsync();
        var (id, _, _) = await site.PostAsync("_hi_ there");

        var stored = await App.DbAsync(db => db.Comments.AsNoTracking().FirstAsync(c => c.Id == id));
        Assert.Equal("_hi_ there", stored.BodyMarkdown);
        Assert.Equal("<p><em>hi</em> there</p>", stored.BodyHtml);
        Assert.Contains("\"limits\"", stored.ModerationJson);
        Assert.Contains("\"story_closed\"", stored.ModerationJson);
        Assert.Equal(DateTimeKind.Utc, stored.CreatedAt.Kind);
        Assert.Equal(App.Clock.GetUtcNow().UtcDateTime, stored.CreatedAt);
    }

    [Fact]
    public async Task PostComment_OnUnknownOrigin_Returns404_AndCreatesNoStory()
    {
        var site = await App.CreateSiteAsync("https://news.example");
        var response = await site.PostRawAsync(new { storyUrl = "https://evil.example/a", body = "x", displayName = "A" });

        await response.AssertProblemAsync(HttpStatusCode.NotFound, "story_not_found");
        Assert.Equal(0, await App.DbAsync(db => db.Stories.CountAsync(s => s.SiteId == site.Id)));
    }

    [Fact]
    public async Task Thread_OfUnknownSite_Returns404()
    {
        var response = await App.Client().GetAsync("/api/v1/sites/nosuchsite/thread?url=https://news.example/a");
        await response.AssertProblemAsync(HttpStatusCode.NotFound, "site_not_found");
    }

    [Fact]
    public async Task Story_IsCreatedOnFirstRead_WithCanonicalUrlAndTitle()
    {
        var site = await App.CreateSiteAsync("https://news.example");
        var response = await App.Client().GetAsync($"{site.Api}/thread?url={Uri.EscapeDataString("HTTPS://News.Example:443/a/?utm_source=x#frag")}&title=Hello");
        var thread = await response.ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal("https://news.example/a", thread.GetProperty("story").GetProperty("url").GetString());
        Assert.Equal("Hello", thread.GetProperty("story").GetProperty("title").GetString());
        var again = await site.ThreadAsync("https://news.example/a/");
        Assert.Equal(thread.GetProperty("story").GetProperty("id").GetInt64(), again.GetProperty("story").GetProperty("id").GetInt64());
    }
}
