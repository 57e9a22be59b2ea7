using Parley.Classifier.Text;

namespace Parley.Classifier.Lexical;

/// <summary>
/// "Xs are definitely not decent people.", "Xs are never trustworthy.", "Xs aren't even human.": a virtue denied to a
/// whole group as the sentence's whole claim (HateCheck's "negated positive statement"). The heads hash the negation
/// apart from the virtue, and a degree adverb before "not" hid even the n-gram that caught the plain form (TOXICITY
/// 0.84 → 0.23 with "definitely"). The sentence must end at the virtue (or at "people" after it): "… are not good at
/// paperwork", "… are not happy with the ruling", "… are not good or bad" continue and do not match; "not just / only
/// decent" praises, and a reported, conditional or questioned claim is someone else's (<see cref="ReportedSpeech"/>).
/// </summary>
internal static class NegatedVirtue
{
    /// <summary>The group's first token and the virtue (or the noun after it), or null.</summary>
    public static (int First, int Last)? Find(NormalizedText text, Lexicon lexicon)
    {
        var count = Math.Min(text.TokenCount, Features.MaxTokens);
        for (var i = 0; i + 2 < count; i++)
        {
            if (lexicon.Category(text.TokenText(i)) != LexiconCategory.Identity
                || (i + 1 < count && lexicon.Category(text.TokenText(i + 1)) == LexiconCategory.Identity))
            {
                continue;
            }

            var group = Features.RunStart(text, lexicon, i);
            var last = i + 1 < count && text.TokenText(i + 1) is "people" or "folk" or "folks" ? i + 1 : i;
            var dismissed = NoMatterWhat(text, group);
            if (!(dismissed || OpensSentence(text, group)) || !GroupPredicate.IsProtected(text, lexicon, last)
                || Virtue(text, last + 1, count) is not { } end
                || (ReportedSpeech.IsReported(text, group) && !dismissed)
                || Sentences.ConditionBefore(text, group) || Sentences.EndsInQuestion(text, end, count))
            {
                continue;
            }

            return (group, end);
        }

        return null;
    }

    // "No matter what this article claims, Xs …", "Whatever the census says, …": the concession dismisses what is said; the
    // claim after it is the writer's.
    private static bool NoMatterWhat(NormalizedText text, int group)
    {
        var start = Sentences.Start(text, group);
        return group - start >= 3 && ((text.TokenText(start) is "no" && text.TokenText(start + 1) is "matter") || text.TokenText(start) is "whatever")
               && ThreatIntent.SentenceBreakBefore(text, group);
    }

    // The group opens its sentence, perhaps after "all", "most" or a comment word ("Honestly, Xs are …"), or after a
    // dismissal ("No matter what this article claims, Xs will never be …").
    // (Only a dismissal may come before it with a comma: not "To the Nazis, Xs were not human", "For Putin, …".)
    private static bool OpensSentence(NormalizedText text, int group)
    {
        var start = Sentences.Start(text, group);
        for (var k = start; k < group; k++)
        {
            if (text.TokenText(k) is not ("all" or "most" or "honestly" or "frankly" or "seriously" or "sorry" or "but" or "and" or "so"
                or "let" or "s" or "face" or "it" or "the" or "truth" or "is"))
            {
                return false;
            }
        }

        return true;
    }

    // "are (adverbs) not / never / n't (even, ever, really) (a, an) <virtue> (people)" ending the sentence, or "will / can /
    // could never be …" (not "were": see the tense below).
    private static int? Virtue(NormalizedText text, int j, int count)
    {
        var k = j;
        // The present or the future only: "Xs were not …" is as often history ("In 1900 the Irish were not respectable").
        if (Sentences.InClause(text, k, count) is not ("are" or "aren" or "arent" or "re" or "will" or "can" or "could"))
        {
            return null;
        }

        var negated = text.TokenText(k) is "aren" or "arent";
        k++;
        // "will / can / could never be"
        if (Sentences.InClause(text, k - 1, count) is "will" or "can" or "could" && Sentences.InClause(text, k, count) is "never"
            && Sentences.InClause(text, k + 1, count) is "be")
        {
            negated = true;
            k += 2;
        }
        while (Sentences.InClause(text, k, count) is "definitely" or "certainly" or "clearly" or "obviously" or "simply" or "really"
               or "absolutely" or "surely" or "just" or "t" or "not" or "never")
        {
            negated |= text.TokenText(k) is "t" or "not" or "never";
            // "not just / only / merely decent" praises; "just" before the negation is a degree word ("just not decent").
            if (negated && Sentences.InClause(text, k + 1, count) is "just" or "only" or "merely" or "simply" or "always")
            {
                return null;
            }

            k++;
        }

        while (Sentences.InClause(text, k, count) is "even" or "ever" or "remotely" or "very" or "particularly" or "truly" or "a" or "an")
        {
            k++;
        }

        if (!negated || !IsVirtue(Sentences.InClause(text, k, count)))
        {
            return null;
        }

        if (Sentences.InClause(text, k + 1, count) is "people" or "humans" or "human" or "persons" or "citizens" or "neighbours"
            or "neighbors" or "beings" or "folk")
        {
            k += text.TokenText(k + 1) is "human" && Sentences.InClause(text, k + 2, count) is "beings" ? 2 : 1;
        }

        // The sentence ends there, or a dismissal follows: "…, whatever this article claims", "…, no matter what they say".
        return k + 1 >= count || Sentences.BreakBefore(text, k + 1)
               || (ThreatIntent.SentenceBreakBefore(text, k + 1) && (text.TokenText(k + 1) is "whatever" or "regardless"
                   || (text.TokenText(k + 1) is "no" && k + 2 < count && text.TokenText(k + 2) is "matter")))
            ? k : null;
    }

    private static bool IsVirtue(ReadOnlySpan<char> t) =>
        t is "decent" or "good" or "honest" or "trustworthy" or "intelligent" or "smart" or "clever" or "capable" or "competent"
            or "civilised" or "civilized" or "worthy" or "moral" or "loyal" or "kind" or "nice" or "reliable" or "respectable"
            or "human" or "sane" or "rational" or "trustable" or "hardworking" or "deserving";
}
