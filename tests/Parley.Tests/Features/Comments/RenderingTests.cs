using Parley.Tests.Infrastructure;

namespace Parley.Tests.Features.Comments;

/// <summary>Markdown in, sanitised HTML out: nothing executable survives, whatever the input.</summary>
public sealed class RenderingTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    public static TheoryData<string> Attacks => new()
    {
        "<script>alert(1)</script>",
        "[click](javascript:alert(1))",
        "[click](JaVaScRiPt:alert(1))",
        "<img src=x onerror=alert(1)>",
        "![x](javascript:alert(1))",
        "<a href=\"javascript:alert(1)\">x</a>",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<svg onload=alert(1)>",
        "[x](vbscript:msgbox(1))",
        "<<script>script>alert(1)<</script>/script>",
        "<style>body{display:none}</style>",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
    };

    [Theory]
    [MemberData(nameof(Attacks))]
    public async Task Render_RemovesEverythingExecutable(string attack)
    {
        var site = await fixture.App.CreateSiteAsync();
        var (_, _, comment) = await site.PostAsync("text " + attack);
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(comment.GetProperty("html").GetString()!);

        // Inert text may mention "onerror" or "<script>"; what must not exist is an element or attribute.
        var elements = document.Body!.QuerySelectorAll("*");
        Assert.All(elements, e => Assert.Contains(e.LocalName, (string[])["p", "br", "em", "strong", "del", "a", "blockquote", "ul", "ol", "li", "code", "pre"]));
        Assert.All(elements, e => Assert.DoesNotContain(e.Attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || a.Name == "style" || a.Name == "src"));
        Assert.All(document.QuerySelectorAll("a[href]"), a =>
            Assert.Matches("^(https?|mailto):", a.GetAttribute("href")!.Trim().ToLowerInvariant()));
    }

    [Fact]
    public async Task Render_SupportsTheSubset_AndMarksLinksUgc()
    {
        var site = await fixture.App.CreateSiteAsync();
        var (_, _, comment) = await site.PostAsync("> quoted\n\n- one\n- two\n\n`code` and [link](https://example.org/a)\n\n# not a heading");
        var html = comment.GetProperty("html").GetString()!;

        Assert.Contains("<blockquote>", html);
        Assert.Contains("<li>one</li>", html);
        Assert.Contains("<code>code</code>", html);
        Assert.Contains("<a href=\"https://example.org/a\" rel=\"nofollow ugc noopener\">link</a>", html);
        Assert.DoesNotContain("<h1", html);
        Assert.Contains("not a heading", html);
    }
}
