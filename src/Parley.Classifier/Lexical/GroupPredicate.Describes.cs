using Parley.Classifier.Text;

namespace Parley.Classifier.Lexical;

/// <summary>
/// The neutral description of a group, which <see cref="Read"/> damps like a denial: the heads learnt "⟨group⟩ are a …"
/// from a hate forum and flagged "The Kurds are a nation without a state" (TOXICITY 0.94).
/// </summary>
internal static partial class GroupPredicate
{
    // A neutral description of a group: "The Kurds are a nation without a state", "Refugees are a small share of
    // migrants", "Ukrainians are the worst hit by the blackouts". The heads learnt "Xs are a …" from a hate forum and
    // flagged such sentences (TOXICITY 0.77–0.94); a text that only describes groups so, with no attacking word, is
    // damped like a denial. The predicate's head word must be one of a few neutral nouns or participles; any other
    // ("Xs are a problem", "Xs are a nation of bandits") is left to the heads.
    private static bool Describes(NormalizedText text, Lexicon lexicon, int p, int count)
    {
        // "Refugees from Darfur are crossing into Chad", "Xs from the north are arriving": where they come from does not
        // change the description (a place, not an attacking word or another group).
        if (p < count && text.TokenText(p) is "from")
        {
            var k = p + 1;
            while (k < count && k - p < 5 && !ThreatIntent.SentenceBreakBefore(text, k) && text.TokenText(k) is not ("are" or "were"))
            {
                if (Features.IsNegator(text.TokenText(k), text.TokenText(k - 1)) || IsContempt(text, lexicon, k, count, protectedGroup: true)
                    || lexicon.Category(text.TokenText(k)) != LexiconCategory.None)
                {
                    return false;
                }

                k++;
            }

            p = k;
        }

        if (p >= count || text.TokenText(p) is not ("are" or "re" or "is" or "were" or "was"))
        {
            return false;
        }

        // "Millennials are buying homes later", "Xs are fleeing the shelling": a doing, unless it is one hate accuses
        // groups of ("are taking over", "are breeding like rabbits").
        var v = p + 1;
        while (v < count && v - p < 3 && text.TokenText(v) is "now" or "still" or "increasingly" or "also" or "already" or "often" or "mostly")
        {
            v++;
        }

        if (v < count && text.TokenText(v) is { Length: > 5 } ing && ing.EndsWith("ing") && IsVerbStem(ing[..^3])
            && !IsAccusation(ing, lexicon) && lexicon.Category(ing) is LexiconCategory.None)
        {
            return !ContemptLater(text, lexicon, v + 1, count) && !SaysMoreLater(text, lexicon, v + 1, count);
        }

        // A share of a whole: "Women are more than half of all medical students", "Xs are a third of the workforce",
        // "Xs are 4 percent of the population" (session 15: a fresh set of civil group sentences, 0.80–0.95).
        if (Proportion(text, p + 1, count) is { } ofAt)
        {
            return !ContemptLater(text, lexicon, ofAt + 1, count) && !SaysMoreLater(text, lexicon, ofAt + 1, count)
                   && !BlameAfter(text, ofAt + 1, count);
        }

        for (var q = p + 1; q < Math.Min(count, p + 7) && !ThreatIntent.SentenceBreakBefore(text, q); q++)
        {
            var t = text.TokenText(q);
            if (Features.IsNegator(t, text.TokenText(q - 1)) || IsContempt(text, lexicon, q, count, protectedGroup: true))
            {
                return false;
            }

            var head = IsNeutralHead(text, q);

            // Only determiners, numbers, group names and a few plain adjectives may stand before the noun: "a religious
            // minority", "the largest ethnic group"; not "a stone-age people", "nothing but a nation of …".
            if (!(t is "a" or "an" or "the" or "now" or "still" or "also" or "religious" or "ethnic" or "largest" or "smallest" or "small"
                    or "large" or "big" or "growing" or "shrinking" or "significant" or "sizeable" or "sizable" or "proud" or "ancient"
                    or "distinct" or "national" or "indigenous" or "linguistic" or "key" or "important" or "diverse" or "stateless"
                    or "tiny" or "substantial" or "major" or "local" or "worst" or "hardest" or "most" or "persecuted" or "majority"
                    or "minority" or "often" or "mostly" or "largely" or "voting" or "biggest" or "single" or "oldest"
                    or "youngest" or "fastest" or "born" or "second" or "third" or "fourth" or "fifth" or "sixth"
                  || char.IsAsciiDigit(t[0]) || lexicon.Category(t) == LexiconCategory.Identity || head))
            {
                return false;
            }

            if (head)
            {
                // "a nation of liars and fanatics" says what the nation is made of, "a tiny minority who control the
                // banks" what it does; "a nation of 40 million" neither.
                var next = q + 1 < count ? text.TokenText(q + 1) : default;
                var madeOf = t is "nation" or "nations" or "people" or "peoples" or "community" or "communities" or "group"
                             && next is "of" && !(q + 2 < count && char.IsAsciiDigit(text.TokenText(q + 2)[0]));
                return !madeOf && next is not ("who" or "that" or "which" or "whose")
                       && !ContemptLater(text, lexicon, q + 1, count) && !SaysMoreLater(text, lexicon, q + 1, count);
            }
        }

        return false;
    }

