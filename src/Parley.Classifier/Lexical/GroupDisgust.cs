using Parley.Classifier.Text;

namespace Parley.Classifier.Lexical;

/// <summary>
/// "Jews disgust me.", "Immigrants make me sick.", "Women make me want to throw up.": a group named as the cause of
/// the writer's disgust, the functional test suites' "negative emotion" attack. The hostile-verb pattern reads "I
/// despise Xs" (the group after the verb); with the group as subject the heads scored "Jews disgust me." 0.20. Only
/// the writer's own disgust ("me", "us"), unnegated, and not reported: "Xs don't disgust me", "Does it disgust you
/// that Xs …", "He said Xs make him sick" do not match.
/// </summary>
internal static class GroupDisgust
{
    /// <summary>The group's first token and the last token of the disgust, or null.</summary>
    public static (int First, int Last)? Find(NormalizedText text, Lexicon lexicon)
    {
        var count = Math.Min(text.TokenCount, Features.MaxTokens);
        for (var i = 0; i < count; i++)
        {
            // The subject: a group name (the last word of a run, "black women", is followed by the verb; "gay people"
            // by its noun), or "they" after a protected group ("so many Xs at uni this year, honestly they make me sick").
            int subject, verb;
            if (lexicon.Category(text.TokenText(i)) == LexiconCategory.Identity
                && !(i + 1 < count && lexicon.Category(text.TokenText(i + 1)) == LexiconCategory.Identity))
            {
                subject = Features.RunStart(text, lexicon, i);
                verb = i + 1 < count && ThreatIntent.IsPersonNoun(text.TokenText(i + 1)) ? i + 2 : i + 1;
            }
            else if (text.TokenText(i) is "they" && GroupPredicate.ProtectedGroupBefore(text, lexicon, i))
            {
                subject = i;
                verb = i + 1;
            }
            else
            {
                continue;
            }

            while (verb < count && verb - i < 4 && text.TokenText(verb) is "really" or "just" or "all" or "honestly" or "truly" or "literally")
            {
                verb++; // "Xs really disgust me"
            }

            // "Xs moving into our street makes me sick": the group itself (a plural or "X people", not the adjective of
            // "Muslim bashing") arriving, living or being seen somewhere (not "Women earning less than men", "Jews
            // leaving Britain out of fear", a plight or a cause the writer is sick about).
            if (verb < count && IsEverydayPresence(text.TokenText(verb)) && GroupPredicate.GroupNounEnd(text, lexicon, verb - 1, count)
                && GroupPredicate.IsProtected(text, lexicon, verb - 1) && !PlightAfter(text, verb, count))
            {
                var k = verb + 1;
                while (k < count && k - verb < 6 && !ThreatIntent.SentenceBreakBefore(text, k) && text.TokenText(k) is not ("makes" or "make" or "made"))
                {
                    k++;
                }

                verb = k < count && k - verb < 6 && !ThreatIntent.SentenceBreakBefore(text, k) ? k : verb;
            }

            // "… reminded me how much Xs disgust me": the writer's own, after "how much".
            var howMuch = subject >= 2 && text.TokenText(subject - 1) is "much" && text.TokenText(subject - 2) is "how";
            if (verb >= count || ThreatIntent.SentenceBreakBefore(text, verb)
                || !(howMuch || GroupPredicate.Opens(text, GroupPredicate.ClauseStart(text, subject)))
                || Disgust(text, verb, count) is not { } last || ReportedSpeech.IsReported(text, subject))
            {
                continue;
            }

            return (subject, last);
        }

        return Aversion(text, lexicon, count) ?? SightSickens(text, lexicon, count);
    }

