using Parley.Classifier.Text;

namespace Parley.Classifier.Lexical;

/// <summary>
/// The frames of <see cref="GroupStereotype"/> that say what a group is or does: nothing good about it, it ruins
/// everything, it should not be let live among us or belongs in camps, it breeds like rabbits, it is unfit, and vice
/// is in its nature.
/// </summary>
internal static partial class GroupStereotype
{
    // "There is nothing good / decent / positive about X(s)"; returns "nothing".
    private static int? NothingGoodAbout(NormalizedText text, int first)
    {
        var k = first - 1;
        if (k >= 0 && text.TokenText(k) is "the" or "a" or "an")
        {
            k--;
        }

        return k >= 2 && text.TokenText(k) is "about" && text.TokenText(k - 1) is "good" or "decent" or "positive" or "redeeming" or "nice"
               && text.TokenText(k - 2) is "nothing" ? k - 2 : null;
    }

    // "Xs ruin everything (they touch)", "I feel like Xs destroy this country": the group as the ruin of all; returns the
    // object's last token.
    private static int? Ruins(NormalizedText text, int first, int group, int count)
    {
        var opinion = first > 0 && text.TokenText(first - 1) is "like" or "think" or "that" or "believe" or "reckon";
        if (!opinion && !GroupPredicate.OpensAfterSofteners(text, first))
        {
            return null;
        }

        var v = group + 1;
        while (v < count && v - group < 3 && text.TokenText(v) is "just" or "always" or "all" or "only")
        {
            v++;
        }

        if (v + 1 >= count || text.TokenText(v) is not ("ruin" or "ruined" or "destroy" or "destroyed" or "wreck" or "wrecked" or "spoil"
                or "spoiled" or "poison" or "poisoned" or "infect" or "infected" or "contaminate" or "pollute" or "degrade"))
        {
            return null;
        }

        var o = v + 1;
        if (text.TokenText(o) is "everything" or "anything")
        {
            return o;
        }

        return o + 1 < count && text.TokenText(o) is "this" or "our" or "every" && text.TokenText(o + 1) is "country" or "nation" or "society"
            or "town" or "city" or "culture" or "neighbourhood" or "neighborhood" or "street" or "community" or "place" ? o + 1 : null;
    }

    // "Why do we (even) let Xs live among us?", "We should never have let Xs settle here": a group's presence as the
    // mistake. Returns "let" and the end of the phrase.
    private static (int, int)? LetLiveAmongUs(NormalizedText text, int first, int group, int count)
    {
        if (first < 1 || text.TokenText(first - 1) is not ("let" or "letting" or "allow" or "allowing"))
        {
            return null;
        }

        var let = first - 1;
        bool why = false, never = false;
        for (var k = let - 1; k >= Math.Max(0, let - 6) && !ThreatIntent.SentenceBreakBefore(text, k + 1); k--)
        {
            why |= text.TokenText(k) is "why";
            never |= text.TokenText(k) is "never" or "stop" || Features.IsNegator(text.TokenText(k), k > 0 ? text.TokenText(k - 1) : default);
        }

        // "Why do we let Xs live among us?" or "We should never let …"; "Why don't we / why not let them stay?" asks for it.
        var whyOrNever = why != never;

        var v = group + 1;
        if (!whyOrNever || v + 1 >= count || text.TokenText(v) is not ("live" or "stay" or "settle" or "come" or "move" or "breed"))
        {
            return null;
        }

        // "… stay here on three-year visas only?" asks about terms, not presence; and a question reported ("the councillor
        // was suspended after asking why we let …") is not the writer's.
        var w = text.TokenText(v + 1);
        var end = w is "among" && v + 2 < count && text.TokenText(v + 2) is "us" ? v + 2 : w is "here" ? v + 1 : -1;
        if (end < 0 || !(end + 1 >= count || Sentences.BreakBefore(text, end + 1)))
        {
            return null;
        }

        for (var k = let - 1; k >= 0 && !Sentences.BreakBefore(text, k + 1); k--)
        {
            if (ReportedSpeech.IsSaying(text.TokenText(k)) || text.TokenText(k) is "asking" or "asked" or "ask" or "asks" or "wondered")
            {
                return null;
            }
        }

        return (let, end);
    }

