using Parley.Classifier.Text;

namespace Parley.Classifier.Lexical;

/// <summary>
/// Implicit derogation whose contempt is in the frame, not in a word, so neither the heads nor the claim rule
/// (<see cref="GroupPredicate"/>) see it (a fifth blind set, 2026-12-05, scored such sentences TOXICITY 0.03–0.23):
/// <list type="bullet">
/// <item>no good one exists: "There's no such thing as a decent X.", "Is there a single honest X anywhere?", "I've never
/// met a smart X.";</item>
/// <item>a group that never did good: "Xs have never once told the truth.", "Not one X has ever done anything worthwhile.",
/// "No X can ever be a loyal citizen.";</item>
/// <item>vice as nature: "it's in their blood", "they can't help themselves", "like they always do" after a group;</item>
/// <item>"Xs breed like rabbits"; "Xs aren't smart enough to …", "Xs are too stupid to …";</item>
/// <item>one member for all: "A X is just a rat", "Every X is a liar", "I've never met a X who wasn't rude";</item>
/// <item>what a group is said to do or deserve (<c>GroupStereotype.Nature.cs</c>): "nothing good about Xs", "Xs ruin
/// everything they touch", "Why do we let Xs live among us?", "Lock Xs in camps".</item>
/// </list>
/// Only protected groups (contempt for a party or a trade is an insult, not an identity attack), only where the group
/// is no adjective ("a decent Indian restaurant"), and not reported or quoted (<see cref="ReportedSpeech"/>).
/// </summary>
internal static partial class GroupStereotype
{
    /// <summary>The group's first token and the frame's last token, or null.</summary>
    public static (int First, int Last)? Find(NormalizedText text, Lexicon lexicon)
    {
        var count = Math.Min(text.TokenCount, Features.MaxTokens);
        for (var i = 0; i < count; i++)
        {
            var t = text.TokenText(i);
            if (t is "blood" or "dna" or "genes" or "nature" or "culture" or "genetic" or "do" or "help" or "raised" or "wired" or "built"
                    or "made" or "are" && Nature(text, lexicon, i, count) is { } nature
                && !ReportedSpeech.IsReported(text, nature.First) && !ReportedSpeech.SaidAfter(text, i, count))
            {
                return nature;
            }

            // A plural or "X people" names the group; "a decent Gypsy", "no Muslim", "not one Palestinian" name any of
            // its members, which the frames below need (not "a decent Indian restaurant").
            var plural = GroupPredicate.GroupNounEnd(text, lexicon, i, count);
            // "a single X person who …"
            var personWho = i + 2 < count && ThreatIntent.IsPersonNoun(text.TokenText(i + 1)) && text.TokenText(i + 2) is "who" or "that";
            var member = !plural && lexicon.Category(t) == LexiconCategory.Identity && i > 0
                         && (i + 1 >= count || lexicon.Category(text.TokenText(i + 1)) != LexiconCategory.Identity)
                         && (i + 1 >= count || ThreatIntent.SentenceBreakBefore(text, i + 1) || text.TokenText(i + 1) is "can" or "could" or "has"
                             or "have" or "will" or "would" or "is" or "was" or "ever" or "anywhere" or "alive" or "who" or "in" or "on" or "that" or "and"
                             or "or" or "no" || personWho);
            if (!(plural || member) || !GroupPredicate.IsProtected(text, lexicon, i))
            {
                continue;
            }

            // "X people" starts at X; a plural slur starts at itself.
            var first = lexicon.Category(t) == LexiconCategory.Identity ? Features.RunStart(text, lexicon, i)
                : i > 0 && lexicon.Category(text.TokenText(i - 1)) == LexiconCategory.Identity ? Features.RunStart(text, lexicon, i - 1) : i;
            // "I've never met a smart X who didn't want to study abroad": a relative clause narrows the claim.
            var narrowed = i + 1 < count && text.TokenText(i + 1) is "who" or "that" or "whom";
            // … unless the clause says every one is bad: "I've never met a X who wasn't rude".
            var everyOneBad = narrowed && EveryOneBad(text, lexicon, i + 1, count) is { } bad ? bad : -1;
            // … or that none was any good: "I've never met a single X (person) who was worth anything".
            var who = narrowed ? i + 1 : member && personWho ? i + 2 : -1;
            var noneGood = who > 0 && NoneGood(text, who, count) is { } good ? good : -1;
            var found = !narrowed && NoGoodOne(text, first) is { } start && who < 0 ? (start, i)
                : everyOneBad >= 0 && NeverMetOne(text, first) is { } met ? (met, everyOneBad)
                : noneGood >= 0 && NeverMetOne(text, first) is { } metNone ? (metNone, noneGood)
                : (i + 1 >= count || ThreatIntent.SentenceBreakBefore(text, i + 1)) && NothingGoodAbout(text, first) is { } nothing
                    ? (nothing, i) // the group ends its clause: not "nothing good about refugees drowning"
                : (member || OnePerson(text, lexicon, i)) && GenericMember(text, lexicon, first, i, count) is { } generic ? (first - 1, generic)
                : plural && Ruins(text, first, i, count) is { } ruin ? (first, ruin)
                : plural && LetLiveAmongUs(text, first, i, count) is var (letFrom, letTo) ? (letFrom, letTo)
                : InCamps(text, first, i, count) is var (campFrom, campTo) ? (campFrom, campTo)
                : NeverDidGood(text, lexicon, first, i, count, member) is var (from, last) ? (from, last)
                : plural && Breeds(text, i, count) is { } bred ? (first, bred)
                : plural && Unfit(text, first, i, count) is { } unfit ? (first, unfit)
                : ((int, int)?)null;
            if (found is { } f && !ReportedSpeech.IsReported(text, first) && !ReportedSpeech.SaidBefore(text, f.Item1) && !ReportedSpeech.SaidAfter(text, f.Item2, count))
            {
                return f;
            }
        }

        return null;
    }