    // "Every time I see a X I feel sick to my stomach", "When I see X people kissing I want to throw up": the sight of a
    // group sickens the writer. Not where something is done to them ("When I see a X woman attacked I feel sick"), nor
    // negated ("I don't feel sick …").
    private static (int First, int Last)? SightSickens(NormalizedText text, Lexicon lexicon, int count)
    {
        for (var i = 0; i + 2 < count; i++)
        {
            // "Being around Xs makes my skin crawl": company, as well as the sight.
            var around = text.TokenText(i) is "around" or "near" or "among" && i >= 1
                         && (text.TokenText(i - 1) is "being" || (i >= 2 && text.TokenText(i - 1) is "anywhere" && text.TokenText(i - 2) is "being"));
            var gerund = text.TokenText(i) is "seeing" or "watching" || around || (i >= 1 && text.TokenText(i) is "at" && text.TokenText(i - 1) is "looking");
            if (!gerund && (i < 2 || text.TokenText(i) is not ("see" or "saw" or "meet" or "met") || text.TokenText(i - 1) is not "i"
                            || text.TokenText(i - 2) is not ("time" or "whenever" or "when")))
            {
                continue;
            }

            var g = i + 1;
            while (g < count && g - i < 4 && text.TokenText(g) is "a" or "an" or "the" or "those" or "these" or "some" or "two")
            {
                g++;
            }

            if (g >= count || lexicon.Category(text.TokenText(g)) != LexiconCategory.Identity || !GroupPredicate.IsProtected(text, lexicon, g))
            {
                continue;
            }

            // The group is what is seen, whole: "a X", "X people", "X people kissing"; not "a X boat on the news", "a X child
            // in those camps", "X women attacked", "X families grieving" (the sight of their plight).
            var end = g;
            while (end + 1 < count && (lexicon.Category(text.TokenText(end + 1)) == LexiconCategory.Identity
                                       || ThreatIntent.IsPersonNoun(text.TokenText(end + 1))))
            {
                end++;
            }

            var k = end + 1;
            if (k < count && text.TokenText(k) is { Length: > 4 } ing && ing.EndsWith("ing") && !IsPlight(ing))
            {
                // "kissing", "holding hands", "kissing in public"
                var doing = ++k;
                while (k < count && k - doing < 2 && text.TokenText(k) is not ("i" or "makes" or "make" or "made") && !Sentences.BreakBefore(text, k))
                {
                    k++;
                }
            }

            // "on the bus", "at the market", "on TV": an everyday place, not their plight ("in those camps").
            if (k + 1 < count && text.TokenText(k) is "on" or "at" or "in")
            {
                var place = text.TokenText(k + 1) is "the" or "a" && k + 2 < count ? k + 2 : k + 1;
                if (text.TokenText(place) is "bus" or "train" or "tube" or "street" or "streets" or "market" or "shop"
                    or "shops" or "supermarket" or "school" or "gym" or "park" or "town" or "pub" or "beach" or "pool" or "office")
                {
                    k = place + 1;
                }
            }

            // "Seeing two Xs holding hands makes me sick", "Just looking at Xs makes me want to vomit"
            if (gerund)
            {
                // (the feeling ends its clause: not "sick of hearing the tabloids' lies about them", "crawl with shame at how
                // we've treated them", "loathing for the people who spread lies")
                bool Ends(int e) => e + 1 >= count || Sentences.BreakBefore(text, e + 1) || text.GapBefore(e + 1).IndexOf(',') >= 0
                                    || text.TokenText(e + 1) is "and" or "but";
                if (k < count && text.TokenText(k) is "makes" or "make" or "made" && Disgust(text, k, count) is { } sick
                    && (!around || (Ends(sick) && !Sentences.EndsInQuestion(text, sick, count))))
                {
                    return (i, sick);
                }

                // "Just seeing Xs in my street fills me with disgust"
                if (k + 3 < count && text.TokenText(k) is "fills" or "fill" or "filled" && text.TokenText(k + 1) is "me" or "us"
                    && text.TokenText(k + 2) is "with" && text.TokenText(k + 3) is "disgust" or "revulsion" or "loathing" or "contempt" or "nausea"
                    && Ends(k + 3))
                {
                    return (i, k + 3);
                }

                continue;
            }

            if (k + 2 < count && text.TokenText(k) is "i" && !Features.IsNegator(text.TokenText(k + 1), "i"))
            {
                // The sickness ends its clause ("I feel sick.", "… sick to my stomach", "I want to throw up"): not "sick with
                // grief", "sick of the politicians", "sick that they can't go to school", "throw up my hands".
                var a = text.TokenText(k + 1);
                var b = text.TokenText(k + 2);
                var c = k + 3 < count ? text.TokenText(k + 3) : default;
                var last = (a is "feel" or "felt" or "get" or "got" && b is "sick" or "ill" or "nauseous" or "disgusted") ? k + 2
                    : a is "feel" or "felt" && b is "physically" && c is "sick" or "ill" ? k + 3
                    : a is "want" or "wanna" or "wanted" && b is "to" && c is "vomit" or "puke" ? k + 3
                    : a is "want" or "wanna" or "wanted" && b is "to" && c is "throw" && k + 4 < count && text.TokenText(k + 4) is "up" ? k + 4
                    : a is "could" && b is "vomit" or "puke" ? k + 2
                    : -1;
                if (last > 0 && last + 3 < count && text.TokenText(last + 1) is "to" && text.TokenText(last + 2) is "my"
                    && text.TokenText(last + 3) is "stomach")
                {
                    last += 3;
                }

                if (last > 0 && (last + 1 >= count || ThreatIntent.SentenceBreakBefore(text, last + 1)))
                {
                    return (i - 2, last);
                }
            }
        }

        return null;
    }

