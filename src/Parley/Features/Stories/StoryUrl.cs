namespace Parley.Features.Stories;

/// <summary>
/// Canonical form of an article URL so the same page always maps to one story: lower-case scheme and
/// host, no default port, no fragment, no tracking parameters, no trailing slash on the path.
/// </summary>
internal static class StoryUrl
{
    public const int MaxLength = 2048;

    public static bool TryCanonicalize(string? raw, out string canonical, out string origin)
    {
        canonical = origin = "";
        if (string.IsNullOrWhiteSpace(raw) || raw.Length > MaxLength
            || !Uri.TryCreate(raw.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return false;
        }

        var query = string.Join('&', uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !IsTracking(p)));
        var path = uri.AbsolutePath.Length > 1 ? uri.AbsolutePath.TrimEnd('/') : "/";
        origin = uri.IsDefaultPort ? $"{uri.Scheme}://{uri.Host}" : $"{uri.Scheme}://{uri.Host}:{uri.Port}";
        canonical = origin + path + (query.Length > 0 ? "?" + query : "");
        return true;
    }

    private static bool IsTracking(string pair) =>
        pair.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || pair.StartsWith("fbclid=", StringComparison.OrdinalIgnoreCase)
        || pair.StartsWith("gclid=", StringComparison.OrdinalIgnoreCase);
}
