using System.Runtime.CompilerServices;
using Parley.Classifier;
using Parley.Features.Sites;

namespace Parley.Features.Moderation;

/// <summary>
/// Built matchers for a site's banned and suspect lists. Keyed by the cached settings instance, so a
/// settings change (which replaces the instance) rebuilds them and stale ones are collected.
/// </summary>
internal static class SiteWordLists
{
    private static readonly ConditionalWeakTable<SiteSettings, Matchers> Cache = new();

    internal sealed record Matchers(WordListMatcher Banned, WordListMatcher Suspect);

    public static Matchers For(SiteSettings settings) => Cache.GetValue(settings, s => new Matchers(
        WordListMatcher.Build(s.BannedWords), WordListMatcher.Build(s.SuspectWords)));
}