    private static bool IsPlight(ReadOnlySpan<char> ing) =>
        ing is "suffering" or "dying" or "crying" or "starving" or "drowning" or "bleeding" or "begging" or "fleeing" or "grieving"
            or "mourning" or "struggling" or "sleeping" or "queuing" or "queueing" or "being" or "getting" or "living" or "waiting"
            or "screaming" or "shivering" or "freezing" or "hiding" or "weeping" or "searching" or "sheltering" or "running"
            or "scavenging" or "digging" or "burying" or "limping" or "losing" or "facing" or "enduring" or "drowning" or "denied"
            or "treated" or "abused" or "attacked" or "bullied" or "harassed" or "mocked" or "evicted" or "deported" or "sanctioned";

    // The group as the object of the writer's aversion: "I can't stand Xs", "Nothing disgusts me more than X people",
    // "my hatred for Xs", "I hate Xs." (the model's hostile-verb pattern reads that too, but weighs a rare group's name
    // little); or "them" standing for one.
    private static (int First, int Last)? Aversion(NormalizedText text, Lexicon lexicon, int count)
    {
        for (var i = 1; i < count; i++)
        {
            if (AversionStart(text, i) is not { } from)
            {
                continue;
            }

            var j = i + 1;
            while (j < count && j - i < 3 && text.TokenText(j) is "all" or "the" or "those" or "these")
            {
                j++;
            }

            // "Nothing makes my skin crawl like being around Xs", "… more disgust than seeing a X walk into my shop".
            while (text.TokenText(from) is "nothing" && j < count && j - i < 6 && IsSightWord(text.TokenText(j)))
            {
                j++;
            }

            // The group name, whole ("X people"), and not the adjective of something else ("Russian propaganda").
            var end = j;
            while (end + 1 < count && (lexicon.Category(text.TokenText(end + 1)) == LexiconCategory.Identity
                                       || ThreatIntent.IsPersonNoun(text.TokenText(end + 1)) || text.TokenText(end + 1) is "ppl"))
            {
                end++;
            }

            if (j >= count || ThreatIntent.SentenceBreakBefore(text, j) || ReportedSpeech.IsReported(text, from))
            {
                continue;
            }

            // A hostile verb ("I hate Xs") or a grievance ("sick and tired of Xs") takes a group that ends its clause, and
            // so does every pronoun: not "I hate Xs being bombed", "I'm tired of Xs dying for Putin", "I hate them back".
            bool ClauseEndsAfter(int e) => e + 1 >= count || ThreatIntent.SentenceBreakBefore(text, e + 1)
                                          || text.TokenText(e + 1) is "so" or "too" or "and" or "more" or "all" or "already" or "anymore"
                                          || (text.TokenText(e + 1) is "this" or "that" && e + 2 < count && text.TokenText(e + 2) is "much");

            // "I can't stand them", "I hate those people": a group named before.
            var pronoun = text.TokenText(j) is "them" ? j : text.TokenText(j) is "people" && j > i + 1 ? j : -1;
            if (pronoun >= 0 && ClauseEndsAfter(pronoun) && GroupPredicate.ProtectedGroupBefore(text, lexicon, from))
            {
                return (from, pronoun);
            }

            // "Nothing makes me sicker than seeing X children in those camps" is sick at their plight, not at them.
            if (text.TokenText(from) is "nothing" && PlightAfter(text, end, count))
            {
                continue;
            }

            var clauseEnds = ClauseEndsAfter(end);
            // "I can't stand Xs being treated like this", "I can't bear Xs being bombed": their plight, not them.
            if (!clauseEnds && PlightAfter(text, end, count))
            {
                continue;
            }

            // A party or an age is no identity-attack target ("I can't stand liberals").
            // After "Nothing … than / like seeing", "a X" is any of them; and the group must end the clause or be seen
            // being somewhere ("… like seeing more Xs moving onto our street", "… seeing a X walk into my shop"): not "a
            // Russian flag over Mariupol", "hearing Xs called terrorists", "seeing Xs refused service" (anger on their behalf).
            var nothing = text.TokenText(from) is "nothing";
            var anyOne = nothing && text.TokenText(j - 1) is "a" or "an";
            if (nothing && !(clauseEnds || (end + 1 < count && !ThreatIntent.SentenceBreakBefore(text, end + 1)
                                              && (IsEverydayPresence(text.TokenText(end + 1)) || text.TokenText(end + 1) is "in" or "at" or "on"
                                                  or "near" or "around" or "walk" or "walks" or "move" or "come" or "live" or "kiss" or "out"
                                                  or "here" or "everywhere" or "together" or "holding"))))
            {
                continue;
            }

            if (lexicon.Category(text.TokenText(j)) == LexiconCategory.Identity && (anyOne || GroupPredicate.GroupNounEnd(text, lexicon, end, count))
                && GroupPredicate.IsProtected(text, lexicon, end) && (clauseEnds || !IsHostileOrGrievance(text.TokenText(i))))
            {
                return (from, end);
            }
        }

        return null;
    }

