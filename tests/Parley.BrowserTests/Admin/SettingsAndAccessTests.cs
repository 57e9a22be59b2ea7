using Parley.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Parley.BrowserTests.Admin;

/// <summary>Site settings, and who gets into the workspace at all.</summary>
public sealed class SettingsAndAccessTests(BrowserSuite suite)
{
    [Fact]
    public async Task Admin_SavesSettings_AndTheyRoundTrip()
    {
        using var arrange = new AdminArrange(suite);
        var admin = await arrange.AccountAsync("Admin");
        using var original = await arrange.AdminAsync(HttpMethod.Get, "/settings", admin.Token);
        var word = $"zq{Guid.NewGuid():N}"[..10];
        try
        {
            await using var context = await suite.NewContextAsync(scheme: ColorScheme.Dark);
            var page = await arrange.SignInAsync(context, admin);
            // Entering the view reloads the settings in the background; edits made before that reload lands could be
            // drawn over (a full run once saved 0.5 for the 0.61 typed here), so the test waits for it.
            await page.RunAndWaitForResponseAsync(
                () => page.Locator("#nav").GetByRole(AriaRole.Link, new() { Name = "Settings" }).ClickAsync(),
                r => r.Request.Method == "GET" && new Uri(r.Url).AbsolutePath.EndsWith("/settings", StringComparison.Ordinal));
            var form = page.Locator("form.settings");
            await Expect(form.GetByLabel("INSULT nudge threshold")).Not.ToHaveValueAsync("");
            await form.GetByLabel("INSULT nudge threshold").FillAsync("0.61");
            var suspect = form.GetByLabel("Suspect words", new() { Exact = false });
            await suspect.PressAsync("End");
            await suspect.PressSequentiallyAsync($"\n{word}");
            await form.GetByLabel("Reply depth").FillAsync("4");
            await form.GetByLabel("Links in comments").SelectOptionAsync("hold");
            await form.GetByRole(AriaRole.Button, new() { Name = "Save settings" }).ClickAsync();
            await Expect(page.Locator("#status")).ToHaveTextAsync("Settings saved.");
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSuite.ScreenshotDir, "admin-settings-dark.png") });

            using var saved = await arrange.AdminAsync(HttpMethod.Get, "/settings", admin.Token);
            var s = saved.RootElement.GetProperty("settings");
            Assert.Equal(0.61, s.GetProperty("thresholds").GetProperty("INSULT").GetProperty("nudge").GetDouble());
            Assert.Contains(word, s.GetProperty("suspectWords").EnumerateArray().Select(e => e.GetString()));
            Assert.Equal(4, s.GetProperty("maxDepth").GetInt32());
            Assert.Equal("hold", s.GetProperty("linkPolicy").GetString());
            Assert.Equal(original.RootElement.GetProperty("allowedOrigins").GetRawText(), saved.RootElement.GetProperty("allowedOrigins").GetRawText());

            await page.ReloadAsync();
            await Expect(form.GetByLabel("INSULT nudge threshold")).ToHaveValueAsync("0.61");
            await Expect(form.GetByLabel("Links in comments")).ToHaveValueAsync("hold");
            await Expect(page.Locator("#nav a[aria-current=page]")).ToHaveTextAsync("Settings");

            // A bad origin is refused with a sentence, never with JSON.
            var origins = form.GetByLabel("Allowed origins", new() { Exact = false });
            await origins.PressAsync("End");
            await origins.PressSequentiallyAsync("\nhttps://news.example/with/a/path");
            await form.GetByRole(AriaRole.Button, new() { Name = "Save settings" }).ClickAsync();
            await Expect(page.Locator("#alert")).ToHaveTextAsync("An allowed origin looks like https://news.example (scheme, host and optional port, no path).");
        }
        finally
        {
            var root = original.RootElement;
            using var _ = await arrange.AdminAsync(HttpMethod.Put, "/settings", admin.Token,
                $$"""{"allowedOrigins":{{root.GetProperty("allowedOrigins").GetRawText()}},"settings":{{root.GetProperty("settings").GetRawText()}}}""");
        }
    }

    [Fact]
    public async Task Commenter_GetsTheSignInScreenWithAReason_NotData()
    {
        using var arrange = new AdminArrange(suite);
        var commenter = await arrange.AccountAsync("Commenter");
        await using var context = await suite.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{suite.ApiOrigin}/admin/");
        var form = page.Locator("#signin-form");
        await form.GetByLabel("User name").FillAsync(commenter.UserName);
        await form.GetByLabel("Password").FillAsync(commenter.Password);
        await form.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.Locator("#signin-error")).ToHaveTextAsync("This account is not a moderator of that site, or the site does not exist.");
        await Expect(page.GetByRole(AriaRole.Tablist)).ToHaveCountAsync(0);

        // A commenter's token left in storage is not a way in either.
        await page.EvaluateAsync("t => sessionStorage.setItem('parley.admin.demo', t)", commenter.Token);
        await page.ReloadAsync();
        await Expect(form).ToBeVisibleAsync();
        await Expect(page.Locator("article.item")).ToHaveCountAsync(0);
        Assert.Null(await page.EvaluateAsync<string?>("() => sessionStorage.getItem('parley.admin.demo')"));

        await form.GetByLabel("Password").FillAsync("wrong-password-here");
        await form.GetByLabel("User name").FillAsync(commenter.UserName);
        await form.GetByLabel("Password").PressAsync("Enter");
        await Expect(page.Locator("#signin-error")).ToHaveTextAsync("User name or password is wrong.");
    }

    [Fact]
    public async Task Moderator_WhoLosesTheRole_IsSentBackToSignIn()
    {
        using var arrange = new AdminArrange(suite);
        var moderator = await arrange.AccountAsync("Moderator");
        await using var context = await suite.NewContextAsync();
        var page = await arrange.SignInAsync(context, moderator);
        Assert.Equal(1, await suite.ExecuteSqlAsync("UPDATE Commenters SET Role = 'Commenter' WHERE UserName = $value", moderator.UserName));

        await page.Keyboard.PressAsync("2");
        await Expect(page.Locator("#signin-error")).ToHaveTextAsync("Your session has ended, or your role on this site has changed. Please sign in again.");
        await Expect(page.GetByRole(AriaRole.Tablist)).ToBeHiddenAsync();
        await Expect(page.Locator("#view-queues")).ToBeHiddenAsync();
    }
}