    // A kind opinion of a group, which the heads flag for the company group names keep in hate forums (a fifth blind set:
    // "Gay couples have every right to adopt." TOXICITY 0.72, "Trans women are women, and they should be treated with
    // dignity." 0.86): "Xs deserve respect / to live in peace", "Xs have every right to …", "Xs should be treated with
    // dignity / welcomed", "Xs are women / people / welcome here". Damped like a description; only these fixed shapes, so
    // "Xs deserve to be deported" or "Xs should be treated like animals" are not read.
    private static bool Supports(NormalizedText text, Lexicon lexicon, int p, int count)
    {
        // "Xs are people too, but they carry …": a concession before the attack; and a later sentence about the group
        // may be the attack (SaysMoreLater).
        for (var k = p; k < count && !Sentences.BreakBefore(text, k); k++)
        {
            if (text.TokenText(k) is "but" or "however" or "yet" or "although" or "though")
            {
                return false;
            }
        }

        return !SaysMoreLater(text, lexicon, p, count)
               && ((KindPhrase(text, p, count) is { } end && PlainRest(text, end + 1, count))
                   || (Sympathy(text, p, count) is { } felt && !ContemptLater(text, lexicon, felt + 1, count) && NoTurn(text, felt + 1, count)));
    }

    // A group spared fear or shame, which the heads flagged for "Xs should(n't) …" ("Women shouldn't be afraid to walk home at
    // night." TOXICITY 0.81, "Muslims should not have to hide their faith to get a job." 0.81; a probe of the writer's own,
    // session 16): "Xs shouldn't be afraid / scared", "Xs should not have to fear / hide / apologise / justify". Returns the
    // feeling's token. Not "Xs should be afraid", which threatens.
    private static int? Sympathy(NormalizedText text, int p, int count)
    {
        ReadOnlySpan<char> At(int k) => Sentences.InClause(text, k, count);
        var k = At(p) is "shouldnt" or "mustnt" ? p + 1
            : At(p) is "should" or "must" && At(p + 1) is "not" ? p + 2
            : At(p) is "shouldn" or "mustn" && At(p + 1) is "t" ? p + 2 : -1;
        if (k < 0)
        {
            return null;
        }

        if (At(k) is "be" && At(k + 1) is "afraid" or "scared" or "frightened" or "fearful" or "ashamed" or "embarrassed")
        {
            return k + 1;
        }

        return At(k) is "have" or "need" && At(k + 1) is "to" && At(k + 2) is "fear" or "hide" or "worry" or "apologise" or "apologize"
                   or "justify" or "explain" or "defend" or "choose" or "suffer" or "endure" or "beg"
            ? k + 2 : null;
    }

    // Nothing turns the rest of the sentence: no comma, colon, spaced dash or "but"; no clause that gives a reason or a
    // time ("because soon there will be none left", "since they are the ones committing the crimes"); no "they", "us";
    // and none of the words that send the group away or put it in its place ("… afraid to go home", "… to leave
    // Britain", "… to stay in the kitchen where they belong"). A code review of the first version found 13 such attacks
    // it cleared.
    private static bool NoTurn(NormalizedText text, int k, int count)
    {
        for (; k < count && !Sentences.BreakBefore(text, k); k++)
        {
            var gap = text.GapBefore(k);
            if (gap.IndexOfAny(",:;\u2013\u2014") >= 0 || gap.Contains(" -", StringComparison.Ordinal)
                || text.TokenText(k) is "but" or "unless" or "until" or "because" or "since" or "so" or "when" or "as" or "cos" or "where"
                    or "while" or "they" or "them" or "theirs" or "us" or "we" or "go" or "leave" or "left" or "back"
                    or "own" or "deport" or "deported" or "deportation" or "belong" or "gone" or "none" or "hell" or "kitchen"
                    or "showers" or "shower" or "gas" or "ovens" or "die" or "dead" or "extinct" or "place" or "men" or "decide")
            {
                return false;
            }
        }

        return true;
    }