    // After "a X": "who wasn't / isn't / was never …" and a contemptuous word within four tokens; returns that word.
    private static int? EveryOneBad(NormalizedText text, Lexicon lexicon, int who, int count)
    {
        var k = who + 1;
        if (k + 1 >= count || text.TokenText(k) is not ("wasn" or "isn" or "wasnt" or "isnt" or "was" or "is"))
        {
            return null;
        }

        k += text.TokenText(k) is "wasn" or "isn" || text.TokenText(k + 1) is "not" or "never" ? 2 : 1;
        if (text.TokenText(who + 1) is "was" or "is" && text.TokenText(who + 2) is not ("not" or "never"))
        {
            return null;
        }

        for (var m = k; m < Math.Min(count, k + 4) && !ThreatIntent.SentenceBreakBefore(text, m); m++)
        {
            if (GroupPredicate.IsContemptOf(text, lexicon, m, count) || lexicon.Category(text.TokenText(m)) is LexiconCategory.Insult
                || text.TokenText(m) is "thief" or "liar" or "criminal" or "crook" or "cheat" or "drunk" or "scrounger" or "sly")
            {
                return m;
            }
        }

        return null;
    }

    // "A X is just a rat dressed up as a person", "Every X is a liar": one member standing for all, at the start of its
    // clause, then contempt; returns the contemptuous word.
    private static int? GenericMember(NormalizedText text, Lexicon lexicon, int first, int group, int count)
    {
        var article = first - 1;
        if (article < 0 || text.TokenText(article) is not ("a" or "an" or "every" or "any" or "each")
            || !GroupPredicate.OpensAfterSofteners(text, article) || group + 2 >= count || text.TokenText(group + 1) is not ("is" or "s"))
        {
            return null;
        }

        for (var m = group + 2; m < Math.Min(count, group + 8) && !ThreatIntent.SentenceBreakBefore(text, m); m++)
        {
            var t = text.TokenText(m);
            if (GroupPredicate.IsContemptOf(text, lexicon, m, count) || lexicon.Category(t) is LexiconCategory.Insult or LexiconCategory.Dehumanising
                    or LexiconCategory.Slur
                || t is "rat" or "animal" or "beast" or "parasite" or "cockroach" or "pig" or "thief" or "liar" or "criminal" or "terrorist")
            {
                return m;
            }

            // "no better than a rat", "no more than an animal"; a bare "no" denies ("A X is no terrorist").
            if (t is not ("just" or "nothing" or "but" or "a" or "an" or "no" or "better" or "than" or "basically" or "simply" or "only"
                    or "really" or "little" or "more" or "always" or "born" or "dirty" or "filthy" or "stinking" or "lying" or "thieving")
                || (t is "no" && !(m + 1 < count && text.TokenText(m + 1) is "better" or "more" or "different")))
            {
                return null;
            }
        }

        return null;
    }

