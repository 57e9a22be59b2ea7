using System.Text.Json;
using Parley.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Parley.BrowserTests;

public sealed class ReadingTests(BrowserSuite suite)
{
    [Fact(Timeout = 60_000)]
    public async Task SecondReader_SeesNewCommentArriveLive_BehindAButton()
    {
        await using var writerContext = await suite.NewContextAsync();
        await using var readerContext = await suite.NewContextAsync();
        var url = suite.HostPage("live");
        var reader = await WidgetPage.OpenAsync(readerContext, url);
        var writer = await WidgetPage.OpenAsync(writerContext, url);
        await reader.WaitLiveAsync();

        await writer.PostAsync("Live from the council chamber.", name: "Finn");

        var fresh = reader.Page.Locator("#parley button.fresh");
        await Expect(fresh).ToHaveTextAsync("1 new comment");
        await Expect(reader.Comments).ToHaveCountAsync(0);
        await Expect(reader.Page.Locator("#parley [role=status]")).ToHaveTextAsync("1 new comment");
        await reader.ScreenshotAsync("new-comments-button");

        await fresh.ClickAsync();
        var arrived = reader.CommentWithText("Live from the council chamber.");
        await Expect(arrived).ToBeVisibleAsync();
        await Expect(arrived).ToBeFocusedAsync();
        await Expect(fresh).ToBeHiddenAsync();
        await Expect(reader.Page.Locator("#parley .hd")).ToHaveTextAsync("1 comment");
    }

    [Fact(Timeout = 60_000)]
    public async Task LiveStream_RefusedOnce_ReconnectsAndStillDeliversNewComments()
    {
        await using var context = await suite.NewContextAsync();
        var url = suite.HostPage("reconnect");
        var page = await context.NewPageAsync();
        var attempts = 0;
        await page.RouteAsync("**/api/v1/sites/demo/stories/*/events", async route =>
        {
            if (Interlocked.Increment(ref attempts) == 1)
            {
                await route.FulfillAsync(new() { Status = 503, Headers = new Dictionary<string, string> { ["Access-Control-Allow-Origin"] = suite.HostOrigin } });
                return;
            }

            await route.ContinueAsync();
        });
        await page.GotoAsync(url);
        var reader = new WidgetPage(page);
        await reader.WaitLoadedAsync();
        await reader.WaitLiveAsync();
        Assert.True(attempts >= 2, "The widget did not reconnect to the event stream.");
        using var api = new ApiClient(suite.ApiOrigin);
        await api.PostAsync(url, "Arrived after the stream came back.");
        await Expect(page.Locator("#parley button.fresh")).ToHaveTextAsync("1 new comment");
    }

    [Fact(Timeout = 60_000)]
    public async Task Permalink_LoadsTheRightPage_ScrollsToAndHighlightsTheComment()
    {
        var url = suite.HostPage("permalink");
        using var api = new ApiClient(suite.ApiOrigin);
        var oldest = await api.PostAsync(url, "The very first comment, on page two when sorted newest first.");
        for (var i = 0; i < 22; i++)
        {
            await api.PostAsync(url, $"Filler comment number {i}.");
        }

        await using var context = await suite.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{url}#parley-comment-{oldest}");
        var widget = new WidgetPage(page);
        var target = widget.Comment(oldest);
        await Expect(target).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bhl\b"));
        await Expect(target).ToBeInViewportAsync();
        await Expect(target).ToBeFocusedAsync();
        await Expect(widget.Comments).ToHaveCountAsync(23);
        await widget.ScreenshotAsync("permalink");

        // Clicking another comment's time link moves the highlight there.
        var other = widget.CommentWithText("Filler comment number 21.");
        await other.Locator("a.when").ClickAsync();
        await Expect(other).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bhl\b"));
        await Expect(target).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bhl\b"));
        await Expect(other.Locator("time")).ToHaveAttributeAsync("title", new System.Text.RegularExpressions.Regex(@"\d{4}"));
    }

