using Parley.Classifier.Text;

namespace Parley.Classifier.Lexical;

/// <summary>
/// Hate that hides behind a frame (a sixth blind set scored 37 of 40 such comments below 0.5):
/// <list type="bullet">
/// <item>a disclaimer before the point: "I'm not racist, but they …", "I have nothing against Xs, I just think they
/// shouldn't …", "Some of my best friends are X, but …", "I'm all for equality, but …";</item>
/// <item>an ethnic joke: "What do you call a X with …?", "Why did the X cross the road?", "How many Xs does it take
/// to …", "What's the difference between a X and …";</item>
/// <item>two tropes: "they come here and take our jobs / houses", "trans women are (just) men".</item>
/// </list>
/// Only where a protected group is named (or, after "I'm not homophobic / racist …", implied), and not reported or
/// quoted: "He said he's not racist, but …", "…, say the tabloids" and counter-speech that names the trope are left
/// alone (<see cref="ReportedSpeech"/>).
/// </summary>
internal static partial class GroupInsinuation
{
    /// <summary>The frame's first token and the token that completes it, or null.</summary>
    public static (int First, int Last)? Find(NormalizedText text, Lexicon lexicon)
    {
        var count = Math.Min(text.TokenCount, Features.MaxTokens);
        for (var i = 0; i < count; i++)
        {
            var found = text.TokenText(i) switch
            {
                "not" or "nothing" or "all" or "best" or "no" or "hate" => Disclaimer(text, lexicon, i, count),
                "call" or "cross" or "take" or "difference" => Joke(text, lexicon, i, count),
                "come" or "comes" => TakeOurJobs(text, i, count),
                "are" or "re" => NotReally(text, lexicon, i, count),
                "than" => RatherThan(text, lexicon, i, count),
                "moves" or "move" or "moved" => MovesIn(text, lexicon, i, count),
                "arrived" or "arrive" or "arrives" or "turned" or "showed" or "parked" or "rocked" => Arrived(text, lexicon, i, count),
                "expect" => ExpectFrom(text, lexicon, i, count),
                "letting" or "allowing" or "admitting" => LetIn(text, lexicon, i, count),
                "because" => OnlyBecause(text, lexicon, i, count) ?? Blamed(text, lexicon, i, count),
                "thanks" or "down" or "by" or "blame" => Blamed(text, lexicon, i, count),
                "spread" or "spreads" or "bring" or "brings" => Spreads(text, lexicon, i, count),
                "kalergi" => Coded(text, i, count),
                "hire" or "employ" or "rent" or "serve" or "sit" or "trust" or "vote" or "sell" or "let" or "see" or "accept" or "treat"
                    or "consider" or "regard" => WillNotDeal(text, lexicon, i, count),
                "typical" => Typical(text, lexicon, i, count),
                "and" => AndTheirVice(text, lexicon, i, count),
                _ => null,
            };
            if (found is var (first, last) && !ReportedSpeech.IsReported(text, first) && !ReportedSpeech.SaidBefore(text, first)
                && !ReportedSpeech.SaidAfter(text, last, count))
            {
                return found;
            }
        }

        return null;
    }