    // The rest of the sentence adds no twist: no comma, colon or dash that turns the kind phrase round ("deserve respect,
    // the same respect you'd give a bomb", "deserve to live in peace, in Africa", "are women: mentally ill women"),
    // except ", and they …" with another kind phrase.
    private static bool PlainRest(NormalizedText text, int k, int count)
    {
        for (; k < count && !Sentences.BreakBefore(text, k); k++)
        {
            // "deserve help to leave", "to live somewhere else / in their own countries", "welcomed back to where they came
            // from": kindness that sends them away.
            if (text.TokenText(k) is "leave" or "else" or "elsewhere" or "back" or "own" or "away" or "out" or "home" or "not" or "never"
                or "deported" or "deport" or "deportation" or "gone")
            {
                return false;
            }

            if (text.GapBefore(k).IndexOfAny(",:;-\u2013\u2014") < 0)
            {
                continue;
            }

            if (text.TokenText(k) is "and" && k + 2 < count && text.TokenText(k + 1) is "they" && KindPhrase(text, k + 2, count) is { } more)
            {
                k = more;
                continue;
            }

            return false;
        }

        return true;
    }

    // The kind phrase at p; returns its last token.
    private static int? KindPhrase(NormalizedText text, int p, int count)
    {
        ReadOnlySpan<char> At(int k) => Sentences.InClause(text, k, count);
        if (At(p) is "both" or "all" or "also" or "equally")
        {
            p++; // "Xs and Ys both deserve …"
        }

        var w = At(p);
        var n1 = At(p + 1);
        var n2 = At(p + 2);
        var n3 = At(p + 3);
        var n4 = At(p + 4);
        if (w is "deserve" or "deserves")
        {
            if (n1 is "respect" or "dignity" or "better" or "protection" or "safety" or "justice" or "peace" or "equality" or "support"
                or "sympathy" or "compassion" or "help" or "rights")
            {
                return p + 1;
            }

            if (n1 is "the" or "equal" && n2 is "same" or "rights")
            {
                return n2 is "same" && n3 is "rights" ? p + 3 : p + 2;
            }

            if (n1 is "to" && n2 is "live")
            {
                return p + 2;
            }

            if (n1 is "to" && n2 is "be" && n3 is "safe" or "free" or "heard" or "respected" or "protected" or "welcomed" or "equal" or "happy")
            {
                return p + 3;
            }

            return n1 is "to" && n2 is "be" && n3 is "treated" && n4 is "with" or "fairly" or "equally" ? p + 4 : null;
        }

        // "have every right to …", not "to go back where they came from"
        if (w is "have" or "has" or "ve" && n1 is "every" or "a" or "the" or "equal" or "same" && n2 is "right" or "rights")
        {
            return n3 is "to" && n4 is "go" or "leave" or "return" or "be" or "get" or "stay" or "their" ? null : p + 2;
        }

        if (w is "should" or "must" && n1 is "be")
        {
            if (n2 is "welcomed" or "respected" or "protected" or "free" or "included" or "supported" or "celebrated" or "heard" or "safe")
            {
                return p + 2;
            }

            return (n2 is "treated" && n3 is "with" or "fairly" or "equally") || (n2 is "allowed" && n3 is "to") ? p + 3 : null;
        }

        // "Xs make this country better / stronger"
        if (w is "make" or "makes" && n1 is "this" or "our" or "the" or "us" or "it" or "britain" or "america" or "europe")
        {
            var at = n1 is "us" or "it" or "britain" or "america" or "europe" ? p + 2 : p + 3;
            return At(at) is "better" or "stronger" or "richer" or "safer" or "kinder" or "greater" ? at : null;
        }

        // "Xs in my town run the food bank": a place the group lives in before the kind phrase.
        if (w is "in" or "round" or "around" or "near" && n1 is "my" or "our" or "this" or "the" or "here")
        {
            for (var k = p + 2; k <= p + 3; k++)
            {
                if (At(k) is "run" or "runs" or "ran" or "volunteer" or "volunteers" or "volunteered" or "have" or "are" or "were"
                    && KindPhrase(text, k, count) is { } after)
                {
                    return after;
                }
            }

            return null;
        }

        if (GoodDeed(text, p, count) is { } deed)
        {
            return deed;
        }

        // "Trans women are women", "Refugees are people too", "Immigrants are welcome here": a clause of its own.
        return w is "are" or "re" && n1 is "women" or "men" or "people" or "human" or "humans" or "welcome" or "equal" or "valued" or "loved"
               && (n2.IsEmpty || n2 is "too" or "and" or "here" or "like" or "first") ? p + 1 : null;
    }

