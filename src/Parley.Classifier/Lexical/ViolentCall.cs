using Parley.Classifier.Text;

namespace Parley.Classifier.Lexical;

/// <summary>
/// The threat rule's sixth shape (<see cref="ThreatIntent.FindRule"/>): threats the other shapes' grammar does not
/// reach, read from round 14's threats after its blind score (THREAT 0.00–0.19 on each) and from session 15's
/// development set (`bench/blind-rounds/threats-dev.jsonl`):
/// <list type="bullet">
/// <item>a violent verb in its -ing form after "start": "Time to start shooting the refugees at the border", "Let's
/// start hanging a few councillors";</item>
/// <item>harm made to happen: "I'll find you and make you bleed", "I'll make you suffer" (not "we'll make them
/// suffer at Anfield");</item>
/// <item>fire set to a group's place or a person's: "Lock them in their temple and set it alight", "Someone should set
/// his house on fire" (an order, a call on someone or the first person; not "the rioters set a car alight");</item>
/// <item>a wish for an injury: "I hope the guy who wrote this gets his teeth kicked in", "hope that striker snaps his
/// ankle";</item>
/// <item>a victim carried off: "you're leaving in a bag", "he's leaving in an ambulance";</item>
/// <item>a wish that someone else do it: "Hopefully someone cuts the brake lines on his car", "wish somebody would run
/// that pundit over" (the verb's own object a person; not at an election);</item>
/// <item>"I'd love to put that author through a window", "I will end you", "I'll make sure you never walk again",
/// "break every bone in your body" (by the writer, not a surgeon's warning);</item>
/// <item>a weapon brought or called for against someone: "a visit from me and my cricket bat", "drive them out of
/// Bradford with baseball bats", "we've got the bats ready" (not carried by the police, reported, or in a game), and
/// "five minutes alone with that MP".</item>
/// </list>
/// Each is unnegated and not reported; the returned target is the person or group (or the place) harmed.
/// </summary>
internal static class ViolentCall
{
    public static (int First, int Last, int Target)? Find(NormalizedText text, Lexicon lexicon)
    {
        var count = Math.Min(text.TokenCount, Features.MaxTokens);
        for (var i = 0; i < count; i++)
        {
            var found = text.TokenText(i) switch
            {
                "start" or "begin" or "starting" => StartViolence(text, lexicon, i, count),
                "make" => MadeToSuffer(text, i, count),
                "set" => SetAlight(text, lexicon, i, count),
                "hope" or "hoping" or "praying" or "hopefully" or "wish" => InjuryWished(text, lexicon, i, count) ?? SomeoneWished(text, lexicon, i, count),
                "put" or "throw" or "push" or "shove" or "chuck" => ThroughAWindow(text, lexicon, i, count),
                "end" => EndYou(text, i, count),
                "sure" => NeverAgain(text, i, count),
                "every" => EveryBone(text, i, count),
                "with" or "my" or "the" => Armed(text, lexicon, i, count),
                "minutes" => MinutesAlone(text, i, count),
                "leaving" or "leave" => CarriedOff(text, i, count),
                _ => null,
            };
            if (found is var (first, _, _) && !ReportedSpeech.IsReported(text, first) && !NegatedBefore(text, first))
            {
                return found;
            }
        }

        return null;
    }

    // "Time to start shooting the refugees", "let's start hanging traitors": an order or a call, then a violent -ing
    // form and a person or group.
    private static (int, int, int)? StartViolence(NormalizedText text, Lexicon lexicon, int i, int count)
    {
        var called = FirstPersonOrCall(text, i);
        if (!called || i + 2 >= count || !IsViolentIng(text.TokenText(i + 1)))
        {
            return null;
        }

        // The -ing form's own object: "shooting the refugees", "hanging a few traitors"; not "hanging bunting for the MPs".
        var o = i + 2;
        while (o < count && text.TokenText(o) is "the" or "all" or "these" or "those" or "every" or "some" or "a" or "few" or "more"
                   or "any" or "our" or "their")
        {
            o++;
        }

        return o < count && Target(text, lexicon, o, Math.Min(count, o + 2)) is { } t ? (i, t, t) : null;
    }

