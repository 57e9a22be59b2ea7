using Parley.Classifier.Text;

namespace Parley.Classifier.Lexical;

/// <summary>
/// Implicit derogation whose contempt is in a stock move of the writer, not in a word (session 29: a helper's suite of
/// 150 such comments and 150 civil twins was caught 6 times in 150 by the lexical tier and as rarely by the combined
/// tier; HateCheck-style suites' "implicit derogation" rows 0–3 of 21):
/// <list type="bullet">
/// <item>praise that only makes sense if the group is worse: "very articulate for a X", "one of the good Xs"
/// (<see cref="BackhandedPraise"/>);</item>
/// <item>an offence pinned on the group with mock surprise: "… and of course he turns out to be X", "X, naturally",
/// "Nobody's shocked." (<see cref="NoSurprise"/>);</item>
/// <item>a place that was good until the group came: "Used to be a lovely street. Then the Xs moved in." (<see cref="ThenTheyCame"/>);</item>
/// <item>the group as freeloaders: "Xs only come here for the benefits", "never done a day's work" (<see cref="Freeloading"/>);</item>
/// <item>a member's place put down to the group: "only got the job because they wanted a X" (<see cref="TokenHire"/>);</item>
/// <item>belonging denied: "is never really English, is he", "he'll always be X first" (<see cref="BelongingDenied"/>);</item>
/// <item>a question about a group closed by a wink: "Why is it always the Xs …? Just asking." (<see cref="ClosingInsinuation"/>);</item>
/// <item>exclusion as good sense: "Hiring a X is a charity project", "I'd rather have a rat in my kitchen than a X living
/// next door", "The only job Xs are fit for is …", "I'd never let a X near my kids" (<c>ImplicitDerogation.Exclusion.cs</c>);</item>
/// <item>HateCheck-style templates of a later suite: "Xs should be grateful we tolerate them", "You can't expect Xs to
/// understand …", "Why would anyone want a X as a neighbour?", "… Now I've seen everything.", "What could possibly go
/// wrong?", "It certainly wasn't for her skills." (<c>ImplicitDerogation.Templates.cs</c>).</item>
/// </list>
/// Only protected groups, and not reported, quoted or denied; each shape was narrowed against the suite's civil twins,
/// which keep the group and most words (counter-speech, reports, kind anecdotes).
/// </summary>
internal static partial class ImplicitDerogation
{
    /// <summary>The shape's first and last tokens, or null.</summary>
    public static (int First, int Last)? Find(NormalizedText text, Lexicon lexicon)
    {
        var count = Math.Min(text.TokenCount, Features.MaxTokens);
        var named = false;
        for (var i = 0; i < count && !named; i++)
        {
            named = lexicon.Category(text.TokenText(i)) == LexiconCategory.Identity;
        }

        if (!named)
        {
            return null; // every shape names the group
        }

        for (var i = 0; i < count; i++)
        {
            // One lookup skips the tokens no shape starts from (most of them), so the long switches below run rarely:
            // with every token run through them the lexical bench's first seconds were a sixth slower.
            if (!s_triggers.Contains(text.TokenText(i)))
            {
                continue;
            }

            var found = text.TokenText(i) switch
            {
                "for" => BackhandedPraise(text, lexicon, i, count),
                "one" => OneOfTheGood(text, lexicon, i, count),
                "then" or "until" or "till" or "before" or "after" or "since" or "once" or "when" => ThenTheyCame(text, lexicon, i, count),
                "tell" or "know" => YouCanTellWhen(text, lexicon, i, count),
                "come" or "comes" or "came" or "coming" => ComeForTheBenefits(text, lexicon, i, count) ?? NoSurprise(text, lexicon, i, count),
                "never" => Freeloading(text, lexicon, i, count) ?? BelongingDenied(text, lexicon, i, count),
                "hiring" or "hire" or "hires" => HiringFolly(text, lexicon, i, count) ?? TokenHire(text, lexicon, i, count),
                "than" => RatherThanNear(text, lexicon, i, count),
                "only" => OnlyFitFor(text, lexicon, i, count),
                "let" => LetNear(text, lexicon, i, count),
                "grateful" => GratefulToBeTolerated(text, lexicon, i, count),
                "expect" => NoSurprise(text, lexicon, i, count) ?? CannotExpect(text, lexicon, i, count),
                "why" => WhyWouldAnyone(text, lexicon, i, count),
                "seen" => SeenEverything(text, lexicon, i, count),
                "wrong" => WhatCouldGoWrong(text, lexicon, i, count),
                "skills" or "merit" or "talent" or "ability" or "qualifications" or "brains" => NotForMerit(text, lexicon, i, count),
                "are" or "re" or "make" => ConcededThenRefused(text, lexicon, i, count) ?? BelongingDenied(text, lexicon, i, count),
                "straight" or "hand" or "hands" or "nice" or "dime" => Freeloading(text, lexicon, i, count),
                _ => NoSurprise(text, lexicon, i, count) ?? TokenHire(text, lexicon, i, count) ?? BelongingDenied(text, lexicon, i, count)
                     ?? ClosingInsinuation(text, lexicon, i, count),
            };
            if (found is var (first, last) && !ReportedSpeech.IsReported(text, first) && !ReportedSpeech.IsReported(text, last)
                && !ReportedSpeech.SaidBefore(text, first) && !ReportedSpeech.SaidAfter(text, last, count) && !SaidEarlier(text, first, last))
            {
                return found;
            }
        }

        return null;
    }

