using System.Net.Http.Json;
using System.Text.Json;
using static Microsoft.Playwright.Assertions;

namespace Parley.BrowserTests.Infrastructure;

/// <summary>Finds the parts of the widget on a page (Playwright's CSS and role engines pierce the open shadow root).</summary>
public sealed class WidgetPage(IPage page)
{
    public IPage Page { get; } = page;

    public ILocator Root => Page.Locator("#parley section.p");

    public ILocator Composer => Page.Locator("#parley .p > div > form.compose");

    public ILocator Comments => Page.Locator("#parley article.c");

    public ILocator Comment(long id) => Page.Locator($"#parley #parley-comment-{id}");

    public ILocator CommentWithText(string text) => Page.Locator("#parley article.c", new() { Has = Page.Locator(".body", new() { HasTextString = text }) });

    /// <summary>Opens a page and waits until the widget has loaded its thread.</summary>
    public static async Task<WidgetPage> OpenAsync(IBrowserContext context, string url)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(url);
        var widget = new WidgetPage(page);
        await widget.WaitLoadedAsync();
        return widget;
    }

    public async Task WaitLoadedAsync()
    {
        await Expect(Root).ToBeVisibleAsync();
        await Expect(Page.Locator("#parley ol.list")).Not.ToHaveAttributeAsync("aria-busy", "true");
    }

    /// <summary>Waits until the live event stream is connected (the widget marks it on its root).</summary>
    public Task WaitLiveAsync() => Expect(Root).ToHaveAttributeAsync("data-live", "open");

    /// <summary>Posts a top-level comment through the composer, as a guest if <paramref name="name"/> is given.</summary>
    public async Task<ILocator> PostAsync(string text, string? name = null)
    {
        await Composer.Locator("textarea").FillAsync(text);
        if (name is not null)
        {
            await Composer.GetByLabel("Your name").FillAsync(name);
        }

        await Composer.GetByRole(AriaRole.Button, new() { Name = "Post comment" }).ClickAsync();
        var comment = CommentWithText(text);
        await Expect(comment).ToBeVisibleAsync();
        await Expect(Composer.Locator("textarea")).ToHaveValueAsync("");
        return comment;
    }

    public async Task ScreenshotAsync(string name)
    {
        await Page.Locator("#parley").ScreenshotAsync(new() { Path = Path.Combine(BrowserSuite.ScreenshotDir, name + ".png"), Animations = ScreenshotAnimations.Disabled });
    }
}

/// <summary>Writes through the widget API directly, to arrange threads quickly.</summary>
public sealed class ApiClient(string apiOrigin) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = new Uri(apiOrigin), Timeout = TimeSpan.FromSeconds(10) };

    public async Task<long> PostAsync(string storyUrl, string body, string name = "Arranger", long? parentId = null)
    {
        using var response = await _http.PostAsJsonAsync("/api/v1/sites/demo/comments", new { body, storyUrl, displayName = name, parentId });
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("comment").GetProperty("id").GetInt64();
    }

    public void Dispose() => _http.Dispose();
}