    [Fact(Timeout = 60_000)]
    public async Task DeepReplies_AreFlattenedPastMaxDepth_WithInReplyTo()
    {
        var url = suite.HostPage("deep");
        using var api = new ApiClient(suite.ApiOrigin);
        long? parent = null;
        var ids = new List<long>();
        foreach (var name in new[] { "Ann", "Ben", "Cem", "Dia", "Eli", "Fay" })
        {
            parent = await api.PostAsync(url, $"{name} says something.", name, parent);
            ids.Add(parent.Value);
        }

        await using var context = await suite.NewContextAsync();
        var widget = await WidgetPage.OpenAsync(context, url);
        var atMaxDepth = widget.Page.Locator($"#parley li:has(> #parley-comment-{ids[3]}) > ol.kids > li > article.c");
        await Expect(atMaxDepth).ToHaveCountAsync(2);
        await Expect(atMaxDepth.Nth(0).Locator(".rt")).ToHaveTextAsync("in reply to Dia");
        await Expect(atMaxDepth.Nth(1).Locator(".rt")).ToHaveTextAsync("in reply to Eli");

        var fay = widget.Comment(ids[5]);
        await fay.GetByRole(AriaRole.Button, new() { Name = "Reply" }).ClickAsync();
        await fay.Locator(".slot textarea").FillAsync("Gil answers Fay.");
        await fay.Locator(".slot").GetByLabel("Your name").FillAsync("Gil");
        await fay.GetByRole(AriaRole.Button, new() { Name = "Post reply" }).ClickAsync();
        await Expect(atMaxDepth).ToHaveCountAsync(3);
        await Expect(atMaxDepth.Nth(2).Locator(".rt")).ToHaveTextAsync("in reply to Fay");
        await atMaxDepth.Nth(2).Locator(".rt").ClickAsync();
        await Expect(fay).ToBeFocusedAsync();
        await widget.ScreenshotAsync("deep-replies");
    }

    [Fact(Timeout = 60_000)]
    public async Task SortAndLoadMore_ShowOldestFirstAndFetchTheNextPage()
    {
        var url = suite.HostPage("sort-more");
        using var api = new ApiClient(suite.ApiOrigin);
        for (var i = 0; i < 21; i++)
        {
            await api.PostAsync(url, $"Numbered comment {i:00}.");
        }

        await using var context = await suite.NewContextAsync();
        var widget = await WidgetPage.OpenAsync(context, url);
        await Expect(widget.Comments.First.Locator(".body")).ToHaveTextAsync("Numbered comment 20.");
        await Expect(widget.Comments).ToHaveCountAsync(20);
        await widget.Page.Locator("#parley").GetByRole(AriaRole.Button, new() { Name = "Load more comments" }).ClickAsync();
        await Expect(widget.Comments).ToHaveCountAsync(21);

        await widget.Page.Locator("#parley").GetByLabel("Sort by").SelectOptionAsync("oldest");
        await Expect(widget.Comments.First.Locator(".body")).ToHaveTextAsync("Numbered comment 00.");
    }

    [Fact(Timeout = 60_000)]
    public async Task RateLimitedPost_SaysHowLongToWait_FromRetryAfter()
    {
        await using var context = await suite.NewContextAsync();
        var widget = await WidgetPage.OpenAsync(context, suite.HostPage("rate-limited"));
        await widget.Page.RouteAsync("**/api/v1/sites/demo/comments", route => route.FulfillAsync(new()
        {
            Status = 429,
            ContentType = "application/problem+json",
            Headers = new Dictionary<string, string>
            {
                ["Access-Control-Allow-Origin"] = suite.HostOrigin,
                ["Access-Control-Expose-Headers"] = "Retry-After",
                ["Retry-After"] = "42",
            },
            Body = """{"status":429,"code":"rate_limited","detail":"Too many comments."}""",
        }));

        await widget.Composer.Locator("textarea").FillAsync("Once more, quickly.");
        await widget.Composer.GetByLabel("Your name").FillAsync("Lou");
        await widget.Composer.GetByRole(AriaRole.Button, new() { Name = "Post comment" }).ClickAsync();
        await Expect(widget.Composer.Locator(".err")).ToHaveTextAsync("You are posting too fast. Please wait 42 seconds.");
        await Expect(widget.Composer.Locator("textarea")).ToHaveValueAsync("Once more, quickly.");
    }

