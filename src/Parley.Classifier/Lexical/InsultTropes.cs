using Parley.Classifier.Text;

namespace Parley.Classifier.Lexical;

/// <summary>
/// Stock put-downs that carry no insult word, so the heads read them as civil (a fresh set of 350 such insults, session
/// 15: 8 % flagged; round 14's 35, read after its blind score: 11 %): "wouldn't know a fact if it slapped him",
/// "couldn't find his way out of a paper bag", "couldn't run a bath if his life depended on it", "about as useful as a
/// chocolate teapot", "thick as two short planks", "a few sandwiches short of a picnic", "not the sharpest tool in the
/// shed", "nothing between your ears", "I've met houseplants with more insight than you", "you're the reason shampoo
/// has instructions", "a face like a slapped haddock", "Get a life.", "if brains were petrol …", "the grown-ups are
/// talking", "your mum should have aborted you" and, without "about", "as useful as a chocolate teapot" (session 25).
/// Each is a fixed figure of speech whose only use is to put someone down (slow, useless, better unborn); their civil
/// look-alikes ("thick as thieves", "about as far as the station", "a grin on his face like a child") are excluded by
/// the words each figure needs. Not reported or quoted (left to the heads), nor said of the writer.
/// </summary>
internal static class InsultTropes
{
    // "Your mum should have aborted you", "you should've been aborted", "pity you weren't aborted": wishing the reader
    // unborn. Only with "you" as the one aborted: "the launch should have been aborted" and "she should have aborted, the
    // doctors said" have none.
    private static readonly StockPhrases s_unborn = new(
        "should|shoulda|could|coulda|would have|ve|of? aborted you|u",
        "should|shoulda|could|coulda|would have|ve|of? had you|u aborted",
        "you|u should|shoulda|could|coulda|would have|ve|of? been aborted",
        "pity|shame|bad you|u weren|wasn t aborted");

    // The "as useful as" figure's stock useless things (AsUselessAs).
    private static readonly StockPhrases s_uselessThings = new(
        "chocolate teapot|fireguard|kettle", "inflatable dartboard", "glass hammer", "screen door on a submarine",
        "ashtray on a motorbike|motorcycle", "handbrake on a canoe");

    /// <summary>The first and last token of the put-down, or null.</summary>
    public static (int First, int Last)? Find(NormalizedText text)
    {
        var count = Math.Min(text.TokenCount, Features.MaxTokens);
        for (var i = 0; i < count; i++)
        {
            // "I've seen more sense in a crisp packet than in you": the writer compares; "you" is the target.
            if (At(text, i, count) is { } last && !ReportedSpeech.IsReported(text, i) && !SingleQuoted(text, i)
                && (text.TokenText(i) is "more" || !OfTheWriter(text, i, last)))
            {
                return (i, last);
            }
        }

        return null;
    }

    // "'You're as useful as a chocolate teapot,' my gran told the telly": a sentence opening with a single quotation mark
    // quotes someone (a review's case, session 25); double marks are ReportedSpeech's.
    private static bool SingleQuoted(NormalizedText text, int i) =>
        text.GapBefore(Sentences.Start(text, i)).IndexOfAny("'\u2018") >= 0;

    // Self-deprecation insults no one: "I'm not the sharpest knife in the drawer", "I couldn't draw a horse if my life
    // depended on it", "I wouldn't know a good wine if it bit me".
    private static bool OfTheWriter(NormalizedText text, int first, int last)
    {
        for (var k = first - 1; k >= Math.Max(0, first - 3) && !Sentences.BreakBefore(text, k + 1); k--)
        {
            if (text.TokenText(k) is "i" or "im" or "we" or "me")
            {
                return true;
            }
        }

        for (var k = first; k <= last; k++)
        {
            if (text.TokenText(k) is "my" or "me" or "our" or "us")
            {
                return true;
            }
        }

        return false;
    }