    // "I'd rather die than let my daughter marry a X", "I would rather my kids be raised by wolves than taught by a X":
    // anything sooner than living, working or marrying among them. The group follows "than" ("I'd rather be taught by a
    // Sikh than by a fool" prefers the group), after a verb of contact within a few words.
    private static (int First, int Last)? RatherThan(NormalizedText text, Lexicon lexicon, int than, int count)
    {
        var rather = -1;
        for (var k = than - 1; k >= 0 && than - k < 12 && !Sentences.BreakBefore(text, k + 1); k--)
        {
            if (text.TokenText(k) is "rather" or "sooner")
            {
                rather = k;
                break;
            }
        }

        var by = rather - 1;
        while (by >= 1 && rather - by < 3 && text.TokenText(by) is "much" or "far" or "honestly" or "really" or "genuinely")
        {
            by--; // "I'd much rather", "I'd honestly rather"
        }

        if (by < 0 || text.TokenText(by) is not ("d" or "would" or "i" or "id"))
        {
            return null;
        }

        // The group within three words of the verb of contact, in its clause: not "… than vote for a party that hates Xs",
        // "… than work in a place where Xs are mocked" (the group is inside a relative clause, the writer defends it).
        var contact = -1;
        for (var k = than + 1; k < Math.Min(count, than + 9) && !ThreatIntent.SentenceBreakBefore(text, k); k++)
        {
            var t = text.TokenText(k);
            if (t is "who" or "that" or "which" or "where" or "whose" or "whom")
            {
                return null;
            }

            if (t is "marry" or "marrying" or "date" or "dating" or "taught" or "teach" or "treated" or "hire" or "hiring"
                or "employ" or "rent" or "sell" or "live" or "living" or "work" or "working" or "share" or "sit" or "vote" or "kiss"
                or "touch" or "elect" or "adopt" or "adopted" or "neighbour" or "neighbours" or "neighbor" or "neighbors" or "nursed")
            {
                contact = k;
            }
            else if (contact >= 0 && k - contact <= 3 && lexicon.Category(t) == LexiconCategory.Identity && GroupPredicate.IsProtected(text, lexicon, k)
                     && !(k + 1 < count && text.TokenText(k + 1) is "who" or "that"))
            {
                var end = k + 1 < count && ThreatIntent.IsPersonNoun(text.TokenText(k + 1)) ? k + 1 : k;
                return (by, end);
            }
        }

        return null;
    }

    // "If a X moves onto your street, it's time to sell your house", "When Xs move in next door, property prices drop":
    // the neighbourhood trope. A member or the group moving in, then selling up, moving out or the value falling.
    private static (int First, int Last)? MovesIn(NormalizedText text, Lexicon lexicon, int moves, int count, int end = -1, bool declineOnly = false)
    {
        var g = moves - 1;
        moves = Math.Max(moves, end);
        if (g >= 0 && text.TokenText(g) is "family" or "families" or "couple" or "people")
        {
            g--;
        }

        if (g < 1 || lexicon.Category(text.TokenText(g)) != LexiconCategory.Identity || !GroupPredicate.IsProtected(text, lexicon, g))
        {
            return null;
        }

        var start = Features.RunStart(text, lexicon, g);
        var k = start - 1;
        k -= k >= 0 && text.TokenText(k) is "a" or "an" or "some" or "the" ? 1 : 0;
        // (not asked: "Did prices go downhill when Roma families moved in? The data says no.")
        if (k >= 0 && text.TokenText(k) is "moment" or "since" or "after" or "when" or "once" or "day" && DeclineBefore(text, k) is { } decline
            && !Sentences.EndsInQuestion(text, moves, count))
        {
            return (decline, moves); // "Funny how the neighbourhood went downhill the moment Xs moved in"
        }

        if (k < 0 || text.TokenText(k) is not ("if" or "when" or "once" or "soon" or "since"))
        {
            return null;
        }

        if (declineOnly)
        {
            for (var m = moves + 1; m < Math.Min(count, moves + 16) && !Sentences.BreakBefore(text, m) && !Sentences.EndsInQuestion(text, moves, count); m++)
            {
                if (IsDecline(text, m, count) && PlaceBefore(text, m))
                {
                    return (k, m);
                }
            }

            return null;
        }

        for (var m = moves + 1; m + 1 < Math.Min(count, moves + 16); m++)
        {
            var a = text.TokenText(m);
            var b = text.TokenText(m + 1);
            // The writer or the reader leaves ("it's time to sell your house", "you'll want to move out"), not the history of
            // who did ("… many white homeowners rushed to sell up"), nor someone leaving anyway ("my mum was moving out").
            var who = m >= 1 ? text.TokenText(m - 1) : default;
            var leaver = ThreatIntent.SentenceBreakBefore(text, m) || who is "you" or "i" or "we" or "ll" or "d" or "should" or "better" or "must"
                         || (who is "to" && m >= 2 && text.TokenText(m - 2) is "time" or "want" or "need" or "have" or "better");
            if ((leaver && a is "sell" or "selling" && b is "your" or "up" or "the" or "my") || (leaver && a is "move" or "moving" && b is "out" or "away")
                || (a is "prices" or "values" or "value" && (b is "drop" or "fall" or "crash" or "plummet"
                                                               || (b is "go" && m + 2 < count && text.TokenText(m + 2) is "down")))
                || (a is "there" && b is "goes")
                // "… you'd better start locking your car and counting your tools", "… lock up your bikes": they steal
                // (the reader's belongings: not "count your blessings", "lock up the centre" on a chess board)
                || (a is "lock" or "locking" or "hide" or "hiding" or "count" or "counting" or "chain" or "chaining" && Belongings(text, m + 1, count)
                    && !Sentences.EndsInQuestion(text, moves, count)))
            {
                return (k, m + 1);
            }
        }

        // "Since the Xs moved in, the estate has gone downhill."
        for (var m = moves + 1; m < Math.Min(count, moves + 16) && !Sentences.BreakBefore(text, m) && !Sentences.EndsInQuestion(text, moves, count); m++)
        {
            if (IsDecline(text, m, count) && PlaceBefore(text, m))
            {
                return (k, m);
            }
        }

        return null;
    }

