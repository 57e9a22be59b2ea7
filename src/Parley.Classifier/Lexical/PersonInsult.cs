using Parley.Classifier.Text;

namespace Parley.Classifier.Lexical;

/// <summary>
/// In a long comment, a sentence that calls someone an insult ("But the author is a spineless hack who would write
/// anything.", "The people whining about it are entitled idiots."): the heads read the whole text, and three civil
/// sentences around one insult dilute it (INSULT 0.03, TOXICITY 0.03 for that comment). Only the plain shape: a
/// subject that is no thing ("this article is a joke" is not read), "is" / "are" / "was", an article or a plural,
/// at most three adjectives, then an insult or swear word of the lexicon ending the phrase; not negated ("is no
/// idiot", "isn't a fool"), not in a condition ("if the minister is a fool, …"), not a question, not about the writer
/// ("I was an idiot to believe it") and not reported or quoted, before or after ("…, the judge said"); and the INSULT head
/// must read that sentence as the comment's most insulting and flag it on its own (LexicalClassifier). Short
/// comments are left to the heads, which read them whole (<see cref="LexicalClassifier.LongComment"/>).
/// </summary>
internal static class PersonInsult
{
    /// <summary>Whether any token names a role: the cheap pre-check before <see cref="Find"/> for <see cref="RoleSubject"/>.</summary>
    public static bool NamesARole(NormalizedText text) =>
        Sentences.AnyToken(text, Math.Min(text.TokenCount, Features.MaxTokens), static t => IsRole(t));

    /// <summary>
    /// Whether the sentence of the verb at <paramref name="verb"/> opens with a particular person named by their role:
    /// "The referee on Saturday was …", "Our local MP is …", "That striker is …". Names are not read (the bias
    /// templates' "Jamal is a …"), nor things, nor "the villain" of a story.
    /// </summary>
    public static bool RoleSubject(NormalizedText text, int verb)
    {
        var start = Sentences.Start(text, verb);
        if (verb - start is < 2 or > 6 || text.TokenText(start) is not ("the" or "that" or "this" or "our" or "your" or "my" or "his" or "her" or "their"))
        {
            return false;
        }

        // The role is the subject's head: right before the verb or before a place or time ("The referee on Saturday"); not
        // a possessive ("The referee's decisions were …").
        for (var k = start + 1; k < verb; k++)
        {
            if (IsRole(text.TokenText(k)))
            {
                return k == verb - 1 || text.TokenText(k + 1) is "on" or "in" or "at" or "for" or "from" or "of" or "last" or "this";
            }
        }

        return false;
    }

    private static bool IsRole(ReadOnlySpan<char> t) =>
        t is "referee" or "ref" or "umpire" or "mp" or "minister" or "councillor" or "councilor" or "mayor" or "striker" or "keeper"
            or "goalkeeper" or "manager" or "coach" or "player" or "author" or "writer" or "journalist" or "reporter" or "columnist"
            or "editor" or "pundit" or "presenter" or "chairman" or "ceo" or "boss" or "landlord" or "neighbour" or "neighbor"
            or "president" or "senator" or "governor" or "premier" or "chancellor" or "secretary" or "spokesman" or "spokeswoman"
            or "commentator" or "poster" or "commenter" or "teacher" or "headteacher" or "principal" or "cop" or "officer";

