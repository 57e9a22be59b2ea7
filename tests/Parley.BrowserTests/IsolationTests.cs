using System.Collections.Concurrent;
using Parley.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Parley.BrowserTests;

public sealed class IsolationTests(BrowserSuite suite)
{
    [Fact(Timeout = 60_000)]
    public async Task HostileComment_RendersAsInertText()
    {
        await using var context = await suite.NewContextAsync();
        var url = suite.HostPage("xss");
        var widget = await WidgetPage.OpenAsync(context, url);
        var dialogs = 0;
        widget.Page.Dialog += async (_, d) => { dialogs++; await d.DismissAsync(); };
        const string hostile = """
            <script>window.__pwned = 'script'</script> <img src=x onerror="window.__pwned='img'"> <b onmouseover="window.__pwned='b'">bold?</b>
            [click me](javascript:window.__pwned='link') <a href="javascript:alert(1)">raw link</a> <iframe src="javascript:alert(2)"></iframe> <svg onload="alert(3)"></svg>
            """;

        await widget.Composer.Locator("textarea").FillAsync(hostile);
        await widget.Composer.GetByLabel("Your name").FillAsync("<img src=x onerror=alert(4)>");
        await widget.Composer.GetByRole(AriaRole.Button, new() { Name = "Post comment" }).ClickAsync();
        var comment = widget.Comments.First;
        await Expect(comment).ToBeVisibleAsync();
        await Expect(comment.Locator(".au")).ToHaveTextAsync("<img src=x onerror=alert(4)>");
        await Expect(comment.Locator(".body")).ToContainTextAsync("click me");

        foreach (var link in await comment.Locator(".body a").AllAsync())
        {
            await link.ClickAsync(new() { Modifiers = [KeyboardModifier.Alt] });
        }

        await comment.Locator(".body").HoverAsync();
        await widget.Page.ReloadAsync();
        await widget.WaitLoadedAsync();
        await Expect(widget.Comments).ToHaveCountAsync(1);

        var report = await widget.Page.EvaluateAsync<string>("""
            () => {
              const root = document.querySelector('#parley').shadowRoot;
              const body = root.querySelector('article.c .body');
              const bad = body.querySelectorAll('script, img, iframe, svg, [onerror], [onload], [onmouseover]').length;
              const hrefs = [...body.querySelectorAll('a[href]')].map(a => a.protocol).filter(p => !/^(https?|mailto):$/.test(p));
              return JSON.stringify({ pwned: window.__pwned ?? null, bad, hrefs, text: body.textContent.includes('window.__pwned') });
            }
            """);
        Assert.Equal("""{"pwned":null,"bad":0,"hrefs":[],"text":true}""", report);
        Assert.Equal(0, dialogs);
    }

    [Fact(Timeout = 60_000)]
    public async Task AggressiveHostCss_DoesNotRestyleTheWidget_AndWidgetCssDoesNotLeakOut()
    {
        const string hostile = """
            <style>
              * { color: rgb(255, 0, 0) !important; font-family: "Comic Sans MS", cursive !important; font-size: 31px !important;
                  line-height: 5 !important; letter-spacing: 4px !important; text-transform: uppercase !important; }
              button, textarea, select, article, li, ol, h2, p, section, form, label { display: none !important; border: 9px solid red !important; background: lime !important; }
              .p, .c, .hd, .acts, .primary, [class] { visibility: hidden !important; }
              html { font-size: 5px !important; }
            </style>
            """;
        const string outside = """<p class="note c hl">Host paragraph with widget class names</p><button class="primary">Host button</button>""";
        var plainUrl = suite.HostPage("css-plain", body: outside);
        var hostileUrl = suite.HostPage("css-hostile", head: hostile);
        await using var context = await suite.NewContextAsync();
        using var api = new ApiClient(suite.ApiOrigin);
        await api.PostAsync(plainUrl, "Styled by Parley alone.");
        await api.PostAsync(hostileUrl, "Styled by Parley alone.");

        const string probe = """
            () => {
              const root = document.querySelector('#parley').shadowRoot;
              const pick = ['section.p', 'h2.hd', 'textarea', 'button.primary', 'article.c', 'article.c .body', '.acts button'];
              return JSON.stringify(pick.map(sel => {
                const s = getComputedStyle(root.querySelector(sel));
                return [sel, s.display, s.visibility, s.color, s.fontFamily, s.fontSize, s.lineHeight, s.letterSpacing, s.textTransform, s.backgroundColor, s.borderTopWidth];
              }));
            }
            """;
        var plain = await WidgetPage.OpenAsync(context, plainUrl);
        await Expect(plain.Comments).ToHaveCountAsync(1);
        var expected = await plain.Page.EvaluateAsync<string>(probe);
        var attacked = await WidgetPage.OpenAsync(context, hostileUrl);
        await Expect(attacked.Comments).ToHaveCountAsync(1);
        var actual = await attacked.Page.EvaluateAsync<string>(probe);
        Assert.Equal(expected, actual);
        Assert.DoesNotContain("Comic Sans", actual);
        await attacked.ScreenshotAsync("hostile-host-css");

        // The widget's own rules (.note is italic, .c.hl has a background, .primary is blue) stay inside.
        var leaked = await plain.Page.EvaluateAsync<string>("""
            () => {
              const p = getComputedStyle(document.querySelector('body > p.note'));
              const b = getComputedStyle(document.querySelector('body > button.primary'));
              return [p.fontStyle, p.backgroundColor, b.backgroundColor === 'rgb(29, 91, 214)'].join('|');
            }
            """);
        Assert.Equal("normal|rgba(0, 0, 0, 0)|false", leaked);
    }