    // "a X person / man / woman" names any member, like "a X".
    private static bool OnePerson(NormalizedText text, Lexicon lexicon, int i) =>
        i > 0 && text.TokenText(i) is "person" or "man" or "woman" or "guy" or "girl" or "boy" or "kid" or "child"
        && lexicon.Category(text.TokenText(i - 1)) == LexiconCategory.Identity;

    // After "a X (person)": "who was (ever) worth anything / any good / decent"; returns the virtue's last token.
    private static int? NoneGood(NormalizedText text, int who, int count)
    {
        var k = who + 1;
        if (Sentences.InClause(text, k, count) is not ("was" or "is" or "were" or "has"))
        {
            return null;
        }

        k += text.TokenText(k) is "has" && Sentences.InClause(text, k + 1, count) is "been" ? 2 : 1;
        if (Sentences.InClause(text, k, count) is "ever" or "even" or "remotely" or "actually")
        {
            k++;
        }

        // The clause ends at the virtue: not "any good at cricket", "worth a visit".
        var w = Sentences.InClause(text, k, count);
        var next = Sentences.InClause(text, k + 1, count);
        var last = (w is "worth" && next is "anything" or "knowing" or "trusting") || (w is "any" && next is "good" or "use") ? k + 1
            : IsVirtue(w) ? k : -1;
        return last >= 0 && (last + 1 >= count || ThreatIntent.SentenceBreakBefore(text, last + 1)) ? last : null;
    }

    // "(I've) never met / known a", "(I have yet to) meet a" before the group; returns the frame's first token.
    private static int? NeverMetOne(NormalizedText text, int first)
    {
        var k = first - 1;
        if (k >= 2 && text.TokenText(k) is "single" && text.TokenText(k - 1) is "a" or "one")
        {
            k--; // "never met a single X"
        }

        if (k < 2 || text.TokenText(k) is not ("a" or "an" or "one" or "single"))
        {
            return null;
        }

        var verb = text.TokenText(k - 1);
        var before = text.TokenText(k - 2);
        return verb is "met" or "known" or "seen" && before is "never" || (verb is "meet" && before is "to" && k >= 4 && text.TokenText(k - 3) is "yet")
            ? k - 2 : null;
    }

    // "(There's) no such thing as a decent", "Is there a single honest", "(I've) never met a smart", "Name one good", "Show me
    // an honest" right before the group; returns the frame's first token.
    private static int? NoGoodOne(NormalizedText text, int group)
    {
        var k = group - 1;
        if (k < 1 || !IsVirtue(text.TokenText(k)) || ThreatIntent.SentenceBreakBefore(text, k + 1) || ThreatIntent.SentenceBreakBefore(text, k))
        {
            return null;
        }

        k--;
        if (text.TokenText(k) is "single" or "one" && k > 0 && text.TokenText(k - 1) is "a")
        {
            k--; // "a single honest"
        }

        var article = text.TokenText(k) is "a" or "an" or "one" or "single";
        if (!article || k < 1 || ThreatIntent.SentenceBreakBefore(text, k + 1))
        {
            return null;
        }

        var a = k >= 2 ? text.TokenText(k - 2) : default;
        var b = text.TokenText(k - 1);
        if (b is "as" && k >= 4 && a is "thing" && text.TokenText(k - 3) is "such" && text.TokenText(k - 4) is "no")
        {
            return k - 4;
        }

        // "never met / seen / find", "not find"; "is there a single / one …" ("Is there a decent Indian in town?" asks for
        // a restaurant, "Have you ever met a nice X?" may praise)
        var single = text.TokenText(k) is "single" or "one" || (k + 1 < group && text.TokenText(k + 1) is "single");
        if ((a is "is" or "was" && b is "there" && single) || (a is "never" or "not" && b is "met" or "meet" or "seen" or "find" or "found")
            || (a is "name" && b is "me") || (a is "show" && b is "me") || (b is "name" or "find" && GroupPredicate.OpensAfterSofteners(text, k - 1)))
        {
            return b is "name" or "find" ? k - 1 : k - 2;
        }

        return null;
    }