    // "make you bleed", "make them suffer", after "I'll" / "we will" / an order.
    private static (int, int, int)? MadeToSuffer(NormalizedText text, int i, int count)
    {
        // "suffer" only of the reader: "we'll make them suffer at Anfield" is sport.
        var victim = i + 1 < count ? text.TokenText(i + 1) : default;
        if (i + 2 >= count || victim is not ("you" or "u" or "him" or "her" or "them")
            || !(text.TokenText(i + 2) is "bleed" or "scream" or "squeal" || (text.TokenText(i + 2) is "suffer" && victim is "you" or "u")))
        {
            return null;
        }

        // The writer makes it so ("I'll …", "I'll find you and make you bleed", an order), not "this film will make you
        // scream": a modal right before "make" must have the first person as its subject.
        var k = i - 1;
        if (k >= 0 && text.TokenText(k) is "ll" or "will" or "gonna" or "d" or "would")
        {
            var s = k - 1;
            s -= s >= 1 && text.TokenText(s) is "m" or "re" or "am" or "are" ? 1 : 0; // "I'm gonna", "we're gonna"
            return s >= 0 && text.TokenText(s) is "i" or "we" or "im" or "imma" or "someone" or "somebody" ? (i, i + 2, i + 1) : null;
        }

        return FirstPersonOrCall(text, i) ? (i, i + 2, i + 1) : null;
    }

    // "set it alight", "set the mosque on fire", "set his house ablaze": an order, a call or the first person's intent.
    private static (int, int, int)? SetAlight(NormalizedText text, Lexicon lexicon, int i, int count)
    {
        for (var k = i + 1; k < Math.Min(count, i + 6) && !ThreatIntent.SentenceBreakBefore(text, k); k++)
        {
            var fire = text.TokenText(k) is "alight" or "ablaze" || (text.TokenText(k) is "fire" && text.TokenText(k - 1) is "on");
            if (!fire)
            {
                continue;
            }

            var called = FirstPersonOrCall(text, i)
                         || (i >= 2 && text.TokenText(i - 1) is "and" && ThreatIntent.ImperativeStart(text, Sentences.Start(text, i)) >= 0);
            if (!called)
            {
                return null;
            }

            // What is set alight is a home, a place of worship or a pronoun for one or for people ("it" after their
            // temple), not "the world" or "Twickenham"; and a person or group is named in the sentence.
            var burnt = false;
            for (var j = i + 1; j < k; j++)
            {
                var t = text.TokenText(j);
                burnt |= ThreatIntent.IsPlaceOfWorship(t) || ThreatIntent.IsDwelling(t) || t is "it" or "him" or "her" or "them" or "you"
                         or "hotel" or "hotels" or "hostel" or "hostels" or "caravan" or "caravans" or "shop" or "office";
            }

            for (var j = Sentences.Start(text, i); burnt && j < k; j++)
            {
                var t = text.TokenText(j);
                if (lexicon.Category(t) == LexiconCategory.Identity || ThreatIntent.IsPlaceOfWorship(t) || ThreatIntent.IsDwelling(t)
                    || ThreatIntent.IsRole(t) || t is "him" or "her" or "them" or "you" or "his" or "their")
                {
                    return (i, k, j);
                }
            }

            return null;
        }

        return null;
    }