    private static bool IsHostileOrGrievance(ReadOnlySpan<char> t) =>
        t is "hate" or "despise" or "loathe" or "detest" or "resent" or "abhor" or "of" or "with";

    // The first token of an aversion phrase that ends at i, before its object: "I can't stand", "we cannot stand",
    // "Nothing disgusts me more than", "my hatred for", "I (really) hate", "sick and tired of", "fed up with",
    // "contempt is all I feel for"; only the writer's own.
    private static int? AversionStart(NormalizedText text, int i)
    {
        var t = text.TokenText(i);
        if (t is "hate" or "despise" or "loathe" or "detest" or "resent" or "abhor")
        {
            // "I hate Xs" opens the text as often as not.
            var s = i - 1;
            while (s > 0 && i - s < 3 && text.TokenText(s) is "really" or "just" or "truly" or "honestly" or "absolutely" or "fucking")
            {
                s--;
            }

            return text.TokenText(s) is "i" or "we" && (s == 0 || !Features.IsNegator(text.TokenText(s - 1), default)) ? s : null;
        }

        if (t is "of" && text.TokenText(i - 1) is "tired" && i >= 4 && text.TokenText(i - 2) is "and" && text.TokenText(i - 3) is "sick")
        {
            return i - 3; // "(I am) sick and tired of"
        }

        // Before the guard below: "Cant stand Xs." opens the text at i == 1.
        if (t is "stand" or "bear" && i >= 1 && text.TokenText(i - 1) is "cannot" or "cant" or "t")
        {
            var from = i >= 2 && text.TokenText(i - 2) is "can" ? i - 3 : i - 2;
            if (from >= 0 && text.TokenText(from) is "i" or "we")
            {
                return from;
            }

            // "Really can't stand Xs.", "Can't stand Xs, never could.": the writer's, with the "I" left out.
            var start = from + 1;
            while (start > 0 && text.TokenText(start - 1) is "really" or "just" or "honestly" or "simply" or "seriously" or "genuinely"
                       or "truly" or "absolutely" or "frankly")
            {
                start--;
            }

            // "I honestly can't stand Xs"
            if (start > 0 && start <= from && text.TokenText(start - 1) is "i" or "we")
            {
                return start - 1;
            }

            return start == 0 || ThreatIntent.SentenceBreakBefore(text, start) ? start : null;
        }

        if (i < 2)
        {
            return null;
        }

        if (t is "with" && text.TokenText(i - 1) is "up" && text.TokenText(i - 2) is "fed")
        {
            return i - 2;
        }

        if (t is "for" && text.TokenText(i - 1) is "feel" && text.TokenText(i - 2) is "i")
        {
            // "Pure contempt is all I feel for Xs", "I feel nothing but contempt for" is read below.
            for (var j = i - 3; j >= Math.Max(0, i - 8); j--)
            {
                if (text.TokenText(j) is "contempt" or "hatred" or "disgust" or "loathing" or "revulsion" or "hate")
                {
                    return j;
                }
            }

            return null;
        }

        if (t is "for" && text.TokenText(i - 1) is "contempt" or "hatred" or "disgust" or "loathing" or "revulsion")
        {
            // "I feel nothing but contempt for", "I have nothing but contempt for", "We have such utter disgust for": the
            // writer's own, with only such words between.
            for (var j = i - 2; j >= Math.Max(0, i - 7) && !ThreatIntent.SentenceBreakBefore(text, j + 1); j--)
            {
                var w = text.TokenText(j);
                if (w is "i" or "we" || (w is "my" or "our" && j == i - 2)) // "my hatred for Xs"
                {
                    return j;
                }

                if (w is not ("have" or "feel" or "hold" or "nothing" or "but" or "only" or "such" or "so" or "much" or "pure" or "utter"
                    or "total" or "deep" or "absolute" or "ve" or "got" or "a" or "lot" or "of" or "real"))
                {
                    return null;
                }
            }

            return null;
        }

        if (t is "than" && i >= 6 && text.TokenText(i - 2) is "more" && text.TokenText(i - 4) is "me" && text.TokenText(i - 3) is "with"
            && text.TokenText(i - 5) is "fills" && text.TokenText(i - 6) is "nothing")
        {
            return i - 6; // "Nothing fills me with more disgust than"
        }
        if (t is "than" && i >= 4 && text.TokenText(i - 1) is "more" && text.TokenText(i - 2) is "me"
            && text.TokenText(i - 3) is "disgusts" or "sickens" && text.TokenText(i - 4) is "nothing")
        {
            return i - 4;
        }

        if (t is "than" or "like" && NothingSickensLike(text, i) is { } nothing)
        {
            return nothing; // "Nothing makes my skin crawl like", "Nothing turns my stomach more than"
        }

        return t is "for" or "of" && text.TokenText(i - 1) is "hatred" or "contempt" or "loathing" && text.TokenText(i - 2) is "my" or "our"
            ? i - 2 : null;
    }