    /// <summary>The verb's token and the insult's, or null.</summary>
    public static (int Verb, int Insult)? Find(NormalizedText text, Lexicon lexicon)
    {
        var count = Math.Min(text.TokenCount, Features.MaxTokens);
        for (var i = 1; i + 1 < count; i++)
        {
            var verb = text.TokenText(i);
            // Words apart, not glued ("…/the-war-on-whites-is-a-myth-and-an-ugly-one" is a link).
            if (verb is not ("is" or "are" or "was" or "were") || !Spaced(text, i) || !Spaced(text, i + 1)
                || ThreatIntent.SentenceBreakBefore(text, i) || IsThing(text.TokenText(i - 1))
                || Sentences.ConditionBefore(text, i) || ReportedSpeech.IsReported(text, i) || SayingBefore(text, i)
                || Sentences.EndsInQuestion(text, i, count))
            {
                continue;
            }

            var q = i + 1;
            while (q < count && text.TokenText(q) is "clearly" or "obviously" or "just" or "really" or "simply" or "such" or "also"
                       or "nothing" or "but" or "basically" or "literally")
            {
                q++;
            }

            var article = q < count && text.TokenText(q) is "a" or "an";
            if ((!article && verb is "is" or "was") || (q < count && text.TokenText(q) is "the"))
            {
                continue; // "the plan is idiotic": an adjective; "were the big losers on the night": a result
            }

            q += article ? 1 : 0;
            for (var adjectives = 0; q < count && !Sentences.BreakBefore(text, q); q++, adjectives++)
            {
                var t = text.TokenText(q);
                // A plural noun ("idiots"), not an adjective in "-less" ("worthless"); not "loser(s)", as often a result
                // ("the biggest losers from the rate cut"), nor "clown(s)", as often the trade ("clowns from the local
                // circus"); not a title in quotation marks ("A Fool in Love"), a report after it ("…, the detective told
                // reporters") or a story ("in the book").
                if (lexicon.Category(t) is LexiconCategory.Insult or LexiconCategory.Profanity && EndsPhrase(text, q + 1, count)
                    && (article || (t.EndsWith("s") && !t.EndsWith("ss"))) && t is not ("loser" or "losers" or "clown" or "clowns")
                    && !GroupPredicate.ReportedAfter(text, q, count) && !ReportedSpeech.IsReported(text, q) && !SayingOrStoryAfter(text, q, count))
                {
                    return (i, q);
                }

                // Fondness takes the sting out ("Homer is a lovable oaf", "a harmless fool").
                if (adjectives == 3 || t is "not" or "no" or "of" or "to" or "for" or "in" or "on" or "at" or "if" or "than"
                    or "lovable" or "loveable" or "likeable" or "likable" or "adorable" or "harmless" or "endearing" or "charming" or "sweet"
                    or "lovely" or "cuddly" or "affectionate" or "beloved" or "loyal" or "kind" or "gentle")
                {
                    break;
                }
            }
        }

        return null;
    }

    // "The mayor said the protesters were idiots": a verb of saying earlier in the clause (back to a comma or a sentence
    // break) reports the insult, and a negation there denies it ("Didn't mean to imply you were an idiot", "Nobody
    // thinks she is a fool").
    private static bool SayingBefore(NormalizedText text, int i)
    {
        for (var k = i - 1; k >= 0; k--)
        {
            var t = text.TokenText(k);
            if (ReportedSpeech.IsSaying(t) || Features.IsNegator(t, k > 0 ? text.TokenText(k - 1) : default)
                || t is "nobody" or "imply" or "implying" or "suggest" or "suggesting")
            {
                return true;
            }

            if (ThreatIntent.SentenceBreakBefore(text, k))
            {
                break;
            }
        }

        return false;
    }

    private static bool SayingOrStoryAfter(NormalizedText text, int q, int count)
    {
        for (var k = q + 1; k < count && !Sentences.BreakBefore(text, k); k++)
        {
            var t = text.TokenText(k);
            if (ReportedSpeech.IsSaying(t) || (t is "book" or "film" or "movie" or "novel" or "series" or "show" or "play" or "story"
                    && text.TokenText(k - 1) is "the" or "this" or "that"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Spaced(NormalizedText text, int k) => text.GapBefore(k).IndexOfAny(" \n\t") >= 0;

    // The phrase ends: the text, a sentence or clause break, a relative clause, "and" ("a fraud and a thief") or a
    // preposition ("a moron from start to finish").
    private static bool EndsPhrase(NormalizedText text, int k, int count) =>
        k >= count || ThreatIntent.SentenceBreakBefore(text, k) || text.GapBefore(k).IndexOfAny(",;:-") >= 0
        || text.TokenText(k) is "who" or "that" or "and" or "with" or "but" or "whose" or "from" or "in" or "on" or "at" or "for"
            or "like" or "if" or "when" or "since" or "as" or "to";

    // Subjects that are things or ideas ("This article is a joke", "the result was a disaster"; "they", "these" and
    // "those" as often stand for things), the writer ("I was an idiot to believe it", "We were fools to trust them"),
    // who insults no one else, and a story's characters ("The villain is a creep, which is the point").
    private static bool IsThing(ReadOnlySpan<char> t) =>
        t is "it" or "this" or "that" or "which" or "what" or "there" or "here" or "these" or "those" or "they" or "article"
            or "piece" or "plan" or "policy" or "idea" or "bill" or "law" or "argument" or "decision" or "report" or "film"
            or "movie" or "show" or "book" or "game" or "match" or "headline" or "question" or "title" or "system"
            or "situation" or "result" or "deal" or "budget" or "scheme" or "project" or "process" or "thing" or "things"
            or "i" or "we" or "im" or "villain" or "hero" or "character" or "narrator" or "protagonist" or "antagonist";
}
