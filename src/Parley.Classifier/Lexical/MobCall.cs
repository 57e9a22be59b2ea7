using Parley.Classifier.Text;

namespace Parley.Classifier.Lexical;

/// <summary>
/// A call to arms against a group: "Get the pitchforks out, there's a Muslim family moving into number 8.", "There's a
/// mosque two streets over. Who's bringing the petrol?", "Fetch the pitchforks, the Romanians are back on the green."
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

    // "get / grab / fetch the pitchforks (out)", "who's bringing the petrol", "bring the nooses"; returns the call's last token.
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

            // Only arms a mob carries: torches, bats, knives, ropes, matches and guns are also a ghost walk's, a cricket
            // team's, a langar's, a bell-ringer's, a bonfire's and a shooting team's (a review of session 18 found each).
            var arms = At(k);
            if (arms is "pitchforks" or "petrol" or "machetes" or "molotovs" or "nooses" or "noose")
            {
                // (not "bring the petrol for the mower")
                return At(k + 1) is "for" || (At(k + 1) is "out" && At(k + 2) is "of") ? null : k;
            }

            return null;
        }

        return null;
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

            // A place of worship where it stands ("there's a mosque two streets over", "the synagogue on Elm Street"), or a group
            // that is there ("a Muslim family moving into number 8", "the Romanians are back"): not a group in the news ("the Mail
            // is upset that a gay couple won Bake Off") nor a place's event ("the church bonfire", "the temple's procession").
            var t = text.TokenText(k);
            if (ThreatIntent.IsPlaceOfWorship(t) && Present(text, k + 1, count, place: true))
            {
                return k;
            }

            if (lexicon.Category(t) == LexiconCategory.Identity && GroupPredicate.IsProtected(text, lexicon, k)
                && !(k + 1 < count && lexicon.Category(text.TokenText(k + 1)) == LexiconCategory.Identity) && Present(text, k + 1, count, place: false))
            {
                return k;
            }
        }

        return null;
    }

    // After the group or the place: where it is or that it arrived ("moving in", "are back", "two streets over", "is
    // opening", "on Elm Street", "round the corner", "next door").
    private static bool Present(NormalizedText text, int k, int count, bool place)
    {
        ReadOnlySpan<char> At(int j) => Sentences.InClause(text, j, count);
        if (At(k) is "family" or "families" or "people" or "lot" or "lads" or "kids" or "men" or "couple")
        {
            k++;
        }

        for (var m = k; m < Math.Min(count, k + 4) && !Sentences.BreakBefore(text, m); m++)
        {
            var w = At(m);
            if (w is "moving" or "moved" or "back" or "here" or "opening" or "opened" or "over" or "round" or "next" or "nearby" or "bought"
                or "buying" or "arrived" or "arriving" or "living" or "settled" or "renting"
                || (w is "on" && place) || (w is "in" && At(m + 1) is "the" or "our" or "my" && At(m + 2) is "park" or "street" or "town"
                    or "village" or "area" or "estate" or "road"))
            {
                return true;
            }

            if (w is "car" or "hall" or "bonfire" or "fete" or "procession" or "team" or "choir" or "bells" or "cricket" or "open" or "roof"
                or "garden" or "fair" or "sale" or "festival" or "dinner" or "service")
            {
                return false;
            }
        }

        return false;
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