    // "Lock Xs in camps", "Someone ought to put Xs in camps", "round Xs up into camps", "Xs should be locked in camps";
    // returns the verb (or the group, for the passive) and "camps".
    private static (int, int)? InCamps(NormalizedText text, int first, int group, int count)
    {
        if (BeConfined(text, group, count) is { } passive)
        {
            return (first, passive);
        }

        var verb = first - 1;
        for (var skipped = 0; skipped < 2 && verb >= 0 && text.TokenText(verb) is "up" or "all" or "the"; skipped++)
        {
            verb--; // "lock all the Xs in …"
        }

        if (verb < 0 || text.TokenText(verb) is not ("lock" or "put" or "round" or "herd" or "send" or "ship" or "throw"))
        {
            return null;
        }

        // An order or a call ("Lock them in camps", "Someone ought to put …", "We should round …"), not news or history
        // ("China continues to lock Uyghurs in camps", "helped round up Jews into camps", "would send refugees to camps").
        var call = ThreatIntent.ImperativeStart(text, verb) >= 0
                   || (verb >= 2 && text.TokenText(verb - 1) is "to" && text.TokenText(verb - 2) is "ought" or "need" or "needs")
                   || (verb >= 1 && text.TokenText(verb - 1) is "should" or "must" or "lets" or "ll");
        if (!call)
        {
            return null;
        }

        for (var k = group + 1; k < Math.Min(count, group + 7) && !ThreatIntent.SentenceBreakBefore(text, k); k++) // "… and put them in cages"
        {
            if (IsConfinement(text.TokenText(k)))
            {
                return (verb, k);
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a span <see cref="GroupStereotype.Find"/> returned is <see cref="InCamps"/>' (its only frame ending on the
    /// camps) with a verb of locking up, not of sending ("Send them back to the camps" is harsh, but no threat).
    /// </summary>
    internal static bool Confines(NormalizedText text, int first, int last)
    {
        if (!IsConfinement(text.TokenText(last)))
        {
            return false;
        }

        for (var k = first; k < last; k++)
        {
            if (text.TokenText(k) is "send" or "ship")
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsConfinement(ReadOnlySpan<char> t) => t is "camps" or "camp" or "cages" or "ghettos" or "ghetto" or "chambers";

    // After the group: "should / must / need to / ought to be locked (up) / put / sent … in camps"; not a report ("are
    // being held in camps"). Returns "camps".
    private static int? BeConfined(NormalizedText text, int group, int count)
    {
        var k = group + 1;
        if (k + 2 < count && text.TokenText(k) is "need" or "needs" or "ought" && text.TokenText(k + 1) is "to")
        {
            k += 2;
        }
        else if (k < count && text.TokenText(k) is "should" or "must")
        {
            k++;
        }
        else
        {
            return null;
        }

        if (k + 1 >= count || text.TokenText(k) is not "be"
            || text.TokenText(k + 1) is not ("locked" or "put" or "rounded" or "herded" or "thrown"))
        {
            return null;
        }

        for (var c = k + 2; c < Math.Min(count, k + 7) && !ThreatIntent.SentenceBreakBefore(text, c); c++)
        {
            if (IsConfinement(text.TokenText(c)))
            {
                return c;
            }
        }

        return null;
    }

    // "Xs breed / multiply like rabbits / rats"; returns the animal.
    private static int? Breeds(NormalizedText text, int group, int count)
    {
        var v = group + 1;
        if (v < count && text.TokenText(v) is "just" or "all")
        {
            v++;
        }

        // also "spread / swarm like a virus / like locusts" (session 13's twelfth round: "Hindus spread like a virus …")
        var what = v + 2 < count && text.TokenText(v + 2) is "a" && v + 3 < count ? v + 3 : v + 2;
        return what < count && text.TokenText(v) is "breed" or "multiply" or "spread" or "swarm" or "breeding" or "spreading" or "swarming"
               && text.TokenText(v + 1) is "like"
               && text.TokenText(what) is "rabbits" or "rats" or "cockroaches" or "roaches" or "flies" or "vermin" or "animals" or "insects" or "mice"
                   or "virus" or "plague" or "cancer" or "disease" or "locusts" or "rot" or "infection" or "weeds" or "fungus" or "mould" or "mold"
            ? what : null;
    }

    // "Xs aren't smart enough to …", "Xs are too stupid to …": a group's unfitness as its nature; returns "to".
    private static int? Unfit(NormalizedText text, int first, int group, int count)
    {
        if (!GroupPredicate.OpensAfterSofteners(text, first))
        {
            return null;
        }

        var q = group + 1;
        var negated = false;
        if (q < count && text.TokenText(q) is "are" or "aren" or "arent" or "re")
        {
            negated = text.TokenText(q) is "aren" or "arent";
            q++;
        }
        else
        {
            return null;
        }

        if (q < count && text.TokenText(q) is "t" or "not" or "just" or "simply")
        {
            negated |= text.TokenText(q) is "t" or "not";
            q++;
        }

        if (q + 2 >= count || ThreatIntent.SentenceBreakBefore(text, q))
        {
            return null;
        }

        var w = text.TokenText(q);
        var next = text.TokenText(q + 1);
        // Not "good" or "strong" enough: teams and loads ("The Poles aren't good enough to win the cup").
        if (negated && w is "smart" or "clever" or "intelligent" or "bright" or "civilised" or "civilized"
            && next is "enough" && text.TokenText(q + 2) is "to" or "for")
        {
            return q + 2;
        }

        return !negated && w is "too" && next is "stupid" or "dumb" or "lazy" or "thick" or "primitive" or "backward" or "emotional" or "dim"
               && text.TokenText(q + 2) is "to" ? q + 2 : null;
    }

    // Vice as a group's nature, after a group named in the text: "it's in their blood / DNA / genes / nature", "they can't
    // help themselves / it", "it's (just) what they do", "(like / as) they always do", "it's how they're raised / wired",
    // "that's just how those people are". Returns the group and the phrase's last token.
    private static (int First, int Last)? Nature(NormalizedText text, Lexicon lexicon, int i, int count)
    {
        var t = text.TokenText(i);
        int they;
        if (t is "genetic")
        {
            // "…, it's genetic"
            if (i < 2 || text.TokenText(i - 1) is not "s" || text.TokenText(i - 2) is not "it"
                || !(i + 1 >= count || ThreatIntent.SentenceBreakBefore(text, i + 1)))
            {
                return null;
            }

            they = i - 2;
        }
        else if (t is "blood" or "dna" or "genes" or "nature" or "culture")
        {
            // "in their blood" ("it's their culture / religion" was tried in session 16 and dropped: it describes customs as
            // often, "Muslims hate alcohol, it's their religion", and the contempt words also describe them: "lazy siesta")
            if (i < 2 || text.TokenText(i - 1) is not "their" || text.TokenText(i - 2) is not "in"
                || !(i + 1 >= count || ThreatIntent.SentenceBreakBefore(text, i + 1) || text.TokenText(i + 1) is "and" or "so"))
            {
                return null;
            }

            they = i - 1;
        }
        else if (t is "raised" or "wired" or "built" or "made" or "are")
        {
            // "it's how they're raised / wired", "that's just how those people are" (session 15, round 14's identity
            // attacks without slurs), at the end of a clause.
            if (i < 3 || !(i + 1 >= count || ThreatIntent.SentenceBreakBefore(text, i + 1)))
            {
                return null;
            }

            var k = i - 1;
            if (t is not "are" && text.TokenText(k) is "re" or "are" or "were")
            {
                k--;
            }
            else if (t is not "are")
            {
                return null;
            }

            var subject = text.TokenText(k) is "people" && k >= 1 && text.TokenText(k - 1) is "those" or "these" ? k - 1 : k;
            if (text.TokenText(subject) is not ("they" or "those" or "these") || subject < 1 || text.TokenText(subject - 1) is not "how"
                || (t is "are" && subject == k))
            {
                return null; // "how they are" alone is a greeting's question; "how those people are" is the trope
            }

            they = subject;
        }
        else if (t is "help")
        {
            // "they can't help themselves", "they cannot help it"
            if (i < 3 || i + 1 >= count || text.TokenText(i + 1) is not ("themselves" or "it")
                || !(i + 2 >= count || ThreatIntent.SentenceBreakBefore(text, i + 2)))
            {
                return null;
            }

            var modal = text.TokenText(i - 1) is "t" ? i - 2 : i - 1;
            if (text.TokenText(modal) is not ("can" or "cant" or "cannot") || modal < 1 || text.TokenText(modal - 1) is not "they")
            {
                return null;
            }

            they = modal - 1;
        }
        else
        {
            // "what they do", "they always do" at the end of a clause
            if (i < 2 || !(i + 1 >= count || ThreatIntent.SentenceBreakBefore(text, i + 1)))
            {
                return null;
            }

            if (text.TokenText(i - 1) is "always" && text.TokenText(i - 2) is "they" && i >= 3 && text.TokenText(i - 3) is "like" or "as")
            {
                they = i - 2;
            }
            else if (text.TokenText(i - 1) is "they" && text.TokenText(i - 2) is "what" && i >= 4 && text.TokenText(i - 3) is "just" or "s"
                     && (text.TokenText(i - 3) is "s" || text.TokenText(i - 4) is "s" or "is"))
            {
                they = i - 1;
            }
            else
            {
                return null;
            }
        }

        // "… some papers keep saying it's in their blood": the phrase reported.
        if (ReportedSpeech.SaidBefore(text, they))
        {
            return null;
        }

        // Only of a vice named between the group and the phrase: "Music is in their blood", "The Irish will celebrate,
        // like they always do" praise or describe.
        return GroupPredicate.GroupBefore(text, lexicon, they) is { } group && GroupPredicate.IsProtected(text, lexicon, group)
               && ViceBetween(text, lexicon, group + 1, they, count) ? (Features.RunStart(text, lexicon, group), i) : null;
    }

    private static bool ViceBetween(NormalizedText text, Lexicon lexicon, int from, int to, int count)
    {
        for (var k = from; k < to; k++)
        {
            var w = text.TokenText(k);
            if (GroupPredicate.IsContemptOf(text, lexicon, k, count) || lexicon.Category(w) is LexiconCategory.Profanity
                || w is "steal" or "steals" or "stealing" or "stole" or "lie" or "lies" or "lying" or "cheat" or "cheats" or "cheating"
                    or "crime" or "crimes" or "fraud" or "scam" or "scams" or "rob" or "robbing" or "stink" or "stinks" or "mess"
                    or "tip" or "trouble" or "violence" or "riot" or "rioting" or "loud" or "rude" or "aggressive" or "pickpockets" or "dealing"
                    or "drugs" or "begging" or "shoplifting" or "pickpocket" or "thief" or "rubbish" or "litter"
                    or "smashed" or "stabbing" or "violent" or "scamming" or "scammer" or "scammers" or "conning" or "thieving"
                    or "thieves" or "grooming" or "bloodthirsty" or "savage" or "savages" or "primitive" or "backward"
                    or "cowboys" or "crook" or "crooks" or "crooked" or "liar" or "liars" or "dodgy"
                    || (w is "cowboy" && k + 1 < to && text.TokenText(k + 1) is not ("hat" or "hats" or "boots")))
            {
                return true;
            }
        }

        return false;
    }
}
