using Parley.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Parley.BrowserTests.Admin;

/// <summary>Perspective API keys in the workspace's settings (admins only).</summary>
public sealed class KeysTests(BrowserSuite suite)
{
    [Fact]
    public async Task Admin_CreatesAPerspectiveKey_SeesTheSecretOnce_AndRevokesIt()
    {
        using var arrange = new AdminArrange(suite);
        var admin = await arrange.AccountAsync("Admin");
        await using var context = await suite.NewContextAsync();
        var page = await arrange.SignInAsync(context, admin, "#settings");
        var keys = page.Locator("#view-settings .keys");
        var name = $"Newsroom bot {Guid.NewGuid():N}"[..20];
        await keys.GetByLabel("Name").FillAsync(name);
        await keys.GetByLabel("Requests per second", new() { Exact = false }).FillAsync("5");
        await keys.GetByRole(AriaRole.Button, new() { Name = "Create key" }).ClickAsync();

        var secret = keys.GetByRole(AriaRole.Region, new() { Name = "New key" });
        await Expect(secret).ToContainTextAsync("shown only once");
        var value = await secret.Locator("code.value").TextContentAsync();
        Assert.False(string.IsNullOrWhiteSpace(value));
        var row = keys.Locator("tbody tr", new() { HasTextString = name });
        await Expect(row).ToContainTextAsync("active");
        await Expect(row.Locator("td").Nth(2)).ToHaveTextAsync("5");
        Assert.DoesNotContain(value!, await keys.Locator("table").TextContentAsync());

        await row.GetByRole(AriaRole.Button, new() { Name = "Revoke" }).ClickAsync();
        await Expect(keys.GetByRole(AriaRole.Button, new() { Name = "Revoke", Exact = true }).Last).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(row).ToContainTextAsync("revoked");

        // Moderators do not manage keys: the section is not there for them.
        var moderator = await arrange.AccountAsync("Moderator");
        await using var modContext = await suite.NewContextAsync();
        var modPage = await arrange.SignInAsync(modContext, moderator, "#settings");
        await Expect(modPage.Locator("form.settings").GetByRole(AriaRole.Textbox, new() { Name = "Name", Exact = true })).ToBeDisabledAsync();
        await Expect(modPage.GetByRole(AriaRole.Button, new() { Name = "Save settings" })).ToHaveCountAsync(0);
        await Expect(modPage.Locator("#view-settings .keys")).ToBeHiddenAsync();
    }
}