    // "The estate went to pot the day the Xs arrived", "Since the Xs turned up this town has gone downhill": the decline
    // shapes of MovesIn with another verb of arrival (without the selling-up trope, which needs "moving in").
    private static (int First, int Last)? Arrived(NormalizedText text, Lexicon lexicon, int verb, int count)
    {
        var phrasal = text.TokenText(verb) is "turned" or "showed" or "parked" or "rocked";
        if (phrasal && !(verb + 1 < count && text.TokenText(verb + 1) is "up"))
        {
            return null;
        }

        return MovesIn(text, lexicon, verb, count, phrasal ? verb + 1 : verb, declineOnly: true);
    }

    // "your car", "up your tools", "your wallets and your daughters"
    private static bool Belongings(NormalizedText text, int k, int count)
    {
        k += k < count && text.TokenText(k) is "up" or "away" ? 1 : 0;
        if (k + 1 >= count || text.TokenText(k) is not "your")
        {
            return false;
        }

        var t = text.TokenText(k + 1) is "good" or "best" or "nice" or "new" && k + 2 < count ? text.TokenText(k + 2) : text.TokenText(k + 1);
        return t is "car" or "cars" or "tools" or "tool" or "bikes" or "bike" or "valuables" or "wallet" or "wallets" or "daughters"
            or "daughter" or "wives" or "wife" or "shed" or "doors" or "door" or "house" or "windows" or "silver" or "silverware" or "spoons"
            or "jewellery" or "jewelry" or "cat" or "cats" or "dog" or "dogs" or "purse" or "handbag" or "stuff" or "things" or "belongings"
            or "kids" or "children" or "garage" or "van" or "phone" or "phones" or "bins" or "chickens";
    }

    // "Our school used to have standards before it started letting Xs in", "This town went downhill when they started
    // allowing Xs in": a place that was better before the group was let in, or declined since. Not asked, and not the
    // writer's wish to let them in ("we should start letting more Syrians in").
    private static (int First, int Last)? LetIn(NormalizedText text, Lexicon lexicon, int verb, int count)
    {
        var g = verb + 1;
        while (g < count && g - verb < 3 && text.TokenText(g) is "all" or "the" or "these" or "those" or "more" or "so" or "many" or "any")
        {
            g++;
        }

        if (g >= count || lexicon.Category(text.TokenText(g)) != LexiconCategory.Identity || !GroupPredicate.IsProtected(text, lexicon, g))
        {
            return null;
        }

        var end = g;
        while (end + 1 < count && (lexicon.Category(text.TokenText(end + 1)) == LexiconCategory.Identity || ThreatIntent.IsPersonNoun(text.TokenText(end + 1))))
        {
            end++;
        }

        // "in" ends the clause ("… letting Xs in.", "… in, and …", "… in here"), not "in the kitchen", "in down the left wing";
        // and the letting began, not stopped ("when the club stopped letting women in" regrets a ban).
        var after = end + 2 < count && !Sentences.BreakBefore(text, end + 2) && text.GapBefore(end + 2).IndexOf(',') < 0 ? text.TokenText(end + 2) : default;
        if (end + 1 >= count || text.TokenText(end + 1) is not "in" || Sentences.EndsInQuestion(text, verb, count)
            || !(after.IsEmpty || after is "here" or "and" or "too" or "now" or "again" or "anymore")
            || (verb > 0 && text.TokenText(verb - 1) is "stopped" or "stop" or "quit" or "refused" or "banned" or "stopping"))
        {
            return null;
        }

        // The clause opener before the verb: "before it started letting", "since we began allowing", "when they let".
        for (var k = verb - 1; k >= 0 && verb - k < 6 && !Sentences.BreakBefore(text, k + 1); k--)
        {
            var t = text.TokenText(k);
            if (t is "before" && UsedToBeBetter(text, k))
            {
                return (k, end + 1);
            }

            if (t is "since" or "when" or "after" or "once" or "moment" or "day" && DeclineBefore(text, k) is { } decline)
            {
                return (decline, end + 1);
            }
        }

        return null;
    }

