using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Parley.Tests.Infrastructure;

namespace Parley.Tests.Features.Comments;

public sealed class EditDeleteTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private ParleyApp App => fixture.App;

    [Fact]
    public async Task Edit_WithinWindow_ChangesTextAndKeepsRevision()
    {
        var site = await App.CreateSiteAsync();
        var (id, token, _) = await site.PostAsync("before");
        App.Clock.Advance(TimeSpan.FromMinutes(14));
        var response = await App.Client(token).PatchAsJsonAsync($"{site.Api}/comments/{id}", new { body = "after *edit*" });

        var json = await response.ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("<p>after <em>edit</em></p>", json.GetProperty("html").GetString());
        Assert.True(json.TryGetProperty("editedAt", out _));
        var thread = await site.ThreadAsync();
        Assert.Equal("<p>after <em>edit</em></p>", thread.Comments().Single().GetProperty("html").GetString());
        var revisions = await App.DbAsync(db => db.CommentRevisions.Where(r => r.CommentId == id).Select(r => r.BodyMarkdown).ToListAsync());
        Assert.Equal(["before"], revisions);
    }

    [Fact]
    public async Task Edit_AfterWindow_Returns403()
    {
        var site = await App.CreateSiteAsync();
        var (id, token, _) = await site.PostAsync("before");
        App.Clock.Advance(TimeSpan.FromMinutes(16));
        var response = await App.Client(token).PatchAsJsonAsync($"{site.Api}/comments/{id}", new { body = "after" });

        await response.AssertProblemAsync(HttpStatusCode.Forbidden, "edit_window_closed");
        Assert.Equal("before", await App.DbAsync(db => db.Comments.Where(c => c.Id == id).Select(c => c.BodyMarkdown).FirstAsync()));
    }

    [Fact]
    public async Task Edit_SomeoneElsesComment_Returns403()
    {
        var site = await App.CreateSiteAsync();
        var (id, _, _) = await site.PostAsync("mine");
        var other = await site.GuestAsync("other");
        var response = await App.Client(other).PatchAsJsonAsync($"{site.Api}/comments/{id}", new { body = "hijack" });

        await response.AssertProblemAsync(HttpStatusCode.Forbidden, "not_author");
        var delete = await App.Client(other).DeleteAsync($"{site.Api}/comments/{id}");
        await delete.AssertProblemAsync(HttpStatusCode.Forbidden, "not_author");
        Assert.Equal("mine", await App.DbAsync(db => db.Comments.Where(c => c.Id == id).Select(c => c.BodyMarkdown).FirstAsync()));
    }

    [Fact]
    public async Task Edit_WithoutToken_Returns401_AndWithEmptyBody_Returns400()
    {
        var site = await App.CreateSiteAsync();
        var (id, token, _) = await site.PostAsync("text");
        var anonymous = await App.Client().PatchAsJsonAsync($"{site.Api}/comments/{id}", new { body = "x" });
        await anonymous.AssertProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
        var empty = await App.Client(token).PatchAsJsonAsync($"{site.Api}/comments/{id}", new { body = " " });
        await empty.AssertProblemAsync(HttpStatusCode.BadRequest, "comment_empty");
        Assert.Equal(0, await App.DbAsync(db => db.CommentRevisions.CountAsync(r => r.CommentId == id)));
    }

    [Fact]
    public async Task Delete_Own_RemovesFromThreadAndCount()
    {
        var site = await App.CreateSiteAsync();
        var (id, token, _) = await site.PostAsync("oops");
        var response = await App.Client(token).DeleteAsync($"{site.Api}/comments/{id}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var thread = await site.ThreadAsync();
        Assert.Empty(thread.Comments());
        Assert.Equal(0, thread.GetProperty("story").GetProperty("commentCount").GetInt32());
        var again = await App.Client(token).DeleteAsync($"{site.Api}/comments/{id}");
        await again.AssertProblemAsync(HttpStatusCode.Conflict, "comment_deleted");
    }
}
