using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Parley.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Parley.BrowserTests.Admin;

public sealed record Account(string UserName, string Password, string Token);

/// <summary>
/// Arranges workspace tests through the HTTP APIs: staff accounts (registered, then promoted in the database —
/// the seeded admin's password is printed once to the console, which tests cannot read), comments, threads.
/// </summary>
public sealed class AdminArrange(BrowserSuite suite) : IDisposable
{
    public const string Password = "moderation-is-care";

    private readonly HttpClient _http = new() { BaseAddress = new Uri(suite.ApiOrigin), Timeout = TimeSpan.FromSeconds(10) };

    /// <summary>A new account on the demo site with the given role: Commenter, Moderator or Admin.</summary>
    public async Task<Account> AccountAsync(string role)
    {
        var userName = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}"[..24];
        using var response = await _http.PostAsJsonAsync("/api/v1/sites/demo/auth/register", new { userName, password = Password, displayName = $"{role} {userName[^4..]}" });
        using var json = await ReadAsync(response);
        if (role != "Commenter")
        {
            Assert.Equal(1, await suite.ExecuteSqlAsync($"UPDATE Commenters SET Role = '{role}' WHERE UserName = $value", userName));
        }

        return new Account(userName, Password, json.RootElement.GetProperty("token").GetString()!);
    }

    /// <summary>Posts as a new guest (or as the holder of <paramref name="token"/>); "insist" skips the nudge, so rude text is held.</summary>
    public async Task<(long Id, string Token)> PostAsync(string storyUrl, string body, string name, string? token = null, string? title = null)
    {
        using var response = await PostRawAsync(storyUrl, body, name, token, title);
        using var json = await ReadAsync(response);
        return (json.RootElement.GetProperty("comment").GetProperty("id").GetInt64(), json.RootElement.GetProperty("token").GetString() ?? token!);
    }

    public Task<HttpResponseMessage> PostRawAsync(string storyUrl, string body, string name, string? token = null, string? title = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/sites/demo/comments")
        {
            Content = JsonContent.Create(new { body, storyUrl, storyTitle = title, displayName = token is null ? name : null, insist = true }),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return _http.SendAsync(request);
    }

    /// <summary>Deletes a comment as its author.</summary>
    public async Task DeleteAsync(long commentId, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/sites/demo/comments/{commentId}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await _http.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Reports a comment as the holder of <paramref name="token"/>.</summary>
    public async Task FlagAsync(long commentId, string token, string reason, string? text = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/sites/demo/comments/{commentId}/flags") { Content = JsonContent.Create(new { reason, text }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await _http.SendAsync(request);
        (await ReadAsync(response)).Dispose();
    }

    /// <summary>The published thread as the widget reads it (raw JSON text, and the story's id).</summary>
    public async Task<(long StoryId, string Json)> ThreadAsync(string storyUrl)
    {
        using var response = await _http.GetAsync($"/api/v1/sites/demo/thread?url={Uri.EscapeDataString(storyUrl)}");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        using var json = JsonDocument.Parse(text);
        return (json.RootElement.GetProperty("story").GetProperty("id").GetInt64(), text);
    }

    /// <summary>Calls the admin API directly (for arranging and restoring, not for what the workspace is tested on).</summary>
    public async Task<JsonDocument> AdminAsync(HttpMethod method, string path, string token, object? body = null)
    {
        using var request = new HttpRequestMessage(method, $"/api/admin/sites/demo{path}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null)
        {
            request.Content = body is string s ? new StringContent(s, System.Text.Encoding.UTF8, "application/json") : JsonContent.Create(body);
        }

        using var response = await _http.SendAsync(request);
        return await ReadAsync(response);
    }

    /// <summary>Opens the workspace and signs in through its form; waits until its first load is over.</summary>
    public async Task<IPage> SignInAsync(IBrowserContext context, Account account, string query = "")
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{suite.ApiOrigin}/admin/?site=demo{query}");
        var form = page.Locator("#signin-form");
        await Expect(form.GetByLabel("Site")).ToHaveValueAsync("demo");
        await form.GetByLabel("User name").FillAsync(account.UserName);
        await form.GetByLabel("Password").FillAsync(account.Password);
        await form.GetByLabel("Password").PressAsync("Enter");
        await Expect(page.Locator("body")).ToHaveAttributeAsync("data-ready", "true");
        return page;
    }

    private static async Task<JsonDocument> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text.Length == 0 ? "null" : text);
    }

    public void Dispose() => _http.Dispose();
}