    // "Xs have never (once) told the truth", "Not one X has ever done anything worthwhile", "No X can ever be a loyal
    // citizen / be trusted": the group denied any good. Returns the frame's first token and its last.
    private static (int First, int Last)? NeverDidGood(NormalizedText text, Lexicon lexicon, int first, int group, int count, bool member)
    {
        // "No X …", "Not one X …", and the question "Has a X ever …?", "Have Xs ever …?"
        var none = first >= 1 && text.TokenText(first - 1) is "no" && GroupPredicate.Opens(text, first - 1) ? first - 1
            : first >= 2 && text.TokenText(first - 2) is "not" && text.TokenText(first - 1) is "one" or "a" or "single"
                         && GroupPredicate.Opens(text, first - 2) ? first - 2
            : first >= 2 && text.TokenText(first - 2) is "has" or "have" && text.TokenText(first - 1) is "a" or "an" or "any"
                         && GroupPredicate.Opens(text, first - 2) && Sentences.EndsInQuestion(text, group, count) ? first - 2
            : first >= 1 && text.TokenText(first - 1) is "have" && GroupPredicate.Opens(text, first - 1)
                         && Sentences.EndsInQuestion(text, group, count) ? first - 1 : -1;
        if (none < 0 && (member || !GroupPredicate.OpensAfterSofteners(text, first)))
        {
            return null;
        }

        var q = group + 1;
        if (q + 2 < count && text.TokenText(q) is "in" && text.TokenText(q + 1) is "this" or "our" or "the" or "my")
        {
            q += 3; // "Not one X in this town has ever …"
        }

        var never = none >= 0;
        var modals = q;
        while (q < count && q - modals < 4 && !ThreatIntent.SentenceBreakBefore(text, q)
               && text.TokenText(q) is "have" or "has" or "can" or "could" or "will" or "would" or "ever" or "never" or "once" or "ve" or "s")
        {
            never |= text.TokenText(q) is "never";
            q++;
        }

        // "Xs bring drugs and crime", "bring disease wherever they go": a vice as what a group brings, in the present of a
        // claim (not "bring skills", "bring their families", nor history: "Europeans brought disease to the Americas")
        if (!never && q + 1 < count && text.TokenText(q) is "bring" or "brings" && IsBroughtVice(text.TokenText(q + 1)))
        {
            return (first, q + 1);
        }

        // "Xs only understand violence / force", "Xs all look the same" (a probe of the writer's own, session 16): a people
        // who can only be ruled by force, or have no faces of their own.
        if (!never && none < 0 && StereotypedAs(text, q, count) is { } stereotypeEnd && !Sentences.EndsInQuestion(text, stereotypeEnd, count)
            && !Disowned(text, first, stereotypeEnd, count))
        {
            return (first, stereotypeEnd);
        }

        // "Xs (have) contributed nothing (of value / but crime / to this country)", "bring nothing but trouble"
        if (!never && q + 1 < count && text.TokenText(q + 1) is "nothing" && text.TokenText(q) is "contributed" or "contribute" or "done" or "did"
                or "contributes" or "added" or "add" or "adds" or "given" or "give" or "gives" or "brought" or "bring" or "brings"
                or "achieved" or "offer" or "offered" or "offers" or "built" or "build" or "builds" or "invented" or "invent"
                or "created" or "create" or "produced" or "produce" or "accomplished")
        {
            // "nothing but crime / trouble": a vice after it ("nothing but love", "nothing but a suitcase" praise or report).
            if (q + 3 < count && text.TokenText(q + 2) is "but" or "except")
            {
                var what = text.TokenText(q + 3);
                return none < 0 && (what is "crime" or "crimes" or "trouble" or "problems" or "misery" or "violence" or "filth" or "disease"
                                    or "drugs" or "chaos" or "terror" or "terrorism" or "hate" or "hatred" or "poverty" or "debt" or "noise"
                                    or "dirt" or "grief" or "greed" or "drunkenness" or "rape" or "crap" or "shit"
                                    || GroupPredicate.IsContemptOf(text, lexicon, q + 3, count))
                    ? (first, q + 3) : null;
            }

            // "Immigrants have done nothing for this country? Look at the NHS.": the claim asked to be refuted. "Done / did
            // nothing" needs its "for the world / for anyone": bare, it tells of one day ("The council did nothing.
            // Muslims did nothing.").
            var to = ToWhatEnd(text, q + 2, count);
            if (to is null && text.TokenText(q) is "done" or "did")
            {
                return null;
            }

            var end = to ?? q + 1;
            return none < 0 && !Sentences.EndsInQuestion(text, end, count) && (end + 1 >= count || ThreatIntent.SentenceBreakBefore(text, end + 1) || text.TokenText(end) is not "nothing")
                ? (first, end) : null;
        }

        if (!never || q >= count || ThreatIntent.SentenceBreakBefore(text, q))
        {
            return null;
        }

        // The question asks about nothing more ("Has an X ever invented anything?"), not "… built anything in Uganda?".
        var question = none >= 0 && text.TokenText(none) is "has" or "have";
        return GoodDeed(text, q, count) is { } last && (!question || last + 1 >= count || Sentences.BreakBefore(text, last + 1))
            ? (none >= 0 ? none : first, last) : null;
    }

