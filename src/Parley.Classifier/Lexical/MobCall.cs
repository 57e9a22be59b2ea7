using Parley.Classifier.Text;

namespace Parley.Classifier.Lexical;

/// <summary>
/// A call to arms against a group: "Get the pitchforks out, there's a Muslim family moving into number 8.", "There's a
/// mosque two streets over. Who's bringing the petrol?", "Grab your bats, lads, the Romanians are back on the green."
/// The call names no victim and no violent verb, so neither the threat shapes nor the heads (0.09–0.16) read it; the
/// victim is a protected group or a place of worship in the same or the next sentence. The same calls are everyday
/// hyperbole against anyone else ("Get the pitchforks out, the council's raising parking charges again"), so without
/// such a victim nothing is read; nor when the call is reported, negated or condemned as a call.
/// </summary>
internal static class MobCall
{
    /// <summary>The call's tokens and the group or place it points at, or null.</summary>
    public static (int First, int Last, int Target)? Find(NormalizedText text, Lexicon lexicon)
    {
        var count = Math.Min(text.TokenCount, Features.MaxTokens);
        for (var i = 0; i + 1 < count; i++)
        {
            if (Call(text, i, count) is not { } last || ReportedSpeech.IsReported(text, i) || NegatedBefore(text, i))
            {
                continue;
            }

            if (Victim(text, lexicon, i, count) is { } target)
            {
                return (i, last, target);
            }
        }

        return null;
    }

    // "get / grab / fetch the pitchforks (out)", "grab your bats", "tool up", "who's bringing the petrol / rope / matches",
    // "bring the petrol"; returns the call's last token.
    private static int? Call(NormalizedText text, int i, int count)
    {
        ReadOnlySpan<char> At(int j) => Sentences.InClause(text, j, count);
        var t = At(i);
        if (t is "get" or "grab" or "fetch" or "bring" or "bringing" or "sharpen" or "light")
        {
            var k = i + 1;
            while (At(k) is "the" or "your" or "out" or "our" or "some")
            {
                k++;
            }

            var arms = At(k);
            if (arms is "pitchforks" or "torches" or "petrol" or "rope" or "ropes" or "matches" or "bats" or "machetes" or "knives"
                or "crowbars" or "molotovs" or "nooses" or "noose" or "guns" or "shotguns" or "rifles" or "blades")
            {
                // (not "bring the rope for the tug of war", "get the bats out of the shed for the match")
                return At(k + 1) is "for" || (At(k + 1) is "out" && At(k + 2) is "of") ? null : k;
            }

            return null;
        }

        return t is "tool" && At(i + 1) is "up" ? i + 1 : null;
    }

    // A protected group or a place of worship in the call's sentence or the one after (or the one before: "There's a
    // mosque two streets over. Who's bringing the petrol?").
    private static int? Victim(NormalizedText text, Lexicon lexicon, int i, int count)
    {
        var start = Sentences.Start(text, i);
        var from = start > 0 ? Sentences.Start(text, start - 1) : 0;
        var sentences = 0;
        for (var k = from; k < count; k++)
        {
            if (k > i && Sentences.BreakBefore(text, k) && ++sentences > 1)
            {
                break;
            }

            var t = text.TokenText(k);
            if (ThreatIntent.IsPlaceOfWorship(t)
                || (lexicon.Category(t) == LexiconCategory.Identity && GroupPredicate.IsProtected(text, lexicon, k)))
            {
                return k;
            }
        }

        return null;
    }

    private static bool NegatedBefore(NormalizedText text, int i)
    {
        for (var k = i - 1; k >= Math.Max(0, i - 3); k--)
        {
            if (Features.IsNegator(text.TokenText(k), k > 0 ? text.TokenText(k - 1) : default))
            {
                return true;
            }
        }

        return false;
    }
}