    // Good deeds and warm traits, which the heads flagged for the group words and "bank", "refugees" beside them (session
    // 16 probe: "Muslims in my town run the food bank every Friday." TOXICITY 0.80, "The Irish have always been generous
    // to refugees." 0.87): "Xs volunteered at the shelter", "Xs run the food bank", "Xs have always been generous". A code
    // review found hate it cleared ("… are friendly with jihadists", "… volunteered to join ISIS", "… fed off our
    // benefits", "… run the charity sector to push their agenda", "… welcomed the attack"), so a deed takes no "to",
    // "off" or "on" after it, a trait ends its clause or is "to" someone, and a motive or a turn later in the sentence
    // ("… given so much to Israel and nothing to Britain") undoes both.
    private static int? GoodDeed(NormalizedText text, int p, int count)
    {
        ReadOnlySpan<char> At(int k) => Sentences.InClause(text, k, count);
        var k = p;
        while (At(k) is "also" or "always" or "often" or "regularly" or "still" or "all" or "both")
        {
            k++;
        }

        int? found = null;
        var w = At(k);

        // "Xs have done / given / contributed so much for this country" (a probe of the writer's own: 0.90)
        var h = At(k) is "have" or "has" or "ve" ? k + 1 : k;
        if (At(h) is "done" or "given" or "contributed" or "achieved" or "brought"
            && ((At(h + 1) is "so" && At(h + 2) is "much") || (At(h + 1) is "a" && At(h + 2) is "lot" or "great")
                || At(h + 1) is "wonders" or "plenty"))
        {
            var end = At(h + 2) is "great" ? (At(h + 3) is "deal" ? h + 3 : -1) : At(h + 1) is "wonders" or "plenty" ? h + 1 : h + 2;

            // "… for this country", "… to the NHS", not "… so much to destroy this country" (a verb after "to").
            var to = At(end + 1);
            found = end >= 0 && (to is "for" || to.IsEmpty
                                 || (to is "to" && At(end + 2) is "this" or "our" or "the" or "britain" or "society" or "science" or "sport"
                                     or "medicine" or "music" or "culture" or "everyone" or "us"))
                ? end : null;
            w = default; // read no further deed
        }

        if (found is null && w is "volunteer" or "volunteers" or "volunteered" or "donate" or "donates" or "donated" or "fundraise" or "fundraised"
            or "rebuilt" or "rescued" or "sheltered" or "cooked" or "comforted" or "nursed")
        {
            found = At(k + 1) is "themselves" or "to" or "off" or "on" or "for" ? null : k;
        }
        else if (w is "run" or "runs" or "ran" or "running" or "organise" or "organised" or "organize" or "organized")
        {
            var o = At(k + 1) is "the" or "a" or "our" or "this" ? k + 1 : k;
            var first = At(o + 1);
            found = first is "charity" or "charities" or "shelter" or "foodbank" or "hospice" or "clinic" or "appeal"
                    || (first is "food" && At(o + 2) is "bank" or "banks") || (first is "soup" && At(o + 2) is "kitchen")
                    || (first is "youth" && At(o + 2) is "club")
                ? o + 1 : null;
        }
        else if (found is null)
        {
            // "have always been generous", "are incredibly welcoming"
            var copula = false;
            while (At(k) is "have" or "has" or "ve" or "had" or "been" or "are" or "re" or "were" or "is" or "was" or "always" or "so"
                   or "very" or "incredibly" or "really" or "truly" or "genuinely" or "also" or "often" or "famously")
            {
                copula |= At(k) is "been" or "are" or "re" or "were" or "is" or "was";
                k++;
            }

            var after = At(k + 1);
            found = copula && At(k) is "generous" or "kind" or "welcoming" or "hospitable" or "brave" or "decent" or "helpful"
                        or "hardworking" or "courageous" or "resilient"
                    && (after.IsEmpty || after is "to" or "and" or "people" or "neighbours" or "neighbors" or "hosts")
                ? k : null;
        }

        // "Yeah right, immigrants have done so much for this country": sarcasm before the group.
        for (var m = found is not null ? Sentences.Start(text, p) : p; m < p; m++)
        {
            if (text.TokenText(m) is "yeah" or "yea" or "sure" or "apparently" or "supposedly")
            {
                return null;
            }
        }

        for (var m = (found ?? count) + 1; m < count && !Sentences.BreakBefore(text, m); m++)
        {
            if (text.TokenText(m) is "agenda" or "control" or "push" or "spread" or "convert" or "recruit" or "groom" or "infiltrate"
                or "islamise" or "islamize" or "takeover" or "jihad" or "jihadists" or "terrorists" or "criminals" or "attack" or "attacks"
                or "nothing" or "never" or "not" or "only" or "except" or "but" or "damage" or "harm" or "grooming" or "destroy"
                or "ruin" or "ruined" or "said")
            {
                return null;
            }
        }

        return found;
    }

