using Parley.Classifier.Text;

namespace Parley.Classifier.Lexical;

/// <summary>The threat rule's second shape (<see cref="ThreatIntent.FindRule"/>): a first-person wish for someone's death.</summary>
internal static class DeathWish
{
    /// <summary>
    /// "I hope you die", "I wish every X would drop dead", "I'd love to see every X hanging": a first-person wish that a
    /// person or group die or be killed. Returns the wish's tokens and the target. The words between the target and
    /// the death are few and fixed, so "I hope the people who died are remembered" and "I hope you don't die" do
    /// not match.
    /// </summary>
    public static (int First, int Last, int Target)? Find(NormalizedText text, Lexicon lexicon)
    {
        var count = Math.Min(text.TokenCount, Features.MaxTokens);
        for (var i = 1; i < count - 2; i++)
        {
            var t = text.TokenText(i);
            var wish = t is "hope" or "wish" or "pray"
                       || (t is "see" && (text.TokenText(i - 1) is "wanna" || (text.TokenText(i - 1) is "to" && i >= 2
                           && text.TokenText(i - 2) is "love" or "like" or "want")));
            if (!wish || WishSubject(text, i) is not { } subject)
            {
                continue;
            }

            var j = i + 1;
            if (text.TokenText(j) is "that")
            {
                j++;
            }

            var target = -1;
            var possessive = false; // "your whole family"
            for (var k = j; k < Math.Min(count, j + 6) && target < 0 && !ThreatIntent.SentenceBreakBefore(text, k); k++)
            {
                var w = text.TokenText(k);
                if ((ThreatIntent.IsPersonTarget(w, lexicon) && ThreatIntent.IsGroupNotAdjective(text, lexicon, k, count)) || w is "they" or "he" or "she"
                    || (possessive && ThreatIntent.IsBodyPart(w)))
                {
                    target = k;
                }
                else if (!ThreatIntent.IsDeterminer(w))
                {
                    break;
                }

                possessive |= w is "your" or "his" or "her" or "their" or "ur";
            }

            if (target < 0)
            {
                continue;
            }

            // A run of group names ("every gay muslim person", "you guys") is one target.
            var end = target;
            while (end + 1 < count && !ThreatIntent.SentenceBreakBefore(text, end + 1)
                   && (lexicon.Category(text.TokenText(end + 1)) is LexiconCategory.Identity || ThreatIntent.IsPersonNoun(text.TokenText(end + 1))))
            {
                end++;
            }

            // A pronoun may stand for things ("Russian tanks? I hope they all burn."): only a plain death counts there,
            // unless it stands for a group of people named before ("The Xs arrived. I hope they all drown.").
            var pronoun = text.TokenText(target) is "they" or "them" or "he" or "she" or "him" or "her"
                          && !(text.TokenText(target) is "they" or "them" && GroupPredicate.ProtectedGroupBefore(text, lexicon, target));
            for (var k = end + 1; k < Math.Min(count, end + 6) && !ThreatIntent.SentenceBreakBefore(text, k); k++)
            {
                var w = text.TokenText(k);
                if (IsDeath(text, k, count) && !(pronoun && w is not ("die" or "dies" or "dead" or "killed" or "murdered"
                    or "hanged" or "lynched" or "rot" or "raped")))
                {
                    // A participle right after the victim describes them ("I hope the Xs dying of hunger get help",
                    // "the Xs killed yesterday in Kherson"); a wish needs a verb between ("get killed"). "Hanging from a
                    // tree" is the wish itself.
                    var describes = k == end + 1 && (w.EndsWith("ed") || w is "shot" or "burnt" or "dying");
                    if (!describes)
                    {
                        return (subject, k, target);
                    }

                    break;
                }

                if (w is not ("all" or "just" or "would" or "will" or "ll" or "d" or "get" or "gets" or "got" or "go" or "goes"
                    or "slowly" or "soon" or "painfully" or "to" or "s" or "re" or "are" or "were" or "is" or "be" or "being"
                    or "drop" or "drops" or "finally" or "eventually" or "one" or "day" or "of" or "them" or "you"))
                {
                    break;
                }
            }
        }

        return null;
    }

    // The first-person subject of a wish, up to five tokens before it ("I really hope", "we all pray", "I'd love to
    // see"), with only such softeners between: no negation ("I don't wish anyone dead"), no sentence break.
    private static int? WishSubject(NormalizedText text, int wish)
    {
        for (var j = wish - 1; j >= Math.Max(0, wish - 5); j--)
        {
            var t = text.TokenText(j);
            if (t is "i" or "we" or "im")
            {
                return j;
            }

            if (Features.IsNegator(t, j > 0 ? text.TokenText(j - 1) : default) || ThreatIntent.SentenceBreakBefore(text, j + 1)
                || t is not ("really" or "just" or "truly" or "sincerely" or "all" or "d" or "would" or "love" or "like"
                    or "want" or "to" or "do" or "so" or "honestly" or "genuinely"))
            {
                return null;
            }
        }

        return null;
    }

    internal static bool IsDeath(NormalizedText text, int k, int count)
    {
        var w = text.TokenText(k);
        if (w is "cancer" or "aids")
        {
            // "I hope you get cancer", not "I hope you get cancer screening".
            return k + 1 >= count || ThreatIntent.SentenceBreakBefore(text, k + 1) || text.TokenText(k + 1) is "and";
        }

        // "shot down", "burn down": aircraft and buildings; "rot in jail": a sentence, not a death.
        if (k + 1 < count && (text.TokenText(k + 1) is "down" || (w is "rot" or "rots" or "rotting" && k + 2 < count
                && text.TokenText(k + 1) is "in" && text.TokenText(k + 2) is "jail" or "prison" or "a" or "his" or "her" or "their" or "gaol")))
        {
            return false;
        }

        return w is "die" or "dies" or "dying" or "dead" or "choke" or "chokes" or "killed" or "murdered" or "shot" or "hanged" or "hanging"
            or "lynched" or "gassed" or "burn" or "burns" or "burning" or "burned" or "burnt" or "rot" or "rots" or "rotting"
            or "drown" or "drowns" or "raped" or "stabbed" or "slaughtered" or "exterminated" or "beheaded";
    }
}
