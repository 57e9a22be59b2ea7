using Parley.Classifier.Text;

namespace Parley.Classifier.Lexical;

/// <summary>
/// The threat rule's third shape (<see cref="ThreatIntent.FindRule"/>): a threat to the reader that names no
/// violence, the kind reporters and commenters receive ("I know where you live.", "You'd better watch your back.",
/// "Keep writing this and see what happens to you."). No violent word means the heads score them near 0, and our
/// sources hold too few of them to learn from. The phrases are few and fixed, aimed at "you", and said by the
/// writer: "I don't know where you live", "you know where I live", "watch your back, pickpockets work this market"
/// and "I worry about what happens to you" do not match.
/// </summary>
internal static class ImplicitThreat
{
    /// <summary>The phrase's tokens and its "you"/"your" token, or null.</summary>
    public static (int First, int Last, int Target)? Find(NormalizedText text)
    {
        var count = Math.Min(text.TokenCount, Features.MaxTokens);
        for (var i = 0; i < count; i++)
        {
            var found = text.TokenText(i) switch
            {
                "know" => KnowWhere(text, i, count),
                "watch" => Phrase(text, i, count, "watch", "your", "back") is { } back && Better(text, i) ? (back.First, back.Last, i + 1) : null,
                "sleep" => Phrase(text, i, count, "sleep", "with", "one", "eye", "open") is { } eye && Better(text, i) ? (eye.First, eye.Last, i) : null,
                "happens" or "happen" or "happened" => HappensToYou(text, i, count),
                _ => null,
            };
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }

    // "I know where you live", "we know where your kids go to school", "I know which street you live on"; the subject is
    // the writer, unnegated ("I don't know where you live", "do you know where you live?" are no threats).
    private static (int, int, int)? KnowWhere(NormalizedText text, int know, int count)
    {
        var subject = know - 1;
        while (subject >= 0 && text.TokenText(subject) is "already" or "now" or "also" or "still" or "do" or "exactly")
        {
            subject--;
        }

        if (subject < 0 || text.TokenText(subject) is not ("i" or "we") || (subject > 0 && text.TokenText(subject - 1) is "do" or "if"))
        {
            return null;
        }

        var j = know + 1;
        if (j < count && text.TokenText(j) is "exactly")
        {
            j++;
        }

        if (j + 2 >= count || ThreatIntent.SentenceBreakBefore(text, j))
        {
            return null;
        }

        // "where" or "which/what street, house, school …".
        if (text.TokenText(j) is "which" or "what" && text.TokenText(j + 1) is "street" or "house" or "road" or "building" or "school"
                or "town" or "neighbourhood" or "neighborhood" or "office" or "door" or "car" or "flat" or "apartment")
        {
            j++;
        }
        else if (text.TokenText(j) is not "where")
        {
            return null;
        }

        j++;
        var you = j;
        if (text.TokenText(j) is "your" or "ur" && j + 1 < count && Close(text.TokenText(j + 1)))
        {
            j += 2; // "your kids", "your wife"
        }
        else if (text.TokenText(j) is "you" or "u" && j + 3 < count && text.TokenText(j + 1) is "and"
                 && text.TokenText(j + 2) is "your" && Close(text.TokenText(j + 3)))
        {
            j += 4; // "you and your family"
        }
        else if (text.TokenText(j) is not ("you" or "u"))
        {
            return null;
        }
        else
        {
            j++;
        }

        // "where you go wrong" is no threat; "where your kids go to school" is.
        return j < count && !ThreatIntent.SentenceBreakBefore(text, j)
               && (text.TokenText(j) is "live" or "lives" or "reside" or "work" or "works" or "sleep" or "sleeps" or "park" or "parks"
                   || (text.TokenText(j) is "go" or "goes" && j + 1 < count && text.TokenText(j + 1) is "to"))
            ? (subject, j, you) : null;
    }

    // "Keep writing and see what happens to you", "It would be a shame if something happened to your family".
    private static (int, int, int)? HappensToYou(NormalizedText text, int happens, int count)
    {
        if (happens + 2 >= count || text.TokenText(happens + 1) is not "to"
            || !(text.TokenText(happens + 2) is "you" or "u"
                 || (text.TokenText(happens + 2) is "your" && happens + 3 < count && Close(text.TokenText(happens + 3)))))
        {
            return null;
        }

        var first = text.TokenText(happens) is "happens" && happens >= 2 && text.TokenText(happens - 1) is "what"
                    && text.TokenText(happens - 2) is "see" && KeepGoing(text, happens - 2) ? happens - 2
            : ShameIfSomething(text, happens);
        return first < 0 ? null : (first, happens + 2, happens + 2);
    }

    // "Keep writing this and see what happens to you", "Carry on like this and see …": a warning about the reader's own
    // conduct; not "Try protesting in Moscow and see what happens to you" (a report of repression) nor "I'd hate to
    // see what happens to your kids if …" (concern).
    private static bool KeepGoing(NormalizedText text, int see)
    {
        for (var k = see - 1; k >= Math.Max(0, see - 8) && !ThreatIntent.SentenceBreakBefore(text, k + 1); k--)
        {
            if (text.TokenText(k) is "keep" or "continue" or "carry")
            {
                return k == 0 || ThreatIntent.SentenceBreakBefore(text, k);
            }
        }

        return false;
    }

    // "shame if something (bad) happened" — the mobster's line.
    private static int ShameIfSomething(NormalizedText text, int happens)
    {
        var k = happens - 1;
        if (k >= 0 && text.TokenText(k) is "bad" or "terrible" or "nasty")
        {
            k--;
        }

        return k >= 2 && text.TokenText(k) is "something" && text.TokenText(k - 1) is "if" && text.TokenText(k - 2) is "shame" ? k - 2 : -1;
    }

    // Someone or something close to the reader ("your kids", "your family", "your car"), not "your bread".
    private static bool Close(ReadOnlySpan<char> t) =>
        ThreatIntent.IsBodyPart(t) || ThreatIntent.IsPersonNoun(t)
        || t is "kids" or "parents" or "house" or "home" or "car" or "loved" or "daughters" or "sons" or "pets";

    // "You'd better", "you better", "better": the warning that makes "watch your back" a threat, not advice.
    private static bool Better(NormalizedText text, int verb)
    {
        for (var k = verb - 1; k >= Math.Max(0, verb - 2) && !ThreatIntent.SentenceBreakBefore(text, k + 1); k--)
        {
            if (text.TokenText(k) is "better")
            {
                return true;
            }
        }

        return false;
    }

    private static (int First, int Last)? Phrase(NormalizedText text, int i, int count, params ReadOnlySpan<string> words)
    {
        if (i + words.Length > count)
        {
            return null;
        }

        for (var k = 0; k < words.Length; k++)
        {
            if (!text.TokenText(i + k).SequenceEqual(words[k]) || (k > 0 && ThreatIntent.SentenceBreakBefore(text, i + k)))
            {
                return null;
            }
        }

        return (i, i + words.Length - 1);
    }
}