    // "We need more Xs in government", "Parliament should have more X members": wanting more of a protected group
    // where power is, which the heads flagged ("We need more women in government." TOXICITY 0.71).
    private static bool WantsMore(NormalizedText text, Lexicon lexicon, int count)
    {
        for (var i = 1; i + 2 < count; i++)
        {
            if (text.TokenText(i) is not "more" || text.TokenText(i - 1) is not ("need" or "needs" or "want" or "have" or "elect"
                    or "hire" or "see" or "welcome"))
            {
                continue;
            }

            var end = i + 1;
            while (end + 1 < count && lexicon.Category(text.TokenText(end + 1)) == LexiconCategory.Identity)
            {
                end++;
            }

            if (!GroupNounEnd(text, lexicon, end, count) && !(end + 1 < count && GroupNounEnd(text, lexicon, end + 1, count) && ++end > 0))
            {
                continue;
            }

            // Where power is, not "in the kitchen"; "the" and "our" only before such a place.
            var place = end + 2 < count && text.TokenText(end + 2) is "the" or "our" or "public" or "senior" or "top" ? end + 3 : end + 2;
            if (IsProtected(text, lexicon, end) && place < count && text.TokenText(end + 1) is "in" or "on" or "at" or "running"
                && text.TokenText(place) is "government" or "parliament" or "politics" or "office" or "power" or "charge" or "congress"
                    or "science" or "tech" or "business" or "leadership" or "sport" or "boards" or "medicine" or "engineering"
                    or "journalism" or "newsrooms" or "military" or "police" or "cabinet" or "senate" or "boardroom" or "boardrooms"
                    or "life" or "roles" or "positions" or "jobs" or "courts" or "judiciary" or "media" or "stem")
            {
                return !SaysMoreLater(text, lexicon, end + 1, count) && !ReportedAfter(text, place, count) && PlainRest(text, place + 1, count);
            }
        }

        return false;
    }

    private static bool IsNeutralHead(NormalizedText text, int q)
    {
        var t = text.TokenText(q);
        return t is "minority" or "minorities" or "majority" or "people" or "peoples" or "nation" or "nations" or "community"
                   or "communities" or "share" or "part" or "proportion" or "population" or "citizens" or "voters" or "electorate"
                   or "bloc" or "diaspora" or "members" or "residents" or "underrepresented" or "persecuted" or "displaced"
                   or "denomination" or "denominations" or "faith" or "religion" or "demographic"
               || (t is "group" && q > 0 && text.TokenText(q - 1) is "ethnic" or "religious" or "largest" or "smallest" or "minority"
                   or "biggest" or "single" or "age" or "faith" or "language" or "immigrant" or "migrant")
               || (t is "hit" or "affected" && q > 0 && text.TokenText(q - 1) is "worst" or "hardest" or "most");
    }

    // "a third of the problem", "half of all the crime": the share blames the group.
    private static bool BlameAfter(NormalizedText text, int k, int count)
    {
        for (var end = Math.Min(count, k + 6); k < end && !Sentences.BreakBefore(text, k); k++)
        {
            if (text.TokenText(k) is "problem" or "problems" or "trouble" or "crime" or "crimes" or "criminals" or "threat" or "danger"
                or "mess" or "rot" or "burden" or "blame" or "terror" or "terrorism" or "violence" or "rapes" or "rapists" or "murders"
                or "murderers" or "offenders" or "prisoners" or "inmates" or "scroungers" or "prison" or "prisons" or "jail" or "jails")
            {
                return true;
            }
        }

        return false;
    }

