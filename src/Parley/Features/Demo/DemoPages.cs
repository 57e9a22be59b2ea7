using System.Net;

namespace Parley.Features.Demo;

/// <summary>
/// Server-rendered pages of the demo news site. Story URLs come from the configured public URL, so the
/// counts and threads match the seeded stories whichever host name the visitor used.
/// </summary>
internal static class DemoPages
{
    private const string Style = """
        body{margin:0;font:17px/1.6 Georgia,"Times New Roman",serif;color:#222;background:#fbfaf7}
        header,main,footer{max-width:44rem;margin:0 auto;padding:0 1rem}
        header{border-bottom:3px double #222;padding-top:1rem;margin-bottom:1.5rem}
        header a{color:inherit;text-decoration:none;font:700 2rem/1.2 Georgia,serif}
        header p{margin:.2rem 0 .6rem;font:italic .95rem sans-serif;color:#666}
        h1{font-size:2rem;line-height:1.2;margin:.5rem 0}h2{font-size:1.35rem;margin:1.5rem 0 .25rem}
        h2 a{color:#111}.standfirst{font-size:1.15rem;color:#444}.meta{font:.9rem sans-serif;color:#666}
        .meta a{color:#1d5bd6}pre{background:#eee;padding:.75rem;overflow:auto;font-size:.8rem;white-space:pre-wrap}
        footer{margin-top:3rem;border-top:1px solid #ccc;font:.85rem sans-serif;color:#666;padding-bottom:2rem}
        #parley{margin-top:2.5rem}
        @media (prefers-color-scheme:dark){body{background:#16171b;color:#ddd}h2 a,header a{color:#eee}
        .standfirst{color:#bbb}pre{background:#23252b}header{border-color:#ddd}}
        """;

    public static string Front(string publicUrl)
    {
        var items = string.Concat(DemoArticles.All.Select(a => $"""
            <article>
              <h2><a href="/articles/{a.Slug}">{E(a.Title)}</a></h2>
              <p class="standfirst">{E(a.Standfirst)}</p>
              <p class="meta"><a href="/articles/{a.Slug}#parley"><span data-parley-count="{E(DemoArticles.UrlOf(publicUrl, a))}" data-one="1 comment" data-other="{"{n}"} comments">…</span></a></p>
            </article>
            """));
        return Layout("Demo Daily", null, $"""
            {items}
            <h2>Add comments to your own pages</h2>
            <p>Put this where the comments should appear (the site must list your page's origin):</p>
            <pre>&lt;div id="parley"&gt;&lt;/div&gt;
            &lt;script src="{E(publicUrl.TrimEnd('/'))}/embed.js" data-site="demo" async&gt;&lt;/script&gt;</pre>
            <p>And for comment counts on article lists:</p>
            <pre>&lt;span data-parley-count="https://example.com/article"&gt;&lt;/span&gt;
            &lt;script src="{E(publicUrl.TrimEnd('/'))}/count.js" data-site="demo" async&gt;&lt;/script&gt;</pre>
            <script src="/count.js" data-site="demo" async></script>
            """);
    }

    public static string Article(string publicUrl, DemoArticle article)
    {
        var paragraphs = string.Concat(article.Paragraphs.Select(p => $"<p>{E(p)}</p>\n"));
        return Layout(article.Title, DemoArticles.UrlOf(publicUrl, article), $"""
            <article>
              <h1>{E(article.Title)}</h1>
              <p class="standfirst">{E(article.Standfirst)}</p>
              {paragraphs}
            </article>
            <p class="meta"><a href="/">← All stories</a></p>
            <div id="parley"></div>
            <script src="/embed.js" data-site="demo" async></script>
            """);
    }

    public static string Welcome() => Layout("Parley", null, """
        <p>Parley is running. The demo site is switched off (<code>Seed:Demo=false</code>).</p>
        <p>Embed the widget with <code>&lt;div id="parley"&gt;&lt;/div&gt;&lt;script src="/embed.js" data-site="SITE" async&gt;&lt;/script&gt;</code>.</p>
        """);

    // The canonical link tells the widget which story the page is, whatever host name was used to reach it.
    private static string Layout(string title, string? canonical, string body) => $"""
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{E(title)}</title>
        {(canonical is null ? "" : $"<link rel=\"canonical\" href=\"{E(canonical)}\">")}
        <style>{Style}</style>
        </head>
        <body>
        <header><a href="/">Demo Daily</a><p>A demo news site for Parley comments</p></header>
        <main>
        {body}
        </main>
        <footer>Demo Daily is sample content served by Parley. Moderators sign in at <a href="/admin">/admin</a>.</footer>
        </body>
        </html>
        """;

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