    // "I hope the author gets his teeth kicked in", "hope that striker snaps his ankle", "praying she breaks her neck".
    private static (int, int, int)? InjuryWished(NormalizedText text, Lexicon lexicon, int i, int count)
    {
        if (i > 0 && text.TokenText(i - 1) is "no" or "not" or "t" or "dont" or "don")
        {
            return null;
        }

        var subject = -1;
        for (var k = i + 1; k + 2 < Math.Min(count, i + 14) && !Sentences.BreakBefore(text, k); k++)
        {
            var t = text.TokenText(k);
            if (subject < 0 && (t is "he" or "she" or "they" or "you" or "u" || ThreatIntent.IsRole(t)
                                || ThreatIntent.IsPersonTarget(text, k, lexicon) || t is "striker" or "keeper" or "winger" or "ref"))
            {
                subject = k;
            }

            if (Features.IsNegator(t, text.TokenText(k - 1)) || t is "not" or "never")
            {
                return null; // "I hope the keeper doesn't break his leg again"
            }

            if (subject < 0)
            {
                continue;
            }

            // The wished-for victim breaks or suffers it himself, just after being named: not "… before someone breaks their
            // neck" after another subject, nor "breaks her mother's record".
            // The verb is the wished-for victim's own: right after, after a relative clause ("the guy who wrote this
            // gets …") or a few words on ("he falls and breaks his neck"), but not after another subject ("… before
            // someone breaks their neck").
            if (k - subject > 7 || AnotherSubject(text, subject + 1, k))
            {
                continue;
            }

            var whose = text.TokenText(k + 1);
            var possessive = (whose is "his" or "her" or "their" or "your" or "ur") && !IsFamily(text.TokenText(k + 2))
                             && !(k + 3 < count && text.TokenText(k + 3) is "s");
            // "gets his teeth kicked in", "has her legs broken"
            if (t is "gets" or "get" or "got" or "has" or "have" && possessive && k + 3 < count
                && ThreatIntent.IsBodyPart(text.TokenText(k + 2)) && text.TokenText(k + 3) is "kicked" or "smashed" or "caved"
                    or "knocked" or "punched" or "bashed" or "broken" or "snapped" or "cracked" or "ripped" or "cut" or "slashed"
                    or "stamped" or "stomped" or "blown" or "torn")
            {
                return (i, k + 3, subject);
            }

            // "snaps his ankle", "breaks her neck"
            if (t is "snaps" or "breaks" or "shatters" or "cracks" or "snap" or "break" or "shatter" && possessive
                && (ThreatIntent.IsBodyPart(text.TokenText(k + 2)) || IsJoint(text.TokenText(k + 2))))
            {
                return (i, k + 2, subject);
            }
        }

        return null;
    }

    // "Hopefully someone cuts the brake lines on his car", "I hope somebody runs the minister over", "wish someone would
    // cave his skull in", "hopefully some patriot takes out the PM": a wish that another do violence to a person.
    private static (int, int, int)? SomeoneWished(NormalizedText text, Lexicon lexicon, int i, int count)
    {
        if ((i > 0 && text.TokenText(i - 1) is "no" or "not" or "t" or "dont" or "don") || !(i == 0 || ThreatIntent.SentenceBreakBefore(text, i)
                || (i >= 1 && text.TokenText(i - 1) is "i" or "just" or "honestly" or "genuinely" or "really")))
        {
            return null;
        }

        var k = i + 1;
        if (k < count && text.TokenText(k) is "that")
        {
            k++;
        }

        if (k + 2 >= count || text.TokenText(k) is not ("someone" or "somebody" or "some" or "one"))
        {
            return null;
        }

        // "some patriot", "one of his neighbours": skip to the verb.
        var v = k + 1;
        while (v < Math.Min(count, k + 4) && !IsHarmVerb(text.TokenText(v)) && text.TokenText(v) is not ("would" or "will"))
        {
            v++;
        }

        if (v < count && text.TokenText(v) is "would" or "will")
        {
            v++;
        }

        if (v >= count || !IsHarmVerb(text.TokenText(v))
            || (text.TokenText(v) is "takes" or "take" && !(v + 1 < count && text.TokenText(v + 1) is "out"))) // not "takes a stab at asking"
        {
            return null;
        }

        // The verb's own object is a person, or a car's brakes: "cuts the brake lines", "runs the minister over", "caves
        // that pundit's skull in", "takes out the PM"; not "shoots a documentary about him", "runs the numbers".
        var j = v + 1;
        while (j < count && text.TokenText(j) is "the" or "that" or "this" or "his" or "her" or "their" or "out" or "with" or "on"
                   or "smug" or "bent" or "useless" or "new" or "old")
        {
            j++;
        }

        if (j >= count)
        {
            return null;
        }

        var o = text.TokenText(j);
        for (var e = i; e < count && !Sentences.BreakBefore(text, e); e++)
        {
            if (text.TokenText(e) is "election" or "elections" or "vote" or "ballot" or "polls" or "primary" or "leadership")
            {
                return null; // "takes out the mayor at the next election"
            }
        }

        return o is "brake" or "brakes" || ThreatIntent.IsRole(o) || o is "pm" or "him" or "her" or "pundit"
               || (ThreatIntent.IsPersonTarget(text, j, lexicon) && o is not ("them" or "everyone" or "everybody" or "anyone" or "anybody"))
            ? (i, j, j) : null;
    }