    private static int? At(NormalizedText text, int i, int count)
    {
        var t = text.TokenText(i);
        return t switch
        {
            "wouldn" or "couldn" or "wouldnt" or "couldnt" => KnowIfItHit(text, i, count) ?? LifeDependedOnIt(text, i, count),
            "about" or "roughly" => AboutAsUsefulAs(text, i, count),
            "as" => AsUselessAs(text, i, count),
            "aborted" => Unborn(text, i),
            "thick" or "dim" or "dense" => ThickAs(text, i, count),
            "short" => ShortOfA(text, i, count),
            "not" => NotTheSharpest(text, i, count),
            "between" => BetweenTheEars(text, i, count),
            "more" => MoreThanYou(text, i, count),
            "reason" => ReasonForInstructions(text, i, count),
            "drop" or "dropped" => DroppedOnTheHead(text, i, count),
            "evolution" => EvolutionBackwards(text, i, count),
            "if" => IfBrainsWere(text, i, count),
            "face" => FaceLikeA(text, i, count),
            "get" => GetALife(text, i, count),
            "iq" => IqOfAShoe(text, i, count),
            "grown" or "adults" => GrownUpsTalking(text, i, count),
            _ => null,
        };
    }

    // "I've met houseplants with more political insight than you", "my cat has more sense than him": a mind outdone by
    // a thing or an animal; the comparison names the person ("you", "him", "this councillor") after "than".
    private static int? MoreThanYou(NormalizedText text, int i, int count)
    {
        var q = i + 1;
        var quality = false;
        for (; q < Math.Min(count, i + 4) && text.TokenText(q) is not ("than" or "in"); q++)
        {
            quality |= IsMind(text.TokenText(q));
        }

        if (!quality || q + 1 >= count || text.TokenText(q) is not ("than" or "in"))
        {
            return null;
        }

        var k = q + 1;
        if (text.TokenText(q) is "in")
        {
            // "more intelligence in a bowl of porridge than in this councillor"
            while (k < Math.Min(count, q + 8) && text.TokenText(k) is not "than")
            {
                k++;
            }

            if (k >= count || text.TokenText(k) is not "than")
            {
                return null;
            }

            k += k + 1 < count && text.TokenText(k + 1) is "in" ? 2 : 1;
        }

        if (k >= count)
        {
            return null;
        }

        var who = text.TokenText(k);
        var person = who is "you" or "u" or "him" or "her" or "he" or "she" or "them"
                     || (who is "this" or "that" or "the" or "our" or "your" && k + 1 < count
                         && (ThreatIntent.IsRole(text.TokenText(k + 1)) || text.TokenText(k + 1) is "lot" or "guy" or "bloke" or "man"
                             or "woman"));
        return person ? k : null;
    }

    private static bool IsMind(ReadOnlySpan<char> t) =>
        t is "insight" or "intelligence" or "sense" or "brains" or "brain" or "thought" or "thoughts" or "wit" or "charisma"
            or "personality" or "class" or "spine" or "backbone" or "talent" or "integrity" or "awareness" or "iq" or "nous"
            or "charm" or "cells" or "clue";

    // "You're the reason shampoo bottles come with instructions."
    private static int? ReasonForInstructions(NormalizedText text, int i, int count)
    {
        // "You're / he's / she's the reason", "You must be the reason", not "Sugar is the reason the new labels were
        // introduced" or "Lawsuits are the reason shampoo bottles have instructions".
        static bool Person(ReadOnlySpan<char> t) => t is "you" or "he" or "she" or "u" or "guy" or "bloke" or "lad" || ThreatIntent.IsRole(t);
        if (i < 2 || text.TokenText(i - 1) is not "the" || !(text.TokenText(i - 2) is "youre" or "hes" or "shes"
                || (i >= 3 && text.TokenText(i - 2) is "re" or "s" or "are" or "is" && Person(text.TokenText(i - 3)))
                || (i >= 4 && text.TokenText(i - 2) is "be" && text.TokenText(i - 3) is "must" or "might" or "probably"
                    && Person(text.TokenText(i - 4)))))
        {
            return null;
        }

        for (var k = i + 1; k < Math.Min(count, i + 8) && !Sentences.BreakBefore(text, k); k++)
        {
            if (text.TokenText(k) is "instructions" or "labels" or "label")
            {
                return k;
            }
        }

        return null;
    }

