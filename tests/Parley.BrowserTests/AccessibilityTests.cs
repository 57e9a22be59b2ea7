using Parley.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Parley.BrowserTests;

public sealed class AccessibilityTests(BrowserSuite suite)
{
    private const string FocusedLabel = """
        () => {
          let a = document.activeElement;
          while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
          if (!a || a === document.body) return '';
          const label = a.id && a.getRootNode().querySelector(`label[for="${a.id}"]`);
          return (a.tagName + ':' + (label ? label.textContent : a.getAttribute('aria-label') || a.textContent)).trim();
        }
        """;

    [Fact(Timeout = 60_000)]
    public async Task KeyboardOnly_ReaderCanWriteAndPostAComment_WithVisibleFocus()
    {
        await using var context = await suite.NewContextAsync();
        var widget = await WidgetPage.OpenAsync(context, suite.HostPage("keyboard"));
        var page = widget.Page;

        await TabUntilAsync(page, "TEXTAREA:Write a comment");
        await page.Keyboard.TypeAsync("Typed without a mouse.");
        await TabUntilAsync(page, "INPUT:Your name");
        await page.Keyboard.TypeAsync("Ivo");
        await TabUntilAsync(page, "BUTTON:Post comment");
        var outline = await page.EvaluateAsync<string>("""
            () => { const b = document.querySelector('#parley').shadowRoot.activeElement; const s = getComputedStyle(b); return s.outlineStyle + ' ' + s.outlineWidth; }
            """);
        Assert.Equal("solid 3px", outline);
        await widget.ScreenshotAsync("keyboard-focus");
        await page.Keyboard.PressAsync("Enter");

        var comment = widget.CommentWithText("Typed without a mouse.");
        await Expect(comment).ToBeVisibleAsync();
        await Expect(page.Locator("#parley [role=status]")).ToHaveTextAsync("Your comment was posted.");

        // Reply with the keyboard too: Tab to the comment's Reply button, Enter, type, Ctrl+Enter posts.
        await TabUntilAsync(page, "BUTTON:Reply");
        var replyButton = comment.GetByRole(AriaRole.Button, new() { Name = "Reply", Exact = true });
        await page.Keyboard.PressAsync("Enter");
        await Expect(comment.Locator(".slot textarea")).ToBeFocusedAsync();
        await Expect(replyButton).ToHaveAttributeAsync("aria-expanded", "true");
        await page.Keyboard.PressAsync("Escape");
        await Expect(comment.Locator(".slot textarea")).ToHaveCountAsync(0);
        await Expect(replyButton).ToBeFocusedAsync();
        await Expect(replyButton).ToHaveAttributeAsync("aria-expanded", "false");
        await page.Keyboard.PressAsync("Enter");
        await Expect(comment.Locator(".slot textarea")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("And a keyboard reply.");
        await page.Keyboard.PressAsync("Control+Enter");
        await Expect(widget.CommentWithText("And a keyboard reply.")).ToBeVisibleAsync();
    }

    [Fact(Timeout = 60_000)]
    public async Task Widget_HasLandmarksLabelsAndLiveRegions_AndSpeaksGerman()
    {
        await using var context = await suite.NewContextAsync(locale: "de-DE", scheme: ColorScheme.Dark);
        var url = suite.HostPage("german");
        using var api = new ApiClient(suite.ApiOrigin);
        await api.PostAsync(url, "Ein Kommentar.");
        var widget = await WidgetPage.OpenAsync(context, url);
        var root = widget.Page.Locator("#parley");

        await Expect(root.GetByRole(AriaRole.Region, new() { Name = "Kommentare" })).ToBeVisibleAsync();
        await Expect(root.Locator(".hd")).ToHaveTextAsync("1 Kommentar");
        await Expect(root.GetByRole(AriaRole.Textbox, new() { Name = "Kommentar schreiben" })).ToBeVisibleAsync();
        await Expect(root.GetByLabel("Sortieren nach")).ToBeVisibleAsync();
        await Expect(root.GetByRole(AriaRole.Button, new() { Name = "Positiv bewerten" })).ToBeVisibleAsync();
        await Expect(root.Locator("[aria-live=polite]")).ToHaveCountAsync(1);
        await Expect(root.Locator("[aria-live=assertive]")).ToHaveCountAsync(1);
        await Expect(widget.Comments.First.Locator("time")).ToHaveTextAsync("jetzt");

        // prefers-color-scheme: dark picks the dark palette.
        var background = await widget.Page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('#parley').shadowRoot.querySelector('section.p')).backgroundColor");
        Assert.Equal("rgb(22, 23, 27)", background);
        await widget.ScreenshotAsync("german-dark");

        await root.GetByRole(AriaRole.Button, new() { Name = "Kommentar senden" }).ClickAsync();
        await Expect(root.Locator("form.compose .err").First).ToHaveTextAsync("Bitte geben Sie einen Namen ein, um als Gast zu kommentieren.");
    }

    private static async Task TabUntilAsync(IPage page, string label)
    {
        var seen = new List<string>();
        for (var i = 0; i < 40; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var now = await page.EvaluateAsync<string>(FocusedLabel);
            if (now.StartsWith(label, StringComparison.Ordinal))
            {
                return;
            }

            seen.Add(now);
        }

        Assert.Fail($"Tab never reached '{label}'. Focus went: {string.Join(" → ", seen)}");
    }
}
