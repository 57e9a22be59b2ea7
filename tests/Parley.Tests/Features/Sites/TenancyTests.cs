using System.Net;
using System.Net.Http.Json;
using Parley.Tests.Infrastructure;

namespace Parley.Tests.Features.Sites;

/// <summary>One site's data and identities never reach another site.</summary>
public sealed class TenancyTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private ParleyApp App => fixture.App;

    [Fact]
    public async Task TokenOfSiteA_IsRefusedOnSiteB()
    {
        var a = await App.CreateSiteAsync("https://a.example");
        var b = await App.CreateSiteAsync("https://b.example");
        var tokenA = await a.GuestAsync();

        await (await b.PostRawAsync(new { storyUrl = b.StoryUrl(), body = "cross" }, tokenA)).AssertProblemAsync(HttpStatusCode.Unauthorized, "token_wrong_site");
    }

    [Fact]
    public async Task CommentsAndStoriesOfSiteA_AreNotFoundThroughSiteB()
    {
        var a = await App.CreateSiteAsync("https://a.example");
        var b = await App.CreateSiteAsync("https://b.example");
        var (id, _, _) = await a.PostAsync("on a");
        var storyA = (await a.ThreadAsync()).GetProperty("story").GetProperty("id").GetInt64();
        var tokenB = await b.GuestAsync();

        await (await App.Client(tokenB).PutAsJsonAsync($"{b.Api}/comments/{id}/vote", new { value = 1 })).AssertProblemAsync(HttpStatusCode.NotFound, "comment_not_found");
        await (await App.Client(tokenB).PostAsJsonAsync($"{b.Api}/comments/{id}/flags", new { reason = "spam" })).AssertProblemAsync(HttpStatusCode.NotFound, "comment_not_found");
        await (await App.Client(tokenB).DeleteAsync($"{b.Api}/comments/{id}")).AssertProblemAsync(HttpStatusCode.NotFound, "comment_not_found");
        await (await App.Client().GetAsync($"{b.Api}/thread?storyId={storyA}")).AssertProblemAsync(HttpStatusCode.NotFound, "story_not_found");
        await (await b.PostRawAsync(new { storyId = storyA, body = "x" }, tokenB)).AssertProblemAsync(HttpStatusCode.NotFound, "story_not_found");
        await (await b.PostRawAsync(new { storyUrl = b.StoryUrl(), body = "x", parentId = id }, tokenB)).AssertProblemAsync(HttpStatusCode.NotFound, "parent_not_found");
    }

    [Fact]
    public async Task Cors_AllowsOnlyTheSitesOrigins()
    {
        var site = await App.CreateSiteAsync("https://news.example");
        var allowed = await Preflight(site, "https://news.example");
        Assert.Equal("https://news.example", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(allowed.Headers.Contains("Access-Control-Allow-Credentials"));

        var denied = await Preflight(site, "https://evil.example");
        Assert.False(denied.Headers.Contains("Access-Control-Allow-Origin"));

        var get = new HttpRequestMessage(HttpMethod.Get, $"{site.Api}/thread?url={Uri.EscapeDataString(site.StoryUrl())}");
        get.Headers.Add("Origin", "https://news.example");
        var response = await App.Client().SendAsync(get);
        Assert.Equal("https://news.example", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    private async Task<HttpResponseMessage> Preflight(TestSite site, string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, $"{site.Api}/comments");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");
        return await App.Client().SendAsync(request);
    }
}
