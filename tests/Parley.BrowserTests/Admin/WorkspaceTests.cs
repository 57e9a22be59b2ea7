using System.Text.Json;
using Parley.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Parley.BrowserTests.Admin;

public sealed class WorkspaceTests(BrowserSuite suite)
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
        await arrange.PostAsync(url, "Still waiting for a decision.", "Eve");
        await page.ReloadAsync();
        await Expect(page.Locator("article.item.current")).ToBeFocusedAsync();
        await Expect(page.Locator("#live")).ToHaveAttributeAsync("data-live", "open");
        await page.RouteAsync("**/approve", route => route.AbortAsync());
        await page.Keyboard.PressAsync("a");
        await Expect(page.Locator("#alert")).ToHaveTextAsync("Could not reach the Parley server. Check the connection and try again.");
        await Expect(page.Locator("article.item.current .author")).ToHaveTextAsync("Eve");
        await Expect(page.Locator("article.item.current")).ToBeFocusedAsync();
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
            await page.Locator("#nav").GetByRole(AriaRole.Link, new() { Name = "Settings" }).ClickAsync();
            var form = page.Locator("form.settings");
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

    private static async Task<string> ModeratorIdAsync(IPage page) =>
        (await page.EvaluateAsync<JsonElement>(
            "async () => (await (await fetch('/api/admin/sites/demo/me', { headers: { Authorization: 'Bearer ' + sessionStorage.getItem('parley.admin.demo') } })).json()).id"))
        .GetRawText();
}
