using Parley.Classifier.Text;

namespace Parley.Classifier.Lexical;

/// <summary>
/// "Jews disgust me.", "Immigrants make me sick.", "Women make me want to throw up.": a group named as the cause of
/// the writer's disgust, the functional test suites' "negative emotion" attack. The hostile-verb pattern reads "I
/// despise Xs" (the group after the verb); with the group as subject the heads scored "Jews disgust me." 0.20. Only
/// the writer's own disgust ("me", "us"), unnegated, and not reported: "Xs don't disgust me", "Does it disgust you
/// that Xs …", "He said Xs make him sick" do not match.
/// </summary>
internal static class GroupDisgust
{
    /// <summary>The group's first token and the last token of the disgust, or null.</summary>
    public static (int First, int Last)? Find(NormalizedText text, Lexicon lexicon)
    {
        var count = Math.Min(text.TokenCount, Features.MaxTokens);
        for (var i = 0; i < count; i++)
        {
            if (lexicon.Category(text.TokenText(i)) != LexiconCategory.Identity
                || (i + 1 < count && lexicon.Category(text.TokenText(i + 1)) == LexiconCategory.Identity))
            {
                continue; // the last word of a run of group names ("black women") is followed by the verb
            }

            var group = Features.RunStart(text, lexicon, i);
            var verb = i + 1;
            if (verb < count && ThreatIntent.IsPersonNoun(text.TokenText(verb)))
            {
                verb++; // "gay people disgust me"
            }

            while (verb < count && verb - i < 4 && text.TokenText(verb) is "really" or "just" or "all" or "honestly" or "truly" or "literally")
            {
                verb++; // "Xs really disgust me"
            }

            if (verb >= count || ThreatIntent.SentenceBreakBefore(text, verb) || !Subject(text, group)
                || Disgust(text, verb, count) is not { } last || ReportedSpeech.IsReported(text, group))
            {
                continue;
            }

            return (group, last);
        }

        return null;
    }

    // The group opens its clause, after at most "all", "these", "those", "the" or "honestly": "All Xs disgust me";
    // not "The way he treats Xs disgusts me" (the group is an object there).
    private static bool Subject(NormalizedText text, int group)
    {
        var k = group;
        while (k > 0 && !ThreatIntent.SentenceBreakBefore(text, k) && group - k < 2
               && text.TokenText(k - 1) is "all" or "these" or "those" or "the" or "honestly" or "frankly")
        {
            k--;
        }

        return k == 0 || ThreatIntent.SentenceBreakBefore(text, k) || text.TokenText(k - 1) is "and" or "but";
    }

    // "disgust me", "sicken us", "make me sick", "make me want to throw up / puke / vomit".
    private static int? Disgust(NormalizedText text, int verb, int count)
    {
        var v = text.TokenText(verb);
        var j = verb + 1;
        if (j >= count || text.TokenText(j) is not ("me" or "us"))
        {
            return null;
        }

        if (v is "disgust" or "disgusts" or "sicken" or "sickens" or "repulse" or "repulses" or "revolt" or "revolts"
            or "nauseate" or "nauseates")
        {
            return j;
        }

        if (v is not ("make" or "makes"))
        {
            return null;
        }

        j++;
        if (j + 2 < count && text.TokenText(j) is "want" && text.TokenText(j + 1) is "to")
        {
            j += 2;
        }

        if (j >= count)
        {
            return null;
        }

        var w = text.TokenText(j);
        // Not "sick with worry", "ill with fear".
        if (w is "sick" or "ill" or "puke" or "vomit" or "gag" or "retch" or "barf")
        {
            return j + 1 < count && text.TokenText(j + 1) is "with" ? null : j;
        }

        return w is "throw" && j + 1 < count && text.TokenText(j + 1) is "up" ? j + 1 : null;
    }
}
