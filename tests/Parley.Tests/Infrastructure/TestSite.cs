using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Parley.Tests.Infrastructure;

/// <summary>One tenant in a test, with helpers that speak the widget API over HTTP.</summary>
public sealed record TestSite(ParleyApp App, long Id, string Slug, string Origin)
{
    public string Api => $"/api/v1/sites/{Slug}";

    public string StoryUrl(string path = "/news/1") => Origin + path;

    public async Task<JsonElement> ThreadAsync(string? url = null, string? token = null, string query = "")
    {
        var response = await App.Client(token).GetAsync($"{Api}/thread?url={Uri.EscapeDataString(url ?? StoryUrl())}&title=Story{query}");
        return await response.ReadJsonAsync(HttpStatusCode.OK);
    }

    public Task<HttpResponseMessage> PostRawAsync(object body, string? token = null) =>
        App.Client(token).PostAsJsonAsync($"{Api}/comments", body);

    /// <summary>Posts as a new guest (or with <paramref name="token"/>) and returns (comment id, token).</summary>
    public async Task<(long Id, string Token, JsonElement Comment)> PostAsync(string body, string? token = null, long? parentId = null, string? url = null, string name = "Reader")
    {
        var response = await PostRawAsync(new { storyUrl = url ?? StoryUrl(), storyTitle = "Story", body, parentId, displayName = token is null ? name : null }, token);
        var json = await response.ReadJsonAsync(HttpStatusCode.Created);
        var comment = json.GetProperty("comment");
        var newToken = json.TryGetProperty("token", out var t) ? t.GetString()! : token!;
        return (comment.GetProperty("id").GetInt64(), newToken, comment);
    }

    public async Task<string> GuestAsync(string name = "Guest")
    {
        var response = await App.Client().PostAsJsonAsync($"{Api}/auth/guest", new { displayName = name });
        return (await response.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("token").GetString()!;
    }

    public async Task<string> RegisterAsync(string userName, string password = "correct horse battery")
    {
        var response = await App.Client().PostAsJsonAsync($"{Api}/auth/register", new { userName, password });
        return (await response.ReadJsonAsync(HttpStatusCode.OK)).GetProperty("token").GetString()!;
    }
}

public static class HttpAssertions
{
    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Asserts an RFC 7807 answer with the given status and stable code.</summary>
    public static async Task<JsonElement> AssertProblemAsync(this HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status} {code}, got {(int)response.StatusCode}: {text}");
        Assert.StartsWith("application/problem+json", response.Content.Headers.ContentType?.ToString());
        var json = JsonDocument.Parse(text).RootElement.Clone();
        Assert.Equal(code, json.GetProperty("code").GetString());
        Assert.Equal((int)status, json.GetProperty("status").GetInt32());
        return json;
    }

    public static IEnumerable<JsonElement> Comments(this JsonElement thread) => thread.GetProperty("comments").EnumerateArray();
}

public static class TestSiteAdmin
{
    /// <summary>Registers an account and makes it a moderator (or admin) of the site; returns its token.</summary>
    internal static async Task<string> ModeratorAsync(this TestSite site, string userName = "mod", Parley.Features.Commenters.Role role = Parley.Features.Commenters.Role.Moderator)
    {
        var token = await site.RegisterAsync(userName);
        await site.App.DbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ExecuteUpdateAsync(
            db.Commenters.Where(c => c.SiteId == site.Id && c.UserName == userName), u => u.SetProperty(c => c.Role, role)));
        return token;
    }

    /// <summary>Changes the site's policy directly in the database (and drops the cached copy).</summary>
    internal static async Task ConfigureAsync(this TestSite site, Action<Parley.Features.Sites.SiteSettings> change)
    {
        await site.App.DbAsync(async db =>
        {
            var s = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(db.Sites, x => x.Id == site.Id);
            var settings = System.Text.Json.JsonSerializer.Deserialize<Parley.Features.Sites.SiteSettings>(
                System.Text.Json.JsonSerializer.Serialize(s.Settings))!;
            change(settings);
            s.Settings = settings;
            return await db.SaveChangesAsync();
        });
        Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<Parley.Features.Sites.SiteDirectory>(site.App.Services).Invalidate(site.Slug);
    }
}
