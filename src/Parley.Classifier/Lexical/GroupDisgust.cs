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

            if (verb >= count || ThreatIntent.SentenceBreakBefore(text, verb) || !GroupPredicate.Opens(text, GroupPredicate.ClauseStart(text, group))
                || Disgust(text, verb, count) is not { } last || ReportedSpeech.IsReported(text, group))
            {
                continue;
            }

            return (group, last);
        }

        return Aversion(text, lexicon, count);
    }

    // The group as the object of the writer's aversion: "I can't stand Xs", "Nothing disgusts me more than X people",
    // "my hatred for Xs" (the hostile verbs, "I hate Xs", are the heads' and the model's n-grams).
    private static (int First, int Last)? Aversion(NormalizedText text, Lexicon lexicon, int count)
    {
        for (var i = 2; i < count; i++)
        {
            if (AversionStart(text, i) is not { } from)
            {
                continue;
            }

            var j = i + 1;
            while (j < count && j - i < 3 && text.TokenText(j) is "all" or "the" or "those" or "these")
            {
                j++;
            }

            // The group name, whole ("X people"), and not the adjective of something else ("Russian propaganda").
            var end = j;
            while (end + 1 < count && (lexicon.Category(text.TokenText(end + 1)) == LexiconCategory.Identity
                                       || ThreatIntent.IsPersonNoun(text.TokenText(end + 1)) || text.TokenText(end + 1) is "ppl"))
            {
                end++;
            }

            if (j < count && lexicon.Category(text.TokenText(j)) == LexiconCategory.Identity && !ThreatIntent.SentenceBreakBefore(text, j)
                && GroupPredicate.GroupNounEnd(text, lexicon, end, count) && !ReportedSpeech.IsReported(text, from))
            {
                return (from, end);
            }
        }

        return null;
    }

    // The first token of an aversion phrase that ends at i, before its object: "I can't stand", "we cannot stand",
    // "Nothing disgusts me more than", "my hatred for"; only the writer's own.
    private static int? AversionStart(NormalizedText text, int i)
    {
        var t = text.TokenText(i);
        if (t is "stand" && text.TokenText(i - 1) is "cannot" or "cant" or "t")
        {
            var from = text.TokenText(i - 2) is "can" ? i - 3 : i - 2;
            return from >= 0 && text.TokenText(from) is "i" or "we" ? from : null;
        }

        if (t is "than" && i >= 4 && text.TokenText(i - 1) is "more" && text.TokenText(i - 2) is "me"
            && text.TokenText(i - 3) is "disgusts" or "sickens" && text.TokenText(i - 4) is "nothing")
        {
            return i - 4;
        }

        return t is "for" or "of" && text.TokenText(i - 1) is "hatred" or "contempt" or "loathing" && text.TokenText(i - 2) is "my" or "our"
            ? i - 2 : null;
    }

    // "disgust me", "sicken us", "make me sick", "make me want to throw up / puke / vomit".
    private static int? Disgust(NormalizedText text, int verb, int count)
    {
        var v = text.TokenText(verb);
        var j = verb + 1;
        if (v is "make" or "makes" && j + 2 < count && text.TokenText(j) is "my" && text.TokenText(j + 1) is "skin"
            && text.TokenText(j + 2) is "crawl")
        {
            return j + 2; // "make my skin crawl"
        }

        if (j >= count || text.TokenText(j) is not ("me" or "us"))
        {
            return null;
        }

        if (v is "disgust" or "disgusts" or "sicken" or "sickens" or "repulse" or "repulses" or "revolt" or "revolts"
            or "nauseate" or "nauseates")
        {
            return j;
        }

        if (v is "fill" or "fills" && j + 2 < count && text.TokenText(j + 1) is "with")
        {
            // "fill me with rage", "… with pure disgust"
            var k = text.TokenText(j + 2) is "pure" or "such" or "utter" && j + 3 < count ? j + 3 : j + 2;
            return text.TokenText(k) is "rage" or "disgust" or "hatred" or "hate" or "contempt" or "revulsion" or "loathing" ? k : null;
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

        if (text.TokenText(j) is "so" or "really" && j + 1 < count)
        {
            j++;
        }

        var w = text.TokenText(j);
        if (w is "angry" or "furious" or "mad")
        {
            // "make me so angry", not "make me angry when the police ignore them" (a cause named after).
            return j + 1 >= count || ThreatIntent.SentenceBreakBefore(text, j + 1) || text.TokenText(j + 1) is "i" ? j : null;
        }

        // Not "sick with worry", "ill with fear".
        if (w is "sick" or "ill" or "puke" or "vomit" or "gag" or "retch" or "barf")
        {
            return j + 1 < count && text.TokenText(j + 1) is "with" ? null : j;
        }

        return w is "throw" && j + 1 < count && text.TokenText(j + 1) is "up" ? j + 1 : null;
    }
}
