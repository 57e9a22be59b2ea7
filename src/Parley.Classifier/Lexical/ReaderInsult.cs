using Parley.Classifier.Text;

namespace Parley.Classifier.Lexical;

/// <summary>
/// "You're an embarrassment to your whole family.", "you're thick as a brick", "You are the most useless person I've
/// ever worked with.": the reader called something that is no insult word on its own, which the heads scored
/// TOXICITY 0.17–0.44. Only "you are" / "you're" directly followed (after a few fillers) by the insult, unnegated and
/// not in a condition ("If you're clueless about tax, read this").
/// </summary>
internal static class ReaderInsult
{
    /// <summary>The "you" and the insult's token, or null.</summary>
    public static (int First, int Last)? Find(NormalizedText text)
    {
        var count = Math.Min(text.TokenCount, Features.MaxTokens);
        for (var i = 0; i + 1 < count; i++)
        {
            int q;
            if (text.TokenText(i) is "youre")
            {
                q = i + 1;
            }
            else if (text.TokenText(i) is "you" && text.TokenText(i + 1) is "re" or "are")
            {
                q = i + 2;
            }
            else
            {
                continue;
            }

            if (i > 0 && text.TokenText(i - 1) is "if" or "when" or "whether" or "unless" or "as" or "what" or "how" or "think" or "thank"
                or "cause" or "because")
            {
                continue;
            }

            for (; q < Math.Min(count, i + 8) && !ThreatIntent.SentenceBreakBefore(text, q); q++)
            {
                var t = text.TokenText(q);
                if (IsInsult(t))
                {
                    return (i, q);
                }

                if (t is not ("just" or "such" or "truly" or "really" or "clearly" or "literally" or "so" or "a" or "an" or "the"
                    or "most" or "biggest" or "complete" or "total" or "utter" or "absolute" or "as" or "obviously"
                    or "simply" or "still" or "always"))
                {
                    break; // a negation ends the search too: "you're not a failure"
                }
            }
        }

        return null;
    }

    private static bool IsInsult(ReadOnlySpan<char> t) =>
        t is "embarrassment" or "disgrace" or "joke" or "failure" or "nobody" or "nothing" or "snake" or "hack" or "fraud"
            or "coward" or "liar" or "useless" or "thick" or "dim" or "clueless" or "worthless" or "brainless" or "spineless"
            or "gutless" or "pathetic" or "vile" or "dense" or "delusional" or "deluded" or "hopeless" or "unhinged"
            or "parasite" or "leech";
}