    // A sentence that opens with "Nothing" and names the writer's disgust before "than" / "like" at i: "Nothing makes my
    // skin crawl like", "Nothing turns my stomach quite like", "Nothing makes me sicker than". Returns "nothing".
    private static int? NothingSickensLike(NormalizedText text, int i)
    {
        var start = Sentences.Start(text, i);
        if (text.TokenText(start) is not "nothing" || i - start > 9)
        {
            return null;
        }

        bool disgust = false, writer = false;
        for (var k = start + 1; k < i; k++)
        {
            var w = text.TokenText(k);
            if (Features.IsNegator(w, default) || ThreatIntent.SentenceBreakBefore(text, k))
            {
                return null;
            }

            writer |= w is "me" or "my" or "us" or "our";
            disgust |= w is "disgust" or "disgusts" or "disgusted" or "sickens" or "sicker" or "sick" or "crawl" or "revolts" or "repulses"
                or "boil" // "makes my blood boil"
                or "revulsion" or "nauseous" or "nauseates" or "stomach" or "repulsed" or "revolted" or "queasy";
        }

        return disgust && writer ? start : null;
    }

    // The group's everyday presence: arriving, living, walking about, showing affection in public.
    private static bool IsEverydayPresence(ReadOnlySpan<char> t) =>
        t is "moving" or "coming" or "arriving" or "settling" or "living" or "walking" or "wandering" or "hanging" or "loitering"
            or "swarming" or "flooding" or "pouring" or "kissing" or "parading" or "marching" or "praying" or "taking" or "turning"
            or "showing" or "shopping" or "sitting" or "standing";