    [Fact(Timeout = 60_000)]
    public async Task Nudge_HighlightsWords_AndPostAnywayResendsWithInsist_HeldCommentShowsAwaitingModeration()
    {
        await using var context = await suite.NewContextAsync();
        var url = suite.HostPage("nudge");
        var widget = await WidgetPage.OpenAsync(context, url);
        const string text = "You are all idiots and morons.";
        var insisted = false;

        // The moderation work decides when to nudge; the widget's side is the response shape, answered here.
        await widget.Page.RouteAsync("**/api/v1/sites/demo/comments", async route =>
        {
            using var request = JsonDocument.Parse(route.Request.PostData ?? "{}");
            if (!request.RootElement.GetProperty("insist").GetBoolean())
            {
                await route.FulfillAsync(new()
                {
                    Status = 422,
                    ContentType = "application/problem+json",
                    Headers = new Dictionary<string, string> { ["Access-Control-Allow-Origin"] = suite.HostOrigin },
                    Body = """{"status":422,"code":"nudge","detail":"Please rephrase.","nudge":{"labels":[{"label":"INSULT","score":0.93},{"label":"TOXICITY","score":0.81}],"spans":[{"begin":23,"end":29,"label":"INSULT","score":0.4},{"begin":12,"end":18,"label":"INSULT","score":0.5},{"begin":12,"end":18,"label":"TOXICITY","score":0.3}]}}""",
                });
                return;
            }

            insisted = true;
            await route.FulfillAsync(new()
            {
                Status = 201,
                ContentType = "application/json",
                Headers = new Dictionary<string, string> { ["Access-Control-Allow-Origin"] = suite.HostOrigin },
                Body = $$"""{"comment":{"id":987654,"author":{"id":424242,"name":"Gus"},"html":"<p>{{text}}</p>","status":"pending","createdAt":"{{DateTime.UtcNow:O}}","upvotes":0,"downvotes":0,"replyCount":0,"depth":0,"replies":[]},"token":"not-a-real-token"}""",
            });
        });

        await widget.Composer.Locator("textarea").FillAsync(text);
        await widget.Composer.GetByLabel("Your name").FillAsync("Gus");
        await widget.Composer.GetByRole(AriaRole.Button, new() { Name = "Post comment" }).ClickAsync();
        var nudge = widget.Page.Locator("#parley .nudge");
        await Expect(nudge).ToBeVisibleAsync();
        await Expect(nudge.Locator("mark")).ToHaveTextAsync(["idiots", "morons"]);
        await Expect(nudge).ToContainTextAsync("It may come across as insulting, toxic.");
        await Expect(nudge.GetByRole(AriaRole.Button, new() { Name = "Edit my comment" })).ToBeFocusedAsync();
        await widget.ScreenshotAsync("nudge");

        await nudge.GetByRole(AriaRole.Button, new() { Name = "Edit my comment" }).ClickAsync();
        await Expect(nudge).ToHaveCountAsync(0);
        await Expect(widget.Composer.Locator("textarea")).ToBeFocusedAsync();
        await Expect(widget.Composer.Locator("textarea")).ToHaveValueAsync(text);

        await widget.Composer.GetByRole(AriaRole.Button, new() { Name = "Post comment" }).ClickAsync();
        await nudge.GetByRole(AriaRole.Button, new() { Name = "Post anyway" }).ClickAsync();
        var held = widget.Comment(987654);
        await Expect(held.Locator(".note")).ToHaveTextAsync("Awaiting moderation. Only you can see this comment.");
        Assert.True(insisted);
    }
}