    // "used to have standards", "used to be safe / a nice place / decent" in the clause before "before".
    private static bool UsedToBeBetter(NormalizedText text, int before)
    {
        for (var m = before - 1; m >= 2 && before - m < 10 && !Sentences.BreakBefore(text, m + 1); m--)
        {
            if (text.TokenText(m - 2) is not "used" || text.TokenText(m - 1) is not "to" || m + 1 >= before)
            {
                continue;
            }

            // "used to be a nice place" (not "used to be a dump before …", which praises the arrival)
            var what = text.TokenText(m + 1) is "a" or "such" or "so" or "really" or "very" && m + 2 < before ? m + 2 : m + 1;
            if (text.TokenText(m) is "have" ? text.TokenText(m + 1) is "standards" or "values" or "class"
                : text.TokenText(m) is "be" && text.TokenText(what) is "safe" or "nice" or "decent" or "good" or "great" or "lovely"
                    or "respectable" or "clean" or "proper" or "quiet" or "peaceful")
            {
                return true;
            }
        }

        return false;
    }

    // The place's decline in the same sentence before the moving in: "the area went downhill / has gone to the dogs".
    // In the same clause (not across "…, but", "and", a comma: "the high street went downhill when the factory shut, and the
    // Poles who moved in saved it"), and of a place ("my diet went to pot the moment the Italian family moved in" is a joke).
    internal static int? DeclineBefore(NormalizedText text, int k)
    {
        for (var m = k - 1; m >= 0 && k - m < 12 && !Sentences.BreakBefore(text, m + 1); m--)
        {
            if (text.TokenText(m) is "and" or "but" or "because" or "so" || text.GapBefore(m + 1).IndexOf(',') >= 0)
            {
                return null;
            }

            if (IsDecline(text, m, k))
            {
                return PlaceBefore(text, m) ? m : null;
            }
        }

        return null;
    }