    // A harm done to the group in the clause after it ("… in those camps", "… being bombed", "… treated like that").
    private static bool PlightAfter(NormalizedText text, int end, int count)
    {
        for (var k = end + 1; k < count && !ThreatIntent.SentenceBreakBefore(text, k); k++)
        {
            var w = text.TokenText(k);
            if (IsPlight(w) || w is "camps" or "camp" or "killed" or "bombed" or "murdered" or "hurt" or "suffer" or "die" or "rubble"
                or "hospital" or "pain" or "starve" or "cry" or "beaten" or "shot" or "stabbed" or "targeted" or "victims" or "abuse")
            {
                return true;
            }
        }

        return false;
    }

    // What stands between "Nothing … like / than" and the group: "seeing a", "being around", "the sight of", "having to
    // sit next to".
    private static bool IsSightWord(ReadOnlySpan<char> t) =>
        t is "seeing" or "being" or "around" or "having" or "watching" or "hearing" or "sight" or "of" or "a" or "an" or "near"
            or "next" or "to" or "with" or "sit" or "sitting" or "work" or "working" or "living" or "meeting" or "some" or "more";

    // "disgust me", "sicken us", "make me sick", "make me want to throw up / puke / vomit".
    private static int? Disgust(NormalizedText text, int verb, int count)
    {
        var v = text.TokenText(verb);
        var j = verb + 1;
        if (v is "make" or "makes" && j + 2 < count && text.TokenText(j) is "my" && text.TokenText(j + 1) is "skin"
            && text.TokenText(j + 2) is "crawl")
        {
            return j + 2; // "make my skin crawl"
        }

        if (v is "make" or "makes" && j + 2 < count && text.TokenText(j) is "my" && text.TokenText(j + 1) is "blood"
            && text.TokenText(j + 2) is "boil")
        {
            return j + 2;
        }

        if (j >= count || text.TokenText(j) is not ("me" or "us"))
        {
            return null;
        }

        if (v is "disgust" or "disgusts" or "sicken" or "sickens" or "repulse" or "repulses" or "revolt" or "revolts"
            or "nauseate" or "nauseates")
        {
            return j;
        }

        if (v is "fill" or "fills" && j + 2 < count && text.TokenText(j + 1) is "with")
        {
            // "fill me with rage", "… with pure disgust"
            var k = text.TokenText(j + 2) is "pure" or "such" or "utter" or "absolute" or "total" && j + 3 < count ? j + 3 : j + 2;
            if (k + 2 < count && text.TokenText(k) is "nothing" && text.TokenText(k + 1) is "but")
            {
                k += 2; // "fill me with nothing but contempt"
            }

            return text.TokenText(k) is "rage" or "disgust" or "hatred" or "hate" or "contempt" or "revulsion" or "loathing" ? k : null;
        }

        if (v is not ("make" or "makes"))
        {
            return null;
        }

        j++;
        if (j + 2 < count && text.TokenText(j) is "want" && text.TokenText(j + 1) is "to")
        {
            j += 2;
        }

        if (j >= count)
        {
            return null;
        }

        if (text.TokenText(j) is "so" or "really" && j + 1 < count)
        {
            j++;
        }

        // "makes me feel (physically) sick"
        if (text.TokenText(j) is "feel" && j + 1 < count)
        {
            j += text.TokenText(j + 1) is "physically" && j + 2 < count ? 2 : 1;
        }

        var w = text.TokenText(j);
        if (w is "angry" or "furious" or "mad")
        {
            // "make me so angry", not "make me angry when the police ignore them" (a cause named after).
            return j + 1 >= count || ThreatIntent.SentenceBreakBefore(text, j + 1) || text.TokenText(j + 1) is "i" ? j : null;
        }

        // Not "sick with worry", "ill with fear".
        if (w is "sick" or "ill" or "puke" or "vomit" or "gag" or "retch" or "barf")
        {
            return j + 1 < count && text.TokenText(j + 1) is "with" ? null : j;
        }

        return w is "throw" && j + 1 < count && text.TokenText(j + 1) is "up" ? j + 1 : null;
    }
}