    // "Did your mum drop you on your head?", "dropped on his head as a baby"
    private static int? DroppedOnTheHead(NormalizedText text, int i, int count)
    {
        var k = i + 1;
        var victim = k < count && text.TokenText(k) is "you" or "him" or "her" or "u";
        if (victim)
        {
            k++;
        }

        // Someone dropped ("drop you on your head", "were you dropped on …"), not "an icicle could drop on your head".
        if (k + 2 >= count || text.TokenText(k) is not "on" || text.TokenText(k + 2) is not "head"
            || !(victim || (text.TokenText(i) is "dropped" && i >= 1
                            && (text.TokenText(i - 1) is "you" or "he" or "she" or "was" or "were" or "being" or "been"
                                || (text.TokenText(i - 1).EndsWith("ly") && i >= 2 && text.TokenText(i - 2) is "were" or "was" or "been")))))
        {
            return null;
        }

        // The reader's head, or another's "as a baby" (not a player "dropped on his head in the scrum").
        var whose = text.TokenText(k + 1);
        return whose is "your" or "ur" || (whose is "his" or "her" && k + 5 < count && text.TokenText(k + 3) is "as"
                                             && text.TokenText(k + 4) is "a" && text.TokenText(k + 5) is "baby" or "child" or "kid")
            ? k + 2 : null;
    }

    // "living proof that evolution can go backwards", "evolution went into reverse with him"
    private static int? EvolutionBackwards(NormalizedText text, int i, int count)
    {
        // Said of someone ("living proof that …", "with him"), and not denied ("Evolution doesn't go backwards").
        var person = false;
        for (var k = Sentences.Start(text, i); k < i; k++)
        {
            person |= text.TokenText(k) is "proof" or "you" or "he" or "she" or "him" or "her";
        }

        for (var k = i + 1; person && k < Math.Min(count, i + 6) && !Sentences.BreakBefore(text, k); k++)
        {
            var t = text.TokenText(k);
            if (t is "t" or "not" or "never")
            {
                return null;
            }

            if (t is "backwards" or "backward" or "reverse")
            {
                return k;
            }
        }

        return null;
    }

    // "If brains were petrol you couldn't power an ant's go-kart", "If ignorance were an Olympic sport you'd …": the
    // person follows ("you", "he"); not "If ignorance was the problem, education would fix it".
    private static int? IfBrainsWere(NormalizedText text, int i, int count)
    {
        if (i + 3 >= count || text.TokenText(i + 1) is not ("brains" or "ignorance" or "stupidity") || text.TokenText(i + 2) is not ("were" or "was")
            || text.TokenText(i + 3) is "the") // "If ignorance were the real cause, you'd expect …"
        {
            return null;
        }

        for (var k = i + 3; k < Math.Min(count, i + 12) && !Sentences.BreakBefore(text, k); k++)
        {
            if (text.TokenText(k) is "you" or "he" or "she" or "youd" or "u")
            {
                return k;
            }
        }

        return null;
    }

    // "Face like a slapped haddock", "With a face like that he should stick to radio"
    // Only "a face like …" or a face opening its clause: not "a grin on his face like a child at Christmas".
    private static int? FaceLikeA(NormalizedText text, int i, int count) =>
        i + 2 < count && text.TokenText(i + 1) is "like" && !ThreatIntent.SentenceBreakBefore(text, i + 1)
        && (i == 0 || ThreatIntent.SentenceBreakBefore(text, i) || text.TokenText(i - 1) is "a")
        && (text.TokenText(i + 2) is "a" or "an" || (text.TokenText(i + 2) is "that" && i > 0 && text.TokenText(i - 1) is "a"))
        && !(i + 3 < count && text.TokenText(i + 3) is "angel" or "model" or "film" or "movie" or "saint" or "doll") // "a face like an angel"
            ? i + 2 : null;

    // "Get a life." as an order: at the start of its clause.
    private static int? GetALife(NormalizedText text, int i, int count) =>
        i + 2 < count && text.TokenText(i + 1) is "a" && text.TokenText(i + 2) is "life"
        && (i + 3 >= count || ThreatIntent.SentenceBreakBefore(text, i + 3) || text.TokenText(i + 3) is "and" or "mate" or "you")
        && (i == 0 || ThreatIntent.SentenceBreakBefore(text, i) || text.TokenText(i - 1) is "just" or "and" or "go" or "seriously" or "so")
            ? i + 2 : null;