    // "only understand / respect violence / force / the stick / one language", "all look the same / alike", ending the
    // clause; returns the last token.
    private static int? StereotypedAs(NormalizedText text, int q, int count)
    {
        ReadOnlySpan<char> At(int k) => Sentences.InClause(text, k, count);
        int end;
        if (At(q) is "only" && At(q + 1) is "understand" or "understands" or "respect" or "respects")
        {
            end = At(q + 2) is "violence" or "force" ? q + 2
                : At(q + 2) is "the" && At(q + 3) is "stick" or "whip" or "boot" or "fist" ? q + 3
                : At(q + 2) is "brute" or "one" && At(q + 3) is "force" or "language" ? q + 3 : -1;
        }
        else
        {
            var k = At(q) is "all" ? q + 1 : q;
            end = At(k) is "look" && (At(k + 1) is "alike" || (At(k + 1) is "the" && At(k + 2) is "same")) ? (At(k + 1) is "alike" ? k + 1 : k + 2) : -1;
        }

        // "… all look the same (to me) (anyway)" ending the clause; not "… to many Chinese villagers".
        if (end >= 0 && At(end + 1) is "to" && At(end + 2) is "me")
        {
            end += 2;
        }

        if (end >= 0 && At(end + 1) is "anyway")
        {
            end++;
        }

        return end >= 0 && (end + 1 >= count || ThreatIntent.SentenceBreakBefore(text, end + 1)) ? end : null;
    }

    // The stereotype named to be rejected or explained: "To a racist, …", "… is a racist trope / myth", "…, joked the
    // comedian", "… because I have face blindness" (a code review, session 16).
    private static bool Disowned(NormalizedText text, int first, int end, int count)
    {
        for (var k = Sentences.Start(text, first); k < count && (k <= end || !Sentences.BreakBefore(text, k)); k++)
        {
            if (text.TokenText(k) is "racist" or "racists" or "bigot" or "bigots" or "trope" or "myth" or "stereotype" or "lie" or "joked"
                or "jokes" or "because" or "blindness" or "said" or "says")
            {
                return true;
            }
        }

        return false;
    }

