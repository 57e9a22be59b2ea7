using Parley.Classifier.Text;

namespace Parley.Classifier.Lexical;

/// <summary>
/// The writer's regret that a person was not killed: "Too bad someone didn't put a bullet between his eyes.",
/// "Shame nobody shot him.", "Pity they didn't hang the lot of them.", "Wish they'd killed this loser." A wish for a
/// death in the past tense, which <see cref="DeathWish"/> (a wish for what is to come) does not read; the ToxicSpans
/// threat spans hold several. Regret that someone *was* killed ("Shame they killed him", "I wish they hadn't shot
/// him") has no negation where this shape needs one, or a negation where it needs none, and does not match; nor do
/// things ("Too bad they didn't kill the bill"), drones brought down ("Shame they didn't shoot them down"), idioms ("hang him out to dry") or oneself.
/// </summary>
internal static class MissedHarm
{
    public static (int First, int Last, int Target)? Find(NormalizedText text, Lexicon lexicon)
    {
        var count = Math.Min(text.TokenCount, Features.MaxTokens);
        for (var i = 0; i < count - 3; i++)
        {
            var t = text.TokenText(i);
            var wish = t is "wish" && Wisher(text, i);
            var after = t is "shame" or "pity" ? i + 1
                : t is "too" && text.TokenText(i + 1) is "bad" ? i + 2
                : wish ? i + 1 : -1;
            if (after < 0 || Features.IsNegator(i > 0 ? text.TokenText(i - 1) : default, i > 1 ? text.TokenText(i - 2) : default))
            {
                continue;
            }

            if (after < count && text.TokenText(after) is "that")
            {
                after++;
            }

            if (after >= count || ThreatIntent.SentenceBreakBefore(text, after))
            {
                continue; // "What a shame. They didn't kill him, thank God."
            }

            // "Shame they didn't finish him off in the third round": a boxer's, a player's or a film's world (ViolentSense).
            if (Verb(text, after, count, wish) is { } verb && Target(text, lexicon, verb, count) is { } target
                && !ViolentSense.OtherWorld(text, target, count))
            {
                return (i, target, target);
            }
        }

        return null;
    }

    // "I wish", "Wish …", "just wish": the writer's wish, not "she wishes" or "if you wish".
    private static bool Wisher(NormalizedText text, int i) =>
        i == 0 || ThreatIntent.SentenceBreakBefore(text, i) || text.TokenText(i - 1) is "i" or "just" or "only" or "really" or "honestly";

    // The violent verb of the clause that opens at <paramref name="start"/>: a subject of at most three words, then a
    // negated past ("didn't kill", "never shot") or "nobody / no one" with a past form; after "wish", also "had / 'd /
    // would have" with a past form or the past itself ("wish they killed him"). Returns the verb's last token.
    private static int? Verb(NormalizedText text, int start, int count, bool wish)
    {
        var nobody = text.TokenText(start) is "nobody" or "noone" || (text.TokenText(start) is "no" && start + 1 < count && text.TokenText(start + 1) is "one");
        for (var k = start + (nobody ? (text.TokenText(start) is "no" ? 2 : 1) : 1); k < Math.Min(count, start + 5); k++)
        {
            if (ThreatIntent.SentenceBreakBefore(text, k))
            {
                return null;
            }

            var w = text.TokenText(k);
            var negated = w is "didnt" or "never" || (w is "didn" && k + 1 < count && text.TokenText(k + 1) is "t");
            if (negated && !nobody && !wish)
            {
                var v = k + (w is "didn" ? 2 : 1);
                return v < count && IsBase(text.TokenText(v), w is "never") && PutABullet(text, v, count) ? Bullet(text, v, count) : null;
            }

            if ((nobody && !wish) || (wish && !nobody))
            {
                var v = wish && w is "had" or "d" ? k + 1 : wish && w is "would" && k + 2 < count && text.TokenText(k + 1) is "have" or "ve" ? k + 2 : k;
                if (v < count && IsPast(text.TokenText(v)) && PutABullet(text, v, count))
                {
                    return Bullet(text, v, count);
                }
            }

            // The subject: "someone", "they", "the police", "that soldier", "the cops in Texas" are not verbs.
            if (Features.IsNegator(w, text.TokenText(k - 1)) || w is "had" or "d" or "would" or "could" or "should" or "and" or "but")
            {
                return null;
            }
        }

        return null;
    }