    [Fact(Timeout = 60_000)]
    public async Task CrossOriginHostPage_WorksWithoutAnyCookies_AndCountJsFillsCounts()
    {
        await using var context = await suite.NewContextAsync();
        var storyUrl = suite.HostPage("cross-origin");
        Assert.NotEqual(new Uri(storyUrl).GetLeftPart(UriPartial.Authority), suite.ApiOrigin);
        var apiRequests = new ConcurrentBag<string>();
        context.Request += (_, r) =>
        {
            if (r.Url.StartsWith(suite.ApiOrigin, StringComparison.Ordinal))
            {
                apiRequests.Add($"{r.Method} {r.Url} cookie={r.Headers.ContainsKey("cookie")}");
            }
        };
        var setCookies = 0;
        context.Response += (_, r) =>
        {
            if (r.Headers.ContainsKey("set-cookie"))
            {
                Interlocked.Increment(ref setCookies);
            }
        };

        var widget = await WidgetPage.OpenAsync(context, storyUrl);
        await widget.PostAsync("Posted from another origin.", name: "Hana");
        var up = widget.Comments.First.GetByRole(AriaRole.Button, new() { Name = "Reply" });
        await Expect(up).ToBeVisibleAsync();
        await widget.Page.ReloadAsync();
        await widget.WaitLoadedAsync();
        await Expect(widget.Page.Locator("#parley .bar")).ToContainTextAsync("Commenting as Hana");

        suite.Pages["cross-origin-list"] = $"""
            <!doctype html><meta charset="utf-8"><title>List</title>
            <ul><li><a href="/p/cross-origin">Story</a> <span data-parley-count="{storyUrl}" data-one="1 comment" data-other="{"{n}"} comments">…</span></li>
            <li><a href="/p/nothing-here">Other</a> <span data-parley-count="/p/nothing-here">…</span></li></ul>
            <script src="{suite.ApiOrigin}/count.js" data-site="demo" async></script>
            """;
        var list = await context.NewPageAsync();
        var countRequests = 0;
        list.Request += (_, r) => { if (r.Url.Contains("/counts", StringComparison.Ordinal)) { countRequests++; } };
        await list.GotoAsync($"{suite.HostOrigin}/p/cross-origin-list");
        await Expect(list.Locator("span[data-parley-count]").First).ToHaveTextAsync("1 comment");
        await Expect(list.Locator("span[data-parley-count]").Nth(1)).ToHaveTextAsync("0");
        Assert.Equal(1, countRequests);

        Assert.Empty(await context.CookiesAsync());
        Assert.Equal(0, setCookies);
        Assert.NotEmpty(apiRequests);
        Assert.DoesNotContain(apiRequests, r => r.EndsWith("cookie=True", StringComparison.Ordinal));
        Assert.Contains(apiRequests, r => r.StartsWith("GET " + suite.ApiOrigin + "/api/v1/sites/demo/stories/", StringComparison.Ordinal));
    }
}