    private static bool IsHarmVerb(ReadOnlySpan<char> t) =>
        t is "cuts" or "cut" or "runs" or "run" or "caves" or "cave" or "takes" or "take" or "stabs" or "stab" or "shoots" or "shoot"
            or "knifes" or "glasses" or "bottles" or "batters" or "torches" or "firebombs" or "kneecaps" or "lynches"
            or "strangles" or "drowns" or "poisons" or "tampers";

    // "I'd love to put that author through a plate-glass window", "someone should throw him through a wall".
    private static (int, int, int)? ThroughAWindow(NormalizedText text, Lexicon lexicon, int i, int count)
    {
        for (var k = i + 1; k + 1 < Math.Min(count, i + 7) && !ThreatIntent.SentenceBreakBefore(text, k); k++)
        {
            if (text.TokenText(k) is not "through")
            {
                continue;
            }

            var victim = -1;
            for (var j = i + 1; j < k; j++)
            {
                var t = text.TokenText(j);
                if (ThreatIntent.IsRole(t) || t is "him" or "her" or "you" or "them" || ThreatIntent.IsPersonTarget(text, j, lexicon))
                {
                    victim = j;
                }
            }

            for (var j = k + 1; victim >= 0 && j < Math.Min(count, k + 5); j++)
            {
                if (text.TokenText(j) is "window" or "wall" or "windscreen" or "windshield" or "table")
                {
                    return FirstPersonOrCall(text, i) || WishBefore(text, i) ? (i, j, victim) : null;
                }
            }

            return null;
        }

        return null;
    }

    // "I'd love to …", "I'd happily …", "I want to …" before the verb.
    private static bool WishBefore(NormalizedText text, int i)
    {
        for (var k = i - 1; k >= Math.Max(0, i - 4); k--)
        {
            if (text.TokenText(k) is "love" or "like" or "happily" or "gladly" or "want" or "wanna")
            {
                return true;
            }
        }

        return false;
    }

    // "I will end you.", "Mate, I'll end him": the first person, the person, the end of the clause.
    private static (int, int, int)? EndYou(NormalizedText text, int i, int count) =>
        i >= 2 && i + 1 < count && text.TokenText(i + 1) is "you" or "u" or "him" or "her"
        && (i + 2 >= count || ThreatIntent.SentenceBreakBefore(text, i + 2))
        && text.TokenText(i - 1) is "will" or "ll" or "gonna" or "to" && FirstPersonOrCall(text, i)
            ? (i, i + 1, i + 1) : null;

    // "I'll make sure you never type again": the first person sees to it that the reader can no longer.
    private static (int, int, int)? NeverAgain(NormalizedText text, int i, int count)
    {
        if (i < 2 || text.TokenText(i - 1) is not "make" || i + 3 >= count || text.TokenText(i + 1) is not ("you" or "u" or "he" or "she")
            || !(text.TokenText(i + 2) is "never" or "cant" or "won" || (text.TokenText(i + 2) is "can" && i + 3 < count && text.TokenText(i + 3) is "t")))
        {
            return null;
        }

        // What the victim could do before: "never type / walk / talk again", not "never pay full price again".
        var v = i + 3;
        while (v < count && text.TokenText(v) is "t" or "be" or "able" or "to" or "ever")
        {
            v++;
        }

        if (v >= count || text.TokenText(v) is not ("type" or "walk" or "talk" or "speak" or "post" or "comment" or "write" or "see"
                or "play" or "breathe" or "smile" or "run" or "use" or "eat" or "chew" or "open" or "show" or "sleep"))
        {
            return null;
        }

        for (var k = v + 1; k < Math.Min(count, i + 10) && !Sentences.BreakBefore(text, k); k++)
        {
            if (text.TokenText(k) is "again")
            {
                return FirstPersonOrCall(text, i - 1) && text.TokenText(i - 2) is "ll" or "will" or "gonna" or "to" ? (i - 1, k, i + 1) : null;
            }
        }

        return null;
    }

