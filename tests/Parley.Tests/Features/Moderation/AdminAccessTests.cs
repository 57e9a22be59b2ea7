using System.Net;
using System.Net.Http.Json;
using Parley.Tests.Infrastructure;

namespace Parley.Tests.Features.Moderation;

/// <summary>Every workspace action checks the caller; one site's moderators never reach another site.</summary>
public sealed class AdminAccessTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private ParleyApp App => fixture.App;

    [Fact]
    public async Task ModeratorOfSiteA_GetsNotFound_OnSiteB()
    {
        var a = await App.CreateSiteAsync("https://a.example");
        var b = await App.CreateSiteAsync("https://b.example");
        var modA = App.Client(await a.ModeratorAsync());
        var (commentB, _, _) = await b.PostAsync("on b");

        await (await modA.GetAsync($"/api/admin/sites/{b.Slug}/queues/pending")).AssertProblemAsync(HttpStatusCode.NotFound, "site_not_found");
        await (await modA.PostAsJsonAsync($"/api/admin/sites/{b.Slug}/comments/{commentB}/reject", new { })).AssertProblemAsync(HttpStatusCode.NotFound, "site_not_found");
        await (await modA.PostAsJsonAsync($"/api/admin/sites/{a.Slug}/comments/{commentB}/reject", new { })).AssertProblemAsync(HttpStatusCode.NotFound, "comment_not_found");
        Assert.Single((await b.ThreadAsync()).Comments());
    }

    [Fact]
    public async Task LapsedToken_Gets401SessionExpired()
    {
        var site = await App.CreateSiteAsync();
        var token = await site.ModeratorAsync();
        Assert.Equal(System.Net.HttpStatusCode.NoContent, (await App.Client(token).PostAsync($"{site.Api}/auth/signout", null)).StatusCode);
        await (await App.Client(token).GetAsync($"/api/admin/sites/{site.Slug}/counts")).AssertProblemAsync(HttpStatusCode.Unauthorized, "session_expired");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("commenter")]
    public async Task NonModerators_GetNotFound(string? who)
    {
        var site = await App.CreateSiteAsync();
        var client = App.Client(who is null ? null : await site.GuestAsync());
        await (await client.GetAsync($"/api/admin/sites/{site.Slug}/counts")).AssertProblemAsync(HttpStatusCode.NotFound, "site_not_found");
    }

    [Fact]
    public async Task Settings_AreAdminOnly_ValidatedWhole_AndAudited()
    {
        var site = await App.CreateSiteAsync();
        var mod = App.Client(await site.ModeratorAsync("mod"));
        var admin = App.Client(await site.ModeratorAsync("boss", Parley.Features.Commenters.Role.Admin));
        var current = await (await admin.GetAsync($"/api/admin/sites/{site.Slug}/settings")).ReadJsonAsync(HttpStatusCode.OK);
        var settings = System.Text.Json.Nodes.JsonNode.Parse(current.GetProperty("settings").GetRawText())!;
        settings["suspectWords"] = new System.Text.Json.Nodes.JsonArray("bribe");
        settings["preModeration"] = "first";

        await (await mod.PutAsJsonAsync($"/api/admin/sites/{site.Slug}/settings", new { settings })).AssertProblemAsync(HttpStatusCode.Forbidden, "admin_only");
        var saved = await (await admin.PutAsJsonAsync($"/api/admin/sites/{site.Slug}/settings", new { settings, allowedOrigins = new[] { "https://news.example", "https://m.news.example" } }))
            .ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("first", saved.GetProperty("settings").GetProperty("preModeration").GetString());
        Assert.Equal(2, saved.GetProperty("allowedOrigins").GetArrayLength());

        settings["linkPolicy"] = "maybe";
        await (await admin.PutAsJsonAsync($"/api/admin/sites/{site.Slug}/settings", new { settings })).AssertProblemAsync(HttpStatusCode.BadRequest, "invalid_link_policy");
        settings["linkPolicy"] = "allow";
        settings["thresholds"]!["TOXICITY"]!["hold"] = 1.5;
        await (await admin.PutAsJsonAsync($"/api/admin/sites/{site.Slug}/settings", new { settings })).AssertProblemAsync(HttpStatusCode.BadRequest, "invalid_thresholds");
        await (await admin.PutAsJsonAsync($"/api/admin/sites/{site.Slug}/settings", new { allowedOrigins = new[] { "https://x.example/path" } }))
            .AssertProblemAsync(HttpStatusCode.BadRequest, "invalid_origin");

        var import = await (await admin.PostAsync($"/api/admin/sites/{site.Slug}/wordlists/banned/import", new StringContent("# list\nscam\nfraud*\n\nscam\n")))
            .ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, import.GetProperty("added").GetInt32());
        var (_, _, c) = await site.PostAsync("what a fraudster");
        Assert.Equal("rejected", c.GetProperty("status").GetString());

        var audit = await (await admin.GetAsync($"/api/admin/sites/{site.Slug}/audit")).ReadJsonAsync(HttpStatusCode.OK);
        var update = audit.EnumerateArray().First(e => e.GetProperty("action").GetString() == "settings.update");
        Assert.Equal("boss", update.GetProperty("actor").GetString());
        Assert.Contains("preModeration", update.GetProperty("reason").GetString());
        Assert.Contains("\"before\":\"\\u0022none\\u0022\"", update.GetProperty("data").GetString());
        Assert.Contains(audit.EnumerateArray(), e => e.GetProperty("action").GetString() == "wordlist.import");
    }

    [Fact]
    public async Task Decisions_AreAudited_AndExportableAsCsv()
    {
        var site = await App.CreateSiteAsync();
        await site.ConfigureAsync(s => s.PreModeration = "all");
        var mod = App.Client(await site.ModeratorAsync("judge"));
        var (a, token, _) = await site.PostAsync("=cmd|' /C calc'!A0");
        var (b, _, _) = await site.PostAsync("second", token);
        var (c, _, _) = await site.PostAsync("third", token);
        (await mod.PostAsJsonAsync($"/api/admin/sites/{site.Slug}/comments/bulk", new { ids = new[] { a, b }, action = "approve" })).EnsureSuccessStatusCode();
        (await mod.PostAsJsonAsync($"/api/admin/sites/{site.Slug}/comments/{c}/reject", new { reason = "=HYPERLINK(\"x\")" })).EnsureSuccessStatusCode();
        (await mod.PutAsJsonAsync($"/api/admin/sites/{site.Slug}/comments/{a}/featured", new { featured = true })).EnsureSuccessStatusCode();

        Assert.Equal(2, (await site.ThreadAsync()).Comments().Count());
        var approved = await (await mod.GetAsync($"/api/admin/sites/{site.Slug}/queues/approved")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, approved.GetProperty("items").GetArrayLength());
        var audit = await (await mod.GetAsync($"/api/admin/sites/{site.Slug}/audit?action=comment.")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(["comment.feature", "comment.reject", "comment.approve", "comment.approve"], audit.EnumerateArray().Select(e => e.GetProperty("action").GetString()));

        var csv = await (await mod.GetAsync($"/api/admin/sites/{site.Slug}/audit.csv?action=comment.reject")).Content.ReadAsStringAsync();
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,created_at,actor_id,actor,action", lines[0]);
        Assert.Equal(2, lines.Length);
        Assert.Contains("\"'=HYPERLINK(\"\"x\"\")\"", lines[1]);
        Assert.Contains("\"judge\"", lines[1]);
    }
}

