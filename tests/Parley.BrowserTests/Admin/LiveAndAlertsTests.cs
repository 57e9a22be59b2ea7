using Parley.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Parley.BrowserTests.Admin;

/// <summary>What arrives while a moderator works: live items, reader reports, thread-health alerts.</summary>
public sealed class LiveAndAlertsTests(BrowserSuite suite)
{
    [Fact]
    public async Task NewPendingComment_ArrivesLive_AsACountNotUnderTheCursor()
    {
        using var arrange = new AdminArrange(suite);
        var url = suite.HostPage("admin-live");
        await arrange.PostAsync(url, "First, published.", "Early");
        Assert.Equal(1, await suite.ExecuteSqlAsync("UPDATE Stories SET PreModeration = 'all' WHERE Url = $value", url));
        var (storyId, _) = await arrange.ThreadAsync(url);
        await arrange.PostAsync(url, "Held one, already waiting.", "Wes");
        var moderator = await arrange.AccountAsync("Moderator");

        await using var context = await suite.NewContextAsync(scheme: ColorScheme.Dark);

        // The first connection to the event stream is refused: the workspace retries and still gets the news.
        var attempts = 0;
        await context.RouteAsync("**/api/admin/sites/demo/events", async route =>
        {
            if (Interlocked.Increment(ref attempts) == 1)
            {
                await route.FulfillAsync(new() { Status = 503, ContentType = "application/problem+json", Body = "{\"status\":503,\"code\":\"unavailable\"}" });
                return;
            }

            await route.ContinueAsync();
        });
        var page = await arrange.SignInAsync(context, moderator, $"&story={storyId}");
        await Expect(page.Locator("#live")).ToHaveAttributeAsync("data-live", "open", new() { Timeout = 10_000 });
        Assert.True(attempts >= 2, "The workspace did not reconnect to the event stream.");
        await Expect(page.Locator("article.item")).ToHaveCountAsync(1);

        await arrange.PostAsync(url, "Held two, arriving live.", "Liv");
        var fresh = page.Locator("button.fresh");
        await Expect(fresh).ToHaveTextAsync("1 new item — show");
        await Expect(page.Locator("#status")).ToContainTextAsync("1 new item in the queue");
        await Expect(page.Locator("article.item")).ToHaveCountAsync(1);
        await page.Keyboard.PressAsync(".");
        await Expect(page.Locator("article.item")).ToHaveCountAsync(2);
        await Expect(page.Locator("article.item.current .author")).ToHaveTextAsync("Liv");
        await Expect(fresh).ToBeHiddenAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSuite.ScreenshotDir, "admin-queue-dark.png") });
    }

    [Fact]
    public async Task ReportedQueue_ShowsReadersReports_AndApprovingResolvesThem()
    {
        using var arrange = new AdminArrange(suite);
        var url = suite.HostPage("admin-reported");
        var (reported, _) = await arrange.PostAsync(url, "The ferry timetable changes in May.", "Fay");
        var (_, readerToken) = await arrange.PostAsync(url, "Thanks for the update.", "Rita");
        await arrange.FlagAsync(reported, readerToken, "spam", "Looks like an advert to me");
        var (storyId, _) = await arrange.ThreadAsync(url);
        var moderator = await arrange.AccountAsync("Moderator");

        await using var context = await suite.NewContextAsync();
        var page = await arrange.SignInAsync(context, moderator, $"&story={storyId}");
        await page.Keyboard.PressAsync("2");
        var tab = page.GetByRole(AriaRole.Tab, new() { Name = "Reported" });
        await Expect(tab).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(tab).ToBeFocusedAsync();
        Assert.Contains("queue=reported", page.Url);
        var item = page.Locator("article.item");
        await Expect(item).ToHaveCountAsync(1);
        await Expect(item.Locator(".flags")).ToContainTextAsync("spam: Looks like an advert to me");
        await page.Keyboard.PressAsync("j");
        await Expect(item).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("a");
        await Expect(item).ToHaveCountAsync(0);

        await page.ReloadAsync();
        await Expect(page.GetByRole(AriaRole.Tab, new() { Name = "Reported" })).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(page.Locator("#view-queues .empty")).ToHaveTextAsync("Nothing matches these filters.");
    }

    [Fact]
    public async Task ThreadHealthAlert_SwitchesTheStoryBack()
    {
        using var arrange = new AdminArrange(suite);
        var url = suite.HostPage("admin-heated");
        await arrange.PostAsync(url, "Calm before the storm.", "Cal", title: "Stadium funding row");
        Assert.Equal(1, await suite.ExecuteSqlAsync("UPDATE Stories SET PreModeration = 'all', HeatedAt = datetime('now') WHERE Url = $value", url));
        var moderator = await arrange.AccountAsync("Moderator");

        await using var context = await suite.NewContextAsync();
        var page = await arrange.SignInAsync(context, moderator);
        var alerts = page.GetByRole(AriaRole.Region, new() { Name = "Thread-health alerts" });
        var row = alerts.Locator(".alert-row", new() { HasTextString = "Stadium funding row" });
        await Expect(row).ToContainTextAsync("switched itself to pre-moderation");
        await row.GetByRole(AriaRole.Button, new() { Name = "Switch back" }).ClickAsync();
        await Expect(page.Locator("#status")).ToHaveTextAsync("\"Stadium funding row\" follows the site's pre-moderation setting again.");
        await Expect(row).ToHaveCountAsync(0);

        await arrange.PostAsync(url, "Published straight away again.", "Cal2");
        var (_, thread) = await arrange.ThreadAsync(url);
        Assert.Contains("Published straight away again.", thread);
    }
}