    // "break every bone in your body"
    // by the writer ("I'll …", "don't make me … and …"), not a warning ("he'll break every bone in his body if he …").
    private static (int, int, int)? EveryBone(NormalizedText text, int i, int count) =>
        i >= 1 && i + 4 < count && text.TokenText(i - 1) is "break" or "snap" or "smash" && text.TokenText(i + 1) is "bone"
        && text.TokenText(i + 2) is "in" && text.TokenText(i + 3) is "your" or "his" or "her" or "ur" or "their"
        && text.TokenText(i + 4) is "body" or "bodies"
        && (FirstPersonOrCall(text, i - 1) || MakeMeBefore(text, i - 1))
            ? (i - 1, i + 4, i + 3) : null;

    private static bool MakeMeBefore(NormalizedText text, int i)
    {
        for (var k = i - 1; k >= Math.Max(1, i - 7) && !Sentences.BreakBefore(text, k + 1); k--)
        {
            if (text.TokenText(k) is "me" && text.TokenText(k - 1) is "make")
            {
                return true;
            }
        }

        return false;
    }

    // A weapon brought to a person or group by the writer or called for: "I'll be there in twenty minutes with a crowbar",
    // "That judge will get a visit from me and my cricket bat", "we'll drive them out of Bradford with baseball bats",
    // "Wish someone would go into that school with a gun", "we've got the bats ready". Not carried by the police or
    // the army ("armed / issued / equipped with"), nor a report ("was attacked with a knife"), a question or a denial.
    private static (int, int, int)? Armed(NormalizedText text, Lexicon lexicon, int i, int count)
    {
        var w = i + 1;
        while (w < Math.Min(count, i + 4) && text.TokenText(w) is "a" or "an" or "some" or "his" or "my" or "our" or "baseball" or "cricket"
                   or "claw" or "petrol" or "golf" or "big" or "rusty" or "sharp" or "few" or "loaded")
        {
            w++;
        }

        if (w >= count || !IsWeapon(text.TokenText(w)) || (text.TokenText(i) is "the" && !(w + 1 < count && text.TokenText(w + 1) is "ready"))
            || (text.TokenText(i) is "my" && !(i >= 2 && text.TokenText(i - 1) is "and" && text.TokenText(i - 2) is "me"))
            || (i > 0 && text.TokenText(i - 1) is "armed" or "issued" or "equipped" or "attacked" or "stabbed" or "threatened" or "killed"
                or "shot" or "beaten" or "hit" or "caught" or "found" or "seized" or "arrested" or "fighting" or "fought" or "played"))
        {
            return null;
        }

        // The sentence's frame: the writer's intent, a call on someone or a wish; and someone to be harmed in it.
        int start = Sentences.Start(text, i), end = i;
        while (end + 1 < count && !Sentences.BreakBefore(text, end + 1))
        {
            end++;
        }

        bool intent = false, target = false;
        var targetAt = -1;
        for (var k = start; k <= end; k++)
        {
            var t = text.TokenText(k);
            var prev = k > start ? text.TokenText(k - 1) : default;
            // "should" only as a call on someone ("someone should go in with a gun"), not "… should be expelled".
            intent |= (t is "ll" or "will" or "gonna" or "d" && prev is "i" or "we") || (t is "should" && prev is "someone" or "somebody")
                      || t is "wish" or "lets" or "imma"
                      || (t is "s" && prev is "let") || (t is "time" && k + 1 <= end && text.TokenText(k + 1) is "to")
                      || (t is "ve" && prev is "we" && k + 1 <= end && text.TokenText(k + 1) is "got") || (t is "roll" && k + 1 <= end && text.TokenText(k + 1) is "on")
                      || (t is "visit" && k + 1 <= end && text.TokenText(k + 1) is "from");
            if (!target && k != w && (lexicon.Category(t) == LexiconCategory.Identity || ThreatIntent.IsRole(t)
                                      || t is "you" or "u" or "him" or "her" or "them" or "school" or "mosque" or "synagogue" or "church"))
            {
                target = true;
                targetAt = k;
            }

            if (Features.IsNegator(t, prev) || t is "not" or "never")
            {
                return null;
            }
        }

        return intent && target && !Sentences.EndsInQuestion(text, i, count) && !ViolentSense.OtherWorld(text, i, count) && !Play(text, start, end)
            ? (start, w, targetAt) : null;
    }

