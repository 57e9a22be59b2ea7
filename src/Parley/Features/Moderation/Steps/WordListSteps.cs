namespace Parley.Features.Moderation.Steps;

/// <summary>A term from the site's banned list rejects the comment.</summary>
internal sealed class BannedWordsStep : IModerationStep
{
    public string Name => "banned_words";

    public ValueTask<StepVerdict> EvaluateAsync(ModerationContext context, CancellationToken ct) =>
        ValueTask.FromResult(WordListVerdict.Of(SiteWordLists.For(context.Site.Settings).Banned, context.Text, VerdictKind.Reject, "banned_word"));
}

/// <summary>A term from the site's suspect list holds the comment for a moderator.</summary>
internal sealed class SuspectWordsStep : IModerationStep
{
    public string Name => "suspect_words";

    public ValueTask<StepVerdict> EvaluateAsync(ModerationContext context, CancellationToken ct) =>
        ValueTask.FromResult(WordListVerdict.Of(SiteWordLists.For(context.Site.Settings).Suspect, context.Text, VerdictKind.Hold, "suspect_word"));
}

internal static class WordListVerdict
{
    /// <summary>An empty list (most sites' suspect list) costs nothing: the text is not even normalised.</summary>
    public static StepVerdict Of(Parley.Classifier.WordListMatcher matcher, string text, VerdictKind kind, string code) =>
        matcher.TermCount == 0 ? StepVerdict.None : Of(matcher.Matches(text), kind, code);

    public static StepVerdict Of(IReadOnlyList<Parley.Classifier.TermMatch> matches, VerdictKind kind, string code) => matches.Count == 0
        ? StepVerdict.None
        : new StepVerdict(kind, code, "Matched: " + string.Join(", ", matches.Select(m => m.Term).Distinct()))
        {
            Data = new { terms = matches.Select(m => new { term = m.Term, begin = m.Begin, end = m.End }).ToList() },
        };
}