    // "an IQ that matches their shoe size", "IQ of room temperature"
    private static int? IqOfAShoe(NormalizedText text, int i, int count)
    {
        // A person's IQ ("their IQ", "with an IQ"), not "IQ scores fell by single digits".
        if (i < 1 || text.TokenText(i - 1) is not ("your" or "his" or "her" or "their" or "whose" or "an" or "ur"))
        {
            return null;
        }

        for (var k = i + 1; k + 1 < Math.Min(count, i + 7) && !Sentences.BreakBefore(text, k); k++)
        {
            if ((text.TokenText(k) is "shoe" && text.TokenText(k + 1) is "size") || (text.TokenText(k) is "room" && text.TokenText(k + 1) is "temperature")
                || (text.TokenText(k) is "single" && text.TokenText(k + 1) is "digits" or "figures"))
            {
                return k + 1;
            }
        }

        return null;
    }

    // "Sweetie, the grown ups are talking.", "the adults are talking, run along"
    private static int? GrownUpsTalking(NormalizedText text, int i, int count)
    {
        var k = text.TokenText(i) is "grown" ? i + 1 : i;
        if (text.TokenText(i) is "grown" && (k >= count || text.TokenText(k) is not ("ups" or "up")))
        {
            return null;
        }

        // "the grown-ups are talking" ending its clause: not "Young adults are talking about housing".
        // "The grown-ups are talking." opening the text, "Nice try, but the adults are talking" (a development set, session
        // 16); a comma is a break to SentenceBreakBefore.
        var opens = i >= 1 && text.TokenText(i - 1) is "the" && (i == 1 || ThreatIntent.SentenceBreakBefore(text, i - 1)
            || (i >= 2 && text.TokenText(i - 2) is "but"));
        return opens && k + 2 < count && text.TokenText(k + 1) is "are" or "re"
               && text.TokenText(k + 2) is "talking" or "speaking" or "chatting" && StockPhrases.EndsSentence(text, k + 2)
            ? k + 2 : null;
    }

    // "wouldn't know / recognise a fact if it hit / slapped / bit him": a thing that would have to assault the person to
    // be noticed.
    private static int? KnowIfItHit(NormalizedText text, int i, int count)
    {
        var v = i + 1 < count && text.TokenText(i + 1) is "t" ? i + 2 : i + 1;
        if (v >= count || text.TokenText(v) is not ("know" or "recognise" or "recognize" or "spot" or "notice" or "see"))
        {
            return null;
        }

        for (var k = v + 1; k + 2 < Math.Min(count, v + 10) && !Sentences.BreakBefore(text, k); k++)
        {
            // "… if it came up and bit him"
            if (text.TokenText(k) is "if" && text.TokenText(k + 1) is "it" or "one" && text.TokenText(k + 2) is "came" or "walked" or "ran"
                && k + 4 < count && text.TokenText(k + 3) is "up" && text.TokenText(k + 4) is "and")
            {
                return k + 4;
            }

            if (text.TokenText(k) is "if" && text.TokenText(k + 1) is "it" or "one" or "they" or "she" or "he"
                && text.TokenText(k + 2) is "hit" or "bit" or "slapped" or "smacked" or "kicked" or "punched" or "jumped"
                    or "landed" or "fell" or "sat" or "stared" or "danced" or "crawled" or "introduced" or "waved" or "knocked"
                    or "tapped" or "poked" or "shouted" or "headbutted")
            {
                return k + 2;
            }
        }

        return null;
    }

    // "couldn't run a bath if his life depended on it", "couldn't find her way out of a paper bag", "couldn't organise a
    // piss-up in a brewery", "couldn't hit a barn door".
    private static int? LifeDependedOnIt(NormalizedText text, int i, int count)
    {
        for (var k = i + 1; k + 1 < Math.Min(count, i + 16) && !Sentences.BreakBefore(text, k); k++)
        {
            var t = text.TokenText(k);
            // "… if his life depended on it": a condition, not "the insulin her life depended on".
            if (t is "life" or "lives" && text.TokenText(k + 1) is "depended" && k >= 2 && text.TokenText(k - 2) is "if")
            {
                return k + 1;
            }

            if (t is "paper" && text.TokenText(k + 1) is "bag" && k >= 3 && text.TokenText(k - 3) is "out")
            {
                return k + 1;
            }

            if (t is "barn" && text.TokenText(k + 1) is "door")
            {
                return k + 1;
            }

            // "couldn't organise a piss-up in a brewery", not "couldn't get beer after the brewery closed"
            if (t is "in" && k + 2 < count && text.TokenText(k + 1) is "a" && text.TokenText(k + 2) is "brewery" && k >= 2
                && text.TokenText(k - 1) is "up" && text.TokenText(k - 2) is "piss")
            {
                return k + 2;
            }
        }

        return null;
    }