    // A place names what declined: "the neighbourhood", "this town", "it", "the place" in the clause before the decline.
    private static bool PlaceBefore(NormalizedText text, int m)
    {
        if (text.TokenText(m) is "ruined" or "wrecked" or "trashed" or "crime")
        {
            return true; // the place is the object, which IsDecline has read, or crime's (rising crime is a place's)
        }

        for (var j = m - 1; j >= 0 && m - j < 8 && !Sentences.BreakBefore(text, j + 1); j--)
        {
            if (IsPlace(text.TokenText(j)) || text.TokenText(j) is "it" or "here")
            {
                return true;
            }

            if (text.GapBefore(j + 1).IndexOf(',') >= 0 || text.TokenText(j) is "and" or "but")
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsPlace(ReadOnlySpan<char> t) =>
        t is "place" or "town" or "area" or "street" or "estate" or "village" or "neighbourhood" or "neighborhood" or "city" or "road"
            or "streets" or "towns" or "neighbourhoods" or "country" or "london" or "britain" or "england" or "parish"
            or "country" or "community" or "school" or "park";

    // "went downhill", "gone to the dogs / to pot / to hell", "crime (has) soared": a place that declined. A change, not a
    // state ("was a dump when the couple moved in, and they've done it up"), not denied ("has not gone downhill") and not
    // "already" so.
    private static bool IsDecline(NormalizedText text, int m, int count)
    {
        ReadOnlySpan<char> At(int j) => j < count && j >= 0 ? text.TokenText(j) : default;
        for (var j = m - 1; j >= Math.Max(0, m - 4); j--)
        {
            if (At(j) is "not" or "never" or "t" or "already" or "hasnt" or "hasn" or "from" or "had")
            {
                return false;
            }
        }

        return (At(m) is "downhill" && At(m - 1) is "went" or "gone" or "go" or "going" or "goes")
               || (At(m) is "to" && At(m - 1) is "went" or "gone" && ((At(m + 1) is "the" && At(m + 2) is "dogs") || At(m + 1) is "pot" or "hell" or "shit"))
               || (At(m) is "crime" && At(m + 1) is "soared" or "rocketed" or "exploded" or "skyrocketed")
               // "the crime figures went up", "crime rates shot up" (not "hate crime", done to the group)
               || CrimeRose(text, m, count)
               // "it's become a slum", "turned into a dump", "a tip now", "dragged it into the gutter", "they've wrecked the place"
               || (At(m) is "slum" or "dump" or "ghetto" or "shithole" or "tip" && At(m - 1) is "a"
                   && (At(m - 2) is "become" or "becoming" || (At(m - 2) is "into" && At(m - 3) is "turned" or "turning") || At(m + 1) is "now"))
               || (At(m) is "gutter" && At(m - 1) is "the" && At(m - 2) is "into")
               || (At(m) is "ruined" or "wrecked" or "trashed" && (At(m + 1) is "it" || (At(m + 1) is "the" or "this" or "our" && IsPlace(At(m + 2)))));
    }

    private static bool CrimeRose(NormalizedText text, int m, int count)
    {
        ReadOnlySpan<char> At(int j) => j < count && j >= 0 ? text.TokenText(j) : default;
        // Not crime done to the group ("hate crime", "racist crime", "crime against them"), nor a count that changed for
        // another reason ("reported crime rose because they finally trusted the police"), nor a denial ("It's false
        // that crime went up …").
        if (At(m) is not "crime" || At(m - 1) is "hate" or "racist" or "racial" or "reported" or "recorded" || At(m + 1) is "against"
            || CauseOrDenial(text, m))
        {
            return false;
        }

        var v = m + 1 + (At(m + 1) is "figures" or "rate" or "rates" or "stats" or "statistics" or "levels" or "numbers" ? 1 : 0);
        v += At(v) is "have" or "has" or "had" ? 1 : 0;
        return (At(v) is "went" or "gone" or "shot" && At(v + 1) is "up" or "through")
               || At(v) is "rose" or "risen" or "soared" or "doubled" or "tripled" or "spiked" or "rocketed" or "increased" or "jumped";
    }

    private static bool CauseOrDenial(NormalizedText text, int m)
    {
        // The whole sentence (IsDecline's count may stop at the arrival).
        var count = Math.Min(text.TokenCount, Features.MaxTokens);
        var start = Sentences.Start(text, m);
        for (var k = start; k < count && (k == start || !Sentences.BreakBefore(text, k)); k++)
        {
            var t = text.TokenText(k);
            if ((k > m && t is "because" or "but" or "victims" or "victim" or "directed" or "targeted" or "largely" or "mostly")
                || (k < m && t is "false" or "untrue" or "myth" or "lie" or "wrong" or "not")
                || (k > m && t.Length == 4 && t[0] is '1' && int.TryParse(t, out _)) // "… in the 1840s", a history
                || (k > m && t.Length == 5 && t[0] is '1' && t[4] is 's'))
            {
                return true;
            }
        }

        return false;
    }

    // "I'm not racist, but …", "I have nothing against Xs, I just …", "some of my best friends are X, but …", "I'm all for
    // equality, but …", "No offence, but …", "Not being funny, but …"; then, after "but" or "just", the group or "they" and
    // a claim that restricts or scorns them ("shouldn't be allowed", "keep it behind closed doors", "run the media",
    // contempt) in the same or the next sentence.
    private static (int First, int Last)? Disclaimer(NormalizedText text, Lexicon lexicon, int i, int count)
    {
        var t = text.TokenText(i);
        var next = i + 1 < count ? text.TokenText(i + 1) : default;
        var third = i + 2 < count ? text.TokenText(i + 2) : default;
        var opens = t switch
        {
            "not" => next is "racist" or "homophobic" or "sexist" or "transphobic" or "xenophobic" or "islamophobic" or "antisemitic"
                         or "bigoted" || (next is "a" && third is "racist" or "bigot" or "homophobe") || (next is "being" && third is "funny"),
            "nothing" => next is "against",
            "all" => next is "for" && third is "equality" or "diversity" or "tolerance" or "inclusion" or "immigration" or "women" or "gay",
            "best" => i > 0 && text.TokenText(i - 1) is "my" && next is "friends" or "friend",
            "no" => next is "offence" or "offense",
            "hate" => i >= 3 && text.TokenText(i - 1) is "t" && text.TokenText(i - 2) is "don" && text.TokenText(i - 3) is "i",
            _ => false,
        };
        if (!opens || (t is "not" && next is not "being" && !(i >= 2 && text.TokenText(i - 1) is "m" or "am" && text.TokenText(i - 2) is "i")))
        {
            return null;
        }

        // The turn: "but" or "just" within the next dozen tokens ("my best friends are X, but …" and "all for equality,
        // but …" only on "but").
        var turn = -1;
        for (var k = i + 1; k < Math.Min(count, i + 12); k++)
        {
            if (text.TokenText(k) is "but" || (text.TokenText(k) is "just" && t is not ("best" or "all")))
            {
                turn = k;
                break;
            }
        }

        // "I'm not homophobic, I just think they …" names the group by the prejudice it denies.
        var implied = t is "not" && next is not ("being" or "a");
        if (turn < 0 || !(implied || NamesProtected(text, lexicon, count)))
        {
            return null;
        }

        bool group = false, claim = false;
        var sentences = 0;
        for (var k = turn + 1; k < count; k++)
        {
            sentences += Sentences.BreakBefore(text, k) ? 1 : 0;
            if (sentences >= 2)
            {
                break; // the turn's sentence and the next
            }

            // The claim restricts or scorns the group ("shouldn't be allowed", "keep it behind closed doors", "run the
            // media", contempt): not "they should have debated the bill longer" or "can't cope with the traffic".
            var w = text.TokenText(k);
            group |= w is "they" or "them" or "their" || lexicon.Category(w) == LexiconCategory.Identity;
            claim |= w is "allowed" or "keep" or "kept" or "banned" or "belongs" or "belong" or "run" or "runs" or "control" or "controls"
                    or "lock" or "back" or "stick"
                || GroupPredicate.IsContemptOf(text, lexicon, k, count)
                || lexicon.Category(w) is LexiconCategory.Insult or LexiconCategory.Dehumanising or LexiconCategory.Slur;
            if (group && claim)
            {
                return (i, k);
            }
        }

        return null;
    }

    // "What do you call a X …?", "Why did the X cross the road?", "How many Xs does it take to …?", "What's the difference
    // between a X and …?": the set-ups of ethnic jokes, with a protected group as the butt.
    private static (int First, int Last)? Joke(NormalizedText text, Lexicon lexicon, int i, int count)
    {
        var t = text.TokenText(i);
        int start, from, to;
        if (t is "call" && i >= 3 && text.TokenText(i - 1) is "you" && text.TokenText(i - 2) is "do" && text.TokenText(i - 3) is "what")
        {
            (start, from, to) = (i - 3, i + 1, i + 4);
        }
        else if (t is "cross" && i + 2 < count && text.TokenText(i + 1) is "the" && text.TokenText(i + 2) is "road")
        {
            (start, from, to) = (Math.Max(0, i - 4), Math.Max(0, i - 3), i);
            if (text.TokenText(start) is not "why")
            {
                return null;
            }
        }
        else if (t is "take" && i >= 4 && text.TokenText(i - 1) is "it" && text.TokenText(i - 2) is "does" or "do")
        {
            start = i - 1;
            while (start > 0 && i - start < 7 && text.TokenText(start) is not "many")
            {
                start--;
            }

            if (text.TokenText(start) is not "many" || start < 1 || text.TokenText(start - 1) is not "how")
            {
                return null;
            }

            (start, from, to) = (start - 1, start + 1, i - 1);
        }
        else if (t is "difference" && i + 3 < count && text.TokenText(i + 1) is "between" && i >= 2 && text.TokenText(i - 1) is "the"
                 && text.TokenText(i - 2) is "s" or "whats" && Sentences.EndsInQuestion(text, i + 2, count))
        {
            (start, from, to) = (i, i + 2, i + 5);
        }
        else
        {
            return null;
        }

        // "the difference between a Sikh and a Hindu" is a question; a group set beside a thing or an animal is the joke.
        var groups = 0;
        var butt = -1;
        for (var k = from; k < Math.Min(count, to + (t is "difference" ? 4 : 0)); k++)
        {
            if (lexicon.Category(text.TokenText(k)) == LexiconCategory.Identity && (k + 1 >= count || lexicon.Category(text.TokenText(k + 1)) != LexiconCategory.Identity))
            {
                groups++;
                butt = butt < 0 && GroupPredicate.IsProtected(text, lexicon, k) ? k : butt;
            }
        }

        // A joke has its punchline: the question ends and another sentence follows ("What do you call a X with a
        // backpack? A reason to …"); "What do you call a female firefighter these days?" asks. Not a possessive
        // ("a Muslim woman's headscarf").
        var punchline = false;
        for (var k = butt + 1; k < count; k++)
        {
            if (Sentences.BreakBefore(text, k))
            {
                punchline = text.GapBefore(k).Contains('?');
                break;
            }
        }

        var possessive = butt >= 0 && butt + 2 < count && text.TokenText(butt + 2) is "s" && text.GapBefore(butt + 2).Contains('\'');
        return butt >= 0 && punchline && !possessive && (t is not "difference" || groups == 1) ? (start, butt) : null;
    }

    // "They come here and take our jobs", "Xs come over here, take the houses": the replacement trope. Returns "come"
    // and the thing taken.
    private static (int First, int Last)? TakeOurJobs(NormalizedText text, int come, int count)
    {
        var k = come + 1;
        if (k < count && text.TokenText(k) is "over")
        {
            k++;
        }

        if (k >= count || text.TokenText(k) is not "here" || come < 1 || text.TokenText(come - 1) is not ("they" or "migrants"
                or "immigrants" or "foreigners" or "refugees"))
        {
            return null;
        }

        for (var m = k + 1; m + 1 < Math.Min(count, k + 9); m++)
        {
            if (text.TokenText(m) is "take" or "takes" or "taking" or "steal" or "stealing" or "nick")
            {
                // "take our jobs / houses / benefits / women"; not "take the jobs nobody else will do", "take our money" (tourists).
                for (var o = m + 1; o < Math.Min(count, m + 4); o++)
                {
                    if (text.TokenText(o) is "jobs" or "houses" or "homes" or "benefits" or "women" && text.TokenText(o - 1) is "our")
                    {
                        return (come - 1, o);
                    }
                }
            }
        }

        return null;
    }

    // "Trans women are (just / really / still) men", "trans men are really women": denying who they are.
    private static (int First, int Last)? NotReally(NormalizedText text, Lexicon lexicon, int are, int count)
    {
        if (are < 2 || text.TokenText(are - 2) is not "trans" || text.TokenText(are - 1) is not ("women" or "men" or "woman" or "man"))
        {
            return null;
        }

        var q = are + 1;
        while (q < count && q - are < 3 && text.TokenText(q) is "just" or "really" or "still" or "actually" or "simply" or "biologically")
        {
            q++;
        }

        var other = text.TokenText(are - 1) is "women" or "woman" ? "men" : "women";
        return q < count && text.TokenText(q).SequenceEqual(other) && !Features.IsNegator(text.TokenText(are + 1), text.TokenText(are))
               && (q + 1 >= count || ThreatIntent.SentenceBreakBefore(text, q + 1) || text.TokenText(q + 1) is "in" or "with" or "who")
            ? (are - 2, q) : null;
    }

    private static bool NamesProtected(NormalizedText text, Lexicon lexicon, int count)
    {
        for (var k = 0; k < count; k++)
        {
            if (lexicon.Category(text.TokenText(k)) == LexiconCategory.Identity && GroupPredicate.IsProtected(text, lexicon, k))
            {
                return true;
            }
        }

        return false;
    }
}