    // Every token a shape is read from (the switch in Find and the markers of NoSurprise, TokenHire, BelongingDenied and
    // ClosingInsinuation); a test checks each shape's examples, so a trigger missing here fails it.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_triggers = new HashSet<string>(
    [
        "for", "one", "then", "until", "till", "before", "after", "since", "once", "when", "tell", "know", "come", "comes", "came", "coming",
        "never", "hiring", "hire", "hires", "than", "only", "let", "are", "re", "make", "makes", "straight", "hand", "hands", "nice", "dime",
        "course", "naturally", "obviously", "predictably", "guess", "surprised", "shocked", "shocking", "surprise", "surprises", "thought", "expect",
        "because", "qualification", "box", "appointment", "not", "real", "proper", "true", "genuine", "first", "guests", "foreigners",
        "outsiders", "visitors", "strangers", "asking", "question", "observation", "it", "conclusions", "will", "coincidence", "sure",
        "grateful", "why", "seen", "wrong", "skills", "merit", "talent", "ability", "qualifications", "brains",
    ], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // A protected group's name ends at k: an identity word ("Jew", "Roma", "Black" in "Black politician") that is not
    // a party or an age.
    private static bool IsGroup(NormalizedText text, Lexicon lexicon, int k) =>
        lexicon.Category(text.TokenText(k)) == LexiconCategory.Identity && GroupPredicate.IsProtected(text, lexicon, k);

    // The last token of a group member's noun phrase starting at k: "a Black politician", "a Jew", "Roma", "a refugee
    // family"; -1 when there is none.
    private static int MemberEnd(NormalizedText text, Lexicon lexicon, int k, int count)
    {
        if (k < count && text.TokenText(k) is "a" or "an" or "the")
        {
            k++;
        }

        var last = -1;
        for (var first = k; k < count && (k == first || !ThreatIntent.SentenceBreakBefore(text, k)) && lexicon.Category(text.TokenText(k)) == LexiconCategory.Identity; k++)
        {
            last = k;
        }

        if (last < 0 || !GroupPredicate.IsProtected(text, lexicon, last))
        {
            return -1;
        }

        return last + 1 < count && !ThreatIntent.SentenceBreakBefore(text, last + 1) && IsMemberNoun(text.TokenText(last + 1)) ? last + 1 : last;
    }

    // A member's noun phrase that names people, not their shops or food ("one of the good Ethiopian places", "one of the
    // decent Irish pubs"): MemberEnd, unless a content word follows the group's name.
    private static int PeopleEnd(NormalizedText text, Lexicon lexicon, int k, int count)
    {
        var end = MemberEnd(text, lexicon, k, count);
        if (end < 0 || IsMemberNoun(At(text, end)) || end + 1 >= count || ThreatIntent.SentenceBreakBefore(text, end + 1))
        {
            return end;
        }

        return At(text, end + 1) is "who" or "that" or "i" or "you" or "we" or "he" or "she" or "they" or "and" or "or" or "but" or "in" or "on"
            or "at" or "from" or "with" or "are" or "is" or "was" or "were" or "have" or "has" or "s" or "ve" or "d" or "ll" or "to" or "of"
            or "for" or "by" or "here" or "there" or "like" or "as" or "than" or "so" or "because" or "if" or "when" or "just" or "too"
            or "ever" or "round" or "around" or "then" or "now" or "again" or "today" or "eh" or "mate" or "anyway" or "though"
            ? end : -1;
    }

    // A verb of saying, asking or accusing earlier in the shape's sentence ("My grandad always said Kilburn used to be a
    // nice place before …", "accused online of being hired to tick a box", "Elders say they've been made to feel …"):
    // the writer reports the words.
    private static bool SaidEarlier(NormalizedText text, int first, int last)
    {
        for (var k = Sentences.Start(text, first); k < last; k++)
        {
            var t = text.TokenText(k);
            if (t is "argued" && At(text, k - 1) is "well")
            {
                continue; // "very well argued for a X" praises
            }

            if ((ReportedSpeech.IsSaying(t) && !(t is "tell" && At(text, k - 1) is "can" or "always" or "could"))
                || t is "asked" or "asking" or "accused" or "accusing" or "accuse" or "joked" or "joke" or "jokes" or "whether" or "feel" or "felt"
                    or "assume" or "assumed" or "assumes" or "decided" or "sneer" or "sneered" or "texted" or "posted" or "messaged" or "suggested"
                    or "suggests" or "argued" or "insisted" or "reported" or "reports" or "reckons" or "reckoned")
            {
                // The writer's own voice is no report: "I say Xs only come here for …", "I feel …", "we all know".
                // (Narrower than ReportedSpeech.SaidByMe, which reads "I've heard people say …" as the writer's.)
                var mine = At(text, k - 1) is "i" or "we" or "cannot" || (At(text, k - 1) is "t" && At(text, k - 2) is "can") // "Can't say …"
                           || (At(text, k - 2) is "i" or "we" && At(text, k - 1) is "just" or "honestly" or "really"
                               or "do" or "m" or "am" or "d" or "would" or "all" or "must" or "can" or "ll");
                return !mine && !(t is "asking" && At(text, k - 1) is "just" or "genuinely" or "only" or "honestly" or "merely");
            }
        }

        return false;
    }