    // "put" is violence only as "put a bullet …" ("Pity they didn't put him in goal").
    private static bool PutABullet(NormalizedText text, int v, int count) =>
        text.TokenText(v) is not "put" || (v + 2 < count && text.TokenText(v + 2) is "bullet");

    // "put a bullet in / between": the verb ends at the bullet.
    private static int Bullet(NormalizedText text, int v, int count) =>
        text.TokenText(v) is "put" && v + 2 < count && text.TokenText(v + 2) is "bullet" ? v + 2 : v;

    private static bool IsBase(ReadOnlySpan<char> t, bool pastToo) =>
        t is "kill" or "shoot" or "stab" or "hang" or "strangle" or "lynch" or "behead" or "drown" or "execute" or "murder"
            or "put" or "finish" || (pastToo && IsPast(t));

    private static bool IsPast(ReadOnlySpan<char> t) =>
        t is "killed" or "shot" or "stabbed" or "hanged" or "hung" or "strangled" or "lynched" or "beheaded" or "drowned"
            or "executed" or "murdered" or "put" or "finished";

    // A person right after the verb (after determiners and up to two adjectives), or a bullet in someone's head; not
    // "shoot them down" (drones), "finish the job", "hang the pictures".
    private static int? Target(NormalizedText text, Lexicon lexicon, int verb, int count)
    {
        var bullet = text.TokenText(verb) is "bullet";
        for (var j = verb + 1; j < Math.Min(count, verb + 5) && !ThreatIntent.SentenceBreakBefore(text, j); j++)
        {
            var t = text.TokenText(j);
            if (bullet && t is "in" or "into" or "through" or "between")
            {
                continue;
            }

            if (bullet && t is "his" or "her" or "their" or "your" or "ur" && j + 1 < count && ThreatIntent.IsBodyPart(text.TokenText(j + 1)))
            {
                return j + 1;
            }

            // "hang her portrait": "her" before a noun is its owner
            if (t is "her" && j + 1 < count && !ThreatIntent.SentenceBreakBefore(text, j + 1) && text.GapBefore(j + 1).IndexOf(',') < 0
                && text.TokenText(j + 1) is not ("in" or "at" or "on" or "for" or "dead" or "when" or "before" or "after" or "and" or "off"
                    or "with" or "years" or "then" or "now" or "already" or "too" or "first" or "instead" or "properly"))
            {
                continue;
            }

            if (ThreatIntent.IsPersonTarget(text, j, lexicon) && ThreatIntent.IsGroupNotAdjective(text, lexicon, j, count)
                && !(j + 1 < count && text.TokenText(j + 1) is "s" or "down" or "up" or "out"))
            {
                var v = text.TokenText(verb);
                var after = j + 1 < count && !ThreatIntent.SentenceBreakBefore(text, j + 1) ? text.TokenText(j + 1) : default;
                // "finish him off" needs its "off" (a boxer's "finish him" is a round); "kill him off" is a writer's plot.
                if (v is "finish" or "finished" ? after is not "off" : after is "off")
                {
                    return null;
                }

                // A shot is a photograph or a film scene unless the clause ends or the wound follows ("shot him dead",
                // "in the head"); "stabbed him in the back" is politics.
                if (v is "shoot" or "shot" && !(after.IsEmpty || after is "dead" || (after is "in" && j + 3 < count && text.TokenText(j + 2) is "the"
                        && ThreatIntent.IsBodyPart(text.TokenText(j + 3)) && text.TokenText(j + 3) is not "back")))
                {
                    return null;
                }

                return v is "stab" or "stabbed" && after is "in" && j + 3 < count && text.TokenText(j + 3) is "back" ? null : j;
            }

            if (j > verb + 1 && ThreatIntent.IsDeterminer(text.TokenText(j - 1)) && ThreatIntent.PersonAfterAdjectives(text, j, count) is { } person)
            {
                return person;
            }

            if (!ThreatIntent.IsDeterminer(t))
            {
                return null;
            }
        }

        return null;
    }
}
