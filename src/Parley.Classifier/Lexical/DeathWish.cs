using Parley.Classifier.Text;

namespace Parley.Classifier.Lexical;

/// <summary>
/// The threat rule's second shape (<see cref="ThreatIntent.FindRule"/>): the writer's wish for someone's death or harm
/// ("I hope you die", "Hope the reporter steps on a landmine", "I hope someone stabs the editor"), and violence said
/// to be deserved ("This editor needs a bullet", <see cref="Deserved"/>).
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
                          ?? (t is "hope" or "wishing" && (i == 0 || ThreatIntent.SentenceBreakBefore(text, i)) ? i : null);
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
            var possessive = false; // "your whole family"
            for (var k = j; k < Math.Min(count, j + 6) && target < 0 && !ThreatIntent.SentenceBreakBefore(text, k); k++)
            {
                var w = text.TokenText(k);
                if ((ThreatIntent.IsPersonTarget(w, lexicon) && ThreatIntent.IsGroupNotAdjective(text, lexicon, k, count)) || w is "they" or "he" or "she"
                    || (possessive && ThreatIntent.IsBodyPart(w)))
                {
                    target = k;
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
                if (!(pronoun && text.TokenText(target) is "they" or "them") && Mishap(text, k, count) is { } mishap)
                {
                    return (subject.Value, mishap, target); // "I hope you get hit by a bus"
                }

                // "gets his legs broken", "get his head kicked in"
                if (w is "his" or "her" or "their" or "your" && k + 2 < count && ThreatIntent.IsBodyPart(text.TokenText(k + 1))
                    && text.TokenText(k + 2) is "broken" or "smashed" or "kicked" or "caved" or "snapped" or "crushed" or "stamped")
                {
                    return (subject.Value, k + 2, target);
                }

                if (IsDeath(text, k, count) && !(pronoun && w is not ("die" or "dies" or "dead" or "killed" or "murdered"
                    or "hanged" or "lynched" or "rot" or "raped")))
                {
                    // A participle right after the victim describes them ("I hope the Xs dying of hunger get help",
                    // "the Xs killed yesterday in Kherson"); a wish needs a verb between ("get killed"). "Hanging from a
                    // tree" is the wish itself.
                    var describes = k == after && (w.EndsWith("ed") || w is "shot" or "burnt" or "dying");
                    if (!describes && !Peaceful(text, k + 1, count))
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

        return Deserved(text, lexicon, count);
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

    // "This editor needs a bullet in the head", "Whoever wrote this deserves a beating", "you deserve a good hiding": a
    // person said to need or deserve violence. Not "the team needs a bullet-proof defence", "a slap on the wrist".
    private static (int First, int Last, int Target)? Deserved(NormalizedText text, Lexicon lexicon, int count)
    {
        for (var v = 1; v + 1 < count; v++)
        {
            var modal = text.TokenText(v) is "should" or "must" or "ought";
            if (text.TokenText(v) is not ("needs" or "need" or "deserves" or "deserve" or "deserved") && !modal)
            {
                continue;
            }

            var target = -1;
            var nearest = -1; // the subject's head noun for a person's due ("Trans freaks should be …": "freaks")
            for (var j = v - 1; j >= Math.Max(0, v - 5) && !ThreatIntent.SentenceBreakBefore(text, j + 1); j--)
            {
                var w = text.TokenText(j);
                if (Features.IsNegator(w, j > 0 ? text.TokenText(j - 1) : default) || w is "no")
                {
                    target = nearest = -1; // "No journalist deserves a bullet for doing their job."
                    break;
                }

                if (ThreatIntent.IsPersonTarget(w, lexicon) || w is "he" or "she" or "whoever" or "u" || IsPeopleNoun(w))
                {
                    target = j;
                    nearest = nearest < 0 ? j : nearest;
                }
            }

            // "The senator should be hanged for treason", "That judge should be dragged out of court and beaten": a
            // person's due, as GroupPredicate reads a group's. Only a role or a person noun opening the clause, so "the
            // army should shoot down the drones" or "they should be shot at dawn, the court ruled" stay with the heads.
            var liked = LikeHead(text, v);
            var subject = liked >= 0 ? liked : nearest >= 0 && IsRoleSubject(text, nearest, v) ? nearest : target;
            if (subject >= 0 && (modal || text.TokenText(v) is "needs" or "need") && (subject == liked || IsRoleSubject(text, subject, v))
                && GroupPredicate.ViolentNorm(text, v, count) is { } violence && !GroupPredicate.ReportedAfter(text, violence, count)
                && !Contest(text, violence + 1, count) // "The referee should be beaten at his own game"
                && text.TokenText(violence) is not "thrown" // "thrown a lifeline / to the wolves / under the bus"
                && !(text.TokenText(violence) is "shot" && violence + 2 < count && text.TokenText(violence + 1) is "at"
                     && text.TokenText(violence + 2) is not ("dawn" or "sight"))) // "shot at from every angle by our photographers"
            {
                return (subject, violence, subject);
            }

            if (modal)
            {
                continue;
            }

            var k = v + 1;
            while (k < count && k - v < 4 && text.TokenText(k) is "a" or "an" or "another" or "good" or "proper" or "swift" or "sound")
            {
                k++;
            }

            if (target < 0 || k >= count || k == v + 1)
            {
                continue;
            }

            var harm = text.TokenText(k);
            var after = k + 1 < count && !ThreatIntent.SentenceBreakBefore(text, k + 1) ? text.TokenText(k + 1) : default;
            if (((harm is "bullet" && after is not ("point" or "points" or "proof" or "train" or "list"))
                    || harm is "beating" or "noose" or "hiding" or "bullets"
                    || (harm is "rope" && (after.IsEmpty || after is "and" or "around")) // not "a rope to climb out of this mess"
                    || (harm is "slap" or "punch" && after is not "on"))
                && !Contest(text, k + 1, count))
            {
                return (target, k, target);
            }
        }

        return null;
    }

    // "(That / our / the) judge should …": a role noun (not a group, which GroupPredicate reads) right before the modal,
    // after at most a determiner, at the start of its clause.
    // Also an insult that can only name a person, or people named as a body or by a job ("that lying hack", "the
    // ministers"), after at most two adjectives and a softener ("Honestly the minister …"), and "whoever …" opening the
    // clause a few words before the modal ("Whoever ordered the strike should be hunted down"). Not "the bill", "the
    // scene", "the plan" ("The film should be shot in colour", "The plan should be executed carefully"): only people
    // have a due; and not after "a"/"an", a case rather than a person ("An injured cow should be shot humanely").
    private static bool IsRoleSubject(NormalizedText text, int target, int modal)
    {
        var t = text.TokenText(target);
        if (t is "whoever")
        {
            return modal - target <= 5 && GroupPredicate.Opens(text, target);
        }

        // "The journalist who wrote this should …": a relative clause between the person and the modal (Deserved's scan
        // found the person within five tokens of the modal and stopped at any break, so the clause is one).
        var relative = target + 1 < modal && text.TokenText(target + 1) is "who" or "that";
        return (target == modal - 1 || relative) && (ThreatIntent.IsRole(t) || ThreatIntent.IsInsultForAPerson(t) || IsPeopleNoun(t))
            && OpensClause(text, target);
    }

    // "Sick f**ks like this should …", "Garbage like you should …", "Thugs like him must …": people named by what they
    // are, then "like" and whom the writer means. Returns the head noun, or -1. After "this" or "that" only words that
    // name people ("Dogs like that should be put down" is about dogs); a thing word only before a person ("garbage like
    // you"), and not "animals", which may be animals.
    private static int LikeHead(NormalizedText text, int modal)
    {
        if (modal < 3 || text.TokenText(modal - 2) is not "like" || ThreatIntent.SentenceBreakBefore(text, modal - 1)
            || ThreatIntent.SentenceBreakBefore(text, modal - 2))
        {
            return -1;
        }

        var who = text.TokenText(modal - 1);
        var head = text.TokenText(modal - 3);
        var person = ThreatIntent.IsInsultForAPerson(head) || IsPeopleNoun(head) || head is "fucks" or "people" or "men" or "guys";
        var fits = who is "this" or "that" or "these" or "those" ? person
            : who is "him" or "her" or "them" or "you" or "u" && (person || head is "garbage" or "trash" or "filth" or "vermin");
        return fits && OpensClause(text, modal - 3) ? modal - 3 : -1;
    }

    // The noun at <paramref name="target"/> opens its clause after at most two adjectives, a determiner and a softener.
    private static bool OpensClause(NormalizedText text, int target)
    {
        var start = target;
        for (var adjectives = 0; adjectives < 2 && start > 0 && !ThreatIntent.SentenceBreakBefore(text, start)
             && text.TokenText(start - 1) is not ("the" or "that" or "this" or "our" or "your" or "their" or "a" or "an" or "and" or "but"
                 or "so" or "because" or "honestly" or "frankly" or "personally" or "seriously")
             && text.TokenText(start - 1) is { Length: > 1 } word && !word.ContainsAnyExceptInRange('a', 'z'); adjectives++)
        {
            start--;
        }

        start = start > 0 && text.TokenText(start - 1) is "the" or "that" or "this" or "our" or "your" or "their" ? start - 1 : start;
        return !(start > 0 && text.TokenText(start - 1) is "a" or "an") && GroupPredicate.OpensAfterSofteners(text, start);
    }

    // People named by an insult or a job, for a person's due ("Those freaks should be beaten", "The ministers should be
    // hanged"). Not "cabinet" (kitchens), "board" (leader boards), "leader" (of software), "cow" (farms) or "parasite" (medicine):
    // a review found each in a civil sentence.
    private static bool IsPeopleNoun(ReadOnlySpan<char> t) =>
        t is "freak" or "freaks" or "hack" or "hacks" or "manager" or "chancellor" or "official" or "officials" or "bosses"
            or "councillors" or "ministers" or "editors";

    // "… a beating at the polls / in the final / on Saturday": a contest, not violence.
    private static bool Contest(NormalizedText text, int k, int count)
    {
        for (var m = k; m < Math.Min(count, k + 6) && !ThreatIntent.SentenceBreakBefore(text, m); m++)
        {
            if (text.TokenText(m) is "polls" or "poll" or "election" or "elections" or "ballot" or "vote" or "match" or "game" or "final"
                or "league" or "cup" or "debate" or "saturday" or "sunday" or "race" or "round" or "chess" or "contest" or "margin"
                or "champions" or "tomorrow" or "punch" or "leadership" or "points" or "goals" or "votes")
            {
                return true;
            }
        }

        return false;
    }

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
                if (ThreatIntent.IsPersonTarget(text.TokenText(m), lexicon))
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
            if (ThreatIntent.IsPersonTarget(w, lexicon) || w is "he" or "she")
            {
                return (phrasal ? Math.Max(k, v + 2) : k, k);
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

        return w is "die" or "dies" or "dying" or "dead" or "choke" or "chokes" or "killed" or "murdered" or "shot" or "hanged" or "hanging"
            or "lynched" or "gassed" or "burn" or "burns" or "burning" or "burned" or "burnt" or "rot" or "rots" or "rotting"
            or "drown" or "drowns" or "raped" or "stabbed" or "slaughtered" or "exterminated" or "beheaded" or "beaten" or "mugged";
    }
}
