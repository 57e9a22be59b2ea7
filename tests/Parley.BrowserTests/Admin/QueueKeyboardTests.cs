using System.Text.Json;
using Parley.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Parley.BrowserTests.Admin;

/// <summary>Working the queues from the keyboard; each decision checked where readers see it (the widget API).</summary>
public sealed class QueueKeyboardTests(BrowserSuite suite)
{
    private const string Rude = "You are a pathetic worthless idiot and everyone here despises you.";

    [Fact]
    public async Task Moderator_WorksPendingQueueWithKeysOnly_AndTheWidgetReflectsEachDecision()
    {
        using var arrange = new AdminArrange(suite);
        var url = suite.HostPage("admin-keys");
        await arrange.PostAsync(url, "Published before the story was pre-moderated.", "Early", title: "Harbour plan: the council votes next week");
        Assert.Equal(1, await suite.ExecuteSqlAsync("UPDATE Stories SET PreModeration = 'all' WHERE Url = $value", url));
        var (storyId, _) = await arrange.ThreadAsync(url);
        await arrange.PostAsync(url, "The harbour plan deserves a second look.", "Ann");
        await arrange.PostAsync(url, "Buy cheap watches, best prices, click my profile.", "Bob");
        var (_, rexToken) = await arrange.PostAsync(url, Rude, "Rex");
        var moderator = await arrange.AccountAsync("Moderator");

        await using var context = await suite.NewContextAsync();
        var page = await arrange.SignInAsync(context, moderator, $"&story={storyId}");
        var items = page.Locator("article.item");
        await Expect(items).ToHaveCountAsync(3);
        await Expect(page.GetByRole(AriaRole.Tab, new() { Name = "Pending" })).ToHaveAttributeAsync("aria-selected", "true");

        // Newest first: Rex's comment, held by the classifier, has the words that drove its labels marked.
        var current = page.Locator("article.item.current");
        await Expect(current).ToBeFocusedAsync();
        await Expect(current.Locator(".author")).ToHaveTextAsync("Rex");
        await Expect(current.Locator(".text mark").First).ToBeVisibleAsync();
        Assert.Matches("^[A-Z_]+ [0-9.]+", await current.Locator(".text mark").First.GetAttributeAsync("title"));
        await Expect(current.Locator(".labels .chip.hold, .labels .chip.nudge").First).ToBeVisibleAsync();
        await Expect(current.Locator(".steps")).ToContainTextAsync("toxicity: hold");
        await page.ScreenshotAsync(new()
        {
            Path = Path.Combine(BrowserSuite.ScreenshotDir, "admin-workspace.png"),
            Animations = ScreenshotAnimations.Disabled,
            Clip = new() { X = 0, Y = 0, Width = 1000, Height = 560 },
        });

        // j/k move the cursor (and focus); a approves Ann's comment.
        await page.Keyboard.PressAsync("j");
        await Expect(current.Locator(".author")).ToHaveTextAsync("Bob");
        await page.Keyboard.PressAsync("k");
        await Expect(current.Locator(".author")).ToHaveTextAsync("Rex");
        await page.Keyboard.PressAsync("j");
        await page.Keyboard.PressAsync("j");
        await Expect(current.Locator(".author")).ToHaveTextAsync("Ann");
        await Expect(current).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("a");
        await Expect(page.Locator("#status")).ToHaveTextAsync("Approved: comment by Ann.");
        await Expect(items).ToHaveCountAsync(2);

        // r asks for a reason, Enter confirms: Bob's spam is rejected.
        await Expect(current.Locator(".author")).ToHaveTextAsync("Bob");
        await page.Keyboard.PressAsync("r");
        var reason = current.GetByLabel("Reason");
        await Expect(reason).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("Spam or advertising");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#status")).ToHaveTextAsync("Rejected: comment by Bob.");
        await Expect(items).ToHaveCountAsync(1);

        // b bans Rex (the cursor is back on his comment), then r rejects the comment itself.
        await Expect(current.Locator(".author")).ToHaveTextAsync("Rex");
        await Expect(current).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("b");
        await Expect(current.GetByLabel("Reason")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("Personal attack");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#status")).ToHaveTextAsync("Rex banned.");
        await Expect(current).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("n");
        await Expect(current.GetByRole(AriaRole.Textbox, new() { Name = "Note (only moderators see it)" })).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("Third insult this week.");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#status")).ToHaveTextAsync("Note saved.");
        await page.Keyboard.PressAsync("h");
        await Expect(page.Locator("#history")).ToBeFocusedAsync();
        await Expect(page.Locator("#history")).ToContainTextAsync("Third insult this week.");
        await Expect(page.Locator("#history")).ToContainTextAsync("ban");
        await Expect(page.Locator("#history")).ToContainTextAsync("Personal attack");
        await page.Keyboard.PressAsync("Escape");
        await Expect(current).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("r");
        await page.Keyboard.PressAsync("Enter");
        await Expect(items).ToHaveCountAsync(0);
        await Expect(page.Locator("#view-queues .empty")).ToHaveTextAsync("Nothing matches these filters.");
        await Expect(page.Locator("[data-count=pending]")).Not.ToHaveTextAsync("…");

        // The widget's side: the approved comment is public, the rejected ones are not, the banned author is refused.
        var (_, thread) = await arrange.ThreadAsync(url);
        Assert.Contains("The harbour plan deserves a second look.", thread);
        Assert.DoesNotContain("cheap watches", thread);
        Assert.DoesNotContain("worthless idiot", thread);
        var widget = await WidgetPage.OpenAsync(context, url);
        await Expect(widget.CommentWithText("The harbour plan deserves a second look.")).ToBeVisibleAsync();
        await Expect(widget.CommentWithText("cheap watches")).ToHaveCountAsync(0);
        using var refused = await arrange.PostRawAsync(url, "Let me back in, please.", "Rex", rexToken);
        Assert.Equal(403, (int)refused.StatusCode);
        using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Equal("banned", problem.RootElement.GetProperty("code").GetString());

        // The audit log lists the three decisions and the ban, with who and why.
        await page.BringToFrontAsync();
        await page.Locator("#nav").GetByRole(AriaRole.Link, new() { Name = "Audit log" }).ClickAsync();
        var audit = page.Locator("table.audit tbody");
        var who = page.GetByRole(AriaRole.Combobox, new() { Name = "Who" });
        await Expect(who.Locator($"option[value='{await ModeratorIdAsync(page)}']")).ToHaveCountAsync(1);
        await who.SelectOptionAsync(await ModeratorIdAsync(page));
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await Expect(audit.Locator("tr")).ToHaveCountAsync(5);
        await Expect(audit).ToContainTextAsync("comment.approve");
        await Expect(audit.Locator("tr", new() { HasTextString = "commenter.ban" })).ToContainTextAsync("Personal attack");
        await Expect(audit.Locator("tr", new() { HasTextString = "Spam or advertising" })).ToContainTextAsync("comment.reject");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Export CSV" }).ClickAsync());
        var csv = await File.ReadAllTextAsync(await download.PathAsync());
        Assert.Contains("commenter.ban", csv);
        Assert.Contains("Spam or advertising", csv);
    }

    [Fact]
    public async Task Moderator_SelectsWithX_AndApprovesTheSelectionWithShiftA()
    {
        using var arrange = new AdminArrange(suite);
        var url = suite.HostPage("admin-bulk");
        await arrange.PostAsync(url, "Bulk zero, published.", "Early");
        Assert.Equal(1, await suite.ExecuteSqlAsync("UPDATE Stories SET PreModeration = 'all' WHERE Url = $value", url));
        var (storyId, _) = await arrange.ThreadAsync(url);
        await arrange.PostAsync(url, "Bulk one stays pending.", "Una");
        await arrange.PostAsync(url, "Bulk two gets approved.", "Dos");
        await arrange.PostAsync(url, "Bulk three gets approved.", "Tre");
        var moderator = await arrange.AccountAsync("Moderator");

        await using var context = await suite.NewContextAsync();
        var page = await arrange.SignInAsync(context, moderator, $"&story={storyId}&sort=newest");
        await Expect(page.Locator("article.item")).ToHaveCountAsync(3);
        await page.Keyboard.PressAsync("x");
        await page.Keyboard.PressAsync("j");
        await page.Keyboard.PressAsync("x");
        await Expect(page.Locator(".bar")).ToContainTextAsync("2 selected");
        await page.Keyboard.PressAsync("Shift+A");
        await Expect(page.Locator("#status")).ToHaveTextAsync("2 comments approved.");
        await Expect(page.Locator("article.item")).ToHaveCountAsync(1);
        await Expect(page.Locator("article.item.current .author")).ToHaveTextAsync("Una");

        // s suspends Una for the suggested 7 days; "Reject all pending" clears her comments from the queue.
        await page.Keyboard.PressAsync("s");
        var days = page.Locator("article.item.current").GetByLabel("Days");
        await Expect(days).ToBeFocusedAsync();
        await Expect(days).ToHaveValueAsync("7");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#status")).ToHaveTextAsync("Una suspended for 7 days.");
        await page.Locator("article.item.current").GetByRole(AriaRole.Button, new() { Name = "Reject all pending" }).ClickAsync();
        await page.Keyboard.TypeAsync("Off topic");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#status")).ToHaveTextAsync("1 comment by Una rejected.");
        await Expect(page.Locator("article.item")).ToHaveCountAsync(0);

        // ? lists the keys; / searches (Enter applies, Escape goes back to the list).
        await page.Keyboard.PressAsync("?");
        await Expect(page.GetByRole(AriaRole.Dialog, new() { Name = "Keyboard" })).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Escape");
        await Expect(page.GetByRole(AriaRole.Dialog)).ToBeHiddenAsync();
        await page.Keyboard.PressAsync("/");
        var search = page.GetByRole(AriaRole.Searchbox, new() { Name = "Search" });
        await Expect(search).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("no such words anywhere");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#view-queues .empty")).ToHaveTextAsync("Nothing matches these filters.");
        await page.Keyboard.PressAsync("Escape");
        await page.Keyboard.PressAsync("j");
        await Expect(search).Not.ToBeFocusedAsync();

        var (_, thread) = await arrange.ThreadAsync(url);
        Assert.Contains("Bulk two gets approved.", thread);
        Assert.Contains("Bulk three gets approved.", thread);
        Assert.DoesNotContain("Bulk one", thread);
    }

    [Fact]
    public async Task RefusedDecision_IsExplainedInWords_AndOtherFailuresPutTheCommentBack()
    {
        using var arrange = new AdminArrange(suite);
        var url = suite.HostPage("admin-refused");
        await arrange.PostAsync(url, "Published first.", "Early");
        Assert.Equal(1, await suite.ExecuteSqlAsync("UPDATE Stories SET PreModeration = 'all' WHERE Url = $value", url));
        var (storyId, _) = await arrange.ThreadAsync(url);
        var (id, token) = await arrange.PostAsync(url, "I will take this back before anyone decides.", "Dee");
        var moderator = await arrange.AccountAsync("Moderator");

        await using var context = await suite.NewContextAsync();
        var page = await arrange.SignInAsync(context, moderator, $"&story={storyId}");
        await Expect(page.Locator("article.item")).ToHaveCountAsync(1);
        await arrange.DeleteAsync(id, token);

        await page.Keyboard.PressAsync("a");
        await Expect(page.Locator("#alert")).ToHaveTextAsync("The author deleted this comment; there is nothing to moderate.");
        await Expect(page.Locator("article.item")).ToHaveCountAsync(0);

        // A failure that leaves the comment in the queue (here: the server is unreachable) puts it back under the cursor.
        // The browser is taken offline rather than the request aborted by page.RouteAsync: Chromium's request
        // interception now and then leaves an aborted fetch hanging (microsoft/playwright#41802), which failed CI once.
        await arrange.PostAsync(url, "Still waiting for a decision.", "Eve");
        await page.ReloadAsync();
        await Expect(page.Locator("article.item.current")).ToBeFocusedAsync();
        await Expect(page.Locator("#live")).ToHaveAttributeAsync("data-live", "open");
        await context.SetOfflineAsync(true);
        await page.Keyboard.PressAsync("a");
        await Expect(page.Locator("#alert")).ToHaveTextAsync("Could not reach the Parley server. Check the connection and try again.");
        await Expect(page.Locator("article.item.current .author")).ToHaveTextAsync("Eve");
        await Expect(page.Locator("article.item.current")).ToBeFocusedAsync();

        // Back online, the same key decides it.
        await context.SetOfflineAsync(false);
        await page.Keyboard.PressAsync("a");
        await Expect(page.Locator("#status")).ToHaveTextAsync("Approved: comment by Eve.");
        Assert.Contains("Still waiting for a decision.", (await arrange.ThreadAsync(url)).Json);
    }

    private static async Task<string> ModeratorIdAsync(IPage page) =>
        (await page.EvaluateAsync<JsonElement>(
            "async () => (await (await fetch('/api/admin/sites/demo/me', { headers: { Authorization: 'Bearer ' + sessionStorage.getItem('parley.admin.demo') } })).json()).id"))
        .GetRawText();
}
