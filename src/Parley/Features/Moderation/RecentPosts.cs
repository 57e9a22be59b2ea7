using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Memory;

namespace Parley.Features.Moderation;

/// <summary>
/// Hashes of what each author stored recently, for the repeat-post rule. In memory, so a post costs no scan
/// of the author's recent comments; a second instance (or a restart) may let one repeat through.
/// Remembered only after a comment is stored, so resubmitting a nudged text is not taken for a repeat.
/// </summary>
internal sealed class RecentPosts(IMemoryCache cache, TimeProvider clock)
{
    // The window is judged on the injected clock (the cache's own expiry only bounds memory).
    public bool Contains(long authorId, string text) =>
        cache.TryGetValue(Key(authorId, text), out DateTimeOffset until) && clock.GetUtcNow() < until;

    public void Remember(long authorId, string text, int windowMinutes)
    {
        if (windowMinutes > 0)
        {
            var window = TimeSpan.FromMinutes(windowMinutes);
            cache.Set(Key(authorId, text), clock.GetUtcNow() + window, window);
        }
    }

    private static string Key(long authorId, string text) =>
        $"recent:{authorId}:{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.Trim())), 0, 16)}";
}