    // Bats and clubs in a game or a charity match: "a visit with some baseball bats for the charity softball match".
    private static bool Play(NormalizedText text, int start, int end)
    {
        for (var k = start; k <= end; k++)
        {
            if (text.TokenText(k) is "match" or "game" or "softball" or "rounders" or "charity" or "training" or "nets" or "practice"
                or "tournament" or "league" or "innings" or "golf" or "course" or "session" or "physio" or "rehab" or "workshop")
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsWeapon(ReadOnlySpan<char> t) =>
        t is "machete" or "machetes" or "gun" or "guns" or "knife" or "knives" or "blade" or "blades" or "bat" or "bats" or "crowbar"
            or "crowbars" or "hammer" or "hammers" or "axe" or "axes" or "shotgun" or "rifle" or "acid" or "molotov" or "molotovs"
            or "bomb" or "bombs" or "pitchforks" or "iron" or "bar" or "club" or "clubs" or "cleaver";

    // "I'd love five minutes alone with that MP", "give me ten minutes with him": time alone with a person, wished for.
    private static (int, int, int)? MinutesAlone(NormalizedText text, int i, int count)
    {
        var k = i + 1;
        if (k < count && text.TokenText(k) is "alone")
        {
            k++;
        }

        if (k + 1 >= count || text.TokenText(k) is not "with" || i < 2)
        {
            return null;
        }

        // "alone with", or the wish right before the number: "give me / gimme / I'd love / I want five minutes with …".
        var alone = text.TokenText(i + 1) is "alone";
        var before = i >= 2 ? text.TokenText(i - 2) : default;
        var wished = (alone && i >= 2) || before is "me" or "gimme" or "love" or "want" or "need";
        if (Sentences.EndsInQuestion(text, i, count))
        {
            return null;
        }

        var o = k + 1;
        o += o < count && text.TokenText(o) is "that" or "the" or "this" ? 1 : 0;
        var end = o;
        while (end + 1 < count && !Sentences.BreakBefore(text, end + 1))
        {
            end++;
        }

        // Nothing said about what the minutes are for ("… to explain universal credit" is a meeting): the clause ends at
        // the person, or a weapon joins them ("… and a claw hammer").
        var bare = o + 1 >= count || ThreatIntent.SentenceBreakBefore(text, o + 1)
                   || (text.TokenText(o + 1) is "and" && o + 2 < count && text.TokenText(o + 2) is "a" or "my" or "an" or "some" or "he"
                       or "she" or "you" or "they"); // "… and he won't walk again"
        return wished && bare && o < count && (ThreatIntent.IsRole(text.TokenText(o)) || text.TokenText(o) is "him" or "her" or "you")
               && text.TokenText(i - 1) is "five" or "ten" or "two" or "few" or "5" or "10" or "2" && !Play(text, i, end)
               && !ViolentSense.OtherWorld(text, i, count)
            ? (i - 1, o, o) : null;
    }

    // "you're leaving in a bag", "he's leaving in an ambulance", "you'll leave in a body bag".
    private static (int, int, int)? CarriedOff(NormalizedText text, int i, int count)
    {
        if (i < 1 || i + 2 >= count || text.TokenText(i + 1) is not "in")
        {
            return null;
        }

        var k = i + 2;
        if (text.TokenText(k) is "a" or "an")
        {
            k++;
        }

        if (k < count && text.TokenText(k) is "body")
        {
            k++;
        }

        if (k >= count || text.TokenText(k) is not ("bag" or "ambulance" or "box" or "coffin"))
        {
            return null;
        }

        // An ambulance after a condition may be the outcome of a mishap ("If you faint at the concert you'll leave in
        // an ambulance"); a bag or a coffin is not.
        if (text.TokenText(k) is "ambulance" && Sentences.ConditionBefore(text, i))
        {
            return null;
        }

        // The future or the present progressive of "you" / "he" / "she": not "the driver left in an ambulance".
        var s = i - 1;
        if (text.TokenText(s) is "re" or "s" or "ll" or "will" or "are" or "is" or "be")
        {
            s--;
        }

        return s >= 0 && (text.TokenText(s) is "you" or "u" or "he" or "she" or "youre" or "hes"
                          || (text.TokenText(s) is "they" && text.TokenText(k) is not "ambulance")) ? (s, k, s) : null;
    }

    private static bool AnotherSubject(NormalizedText text, int from, int to)
    {
        for (var j = from; j < to; j++)
        {
            if (text.TokenText(j) is "someone" or "somebody" or "he" or "she" or "they" or "you" or "i" or "we" or "before" or "when"
                or "if" or "until" or "unless")
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsFamily(ReadOnlySpan<char> t) =>
        t is "family" or "families" or "wife" or "husband" or "children" or "mother" or "mom" or "mum" or "father" or "dad" or "son"
            or "daughter" or "dog";

    // Bones and joints a wish breaks, besides ThreatIntent.IsBodyPart (which also holds family, for "kill your family").
    private static bool IsJoint(ReadOnlySpan<char> t) =>
        t is "ankle" or "ankles" or "knee" or "wrist" or "wrists" or "hip" or "spine" or "back" or "collarbone" or "shin";

    private static bool IsViolentIng(ReadOnlySpan<char> t) =>
        t is "shooting" or "stabbing" or "killing" or "hanging" or "lynching" or "burning" or "gassing" or "bombing" or "firebombing"
            or "torching" or "drowning" or "butchering" or "slaughtering" or "executing" or "exterminating" or "culling"
            or "stringing" or "knifing" or "gunning"; // not "beating" ("start beating the Germans on penalties")

    private static int? Target(NormalizedText text, Lexicon lexicon, int from, int count)
    {
        for (var k = from; k < Math.Min(count, from + 5) && !ThreatIntent.SentenceBreakBefore(text, k); k++)
        {
            var t = text.TokenText(k);
            if (ThreatIntent.IsPersonTarget(text, k, lexicon) || t is "traitors" or "them")
            {
                return k;
            }
        }

        return null;
    }

    // "I'll", "I'm going to", "we will", "someone should", "let's" before the verb, or the verb opens an order.
    private static bool FirstPersonOrCall(NormalizedText text, int i)
    {
        if (ThreatIntent.ImperativeStart(text, i) >= 0)
        {
            return true;
        }

        // "I'll find you offline and make you bleed": the first person may stand a clause back, across "and".
        for (var k = i - 1; k >= Math.Max(0, i - 8) && !Sentences.BreakBefore(text, k + 1); k--)
        {
            var t = text.TokenText(k);
            if (t is "i" or "we" or "im" or "someone" or "somebody" or "lets" or "let" or "imma" or "gonna")
            {
                return true;
            }
        }

        return false;
    }

    // "I would never make you suffer", "don't set it alight": a negation just before the shape.
    private static bool NegatedBefore(NormalizedText text, int first)
    {
        for (var k = first - 1; k >= Math.Max(0, first - 3); k--)
        {
            if (Features.IsNegator(text.TokenText(k), k > 0 ? text.TokenText(k - 1) : default) || text.TokenText(k) is "not" or "never")
            {
                return true;
            }
        }

        return false;
    }
}
