using Parley.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Parley.BrowserTests;

public sealed class DemoSiteTests(BrowserSuite suite)
{
    [Fact(Timeout = 60_000)]
    public async Task DemoFrontPage_ListsArticlesWithLiveCounts_AndArticlePagesCarryTheWidget()
    {
        await using var context = await suite.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(suite.ApiOrigin + "/");
        await Expect(page.Locator("main article h2")).ToHaveCountAsync(3);
        var bikeCount = page.Locator("main article", new() { HasTextString = "bike lanes" }).Locator("[data-parley-count]");
        await Expect(bikeCount).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d+ comments?$"));
        var before = int.Parse((await bikeCount.TextContentAsync())!.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);

        await page.GetByRole(AriaRole.Link, new() { Name = "City council approves protected bike lanes on Harbour Street" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(suite.ApiOrigin + "/articles/city-council-bike-lanes");
        await Expect(page.Locator("h1")).ToHaveTextAsync("City council approves protected bike lanes on Harbour Street");
        var widget = new WidgetPage(page);
        await widget.WaitLoadedAsync();
        var comment = await widget.PostAsync("Finally some safety for riders on Harbour Street.", name: "Jo");
        await comment.GetByRole(AriaRole.Button, new() { Name = "Reply" }).ClickAsync();
        await comment.Locator(".slot textarea").FillAsync("And the **crash numbers** speak for themselves.");
        await comment.GetByRole(AriaRole.Button, new() { Name = "Post reply" }).ClickAsync();
        await Expect(widget.CommentWithText("speak for themselves")).ToBeVisibleAsync();
        await page.EvaluateAsync("() => { document.querySelector('#parley').shadowRoot.activeElement?.blur(); window.scrollTo(0, 0); }");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSuite.ScreenshotDir, "demo-article.png"), FullPage = true });

        await page.GotoAsync(suite.ApiOrigin + "/");
        await Expect(bikeCount).ToHaveTextAsync($"{before + 2} comments");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSuite.ScreenshotDir, "demo-front.png"), FullPage = true });

        var missing = await page.GotoAsync(suite.ApiOrigin + "/articles/no-such-story");
        Assert.Equal(404, missing!.Status);
    }
}
