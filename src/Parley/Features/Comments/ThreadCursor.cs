using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Parley.Infrastructure;

namespace Parley.Features.Comments;

internal enum ThreadSort
{
    Newest,
    Oldest,
    Best,
}

/// <summary>Opaque keyset cursor: the sort key and id of the last top-level comment of a page.</summary>
internal readonly record struct ThreadCursor(long Key, long Id)
{
    public string Encode(ThreadSort sort) =>
        Base64Url.EncodeToString(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{(int)sort}:{Key}:{Id}")));

    public static ThreadCursor? Decode(string? cursor, ThreadSort sort)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return null;
        }

        try
        {
            var parts = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(cursor)).Split(':');
            if (parts.Length == 3 && int.TryParse(parts[0], CultureInfo.InvariantCulture, out var s) && s == (int)sort
                && long.TryParse(parts[1], CultureInfo.InvariantCulture, out var key) && long.TryParse(parts[2], CultureInfo.InvariantCulture, out var id))
            {
                return new ThreadCursor(key, id);
            }
        }
        catch (FormatException)
        {
        }

        throw ApiException.BadRequest("invalid_cursor", "The cursor is not valid for this sort order.");
    }

    public static ThreadSort ParseSort(string? sort) => sort?.ToLowerInvariant() switch
    {
        null or "" or "newest" => ThreadSort.Newest,
        "oldest" => ThreadSort.Oldest,
        "best" => ThreadSort.Best,
        _ => throw ApiException.BadRequest("invalid_sort", "Sort must be newest, oldest or best."),
    };
}