    // "told the truth", "done anything worthwhile / useful / good", "contributed anything", "worked a day / an honest day",
    // "be trusted", "be a loyal / an honest …", "been honest"; returns the last token.
    private static int? GoodDeed(NormalizedText text, int q, int count)
    {
        var w = text.TokenText(q);
        var next = q + 1 < count ? text.TokenText(q + 1) : default;
        var third = q + 2 < count ? text.TokenText(q + 2) : default;
        if (w is "told" or "tell" && next is "the" && third is "truth")
        {
            return q + 2;
        }

        // "done anything worthwhile", "contributed anything", "invented anything"; not bare "done anything" ("never done
        // anything wrong", "done anything like this before").
        if (w is "done" or "do" or "achieved" or "achieve" or "contributed" or "contribute" or "invented" or "created" or "built"
            && next is "anything" or "something")
        {
            return third is "worthwhile" or "useful" or "good" or "decent" or "positive" ? q + 2
                : w is not ("done" or "do") && (q + 2 >= count || ThreatIntent.SentenceBreakBefore(text, q + 2)) ? q + 1
                : w is not ("done" or "do") && ToWhatEnd(text, q + 2, count) is { } end ? end
                : null;
        }

        // "never contributed a penny / a thing" ending the clause (a probe of the writer's own, session 16); not "never paid
        // a penny in tax because they are not allowed to work", "… a penny of interest".
        if (w is "contributed" or "contribute" && next is "a" && third is "penny" or "thing" or "cent" or "dime"
            && (q + 3 >= count || ThreatIntent.SentenceBreakBefore(text, q + 3)) && !Sentences.EndsInQuestion(text, q + 2, count))
        {
            return q + 2;
        }

        if (w is "worked" or "work" && next is "a" or "an" && third is "day" or "honest")
        {
            return q + 2;
        }

        // "done an honest day's work", "done a single useful thing"
        if (w is "done" or "do" && next is "an" or "a" && third is "honest" or "single" or "useful" or "good" or "decent")
        {
            return q + 2;
        }

        if (w is "be" && next is "trusted") // not "have never been trusted with the vote", which is history
        {
            return q + 1;
        }

        if (w is "be" or "been" && next is "a" or "an" && IsVirtue(third))
        {
            return q + 2;
        }

        return w is "be" or "been" && IsVirtue(next) ? q + 1 : null;
    }

    // After "contributed anything": "of value / worth / use / note", "to society / humanity", "to this / our country /
    // society / world", ending the clause (not "… to the debate about Y", which narrows it); returns the last token.
    private static int? ToWhatEnd(NormalizedText text, int k, int count)
    {
        var a = k < count ? text.TokenText(k) : default;
        var b = k + 1 < count ? text.TokenText(k + 1) : default;
        var c = k + 2 < count ? text.TokenText(k + 2) : default;
        var last = a is "of" && b is "value" or "worth" or "use" or "note" or "importance" or "substance" ? ClauseEnd(text, k + 1, count)
            : a is "to" && b is "society" or "humanity" or "mankind" or "civilisation" or "civilization" ? k + 1
            : a is "to" or "for" && b is "this" or "our" or "the" && c is "country" or "society" or "world" or "nation" ? k + 2
            : a is "for" && b is "anyone" or "anybody" or "humanity" or "mankind" or "society" or "britain" or "america" or "europe" ? k + 1
            // "built nothing in 60 years / in centuries / since independence"
            : a is "in" && (b is "centuries" or "decades" or "history" || (c is "years" or "centuries" or "decades" && b.Length > 0 && (char.IsAsciiDigit(b[0]) || b is "a" or "all" or "thousands" or "hundreds"))) ? (c is "years" or "centuries" or "decades" ? k + 2 : k + 1)
            : a is "since" && b is "independence" or "then" ? k + 1
            : -1;
        return last >= 0 && (last + 1 >= count || ThreatIntent.SentenceBreakBefore(text, last + 1)) ? last : null;
    }

    // "of value (to anyone / to civilisation)": the last token before the clause ends, at most four on.
    private static int ClauseEnd(NormalizedText text, int k, int count)
    {
        var end = k;
        while (end + 1 < count && end - k < 4 && !ThreatIntent.SentenceBreakBefore(text, end + 1))
        {
            end++;
        }

        return end + 1 >= count || ThreatIntent.SentenceBreakBefore(text, end + 1) ? end : k;
    }

    private static bool IsBroughtVice(ReadOnlySpan<char> t) =>
        t is "crime" or "drugs" or "disease" or "diseases" or "violence" or "terror" or "terrorism" or "rape" or "knife" or "filth"
            or "misery" or "chaos" or "gangs" or "squalor";

    private static bool IsVirtue(ReadOnlySpan<char> t) =>
        t is "decent" or "honest" or "good" or "smart" or "intelligent" or "trustworthy" or "clean" or "hardworking" or "loyal" or "nice"
            or "normal" or "civilised" or "civilized" or "competent" or "sane" or "moral" or "peaceful" or "useful" or "abiding";
}