    private static bool IsMemberNoun(ReadOnlySpan<char> t) =>
        ThreatIntent.IsPersonNoun(t) || t is "lad" or "bloke" or "fella" or "chap" or "politician" or "player" or "driver" or "lot"
            or "crowd" or "student" or "students" or "worker" or "workers" or "candidate" or "mp" or "speaker" or "doctor" or "nurse"
            or "teacher" or "one" or "ones" or "lady" or "gentleman";

    // "very articulate for a X", "Surprisingly generous bloke for a X", "done remarkably well for a X", "not bad for a
    // X": a virtue granted as an exception. Not "normal for a X to fast" (what is usual for them), "great for a X
    // family" (suitable), "a smart move for X voters" (a thing, not a person, is praised).
    private static (int First, int Last)? BackhandedPraise(NormalizedText text, Lexicon lexicon, int f, int count)
    {
        var end = PeopleEnd(text, lexicon, f + 1, count);
        if (end < 0 || (end + 1 < count && !ThreatIntent.SentenceBreakBefore(text, end + 1)
                        && text.TokenText(end + 1) is "to" or "who" or "that" or "whose" or "like" or "in" or "at" or "on"))
        {
            return null;
        }

        var p = f - 1;
        if (p >= 0 && IsMemberNoun(text.TokenText(p)) && !ThreatIntent.SentenceBreakBefore(text, p + 1))
        {
            p--; // "generous bloke for a X"
        }

        if (p < 0 || ThreatIntent.SentenceBreakBefore(text, p + 1))
        {
            return null;
        }

        var t = text.TokenText(p);
        var praised = IsVirtue(t)
                      || (t is "well" && p > 0 && text.TokenText(p - 1) is "done" or "did" or "doing" or "remarkably" or "very" or "really"
                          or "pretty" or "quite" or "so" or "incredibly" or "surprisingly")
                      || (t is "bad" && p > 0 && text.TokenText(p - 1) is "not")
                      || (p > 0 && text.TokenText(p - 1) is "well" && t is "argued" or "spoken" or "behaved" or "dressed" or "mannered"
                          or "read" or "educated" or "presented" or "groomed");
        return praised && !Negated(text, p) ? (p, end) : null;
    }

    private static bool IsVirtue(ReadOnlySpan<char> t) =>
        t is "articulate" or "eloquent" or "intelligent" or "smart" or "clever" or "bright" or "sharp" or "honest" or "generous"
            or "hardworking" or "reliable" or "clean" or "polite" or "civilised" or "civilized" or "normal" or "modern" or "reasonable"
            or "sensible" or "competent" or "capable" or "pretty" or "attractive" or "handsome" or "composed" or "decent" or "tidy"
            or "punctual" or "trustworthy" or "educated" or "classy" or "sober" or "wellspoken" or "rational" or "logical" or "calm"
            or "presentable" or "respectable" or "refined" or "cultured" or "cultivated" or "lawabiding" or "integrated"
            or "likeable" or "likable" or "funny" or "witty";

    // "He's not articulate for a X" is no praise to read as backhanded; a negator just before the praise.
    private static bool Negated(NormalizedText text, int p)
    {
        for (var k = p - 1; k >= Math.Max(0, p - 3) && !ThreatIntent.SentenceBreakBefore(text, k + 1); k--)
        {
            if (Features.IsNegator(text.TokenText(k), k > 0 ? text.TokenText(k - 1) : default) && !(text.TokenText(p) is "bad"))
            {
                return true;
            }
        }

        return false;
    }

    // "He's one of the good Xs", "one of the more reasonable X ones": the exception that marks the rest.
    private static (int First, int Last)? OneOfTheGood(NormalizedText text, Lexicon lexicon, int one, int count)
    {
        if (one + 4 >= count || text.TokenText(one + 1) is not "of" || text.TokenText(one + 2) is not "the")
        {
            return null;
        }

        var k = one + 3;
        if (text.TokenText(k) is "more" or "few" or "rare")
        {
            k++;
        }

        if (text.TokenText(k) is not ("good" or "decent" or "nice" or "normal" or "reasonable" or "sensible" or "acceptable" or "tolerable"
                or "harmless" or "clean" or "honest" or "civilised" or "civilized"))
        {
            return null;
        }

        var end = PeopleEnd(text, lexicon, k + 1, count);
        return end >= 0 && !ThreatIntent.SentenceBreakBefore(text, k + 1) ? (one, end) : null;
    }
}
