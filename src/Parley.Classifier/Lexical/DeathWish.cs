using Parley.Classifier.Text;

namespace Parley.Classifier.Lexical;

/// <summary>
/// The threat rule's second shape (<see cref="ThreatIntent.FindRule"/>): the writer's wish for someone's death or harm
/// ("I hope you die", "Hope the reporter steps on a landmine", "I hope someone stabs the editor"), and violence said
/// to be deserved ("This editor needs a bullet", <see cref="ViolentDue"/>).
/// </summary>
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
        for (var i = 0; i < count - 2; i++)
        {
            var t = text.TokenText(i);
            // "I'd pay good money to watch …": the wish starts at "pay".
            var paid = t is "see" or "watch" && i >= 3 && text.TokenText(i - 1) is "to" && text.TokenText(i - 2) is "money"
                ? (text.TokenText(i - 3) is "pay" ? i - 3 : i >= 4 && text.TokenText(i - 4) is "pay" ? i - 4 : -1) : -1;
            var wish = t is "hope" or "wish" or "pray" or "wishing" || paid >= 0
                       || (t is "see" or "watch" && i > 0 && (text.TokenText(i - 1) is "wanna" || (text.TokenText(i - 1) is "to" && i >= 2
                           && text.TokenText(i - 2) is "love" or "like" or "want")));
            if (!wish)
            {
                continue;
            }

            // "Hope the reporter steps on a landmine.", "Wishing a slow death on …": a wish that opens its sentence is
            // the writer's.
            var subject = WishSubject(text, paid >= 0 ? paid : i)
                          ?? ((t is "hope" or "wishing" || (t is "wish" && i + 1 < count && text.TokenText(i + 1) is "someone" or "somebody"))
                              && (i == 0 || ThreatIntent.SentenceBreakBefore(text, i)) ? i : null);
            if (subject is null)
            {
                continue;
            }

            if (DeathOn(text, lexicon, i + 1, count) is var (deathLast, deathTarget))
            {
                return (subject.Value, deathLast, deathTarget);
            }

            var j = i + 1;
            if (text.TokenText(j) is "that")
            {
                j++;
            }

            if (SomeoneHarms(text, lexicon, j, count) is var (harmLast, harmTarget))
            {
                return (subject.Value, harmLast, harmTarget);
            }

            // "There are Xs in my building, who I wish would all drop dead": the victim named before "who".
            var relative = subject.Value - 1;
            if (relative > 0 && text.TokenText(relative) is "who" or "whom" && GroupPredicate.GroupBefore(text, lexicon, relative) is { } named)
            {
                for (var k = i + 1; k < Math.Min(count, i + 6) && !ThreatIntent.SentenceBreakBefore(text, k); k++)
                {
                    if (IsDeath(text, k, count))
                    {
                        return (subject.Value, k, named);
                    }

                    if (!IsWishFiller(text.TokenText(k)))
                    {
                        break;
                    }
                }
            }

            var target = -1;
            var byName = false; // "I hope Sadiq Khan gets stabbed": a name takes only violence people alone suffer
            var possessive = false; // "your whole family"
            for (var k = j; k < Math.Min(count, j + 6) && target < 0 && !ThreatIntent.SentenceBreakBefore(text, k); k++)
            {
                var w = text.TokenText(k);
                if ((ThreatIntent.IsPersonTarget(text, k, lexicon) && ThreatIntent.IsGroupNotAdjective(text, lexicon, k, count)) || w is "they" or "he" or "she"
                    || (possessive && ThreatIntent.IsBodyPart(w)))
                {
                    target = k;
                }
                else if (k == j && PersonName.Ends(text, k))
                {
                    target = k + 1 < count && PersonName.Ends(text, k + 1) && !ThreatIntent.SentenceBreakBefore(text, k + 1) ? k + 1 : k;
                    byName = true;
                }
                else if (possessive && ThreatIntent.IsDwelling(w) && BurnsWithThemInside(text, k + 1, count) is { } inside)
                {
                    return (subject.Value, inside, k); // "Hope your house burns down with you in it"
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

            // "I want to see that MP strung up", "I'd pay to see the referee kicked to death": what the writer would see done.
            if (t is "see" or "watch" && text.TokenText(target) is not ("they" or "them") && GroupPredicate.ViolentNorm(text, end, count) is { } seen
                && !ViolentDue.Contest(text, seen + 1, count) && (!byName || ViolentDue.NameViolence(text, seen, count)))
            {
                return (subject.Value, seen, target);
            }

            // A pronoun may stand for things ("Russian tanks? I hope they all burn."): only a plain death counts there,
            // unless it stands for a group of people named before ("The Xs arrived. I hope they all drown.").
            // ("he" and "she" are people: "Hope he gets cancer and dies slowly.")
            var pronoun = text.TokenText(target) is "they" or "them"
                          && !GroupPredicate.ProtectedGroupBefore(text, lexicon, target);
            // "every X in this town hanging from a tree": a place after the victim is still the victim; so is what they
            // made ("the author of this rubbish gets hit by a bus").
            var after = end + 1;
            if (after + 2 < count && text.TokenText(after) is "of" && text.TokenText(after + 1) is "this" or "that" or "the"
                && !ThreatIntent.SentenceBreakBefore(text, after + 2) && !IsDeath(text, after + 2, count))
            {
                after += 3;
            }

            if (after + 2 < count && text.TokenText(after) is "in" or "on" or "round" or "around"
                && text.TokenText(after + 1) is "this" or "that" or "the" or "our" or "my" or "your"
                && !ThreatIntent.SentenceBreakBefore(text, after) && !ThreatIntent.SentenceBreakBefore(text, after + 1)
                && !ThreatIntent.SentenceBreakBefore(text, after + 2) && !IsDeath(text, after + 2, count))
            {
                after += 3;
            }

            for (var k = after; k < Math.Min(count, after + 5) && !ThreatIntent.SentenceBreakBefore(text, k); k++)
            {
                var w = text.TokenText(k);
                // A pronoun may stand for a convoy ("…, hope they get hit by a missile"): accidents only befall people named.
                // ("I hope Arsenal get hit by a bus" is a team's bad luck: a name takes no accident either)
                if (!(pronoun && text.TokenText(target) is "they" or "them") && !byName && Mishap(text, k, count) is { } mishap)
                {
                    return (subject.Value, mishap, target); // "I hope you get hit by a bus"
                }

                // "gets dragged out of his car and beaten senseless": violence later in the wish's clause
                // (not for a pronoun that may stand for things: "Russian tanks? I hope they get bombed")
                if (w is "get" or "gets" or "got" && !pronoun && GroupPredicate.ViolentNorm(text, k - 1, count) is { } later && later - k < 10
                    && !ViolentDue.Contest(text, later + 1, count) && (!byName || ViolentDue.NameViolence(text, later, count)))
                {
                    return (subject.Value, later, target);
                }

                // "gets his legs broken", "get his head kicked in"
                if (w is "his" or "her" or "their" or "your" && k + 2 < count && ThreatIntent.IsBodyPart(text.TokenText(k + 1))
                    && text.TokenText(k + 2) is "broken" or "smashed" or "kicked" or "caved" or "snapped" or "crushed" or "stamped")
                {
                    return (subject.Value, k + 2, target);
                }

                if (byName && GroupPredicate.ViolentNorm(text, k - 1, count) is { } due && ViolentDue.NameViolence(text, due, count))
                {
                    return (subject.Value, due, target); // "I hope Gove chokes to death", "… gets stabbed"
                }

                if (byName)
                {
                    if (!IsWishFiller(w))
                    {
                        break;
                    }

                    continue;
                }

                if (IsDeath(text, k, count) && ViolentSense.Holds(text, k, k, count) && (w is not "dead" || ViolentSense.IsDeadly(text, k, count))
                    && !(ViolentDue.IsContestable(w) && ViolentDue.Contest(text, k + 1, count)) // "get slaughtered in the Six Nations"
                    && !(pronoun && w is not ("die" or "dies" or "dead" or "killed" or "murdered"
                    or "hanged" or "lynched" or "rot" or "raped")))
                {
                    // A participle right after the victim describes them ("I hope the Xs dying of hunger get help",
                    // "the Xs killed yesterday in Kherson"); a wish needs a verb between ("get killed"). "Hanging from a
                    // tree" is the wish itself.
                    // After "see" or "watch" it is the wish: "I'd like to see the judge hanged".
                    var describes = k == after && (w.EndsWith("ed") || w is "shot" or "burnt" or "dying") && t is not ("see" or "watch");
                    // "I wish they'd killed him (off)": a person after the verb is its object, so the "victim" is the
                    // killer; MissedHarm reads the wish (and refuses a writer's "killed him off").
                    var agent = k + 1 < count && !ThreatIntent.SentenceBreakBefore(text, k + 1)
                                && (ThreatIntent.IsPersonTarget(text, k + 1, lexicon) || text.TokenText(k + 1) is "me" or "us");
                    if (!describes && !agent && !Peaceful(text, k + 1, count))
                    {
                        return (subject.Value, k, target);
                    }

                    break;
                }

                if (!IsWishFiller(w))
                {
                    break;
                }
            }
        }

        return ViolentDue.Find(text, lexicon);
    }

    // "… dies peacefully in her sleep at 100", "… of old age": a good death wished, not a threat.
    private static bool Peaceful(NormalizedText text, int k, int count)
    {
        for (var m = k; m < Math.Min(count, k + 4) && !ThreatIntent.SentenceBreakBefore(text, m); m++)
        {
            if (text.TokenText(m) is "peacefully" or "happy" or "happily" or "sleep" || (text.TokenText(m) is "old" && m + 1 < count && text.TokenText(m + 1) is "age"))
            {
                return true;
            }
        }

        return false;
    }

    // The words between a wish's victim and the death: "(you) would all just drop dead", "(they) will slowly die".
    private static bool IsWishFiller(ReadOnlySpan<char> w) =>
        w is "all" or "just" or "would" or "will" or "ll" or "d" or "get" or "gets" or "got" or "go" or "goes"
            or "slowly" or "soon" or "painfully" or "to" or "s" or "re" or "are" or "were" or "is" or "be" or "being"
            or "drop" or "drops" or "finally" or "eventually" or "one" or "day" or "of" or "them" or "you" or "have" or "ve" or "been"
            or "burgled" or "robbed" or "and";

    // "(Wishing) a slow, painful death on the journo who wrote this": a death, a few adjectives, "on" a person.
    private static (int Last, int Target)? DeathOn(NormalizedText text, Lexicon lexicon, int j, int count)
    {
        for (var k = j; k < Math.Min(count, j + 6) && !Sentences.BreakBefore(text, k); k++)
        {
            if (text.TokenText(k) is not ("death" or "deaths"))
            {
                continue;
            }

            for (var m = k + 2; m < Math.Min(count, k + 5) && text.TokenText(k + 1) is "on" or "upon"; m++)
            {
                if (ThreatIntent.IsPersonTarget(text, m, lexicon))
                {
                    return (m, m);
                }

                if (!ThreatIntent.IsDeterminer(text.TokenText(m)))
                {
                    return null;
                }
            }

            return null;
        }

        return null;
    }

    // "(I hope) someone runs you over / shoots the author / stabs him": a wish that another do the harm. Returns the
    // wish's last token ("over" of "runs you over") and the target.
    private static (int Last, int Target)? SomeoneHarms(NormalizedText text, Lexicon lexicon, int j, int count)
    {
        if (j + 2 >= count || text.TokenText(j) is not ("someone" or "somebody"))
        {
            return null;
        }

        var v = j + 1;
        if (text.TokenText(v) is "just" or "finally" or "eventually" or "will" or "would")
        {
            v++;
        }

        var verb = text.TokenText(v);
        var stem = verb.Length > 3 && verb[^1] == 's' ? verb[..^1] : verb;
        var phrasal = verb is "runs" or "run" && v + 2 < count && text.TokenText(v + 2) is "over";
        // Not "beat": "I hope someone beats them on Saturday / the president in November".
        if (!phrasal && lexicon.Category(stem) != LexiconCategory.Threat && stem is not ("batter" or "knife" or "shank"))
        {
            return null;
        }

        for (var k = v + 1; k < Math.Min(count, v + 4) && !ThreatIntent.SentenceBreakBefore(text, k); k++)
        {
            var w = text.TokenText(k);
            if (ThreatIntent.IsPersonTarget(text, k, lexicon) || w is "he" or "she")
            {
                return (phrasal ? Math.Max(k, v + 2) : k, k);
            }

            if (k > v + 1 && ThreatIntent.IsDeterminer(text.TokenText(k - 1)) && ThreatIntent.PersonAfterAdjectives(text, k, count) is { } person) // "stabs this crooked MP"
            {
                return (phrasal ? Math.Max(person, v + 2) : person, person);
            }

            if (!ThreatIntent.IsDeterminer(w))
            {
                return null;
            }
        }

        return null;
    }

    // A death by accident wished on the target: "get hit by a bus", "gets run over", "steps on a landmine". Returns the
    // phrase's last token.
    private static int? Mishap(NormalizedText text, int k, int count)
    {
        var w = text.TokenText(k);
        var next = k + 1 < count ? text.TokenText(k + 1) : default;
        if (w is "hit" && next is "by")
        {
            var m = k + 2 < count && text.TokenText(k + 2) is "a" or "the" ? k + 3 : k + 2;
            return m < count && text.TokenText(m) is "bus" or "car" or "truck" or "lorry" or "train" or "tram" or "drone" or "missile"
                ? m : null;
        }

        if (w is "run" && next is "over" && k > 0 && text.TokenText(k - 1) is "get" or "gets" or "got" or "be")
        {
            return k + 1;
        }

        if (w is "step" or "steps" or "stepped" && next is "on")
        {
            var m = k + 2 < count && text.TokenText(k + 2) is "a" ? k + 3 : k + 2;
            return m < count && text.TokenText(m) is "landmine" or "mine" or "ied" ? m : null;
        }

        return null;
    }

    // After "your house": "burns down with you in it" / "with them inside".
    private static int? BurnsWithThemInside(NormalizedText text, int k, int count)
    {
        if (k + 4 >= count || text.TokenText(k) is not ("burns" or "burn" or "burnt" or "burned") || text.TokenText(k + 1) is not "down"
            || text.TokenText(k + 2) is not "with" || text.TokenText(k + 3) is not ("you" or "him" or "her" or "them" or "u"))
        {
            return null;
        }

        return text.TokenText(k + 4) is "inside" ? k + 4
            : text.TokenText(k + 4) is "in" && k + 5 < count && text.TokenText(k + 5) is "it" ? k + 5 : null;
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

        // "shot down", "burn down": aircraft and buildings; "rot in jail": a sentence, not a death; "hanging on every
        // word", "hanging around": attention and idling.
        if (k + 1 < count && (text.TokenText(k + 1) is "down"
                || (w is "hanging" && text.TokenText(k + 1) is "on" or "onto" or "around" or "about" or "out" or "his" or "her" or "their" or "its")
                || (w is "rot" or "rots" or "rotting" && k + 2 < count
                && text.TokenText(k + 1) is "in" && text.TokenText(k + 2) is "jail" or "prison" or "a" or "his" or "her" or "their" or "gaol")))
        {
            return false;
        }

        // The newer harms by an agent are as often a joke or food ("poisoned by that kebab shop", "tortured by the editor").
        if (w is "poisoned" or "tortured" or "trampled" or "drowned" or "suffocated" or "strangled" or "throttled" or "maimed" or "glassed"
                or "knifed" or "kneecapped" or "mutilated" or "decapitated" or "shanked" or "firebombed"
            && k + 1 < count && (text.TokenText(k + 1) is "by" or "out" or "with" or "off" or "chalice" or "back"
                                 || (text.TokenText(k + 1) is "in" && w is "strangled" or "throttled" or "suffocated" or "drowned")))
        {
            return false;
        }

        return w is "die" or "dies" or "dying" or "dead" or "choke" or "chokes" or "killed" or "murdered" or "shot" or "hanged" or "hanging"
            or "lynched" or "gassed" or "burn" or "burns" or "burning" or "burned" or "burnt" or "rot" or "rots" or "rotting"
            or "drown" or "drowns" or "raped" or "stabbed" or "slaughtered" or "exterminated" or "beheaded" or "beaten" or "mugged"
            // harm the lexicon does not list (ThreatIntent.Harm): "I hope he gets glassed"
            or "glassed" or "shanked" or "knifed" or "kneecapped" or "strangled" or "throttled" or "poisoned" or "maimed" or "mutilated"
            or "tortured" or "decapitated" or "trampled" or "drowned" or "suffocated" or "firebombed";
    }

    /// <summary>
    /// "The only good X is a dead X", "the only good vatniks are the dead ones": a death wish in a saying's clothes. X
    /// is a group or a slur, the last word before "is" ("the only good Russian soldier" is not: "soldier" ends it; "the
    /// only good guy is dead by the second act" and "the only good landlord …" name no group), and "dead" closes the
    /// saying: then the sentence ends, or "one", "ones" or X follows ("dead tired" is not it; "is not a dead X" never
    /// reaches "dead").
    /// </summary>
    public static (int First, int Last, int Target)? OnlyGoodOneIsDead(NormalizedText text, Lexicon lexicon)
    {
        var count = Math.Min(text.TokenCount, Features.MaxTokens);
        for (var i = 0; i + 4 < count; i++)
        {
            if (text.TokenText(i) is not "only" || text.TokenText(i + 1) is not "good")
            {
                continue;
            }

            var k = i + 2;
            while (k < Math.Min(count, i + 5) && text.TokenText(k) is not ("is" or "are" or "s") && !Sentences.BreakBefore(text, k))
            {
                k++;
            }

            var target = k - 1;
            // The saying also makes a slur of the words the lexicon leaves out for their other senses ("the only good
            // Moskal is a dead Moskal").
            if (k + 1 >= count || target < i + 2 || text.TokenText(k) is not ("is" or "are" or "s") || Sentences.BreakBefore(text, k)
                || !(lexicon.Category(text.TokenText(target)) is LexiconCategory.Identity || NameCalling.IsAddressedSlur(text.TokenText(target))
                     || Homonyms.IsSlur(text, target, lexicon)))
            {
                continue;
            }

            var dead = text.TokenText(k + 1) is "a" or "an" or "the" ? k + 2 : k + 1;
            if (dead >= count || text.TokenText(dead) is not "dead" || ThreatIntent.SentenceBreakBefore(text, dead))
            {
                continue;
            }

            if (dead + 1 >= count || ThreatIntent.SentenceBreakBefore(text, dead + 1))
            {
                return (i, dead, target);
            }

            if (text.TokenText(dead + 1) is "one" or "ones" || text.TokenText(dead + 1).SequenceEqual(text.TokenText(target)))
            {
                return (i, dead + 1, target);
            }
        }

        return null;
    }
}
