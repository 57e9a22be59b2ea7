using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Parley.Tests.Infrastructure;

namespace Parley.Tests.Features.Comments;

/// <summary>Every bad input gets a 4xx ProblemDetails with a stable code, and nothing is stored.</summary>
public sealed class BadInputTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private ParleyApp App => fixture.App;

    public static TheoryData<string, string> BadBodies => new()
    {
        { new string('x', 10_001), "comment_too_long" },
        { "   \n\t  ", "comment_empty" },
        { "", "comment_empty" },
        { "\u200B\u200C\u200D\u2060\uFEFF", "comment_empty" },
        { "bell \u0007 here", "control_characters" },
        { "null \u0000 byte", "control_characters" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task PostComment_WithBadBody_Returns400_AndStoresNothing(string body, string code)
    {
        var site = await App.CreateSiteAsync();
        var response = await site.PostRawAsync(new { storyUrl = site.StoryUrl(), body, displayName = "A" });

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, code);
        await AssertNothingStoredAsync(site);
    }

    [Fact]
    public async Task PostComment_WithLoneSurrogateEscape_Returns400()
    {
        var site = await App.CreateSiteAsync();
        var json = $"{{\"storyUrl\":\"{site.StoryUrl()}\",\"displayName\":\"A\",\"body\":\"lone \\ud800 surrogate\"}}";
        var response = await App.Client().PostAsync($"{site.Api}/comments", new StringContent(json, Encoding.UTF8, "application/json"));

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "invalid_encoding");
        await AssertNothingStoredAsync(site);
    }

    [Fact]
    public async Task PostComment_OverBodyLimit_Returns413()
    {
        var site = await App.CreateSiteAsync();
        var json = $"{{\"storyUrl\":\"{site.StoryUrl()}\",\"displayName\":\"A\",\"body\":\"{new string('x', 70_000)}\"}}";
        var response = await App.Client().PostAsync($"{site.Api}/comments", new StringContent(json, Encoding.UTF8, "application/json"));

        await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge, "body_too_large");
        await AssertNothingStoredAsync(site);
    }

    [Fact]
    public async Task PostComment_WithInvalidUtf8_Returns400InvalidEncoding()
    {
        var site = await App.CreateSiteAsync();
        var bytes = Encoding.UTF8.GetBytes($"{{\"storyUrl\":\"{site.StoryUrl()}\",\"displayName\":\"A\",\"body\":\"ok \"}}").ToList();
        bytes.InsertRange(bytes.Count - 3, new byte[] { 0xFF, 0xFE, 0xC3 });
        var content = new ByteArrayContent([.. bytes]);
        content.Headers.ContentType = new("application/json");
        var response = await App.Client().PostAsync($"{site.Api}/comments", content);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "invalid_encoding");
        await AssertNothingStoredAsync(site);
    }

    [Theory]
    [InlineData("{\"body\": 42, \"displayName\": \"A\", \"storyUrl\": \"URL\"}")]
    [InlineData("{\"body\": \"hi\", \"displayName\": \"A\", \"storyUrl\": \"URL\", \"parentId\": \"seven\"}")]
    [InlineData("{\"body\": \"hi\", \"displayName\": \"A\", \"storyUrl\": \"URL\", \"status\": \"published\"}")]
    [InlineData("{\"body\": \"hi\", ")]
    [InlineData("[1,2,3]")]
    public async Task PostComment_WithWrongShape_Returns400InvalidJson(string template)
    {
        var site = await App.CreateSiteAsync();
        var json = template.Replace("URL", site.StoryUrl());
        var response = await App.Client().PostAsync($"{site.Api}/comments", new StringContent(json, Encoding.UTF8, "application/json"));

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "invalid_json");
        await AssertNothingStoredAsync(site);
    }

    [Fact]
    public async Task PostComment_AsGuestWithoutName_Returns400()
    {
        var site = await App.CreateSiteAsync();
        var response = await site.PostRawAsync(new { storyUrl = site.StoryUrl(), body = "hello" });
        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "display_name_required");
        await AssertNothingStoredAsync(site);
    }

    [Fact]
    public async Task Reply_ToCommentOfAnotherStory_Returns400()
    {
        var site = await App.CreateSiteAsync();
        var (other, token, _) = await site.PostAsync("on story b", url: site.StoryUrl("/b"));
        var response = await site.PostRawAsync(new { storyUrl = site.StoryUrl("/a"), body = "reply", parentId = other }, token);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "parent_in_other_story");
        Assert.Equal(1, await App.DbAsync(db => db.Comments.CountAsync(c => c.SiteId == site.Id)));
    }

    [Fact]
    public async Task Post_ToUnknownStoryId_Returns404()
    {
        var site = await App.CreateSiteAsync();
        var response = await site.PostRawAsync(new { storyId = 987654321, body = "hi", displayName = "A" });
        await response.AssertProblemAsync(HttpStatusCode.NotFound, "story_not_found");
    }

    [Fact]
    public async Task Post_ToClosedStory_Returns403_AndStoresNothing()
    {
        var site = await App.CreateSiteAsync();
        await site.ThreadAsync();
        await App.DbAsync(db => db.Stories.Where(s => s.SiteId == site.Id).ExecuteUpdateAsync(u => u.SetProperty(s => s.IsOpen, false)));
        var response = await site.PostRawAsync(new { storyUrl = site.StoryUrl(), body = "late", displayName = "A" });

        await response.AssertProblemAsync(HttpStatusCode.Forbidden, "story_closed");
        await AssertNothingStoredAsync(site);
    }

    [Fact]
    public async Task Post_WithInvalidEmail_Returns400()
    {
        var site = await App.CreateSiteAsync();
        var response = await site.PostRawAsync(new { storyUrl = site.StoryUrl(), body = "hi", displayName = "A", email = "not an email" });
        await response.AssertProblemAsync(HttpStatusCode.BadRequest, "invalid_email");
        await AssertNothingStoredAsync(site);
    }

    [Fact]
    public async Task UnknownRoute_ReturnsProblemDetails()
    {
        var response = await App.Client().GetAsync("/api/v1/nothing-here");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("\"code\":\"not_found\"", await response.Content.ReadAsStringAsync());
    }

    private async Task AssertNothingStoredAsync(TestSite site)
    {
        Assert.Equal(0, await App.DbAsync(db => db.Comments.CountAsync(c => c.SiteId == site.Id)));
        Assert.Equal(0, await App.DbAsync(db => db.Commenters.CountAsync(c => c.SiteId == site.Id)));
    }
}