    // "about as useful as a chocolate teapot", "roughly as sharp as a beach ball": "about as <quality> as a …" is said
    // only in irony (not "about as far as the station": a distance, and no "a").
    private static int? AboutAsUsefulAs(NormalizedText text, int i, int count)
    {
        if (i + 4 >= count || text.TokenText(i + 1) is not "as" || text.TokenText(i + 3) is not "as"
            || text.TokenText(i + 4) is not ("a" or "an") || !IsPraiseQuality(text.TokenText(i + 2)))
        {
            return null;
        }

        // Of a person: "you're / he's / the coach is about as …", not "the new jab is about as …".
        return SaidOfAPerson(text, i) ? Math.Min(count - 1, i + 5) : null;
    }

    // "You're as useful as a chocolate teapot", "he's as much use as a screen door on a submarine": without "about" the
    // figure is praise as often as not ("as useful as a Swiss army knife"), so only its stock useless objects count.
    private static int? AsUselessAs(NormalizedText text, int i, int count)
    {
        var j = i + 1;
        if (j + 1 < count && text.TokenText(j) is "much" && text.TokenText(j + 1) is "use")
        {
            j++;
        }
        else if (j >= count || !IsPraiseQuality(text.TokenText(j)))
        {
            return null;
        }

        if (j + 3 >= count || text.TokenText(j + 1) is not "as" || text.TokenText(j + 2) is not ("a" or "an")
            || s_uselessThings.Find(text, j + 3) is not { } thing || thing.First != j + 3)
        {
            return null;
        }

        // Of a person, as for "about as useful as" (not "this app is as useful as …", "I'm as useful as …").
        return SaidOfAPerson(text, i) ? thing.Last : null;
    }

    // The wish that ends at or passes "aborted" (token i): dispatched on that word, so comments without it pay nothing.
    private static int? Unborn(NormalizedText text, int i) =>
        s_unborn.Find(text, Math.Max(0, i - 5)) is { } m && m.First <= i && i <= m.Last ? m.Last : null;

    // "you're / he's / the coach is [just] ⟨figure at i⟩": the figure describes a person.
    private static bool SaidOfAPerson(NormalizedText text, int i)
    {
        var s = i - 1;
        s -= s >= 0 && text.TokenText(s) is "just" or "really" or "honestly" ? 1 : 0;
        return s >= 1 && text.TokenText(s) is "re" or "s" or "is" or "are" or "was"
               && (text.TokenText(s - 1) is "you" or "he" or "she" or "u" || ThreatIntent.IsRole(text.TokenText(s - 1))
                   || ReaderInsult.IsPlayer(text.TokenText(s - 1)));
    }

    private static bool IsPraiseQuality(ReadOnlySpan<char> t) =>
        t is "useful" or "bright" or "sharp" or "smart" or "clever" or "intelligent" or "funny" or "charming" or "interesting"
            or "convincing" or "helpful" or "subtle" or "competent" or "credible" or "insightful" or "persuasive" or "coherent"
            or "agile" or "graceful" or "trustworthy" or "honest" or "informed" or "articulate";

    // "thick as two short planks", "as dim as a broken bulb", "dull as dishwater"; not "thick as thieves" (friends).
    private static int? ThickAs(NormalizedText text, int i, int count)
    {
        if (i + 2 >= count || text.TokenText(i + 1) is not "as" || text.TokenText(i + 2) is "thieves" or "fog" or "smoke" or "soup")
        {
            return null;
        }

        // Of a person: "you're / he's / she's (as) thick as …", "thick as mince, that one"; not "the walls are as thick as …".
        var k = i - 1;
        if (k >= 0 && text.TokenText(k) is "as")
        {
            k--;
        }

        while (k >= 0 && text.TokenText(k) is "so" or "just" or "really" or "genuinely" or "honestly" or "both" or "all")
        {
            k--;
        }

        var person = k >= 1 && text.TokenText(k) is "re" or "s" or "is" or "are" or "was" && text.TokenText(k - 1) is "you" or "he"
            or "she" or "they" or "u" || (k >= 0 && text.TokenText(k) is "youre" or "hes" or "shes") || (k >= 1 && text.TokenText(k) is "is"
            && ThreatIntent.IsRole(text.TokenText(k - 1)));
        return person ? Math.Min(count - 1, i + 3) : null;
    }

