using Parley.Classifier.Text;

namespace Parley.Classifier.Lexical;

/// <summary>
/// "The lives of Xs do not matter at all.", "X lives don't matter": denying a group's lives any worth, an identity
/// attack the heads miss (the negation hashes the words apart, so "do not matter" weighs little). Bitter criticism
/// of someone else's view ("X lives don't matter to the regime", "It's as if X lives don't matter") and comparisons
/// ("… don't matter less than anyone's") do not match, nor does a reported or quoted group (<see cref="ReportedSpeech"/>).
/// </summary>
internal static class NegatedWorth
{
    /// <summary>The group and "matter" tokens, or null.</summary>
    public static (int First, int Last)? Find(NormalizedText text, Lexicon lexicon)
    {
        var count = Math.Min(text.TokenCount, Features.MaxTokens);
        for (var i = 1; i < count; i++)
        {
            if (text.TokenText(i) is not "lives")
            {
                continue;
            }

            // "X lives …" or "the lives of (the) X …".
            int group;
            var after = i + 1;
            if (lexicon.Category(text.TokenText(i - 1)) == LexiconCategory.Identity)
            {
                group = Features.RunStart(text, lexicon, i - 1);
            }
            else if (after < count && text.TokenText(after) is "of")
            {
                after++;
                if (after < count && text.TokenText(after) is "the" or "all")
                {
                    after++;
                }

                if (after >= count || lexicon.Category(text.TokenText(after)) != LexiconCategory.Identity)
                {
                    continue;
                }

                group = after;
                while (after < count && lexicon.Category(text.TokenText(after)) == LexiconCategory.Identity)
                {
                    after++;
                }

                // "the lives of trans people", "of black men": the group name is the adjective of a person noun.
                if (after < count && ThreatIntent.IsPersonNoun(text.TokenText(after)))
                {
                    after++;
                }
            }
            else
            {
                continue;
            }

            if (Matter(text, after, count) is not { } matter || Hedged(text, group) || ReportedSpeech.IsReported(text, group)
                || Sentences.EndsInQuestion(text, matter, count))
            {
                continue;
            }

            return (group, matter);
        }

        return null;
    }

    // "do not matter", "don't matter", "doesn't matter", "do not matter at all"; not "… matter to the regime", "… matter
    // less than", "… matter more".
    private static int? Matter(NormalizedText text, int j, int count)
    {
        if (j + 1 >= count || text.TokenText(j) is not ("do" or "does" or "don" or "doesn" or "dont" or "doesnt"))
        {
            return null;
        }

        var k = j + 1;
        if (text.TokenText(k) is "not" or "t")
        {
            k++;
        }
        else if (text.TokenText(j) is not ("dont" or "doesnt"))
        {
            return null;
        }

        if (k >= count || text.TokenText(k) is not "matter")
        {
            return null;
        }

        var next = k + 1 < count && !ThreatIntent.SentenceBreakBefore(text, k + 1) ? text.TokenText(k + 1) : default;
        return next is "to" or "for" or "less" or "more" or "as" or "much" or "any" or "enough" ? null : k;
    }

    // "It's as if X lives don't matter", "like X lives don't matter", "they act as though …", "apparently …": the
    // speaker accuses someone else of the view.
    private static bool Hedged(NormalizedText text, int group)
    {
        for (var j = group - 1; j >= Math.Max(0, group - 4) && !ThreatIntent.SentenceBreakBefore(text, j + 1); j--)
        {
            if (text.TokenText(j) is "if" or "like" or "though" or "think" or "thinks" or "believe" or "believes" or "apparently"
                or "pretend" or "pretends" or "whether" or "says" or "say" or "said" or "claim" or "claims")
            {
                return true;
            }
        }

        return false;
    }
}