    // After the copula: "more than half of", "less than a third of", "a quarter of", "4 percent / per cent of"; returns
    // the "of".
    private static int? Proportion(NormalizedText text, int q, int count)
    {
        if (q + 1 < count && text.TokenText(q) is "more" or "less" or "fewer" or "over" or "under" or "nearly" or "almost"
            or "about" or "around" or "roughly" or "just")
        {
            q += text.TokenText(q + 1) is "than" ? 2 : 1;
        }

        if (q < count && text.TokenText(q) is "a" or "one" or "two")
        {
            q++;
        }

        if (q + 1 >= count)
        {
            return null;
        }

        var t = text.TokenText(q);
        if (char.IsAsciiDigit(t[0]) && text.TokenText(q + 1) is "percent" or "per" or "pc")
        {
            q += text.TokenText(q + 1) is "per" ? 3 : 2; // "4 per cent of"
        }
        else if (t is "half" or "third" or "thirds" or "quarter" or "quarters" or "fifth" or "tenth" or "fraction")
        {
            q++;
        }
        else
        {
            return null;
        }

        return q < count && text.TokenText(q) is "of" ? q : null;
    }

    // "buy" of "buying", "liv(e)" of "living", "run(n)" of "running": an -ing form of a verb, not a noun such as "nothing".
    private static bool IsVerbStem(ReadOnlySpan<char> stem)
    {
        if (stem is "noth" or "someth" or "anyth" or "everyth" or "th" or "k" or "morn" or "even" or "dur" or "ceil" or "str")
        {
            return false;
        }

        Span<char> buffer = stackalloc char[stem.Length + 1];
        return EnglishWords.Rank(stem) > 0 || EnglishWords.Rank(Append(buffer, stem, 'e')) > 0
               || (stem.Length > 2 && stem[^1] == stem[^2] && EnglishWords.Rank(stem[..^1]) > 0);
    }

    // What hate accuses a group of doing: "taking over", "invading", "breeding", "stealing our jobs"; or violence.
    private static bool IsAccusation(ReadOnlySpan<char> ing, Lexicon lexicon) =>
        ing is "taking" or "invading" or "ruining" or "destroying" or "breeding" or "raping" or "killing" or "murdering" or "flooding"
            or "swarming" or "infesting" or "stealing" or "replacing" or "poisoning" or "plotting" or "scheming" or "attacking"
            or "terrorising" or "terrorizing" or "colonising" or "colonizing" or "grooming" or "molesting" or "overrunning"
            or "polluting" or "wrecking" or "bleeding" or "sucking" or "leeching" or "scrounging" or "sponging" or "lying"
            or "cheating" or "begging" or "robbing" or "looting" or "burning" or "bombing" or "shooting" or "stabbing" or "coming"
            or "trying" or "pushing" or "forcing" or "spreading" or "using" or "exploiting" or "brainwashing" or "indoctrinating"
            or "abusing" or "outbreeding" or "multiplying" or "importing" or "dumping" or "pouring" or "streaming" or "sneaking"
            or "rioting" or "occupying" or "conspiring" or "controlling" or "running" or "buying" or "owning" or "getting"
            or "manipulating" or "bringing" or "recruiting" or "outnumbering" or "converting" or "infiltrating" or "undermining"
            or "demanding" or "smuggling" or "trafficking" or "dealing" or "hiding" or "pretending" or "faking" or "milking"
            || lexicon.Category(ing[..^3]) is LexiconCategory.Threat or LexiconCategory.Hostile;

    // A later sentence that speaks of the group again ("Muslims are a growing minority in Europe. Soon they will
    // outnumber us."): the description may only set up the attack, so the text is not damped.
    private static bool SaysMoreLater(NormalizedText text, Lexicon lexicon, int from, int count)
    {
        var k = from;
        while (k < count && !Sentences.BreakBefore(text, k))
        {
            k++;
        }

        for (; k < count; k++)
        {
            if (text.TokenText(k) is "they" or "them" or "their" || lexicon.Category(text.TokenText(k)) == LexiconCategory.Identity)
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContemptLater(NormalizedText text, Lexicon lexicon, int from, int count)
    {
        for (var k = from; k < Math.Min(count, from + 12) && !Sentences.BreakBefore(text, k); k++)
        {
            if (IsContempt(text, lexicon, k, count, protectedGroup: true))
            {
                return true;
            }
        }

        return false;
    }
}