    // "a few sandwiches short of a picnic", "one brick short of a load".
    private static int? ShortOfA(NormalizedText text, int i, int count)
    {
        if (i < 2 || i + 2 >= count || text.TokenText(i + 1) is not "of" || text.TokenText(i + 2) is not ("a" or "an"))
        {
            return null;
        }

        // A shortfall in a measure is news: "a few miles short of a petrol station", "two votes short of a majority".
        if (IsMeasure(text.TokenText(i - 1)))
        {
            return null;
        }

        // The figure's own whole: "short of a picnic / full load / full deck / six-pack"; not "two MPs short of a majority".
        var whole = i + 3 < count ? text.TokenText(i + 3) : default;
        if (whole is "full" && i + 4 < count)
        {
            whole = text.TokenText(i + 4);
        }

        if (whole is not ("picnic" or "load" or "deck" or "six" or "sixpack" or "happy" or "bale" or "hamper" or "toolbox" or "biscuit"
            or "brain" or "sandwich" or "chip" or "packet" or "box" or "wall" or "shilling" or "pound" or "set" or "bag"))
        {
            return null;
        }

        var amount = text.TokenText(i - 2);
        return amount is "few" or "couple" or "one" or "several" or "two" or "three" || (i >= 3 && text.TokenText(i - 3) is "few" or "couple")
            ? Math.Min(count - 1, i + 3)
            : null;
    }

    private static bool IsMeasure(ReadOnlySpan<char> t) =>
        t is "miles" or "mile" or "yards" or "metres" or "meters" or "feet" or "inches" or "kilometres" or "km" or "points" or "votes"
            or "seats" or "goals" or "runs" or "wickets" or "days" or "weeks" or "months" or "years" or "hours" or "minutes"
            or "seconds" or "pounds" or "quid" or "dollars" or "percent" or "laps" or "signatures" or "members" or "players"
            or "games" or "matches" or "wins" or "places" or "marks" or "grams" or "kilos" or "tonnes" or "million" or "billion"
            or "thousand" or "hundred" or "shots" or "strokes" or "centuries" or "decades" or "steps" or "percentage";

    // "not the sharpest tool in the shed", "not the brightest bulb in the box".
    private static int? NotTheSharpest(NormalizedText text, int i, int count)
    {
        if (i + 4 >= count || text.TokenText(i + 1) is not "the"
            || text.TokenText(i + 2) is not ("sharpest" or "brightest" or "quickest" or "smartest" or "cleverest"))
        {
            return null;
        }

        for (var k = i + 3; k + 2 < Math.Min(count, i + 7); k++)
        {
            if (text.TokenText(k) is "in" or "on" && text.TokenText(k + 1) is "the" or "a"
                && text.TokenText(k + 2) is "shed" or "box" or "drawer" or "toolbox" or "pack" or "bunch" or "tree" or "chandelier"
                    or "string" or "rack" or "pencil" or "block" or "woodshed" or "case"
                && !(text.TokenText(k + 2) is "case" && k + 3 < count && text.TokenText(k + 3) is "of")) // "in the case of roadworks"
            {
                return k + 2;
            }
        }

        return null;
    }

    // "nothing / wind / an echo between your ears", "the space between his ears".
    private static int? BetweenTheEars(NormalizedText text, int i, int count)
    {
        if (i < 1 || i + 2 >= count || text.TokenText(i + 1) is not ("your" or "his" or "her" or "their" or "ur" or "the")
            || text.TokenText(i + 2) is not "ears")
        {
            return null;
        }

        for (var k = i - 1; k >= Math.Max(0, i - 4); k--)
        {
            if (text.TokenText(k) is "nothing" or "wind" or "air" or "echo" or "vacuum" or "void" or "space" or "gap" or "whistling"
                or "tumbleweed" or "empty" or "nobody" or "sawdust" or "cotton" or "fluff")
            {
                return i + 2;
            }
        }

        return null;
    }
}
