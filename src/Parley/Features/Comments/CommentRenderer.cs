using Ganss.Xss;
using Markdig;

namespace Parley.Features.Comments;

/// <summary>
/// Markdown subset → safe HTML. Raw HTML is disabled in the parser, and the output is sanitised anyway
/// against an allow-list, because Markdig alone passes <c>javascript:</c> links through.
/// </summary>
internal sealed class CommentRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoLinks()
        .UseEmphasisExtras(Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Strikethrough)
        .Build();

    private readonly HtmlSanitizer _sanitizer;

    public CommentRenderer()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(["p", "br", "em", "strong", "del", "a", "blockquote", "ul", "ol", "li", "code", "pre"], StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(["href", "rel", "start"], StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https", "mailto"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href"], StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
        };
        _sanitizer = new HtmlSanitizer(options) { KeepChildNodes = true };
        _sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { LocalName: "a" } a)
            {
                a.SetAttribute("rel", "nofollow ugc noopener");
            }
        };
    }

    public string Render(string markdown)
    {
        var html = Markdown.ToHtml(markdown, Pipeline);
        return _sanitizer.Sanitize(html).Trim();
    }
}