public sealed class KeysAdminTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Admin_CreatesListsRotatesAndRevokesKeys_ModeratorCannot_AndItIsAudited()
    {
        var app = fixture.App;
        var site = await app.CreateSiteAsync();
        var admin = app.Client(await site.ModeratorAsync("keyboss", Parley.Features.Commenters.Role.Admin));
        var mod = app.Client(await site.ModeratorAsync("keymod"));
        var api = $"/api/admin/sites/{site.Slug}/keys";

        await (await mod.GetAsync(api)).AssertProblemAsync(HttpStatusCode.Forbidden, "admin_only");
        var created = await (await admin.PostAsJsonAsync(api, new { name = "coral", requestsPerSecond = 5 })).ReadJsonAsync(HttpStatusCode.OK);
        var secret = created.GetProperty("secret").GetString()!;
        var id = created.GetProperty("key").GetProperty("id").GetInt64();

        var analyze = new { comment = new { text = "A calm remark about the weather." }, requestedAttributes = new Dictionary<string, object> { ["TOXICITY"] = new { } } };
        await (await app.Client().PostAsJsonAsync($"/v1alpha1/comments:analyze?key={secret}", analyze)).ReadJsonAsync(HttpStatusCode.OK);

        var listed = await (await admin.GetAsync(api)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("coral", listed[0].GetProperty("name").GetString());
        Assert.DoesNotContain(secret, listed.GetRawText());

        var rotated = await (await admin.PostAsync($"{api}/{id}/rotate", null)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.NotEqual(secret, rotated.GetProperty("secret").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await app.Client().PostAsJsonAsync($"/v1alpha1/comments:analyze?key={secret}", analyze)).StatusCode);

        (await admin.DeleteAsync($"{api}/{id}")).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.Forbidden, (await app.Client().PostAsJsonAsync($"/v1alpha1/comments:analyze?key={rotated.GetProperty("secret").GetString()}", analyze)).StatusCode);

        var audit = await (await admin.GetAsync($"/api/admin/sites/{site.Slug}/audit?action=key.")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(["key.revoke", "key.rotate", "key.create"], audit.EnumerateArray().Select(e => e.GetProperty("action").GetString()));
    }
}
