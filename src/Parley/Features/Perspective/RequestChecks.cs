using System.Text;
using System.Text.Json;
using Parley.Classifier;

namespace Parley.Features.Perspective;

/// <summary>Validation shared by analyze and suggestscore, with the error messages Perspective documents.</summary>
internal static class RequestChecks
{
    public static string Text(TextEntry? comment, int maxBytes)
    {
        var text = comment?.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            throw PerspectiveException.Invalid("Comment must be non-empty.", "COMMENT_EMPTY");
        }

        switch (comment!.Type)
        {
            case null or "" or "PLAIN_TEXT":
                break;
            case "HTML":
                throw PerspectiveException.Invalid("Currently, only 'PLAIN_TEXT' comments are supported");
            default:
                throw PerspectiveException.Invalid("Unknown text type");
        }

        // A UTF-16 unit is at most 3 UTF-8 bytes, so only long texts need counting.
        var bytes = text.Length <= maxBytes / 3 ? text.Length : Encoding.UTF8.GetByteCount(text);
        if (bytes > maxBytes)
        {
            throw PerspectiveException.Invalid($"Comment text was too many bytes. Value ({bytes}) exceeded limit ({maxBytes}).", "COMMENT_TOO_LONG");
        }

        return text;
    }

    public static void Context(JsonElement? context)
    {
        if (context is { ValueKind: JsonValueKind.Object } c && c.TryGetProperty("entries", out _) && c.TryGetProperty("articleAndParentComment", out _))
        {
            throw PerspectiveException.Invalid("Context can have either entries or article_and_parent_comment, but both fields were populated.");
        }
    }

    /// <summary>An attribute name as Perspective accepts it, with an optional <c>@version</c> (ignored).</summary>
    public static ToxicityLabel Attribute(string name) =>
        ToxicityLabels.TryParse(name.Split('@')[0], out var label)
            ? label
            : throw PerspectiveException.Invalid($"Unknown requested attribute: {Shorten(name)}");

    public static bool IsProbability(string? scoreType) => scoreType is null or "" or "PROBABILITY" or "SCORE_TYPE_UNSPECIFIED";

    public static string Shorten(string s) => s.Length > 64 ? s[..64] + "…" : s;

    public static string? Limit(string? s, int max) => s is null || s.Length <= max ? s : s[..max];
}
