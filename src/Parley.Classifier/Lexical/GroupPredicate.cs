using Parley.Classifier.Text;

namespace Parley.Classifier.Lexical;

/// <summary>
/// A whole group as the subject of a contemptuous claim, the commonest shape of written hate without a swear word
/// or a violent verb: "Xs are greedy", "X people are just livestock", "Why are Xs so stupid?", "I think Xs are a
/// plague", "I met some Xs. They are all scum.", "Xs aren't human", "Xs don't deserve any rights", "Xs belong in a
/// zoo", "All Xs should be executed". The heads score such sentences by their single words, and a generalisation
/// ("are", "all") carries no weight there: a blind functional set scored 45–60 % on these shapes.
/// The claim must be the writer's own: the group opens its clause (after at most "all", "these", "the", "honestly",
/// or "I think"), it is no group adjective ("Russian tanks are useless"), it is not quoted or reported ("Saying Xs
/// are scum is racist"), and the claim is not negated — "Xs are not criminals" is a denial (<see cref="Reading.Denied"/>),
/// the counter-speech the heads flag for its words.
/// </summary>
internal static partial class GroupPredicate
{
    /// <summary>What <see cref="Read"/> found: the first claim the writer makes, and whether the text only denies such claims.</summary>
    /// <param name="Claim">
    /// The group and the last token of the claim, whether it calls for violence, and whether the group is one that
    /// identity-attack labels protect (not a party, an age or a trade: "Liberals are idiots", "Bankers are parasites"
    /// are insults, not identity attacks); null when the writer makes none.
    /// </param>
    /// <param name="Denied">
    /// "Xs are not criminals.", "Not all Xs are terrorists.", "I don't think Xs are inferior.": the text denies such a
    /// claim, makes none, and has no attacking word outside its denials. The heads read "criminals" and flag it; the
    /// classifier takes their confidence back (<see cref="LexicalClassifier.Damp"/>).
    /// </param>
    internal readonly record struct Reading((int First, int Last, bool Violent, bool Protected)? Claim, bool Denied);

    /// <summary>One pass over the text for both the claims it makes and the claims it denies.</summary>
    public static Reading Read(NormalizedText text, Lexicon lexicon)
    {
        var count = Math.Min(text.TokenCount, Features.MaxTokens);
        var denied = false;
        var neutral = false;
        var from = 0; // tokens from here on lie outside the denials read so far
        var attacks = false;
        for (var i = 0; i < count; i++)
        {
            if (Subject(text, lexicon, i, count) is not var (first, question, isProtected, negatedOpener))
            {
                continue;
            }

            if (Claim(text, lexicon, i + 1, count, question, isProtected, IdentityNamed(text, lexicon, first, i)) is not var (last, kind))
            {
                // "Not every X supports the war": a generalisation denied is no attack, unless a twist follows ("Not all
                // Xs are bad, but most of them are thieves", "…, some are just drug dealers").
                // A copula is left to the claim reading and the heads: "Not all black girls are ghetto" is backhanded.
                neutral |= !question && ((negatedOpener && i + 1 < count && text.TokenText(i + 1) is not ("are" or "is" or "were" or "was")
                                          && !TwistAfter(text, i + 1, count))
                                         || Describes(text, lexicon, i + 1, count)
                    || (isProtected && text.TokenText(first) is not ("they" or "those" or "them") && Supports(text, lexicon, i + 1, count)));
                continue;
            }

            // "Not all Xs are thieves, but most of them are": the denial concedes a little to make the claim.
            if (negatedOpener && kind != ClaimKind.Denied && MostAfter(text, last + 1, count))
            {
                return new Reading((first, last, kind == ClaimKind.Violent, isProtected), false);
            }

            if (kind == ClaimKind.Denied || negatedOpener)
            {
                attacks |= Attacks(text, lexicon, from, first);
                denied = true;
                from = last + 1;
                i = last;
                continue;
            }

            if ((question || !Sentences.EndsInQuestion(text, last, count)) && !ReportedAfter(text, last, count))
            {
                return new Reading((first, last, kind == ClaimKind.Violent, isProtected), false);
            }
        }

        if (NoneWhoIsNot(text, lexicon, count) is var (nFirst, nLast))
        {
            return new Reading((nFirst, nLast, false, true), false);
        }

        if (Riddance(text, lexicon, count) is var (rFirst, rLast, rProtected))
        {
            return new Reading((rFirst, rLast, false, rProtected), false);
        }

        neutral |= WantsMore(text, lexicon, count);
        return new Reading(null, (denied && !attacks && !Attacks(text, lexicon, from, count))
                                 || (neutral && !Attacks(text, lexicon, 0, count)));
    }

    // "Is there any X who isn't a crook?", "Can anyone name one X who isn't a terrorist?", "I've never met a X who wasn't
    // a drunk": one member without the vice, asked for as if none existed, says the whole group has it (HateCheck's
    // question shape). Only a protected group's member and a contempt word; not "Is there any X who isn't tired of the
    // war?", "I've met plenty of Xs who aren't religious", nor a member actually found ("I met a X who wasn't a thief").
    private static (int First, int Last)? NoneWhoIsNot(NormalizedText text, Lexicon lexicon, int count)
    {
        for (var w = 2; w + 3 < count; w++)
        {
            if (text.TokenText(w) is not ("who" or "that"))
            {
                continue;
            }

            var g = ThreatIntent.IsPersonNoun(text.TokenText(w - 1)) && w >= 3 ? w - 2 : w - 1;
            if (lexicon.Category(text.TokenText(g)) != LexiconCategory.Identity || !IsProtected(text, lexicon, g))
            {
                continue;
            }

            // "any X", "one X", "a single X", "an X" after the asking frame.
            var first = Features.RunStart(text, lexicon, g);
            var d = first - 1;
            if (d >= 1 && text.TokenText(d) is "single")
            {
                d--;
            }

            if (d < 1 || text.TokenText(d) is not ("any" or "one" or "a" or "an") || !AsksForOne(text, d, count))
            {
                continue;
            }

            // "who isn't / wasn't / is not a (drunken) crook"
            var k = w + 1;
            if (k + 1 < count && text.TokenText(k) is "isn" or "wasn" or "aren" or "weren" && text.TokenText(k + 1) is "t")
            {
                k += 2;
            }
            else if (k + 1 < count && text.TokenText(k) is "is" or "was" && text.TokenText(k + 1) is "not")
            {
                k += 2;
            }
            else if (k < count && text.TokenText(k) is "isnt" or "wasnt")
            {
                k++;
            }
            else
            {
                continue;
            }

            while (k < count && k - w < 8 && (IsFiller(text.TokenText(k)) || text.TokenText(k) is "drunken" or "lying" or "thieving"))
            {
                k++;
            }

            // A contempt word, or a generalisation's singular ("a crook": said of one member)
            if (k < count && !ThreatIntent.SentenceBreakBefore(text, k) && !ReportedSpeech.IsReported(text, d)
                && (IsContempt(text, lexicon, k, count, protectedGroup: true) || Singular(text.TokenText(k))))
            {
                return (first, k);
            }
        }

        return null;

        static bool Singular(ReadOnlySpan<char> t) =>
            t is "crook" or "thief" or "liar" or "terrorist" or "criminal" or "rapist" or "drunk" or "savage" or "beggar" or "traitor"
                or "scrounger" or "fanatic" or "extremist" or "cheat" or "thug" or "animal" or "parasite" or "leech";
    }

    // The frame that asks for one member as if there were none, before "any / one / a" at d: "Is there any", "Can anyone
    // name one", "Has anyone ever met a", "Show me a", "I've never met a", "I have yet to meet a".
    private static bool AsksForOne(NormalizedText text, int d, int count)
    {
        var start = Math.Max(Sentences.Start(text, d), d - 6);
        var never = false;
        var asks = false;
        for (var k = start; k < d; k++)
        {
            var t = text.TokenText(k);
            never |= t is "never" or "yet" or "nobody" or "noone";
            asks |= t is "name" or "met" or "meet" or "find" or "show" or "there" or "know" or "seen" or "see";
        }

        var question = Sentences.EndsInQuestion(text, d, count);
        var show = text.TokenText(d - 1) is "me" && d >= 2 && text.TokenText(d - 2) is "show" or "find";
        return asks && (question || never || show);
    }

    // In the same sentence: "but" and then "most", "the majority", "enough", "ninety percent" of them.
    private static bool MostAfter(NormalizedText text, int from, int count)
    {
        var but = -1;
        for (var k = from; k < count && !Sentences.BreakBefore(text, k); k++)
        {
            var t = text.TokenText(k);
            if (t is "but" or "only")
            {
                but = k;
            }
            else if (but >= 0 && t is "tiny" or "small" or "few" or "handful" or "minority" or "fraction")
            {
                return false; // "only a tiny percent are": the concession is the point
            }
            else if (but >= 0 && k - but <= 5 && t is "most" or "majority" or "enough" or "all" or "percent")
            {
                // The claim is elided after the quantifier: "but most are", "but most of them are", "only about ninety
                // percent of them", "but most do"; not "but the vast majority are peaceful", "but most of the media …".
                var m = k + 1;
                if (m + 1 < count && text.TokenText(m) is "of" && text.TokenText(m + 1) is "them" or "those")
                {
                    m += 2;
                }

                while (m < count && !ThreatIntent.SentenceBreakBefore(text, m) && text.TokenText(m) is "obviously" or "definitely"
                           or "certainly" or "probably" or "clearly" or "sure" or "really" or "actually")
                {
                    m++;
                }

                if (m < count && !ThreatIntent.SentenceBreakBefore(text, m) && text.TokenText(m) is "are" or "is" or "do" or "were" or "did" or "will")
                {
                    m++;
                }

                return m >= count || ThreatIntent.SentenceBreakBefore(text, m);
            }
        }

        return false;
    }

    private static bool TwistAfter(NormalizedText text, int from, int count)
    {
        for (var k = from; k < count; k++)
        {
            if (text.TokenText(k) is "but" or "though" or "although" or "however" or "yet" or "only" or "most" or "some" or "enough"
                or "many" or "majority" or "just" or "rest" or "still")
            {
                return true;
            }
        }

        return false;
    }

    // After "better off if": the group, then "did not exist", "didn't exist", "were gone", "were all dead"; returns the
    // group's last token.
    private static int? Vanishes(NormalizedText text, Lexicon lexicon, int g, int count)
    {
        for (var e = g; e < Math.Min(count, g + 4); e++)
        {
            if (!GroupNounEnd(text, lexicon, e, count))
            {
                continue;
            }

            for (var k = e + 1; k < Math.Min(count, e + 6) && !ThreatIntent.SentenceBreakBefore(text, k); k++)
            {
                var w = text.TokenText(k);
                if ((w is "exist" or "existed" && k > e + 1 && Features.IsNegator(text.TokenText(k - 1), text.TokenText(k - 2)))
                    || (w is "exist" or "existed" && k > e + 2 && text.TokenText(k - 1) is "t" or "not"))
                {
                    return e;
                }

                if (w is "gone" or "dead" or "extinct" && k > e + 1 && text.TokenText(k - 1) is "were" or "was" or "all")
                {
                    return e;
                }
            }

            return null;
        }

        return null;
    }

    // A group the writer wants gone: "the world would be better (off) without Xs", "Wouldn't we be better off without
    // them?", "get rid of all the Xs". Not negated at the verb ("would not be better without Xs", "we shouldn't get rid
    // of …"), not reported. Returns the verb's first token, the group's last and whether it is protected.
    private static (int First, int Last, bool Protected)? Riddance(NormalizedText text, Lexicon lexicon, int count)
    {
        for (var i = 1; i + 1 < count; i++)
        {
            var t = text.TokenText(i);
            int verb;
            if (t is "without" or "if")
            {
                verb = text.TokenText(i - 1) is "off" && i >= 2 ? i - 2 : i - 1;
                // "a (much) nicer / safer place without Xs"
                if (text.TokenText(verb) is "place" && verb >= 1 && IsBetter(text.TokenText(verb - 1)))
                {
                    verb--;
                }

                if (!IsBetter(text.TokenText(verb)))
                {
                    continue;
                }

                if (t is "if")
                {
                    var denies = false; // "We would not be better off if Xs did not exist"
                    for (var j = verb - 1; j >= Math.Max(0, verb - 3); j--)
                    {
                        denies |= Features.IsNegator(text.TokenText(j), j > 0 ? text.TokenText(j - 1) : default);
                    }

                    if (!denies && Vanishes(text, lexicon, i + 1, count) is { } gone && !ReportedSpeech.IsReported(text, verb))
                    {
                        return (verb, gone, IsProtected(text, lexicon, gone));
                    }

                    continue;
                }
            }
            else if (t is "rid" && text.TokenText(i - 1) is "get" or "got" or "getting" && text.TokenText(i + 1) is "of")
            {
                verb = i - 1;
                i++;
            }
            else
            {
                continue;
            }

            // "would not be better", "wouldn't be better", "shouldn't get rid of", "don't want to get rid of"
            var negated = false;
            var b = verb - 1; // the words before the verb, read back to the first that is not one of these
            for (; b >= Math.Max(0, verb - 4) && !ThreatIntent.SentenceBreakBefore(text, b + 1); b--)
            {
                var w = text.TokenText(b);
                if (Features.IsNegator(w, b > 0 ? text.TokenText(b - 1) : default))
                {
                    // "Wouldn't the world be a nicer place without Xs?": a question that opens on the negation asserts.
                    negated = !RhetoricalQuestion(text, w is "t" ? b - 1 : b, verb, count);
                    break;
                }

                if (w is not ("be" or "to" or "want" or "much" or "so" or "far" or "lot" or "a" or "just" or "should" or "must"
                    or "need" or "we" or "would" or "d" or "is" or "are" or "all" or "the" or "world" or "country" or "life"
                    or "everyone" or "everybody" or "this" or "society" or "britain" or "america" or "europe"))
                {
                    break;
                }
            }

            // A belief denied or someone else's, before the words read above: "I don't think the world would be better
            // without Xs", "Nobody believes we'd be better off without them" (ReportedSpeech.SaidBefore).
            negated = negated || ReportedSpeech.SaidBefore(text, b + 1);

            var g = i + 1;
            while (g < count && g - i < 4 && text.TokenText(g) is "all" or "the" or "those" or "these" or "any" or "every")
            {
                g++;
            }

            if (negated || g >= count || ThreatIntent.SentenceBreakBefore(text, g) || ReportedSpeech.IsReported(text, verb))
            {
                continue;
            }

            if (text.TokenText(g) is "them" && GroupBefore(text, lexicon, g) is { } antecedent)
            {
                return (verb, g, IsProtected(text, lexicon, antecedent));
            }

            for (var e = g; e < Math.Min(count, g + 4); e++)
            {
                if (lexicon.Category(text.TokenText(e)) != LexiconCategory.Identity && !ThreatIntent.IsPersonNoun(text.TokenText(e)))
                {
                    break;
                }

                // The group ends the clause or a place follows ("better off without Xs", "rid of the Xs in this town");
                // not "better off without Xs running its grid".
                if (GroupNounEnd(text, lexicon, e, count)
                    && (e + 1 >= count || ThreatIntent.SentenceBreakBefore(text, e + 1)
                        || text.TokenText(e + 1) is "in" or "from" or "here" or "around" or "once" or "for" or "forever"))
                {
                    return (verb, e, IsProtected(text, lexicon, e));
                }
            }
        }

        return null;
    }

    // Any insult, slur, dehumanising, profane, violent or hostile word in [from, to).
    private static bool Attacks(NormalizedText text, Lexicon lexicon, int from, int to)
    {
        for (var j = from; j < to; j++)
        {
            if (lexicon.Category(text.TokenText(j)) is not (LexiconCategory.None or LexiconCategory.Identity))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Xs are criminals, the minister said", "… according to the leaflet", "…, police warned": reported after the fact.</summary>
    internal static bool ReportedAfter(NormalizedText text, int last, int count)
    {
        for (var k = last + 1; k < Math.Min(count, last + 8) && !Sentences.BreakBefore(text, k); k++)
        {
            if (text.TokenText(k) is "said" or "says" or "claimed" or "claims" or "according" or "tweeted" or "wrote" or "argued"
                or "insisted" or "alleged" or "chanted" or "shouted" or "posted" or "warned" or "warns" or "reported" or "asks"
                or "asked" or "headline" or "headlines")
            {
                // "… deserves to get stabbed for what he said about our lads": the words are the reason, not a report.
                if (k - 2 > last && text.TokenText(k - 2) is "what" or "everything" or "things" or "anything")
                {
                    continue;
                }

                return true;
            }
        }

        return false;
    }

    private enum ClaimKind
    {
        Attack,
        Violent,
        Denied,
        Excluded, // barred from ordinary life: an attack on a protected group, the law's work for others (ProtectedOnly)
    }

    // A protected group's name inside the subject: "gay teachers", "Muslim doctors" (a trade named by a group).
    private static bool IdentityNamed(NormalizedText text, Lexicon lexicon, int first, int last)
    {
        for (var j = first; j <= last; j++)
        {
            if (lexicon.Category(text.TokenText(j)) == LexiconCategory.Identity && IsProtected(text, lexicon, j))
            {
                return true;
            }
        }

        return false;
    }

    // "Drink drivers shouldn't be allowed to drive" is the law, "Xs shouldn't be allowed to drive" an attack.
    private static (int Last, ClaimKind Kind)? ProtectedOnly((int Last, ClaimKind Kind)? claim, bool protectedGroup) =>
        claim is (var last, ClaimKind.Excluded) ? (protectedGroup ? (last, ClaimKind.Attack) : null) : claim;

    // The token at i ends a subject that stands for a whole group: a group noun phrase ("Xs", "X people", "the
    // disabled"), "they" or "those people" after one, or "your kind". Returns the subject's first token, whether the
    // clause is a question ("Why are Xs so …", "why do Xs …"), whether the group is protected, and whether the clause
    // opens with a denial ("Not all Xs …", "I don't think Xs …").
    private static (int First, bool Question, bool Protected, bool Negated)? Subject(NormalizedText text, Lexicon lexicon, int i, int count)
    {
        var t = text.TokenText(i);
        int first;
        var isProtected = true;
        // "… about Xs, who frankly are a disease": a non-restrictive "who" (after a comma) says it of the whole group; "Xs who
        // are criminals" narrows it.
        if (t is "who" && i > 0 && text.GapBefore(i).IndexOf(',') >= 0 && GroupNounEnd(text, lexicon, i - 1, count))
        {
            var whole = lexicon.Category(text.TokenText(i - 1)) is LexiconCategory.Identity or LexiconCategory.Slur ? i - 1 : i - 2;
            var named = Features.RunStart(text, lexicon, whole);
            return ReportedSpeech.IsReported(text, named) ? null : (named, false, IsProtected(text, lexicon, i - 1), false);
        }

        if (t is "they" or "kind" || (t is "people" or "ppl" or "lot" && i > 0 && text.TokenText(i - 1) is "those" or "these" or "that"))
        {
            if (t is "kind")
            {
                // "your kind", "his kind"; not "a kind of", "the kind who".
                if (i == 0 || text.TokenText(i - 1) is not ("your" or "his" or "her" or "their" or "ur"))
                {
                    return null;
                }

                first = i - 1;
            }
            else
            {
                first = t is "they" ? i : i - 1;
                if (GroupBefore(text, lexicon, first) is not { } antecedent)
                {
                    return null;
                }

                isProtected = IsProtected(text, lexicon, antecedent);
            }
        }
        else if (GroupNounEnd(text, lexicon, i, count))
        {
            var identity = lexicon.Category(t) is LexiconCategory.Identity or LexiconCategory.Slur;
            first = Features.RunStart(text, lexicon, identity ? i : i - 1);
            // "These men are fools", "the women were stupid": particular people, not the sex.
            if (identity && ThreatIntent.IsPersonNoun(t) && first == i && i > 0 && text.TokenText(i - 1) is "these" or "those" or "the")
            {
                return null;
            }

            isProtected = IsProtected(text, lexicon, i);
        }
        else if (IsOtherGroup(t) && (i + 1 >= count || lexicon.Category(text.TokenText(i + 1)) != LexiconCategory.Identity))
        {
            // "Tory voters", "Chelsea fans", "climate protesters": up to two words that name which ones.
            first = i;
            while (first > 0 && i - first < 2 && !ThreatIntent.SentenceBreakBefore(text, first) && IsModifier(text.TokenText(first - 1)))
            {
                first--;
            }

            isProtected = false;
        }
        else
        {
            return null;
        }

        // "I don't think Xs are …" is reported speech to ReportedSpeech (a belief the writer does not hold); here it is
        // the writer's denial, read below.
        var reported = ReportedSpeech.IsReported(text, first);

        // "Not all Xs are …", "Not every X supports …", "Not every single X is …": the writer denies a generalisation.
        var q = first >= 1 && text.TokenText(first - 1) is "single" ? first - 1 : first;
        if (q >= 2 && text.TokenText(q - 1) is "all" or "every" && text.TokenText(q - 2) is "not")
        {
            return (first, false, isProtected, true);
        }

        var k = ClauseStart(text, first);
        if (QuestionStart(text, k) is { } asks)
        {
            return Opens(text, asks) && !reported ? (first, true, isProtected, false) : null;
        }

        if (Opens(text, k))
        {
            return reported ? null : (first, false, isProtected, false);
        }

        // "Can someone explain why Xs are so dirty?", "I wonder why Xs are so violent": an embedded question.
        if (k >= 2 && text.TokenText(k - 1) is "why" && text.TokenText(k - 2) is "explain" or "wonder" or "understand" or "tell")
        {
            return reported ? null : (first, true, isProtected, false);
        }

        // "I'm of the view that Xs …", "It's my firm belief that …", "Isn't it obvious that …", "Who else thinks Xs …"
        var frameEnd = k - 2; // "Isn't it obvious (by now) that …"
        if (frameEnd >= 1 && text.TokenText(frameEnd) is "now")
        {
            frameEnd -= text.TokenText(frameEnd - 1) is "by" ? 2 : 1;
        }

        if (k >= 2 && frameEnd >= 0 && text.TokenText(k - 1) is "that" && Frame(text, frameEnd) is var (frameStart, frameAsks)
            && Opens(text, frameStart))
        {
            return reported && !frameAsks ? null : (first, frameAsks, isProtected, false);
        }

        // The writer's opinion, or its denial: "I think Xs are …", "I'd say that Xs …", "I don't think Xs are …".
        if (k > 0 && text.TokenText(k - 1) is "that")
        {
            k--;
        }

        // "You'll quickly see that Xs are …", "you will soon find they are …": the writer's claim, foretold to the reader.
        if (k > 0 && text.TokenText(k - 1) is "see" or "find" or "realise" or "realize" or "learn" or "discover" && YouWillBefore(text, k - 1)
            && !MediaCondition(text, k - 1)) // not "If you only read the Mail, you'll soon learn that …"
        {
            return reported ? null : (first, false, isProtected, false);
        }

        // "Anyone who has worked with Xs knows they are …", "Everyone knows Xs are …": common knowledge, claimed by the writer.
        if (k > 0 && text.TokenText(k - 1) is "knows" && text.TokenText(Sentences.Start(text, k - 1)) is "anyone" or "everyone" or "everybody"
            or "anybody" && !Features.IsNegator(text.TokenText(k - 2), k > 2 ? text.TokenText(k - 3) : default))
        {
            return reported ? null : (first, false, isProtected, false);
        }

        // "I (honestly) feel like Xs are …"
        if (k > 1 && text.TokenText(k - 1) is "like" && text.TokenText(k - 2) is "feel" or "felt")
        {
            k--;
        }

        if (k == 0 || text.TokenText(k - 1) is not ("think" or "thinks" or "believe" or "feel" or "reckon" or "say" or "know" or "guess"
                or "thought" or "felt" or "believed"))
        {
            return null;
        }

        var negated = false;
        for (var j = k - 2; j >= Math.Max(0, k - 6); j--)
        {
            var w = text.TokenText(j);
            if (w is "i" or "we")
            {
                return OpensAfterSofteners(text, j) && (negated || !reported) ? (first, false, isProtected, negated) : null;
            }

            // "Who else thinks Xs are …?", "Does anyone else think …": asking for agreement is making the claim.
            if (w is "else" && j > 0 && text.TokenText(j - 1) is "who" or "anyone" or "anybody")
            {
                return negated ? null : (first, true, isProtected, false);
            }

            if (Features.IsNegator(w, j > 0 ? text.TokenText(j - 1) : default))
            {
                negated = true;
            }
            else if (w is not ("really" or "honestly" or "just" or "d" or "do" or "truly" or "personally" or "genuinely"
                     or "firmly" or "strongly" or "would" or "all" or "don" or "dont" or "always" or "ve" or "have" or "had"))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// The first token of the clause a group name opens, walking back from <paramref name="group"/> over at most four
    /// determiners and softeners ("all", "these", "the", "honestly", …).
    /// </summary>
    internal static int ClauseStart(NormalizedText text, int group)
    {
        var k = group;
        while (k > 0 && !ThreatIntent.SentenceBreakBefore(text, k) && group - k < 4
               && text.TokenText(k - 1) is "all" or "these" or "those" or "the" or "most" or "every" or "each" or "honestly"
                   or "frankly" or "personally" or "seriously" or "imo" or "imho" or "basically" or "just" or "so")
        {
            k--;
        }

        return k;
    }

    // A question that asks the claim: "Why are / do / can't / won't Xs …", "Aren't Xs just …". Returns its first token.
    private static int? QuestionStart(NormalizedText text, int k)
    {
        var j = k - 1;
        if (j >= 1 && text.TokenText(j) is "t" && text.TokenText(j - 1) is "can" or "won" or "don" or "doesn" or "aren" or "isn")
        {
            j--; // "can t", "aren t"
        }

        if (j < 0 || text.TokenText(j) is not ("are" or "do" or "does" or "is" or "can" or "cant" or "won" or "wont" or "must"
                or "don" or "dont" or "doesn" or "doesnt" or "aren" or "arent" or "isn" or "isnt"))
        {
            return null;
        }

        if (j >= 1 && text.TokenText(j - 1) is "why")
        {
            return j - 1;
        }

        if (j >= 2 && text.TokenText(j - 1) is "come" && text.TokenText(j - 2) is "how")
        {
            return j - 2; // "How come Xs are always so …"
        }

        // A negated verb first is rhetorical: "Aren't Xs just parasites?" asserts what it asks.
        return text.TokenText(j) is "aren" or "arent" or "isn" or "isnt" ? j : null;
    }

    // An opinion frame ending at token f, before "that": "I'm of the view", "it's my (firm) belief", "the truth is", "isn't
    // it obvious". Returns where it starts and whether it is a question; null when there is none or it is negated.
    private static (int Start, bool Asks)? Frame(NormalizedText text, int f)
    {
        var t = text.TokenText(f);
        if (t is "is" && f > 0 && text.TokenText(f - 1) is "truth" or "fact" or "reality")
        {
            f--; // "the truth is that"; not "the fact that Xs are criminals is a myth"
        }
        else if (t is not ("view" or "opinion" or "belief" or "feeling" or "obvious" or "clear" or "evident" or "convinced"
                 or "certain"))
        {
            return null;
        }

        for (var j = f - 1; j >= Math.Max(0, f - 6); j--)
        {
            var w = text.TokenText(j);
            if (w is "it" && j >= 2 && text.TokenText(j - 1) is "t" && text.TokenText(j - 2) is "isn")
            {
                return (j - 2, true); // "isn't it obvious that"
            }

            if (w is "isnt" && j + 1 <= f && text.TokenText(j + 1) is "it")
            {
                return (j, true);
            }

            if (Features.IsNegator(w, j > 0 ? text.TokenText(j - 1) : default))
            {
                return null; // "It's not my view that …", "I'm not convinced that …"
            }

            if (ThreatIntent.SentenceBreakBefore(text, j) || j == 0)
            {
                return (j, false);
            }
        }

        return null;
    }

    internal static bool IsBetter(ReadOnlySpan<char> t) =>
        t is "better" or "nicer" or "safer" or "happier" or "cleaner" or "calmer" or "kinder" or "greater" or "saner";

    // "Wouldn't …?", "Won't …?", "Isn't …?" opening the sentence of a question (at n, the negated auxiliary).
    // Not one the writer answers ("Wouldn't Britain be better off without migrants? Every study says no.").
    private static bool RhetoricalQuestion(NormalizedText text, int n, int verb, int count)
    {
        if (n < 0 || text.TokenText(n) is not ("wouldn" or "wouldnt" or "won" or "wont" or "isn" or "isnt")
            || Sentences.Start(text, verb) != n || !Sentences.EndsInQuestion(text, verb, count))
        {
            return false;
        }

        var next = verb + 1;
        while (next < count && !Sentences.BreakBefore(text, next))
        {
            next++;
        }

        return next >= count || text.TokenText(next) is not ("no" or "nope" or "hardly" or "every" or "not" or "of" or "actually" or "wrong");
    }

    // A condition about what the reader reads or believes ("If you only read the Mail, you'll soon learn that Xs …" mocks
    // the paper), not about the reader's dealings with the group ("If you ever work with Xs, you'll see that they …").
    private static bool MediaCondition(NormalizedText text, int v)
    {
        if (!Sentences.ConditionBefore(text, v))
        {
            return false;
        }

        for (var k = Sentences.Start(text, v); k < v; k++)
        {
            if (text.TokenText(k) is "read" or "reads" or "watch" or "watches" or "listen" or "believe" or "believed" or "follow" or "trust"
                or "swallow" or "buy")
            {
                return true;
            }
        }

        return false;
    }

    // "you'll", "you will", "you'll soon / quickly" before the verb at v.
    private static bool YouWillBefore(NormalizedText text, int v)
    {
        var j = v - 1;
        while (j >= 0 && v - j <= 3 && text.TokenText(j) is "soon" or "quickly" or "quick" or "fast" or "all" or "too" or "very")
        {
            j--;
        }

        return j >= 1 && text.TokenText(j) is "ll" or "will" && text.TokenText(j - 1) is "you" or "u";
    }

    // "were" states the writer's view where "they" is the subject ("We had X neighbours once. They were all thieves.")
    // or an opinion verb comes before it ("I've always thought Xs were criminals").
    private static bool PastOpinion(NormalizedText text, int were)
    {
        // "I always thought Xs were lazy until I worked with them": the opinion is taken back.
        for (var k = were + 1; k < text.TokenCount && !Sentences.BreakBefore(text, k); k++)
        {
            if (text.TokenText(k) is "until" or "till" or "til")
            {
                return false;
            }
        }

        if (were > 0 && text.TokenText(were - 1) is "they")
        {
            return true;
        }

        for (var j = were - 1; j >= Math.Max(0, were - 7) && !Sentences.BreakBefore(text, j + 1); j--)
        {
            if (text.TokenText(j) is "thought" or "felt" or "believed" or "knew")
            {
                return true;
            }
        }

        return false;
    }

    // "Personally I think …", "tbh i think …", "Honestly, I reckon …": softeners before the writer's "I".
    internal static bool OpensAfterSofteners(NormalizedText text, int k)
    {
        while (k > 0 && !ThreatIntent.SentenceBreakBefore(text, k)
               && text.TokenText(k - 1) is "personally" or "honestly" or "frankly" or "tbh" or "seriously" or "imo" or "imho"
                   or "look" or "listen" or "well" or "ok" or "okay" or "mate" or "sorry")
        {
            k--;
        }

        return Opens(text, k);
    }

    /// <summary>Whether a clause opens at token <paramref name="k"/>: the text's or a sentence's start, a comma, "and", "but", "yet", "so", "because".</summary>
    internal static bool Opens(NormalizedText text, int k) =>
        k == 0 || ThreatIntent.SentenceBreakBefore(text, k) || text.TokenText(k - 1) is "and" or "but" or "yet" or "so" or "because"
            or "cause" or "coz" or "cuz" or "yes" or "yeah";

    // A group noun phrase ends at i: a group name used as a noun ("Xs", "the disabled", "Chinese" before a verb) or
    // a group name with a person noun ("X people", "X men"). "Russian tanks", "white bread" are not.
    internal static bool GroupNounEnd(NormalizedText text, Lexicon lexicon, int i, int count)
    {
        var t = text.TokenText(i);
        if (i + 1 < count && lexicon.Category(text.TokenText(i + 1)) == LexiconCategory.Identity)
        {
            return false; // not the end of the run
        }

        if ((ThreatIntent.IsPersonNoun(t) || t is "ppl" or "lives") && i > 0
            && lexicon.Category(text.TokenText(i - 1)) == LexiconCategory.Identity && !ThreatIntent.SentenceBreakBefore(text, i))
        {
            return true;
        }

        // A slur in the plural names the group it insults ("faggots should burn").
        if (lexicon.Category(t) == LexiconCategory.Slur)
        {
            return t.Length > 3 && t[^1] == 's' && !Homonyms.IsInnocent(text, i);
        }

        if (lexicon.Category(t) != LexiconCategory.Identity)
        {
            return false;
        }

        if (i + 1 < count && !ThreatIntent.SentenceBreakBefore(text, i + 1)
            && (ThreatIntent.IsPersonNoun(text.TokenText(i + 1)) || text.TokenText(i + 1) is "ppl" or "lives"))
        {
            return false; // "X people" ends at "people"
        }

        // A plural ("Xs", "women", "Chinese", "Roma"), Islam, or an adjective used as a noun after "the" ("the disabled").
        return (t.Length > 3 && t[^1] == 's' && t is not "trans" and not "always")
               || t is "women" or "men" or "chinese" or "japanese" or "vietnamese" or "lgbt" or "lgbtq" or "roma" or "islam"
                   or "sudanese" or "lebanese" or "taiwanese"
               || (i > 0 && text.TokenText(i - 1) is "the" && t is "disabled" or "blind" or "deaf" or "elderly" or "old" or "young")
               // "the Irish", "the French", "the English": a people named by its adjective
               || (i > 0 && text.TokenText(i - 1) is "the" && t is "irish" or "french" or "british" or "polish" or "turkish" or "english"
                   or "welsh" or "scottish" or "dutch" or "spanish" or "danish" or "swedish" or "finnish" or "swiss")
               || EveryOne(text, i);
    }

    // "every Kurd", "each Jew", "every single Pole": one standing for all.
    private static bool EveryOne(NormalizedText text, int i)
    {
        var q = i > 1 && text.TokenText(i - 1) is "single" ? i - 2 : i - 1;
        return q >= 0 && text.TokenText(q) is "every" or "each";
    }

    // "they", "those people" stand for a group named earlier in the text, at most about two sentences back; returns
    // the last token of its name.
    internal static int? GroupBefore(NormalizedText text, Lexicon lexicon, int pronoun)
    {
        var count = Math.Min(text.TokenCount, Features.MaxTokens);
        for (var j = pronoun - 1; j >= Math.Max(0, pronoun - 25); j--)
        {
            if (GroupNounEnd(text, lexicon, j, count) || IsOtherGroup(text.TokenText(j)))
            {
                return j;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the text opens by addressing a protected group ("Xs, we know where you sleep.", "Xs better watch out, …",
    /// "Xs on this street: …"), so that its "you" is the group.
    /// </summary>
    internal static bool AddressesAGroup(NormalizedText text, Lexicon lexicon)
    {
        var count = Math.Min(text.TokenCount, Features.MaxTokens);
        // "Keep reading, Xs, because we know where you live": a group named between commas, as the one spoken to.
        for (var e = 1; e + 1 < count; e++)
        {
            if (text.GapBefore(e + 1).IndexOf(',') >= 0 && GroupNounEnd(text, lexicon, e, count) && IsProtected(text, lexicon, e))
            {
                var named = Features.RunStart(text, lexicon, lexicon.Category(text.TokenText(e)) is LexiconCategory.Identity or LexiconCategory.Slur ? e : e - 1);
                if (named > 0 && text.GapBefore(named).IndexOf(',') >= 0)
                {
                    return true;
                }
            }
        }

        // "Any of you Xs show up here again and …", "you Xs had better …": the group named right after "you".
        for (var y = 0; y + 1 < count; y++)
        {
            if (text.TokenText(y) is "you" or "ya")
            {
                for (var e = y + 1; e < Math.Min(count, y + 4)
                                    && (lexicon.Category(text.TokenText(e)) == LexiconCategory.Identity || ThreatIntent.IsPersonNoun(text.TokenText(e))); e++)
                {
                    if (GroupNounEnd(text, lexicon, e, count) && IsProtected(text, lexicon, e))
                    {
                        return true;
                    }
                }
            }
        }

        var start = count > 0 && text.TokenText(0) is "hey" or "dear" or "all" or "attention" ? 1 : 0;
        for (var e = start; e < Math.Min(count - 1, start + 4); e++)
        {
            if (lexicon.Category(text.TokenText(e)) != LexiconCategory.Identity && !ThreatIntent.IsPersonNoun(text.TokenText(e)))
            {
                return false;
            }

            if (GroupNounEnd(text, lexicon, e, count) && IsProtected(text, lexicon, e)
                && (ThreatIntent.SentenceBreakBefore(text, e + 1) || text.TokenText(e + 1) is "better" or "on" or "in" or "of"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether "they", "them" or "those people" at <paramref name="pronoun"/> stands for a protected group named before it.</summary>
    internal static bool ProtectedGroupBefore(NormalizedText text, Lexicon lexicon, int pronoun) =>
        GroupBefore(text, lexicon, pronoun) is { } antecedent && IsProtected(text, lexicon, antecedent);

    // A group name other than a party, an ideology or an age ("liberals", "millennials"); the name ends at last.
    internal static bool IsProtected(NormalizedText text, Lexicon lexicon, int last)
    {
        if (IsOtherGroup(text.TokenText(last)))
        {
            return false;
        }

        if (lexicon.Category(text.TokenText(last)) == LexiconCategory.Slur)
        {
            return true;
        }

        var j = lexicon.Category(text.TokenText(last)) == LexiconCategory.Identity ? last : last - 1; // "X people"
        for (; j >= 0 && lexicon.Category(text.TokenText(j)) == LexiconCategory.Identity; j--)
        {
            if (!IsUnprotectedIdentity(text.TokenText(j)))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool IsUnprotectedIdentity(ReadOnlySpan<char> t) =>
        t is "liberal" or "liberals" or "leftist" or "leftists" or "conservative" or "conservatives" or "democrats" or "republicans"
            or "communists" or "socialists" or "feminist" or "feminists" or "old" or "older" or "young" or "younger" or "teenage"
            or "teenagers" or "elderly" or "millennial" or "millennials" or "millenial";

    // A word that can name which voters or fans: not a function word, a number or a verb of the clause before.
    private static bool IsModifier(ReadOnlySpan<char> t) =>
        t.Length > 2 && !char.IsAsciiDigit(t[0]) && t is not ("the" or "and" or "but" or "all" or "these" or "those" or "some"
            or "many" or "most" or "our" or "your" or "their" or "his" or "her" or "its" or "for" or "are" or "were" or "was"
            or "because" or "that" or "who" or "why" or "think" or "said" or "say" or "says" or "with" or "from" or "not"
            or "how" or "when" or "what" or "than" or "like" or "about" or "only" or "even" or "just" or "also" or "other"
            or "any" or "every" or "few" or "more" or "many" or "both" or "such" or "real" or "true");

    // Groups no identity-attack label protects, whose contempt is still an insult ("Bankers are parasites").
    private static bool IsOtherGroup(ReadOnlySpan<char> t) =>
        t is "politicians" or "bankers" or "lawyers" or "landlords" or "journalists" or "reporters" or "cyclists" or "cops"
            or "tories" or "voters" or "boomers" or "trolls" or "protesters" or "protestors" or "activists" or "billionaires"
            or "lefties" or "trumpers" or "hooligans" or "celebrities" or "bureaucrats" or "economists" or "lobbyists"
            or "vegans" or "vegetarians" or "bros" or "influencers" or "hipsters" or "tourists" or "drivers" or "motorists"
            or "teachers" or "doctors" or "academics" or "agents" or "fans" or "gamers" or "zoomers" or "councillors"
            or "ministers" or "mps" or "senators" or "officials" or "executives" or "ceos" or "bosses" or "editors"
            or "moderators" or "mods" or "commenters" or "commentators" or "pundits" or "remainers" or "brexiteers" or "leavers"
            or "vaxxers" or "antivaxxers" or "supporters";

    // What follows the subject: a copula and a contemptuous attribute ("are vermin", "are nothing but leeches"), a
    // denied worth ("aren't human", "don't deserve rights"), exclusion ("belong in a zoo", "should be kept away from
    // …") or violence as a norm ("should be shot", "deserve to die"). Returns the claim's last token and its kind.
    private static (int Last, ClaimKind Kind)? Claim(NormalizedText text, Lexicon lexicon, int p, int count, bool question,
        bool protectedGroup, bool identityNamed = false)
    {
        if (p >= count || ThreatIntent.SentenceBreakBefore(text, p))
        {
            return null;
        }

        var w = text.TokenText(p);
        if (w is "abroad" or "here" or "everywhere" or "overseas"
            || (w is "simply" or "just" or "really" or "honestly" or "still" && p + 1 < count
                && text.TokenText(p + 1) is "can" or "cant" or "cannot" or "don" or "dont" or "do")
            // "They really are the worst sort of people", "Xs frankly are a disease"
            || (w is "really" or "truly" or "honestly" or "frankly" or "clearly" or "obviously" or "genuinely" or "simply" or "just"
                && p + 1 < count && text.TokenText(p + 1) is "are" or "were"))
        {
            return Claim(text, lexicon, p + 1, count, question, protectedGroup, identityNamed); // "Xs abroad should be hunted down"
        }

        if (w is "in" or "at" or "from" or "on" or "across" or "around")
        {
            // "Xs in this city must be put down", "the Xs in those camps are wild dogs": a place does not narrow a call
            // for violence or exclusion, nor contempt.
            for (var m = p + 1; m < Math.Min(count, p + 5) && !ThreatIntent.SentenceBreakBefore(text, m); m++)
            {
                if (text.TokenText(m) is "should" or "must" or "ought" or "need" or "needs" or "deserve" or "deserves")
                {
                    return ProtectedOnly(Norm(text, m, count), protectedGroup || identityNamed);
                }

                if (text.TokenText(m) is "are" or "re")
                {
                    return Claim(text, lexicon, m, count, question, protectedGroup, identityNamed);
                }
            }

            return null;
        }

        // "Xs should be banned from teaching / working with kids / public office": the exclusion of "not allowed to", of a
        // protected group only ("Drink drivers should be banned from driving" is the law).
        if (protectedGroup && w is "should" or "must" && Banned(text, p + 1, count) is { } banned)
        {
            return (banned, ClaimKind.Attack);
        }

        if (w is "deserve" or "deserves" && Scorned(text, p + 1, count) is { } scorn)
        {
            return (scorn, ClaimKind.Attack); // "Xs deserve nothing but contempt", "… deserve to be despised"
        }

        if (w is "should" or "must" or "ought" or "need" or "needs" or "deserve" or "deserves" or "shall" or "shouldn" or "shouldnt"
            or "mustn" or "mustnt")
        {
            return ProtectedOnly(Norm(text, p, count), protectedGroup || identityNamed);
        }

        if (w is "can" or "cant" or "cannot" && Incapable(text, p, count) is { } unable)
        {
            return (unable, ClaimKind.Attack);
        }

        if (protectedGroup && w is "always" or "never" or "just" or "simply" or "all" or "only" or "constantly" or "basically"
            && Habit(text, p, count) is { } habit)
        {
            return (habit, ClaimKind.Attack);
        }

        // "Xs who talk back should be beaten", "Xs caught crossing the border should be shot": a relative clause or a
        // participle narrows the group no more than a place does.
        if (w is "who" or "that" or "caught" or "found" or "seen" or "living" or "coming" or "crossing")
        {
            for (var m = p + 2; m < Math.Min(count, p + 7) && !ThreatIntent.SentenceBreakBefore(text, m); m++)
            {
                if (text.TokenText(m) is "should" or "must" or "deserve" or "deserves")
                {
                    return Norm(text, m, count) is { Kind: ClaimKind.Violent } norm ? norm : null;
                }
            }

            return null;
        }

        if (w is "belong" or "belongs")
        {
            return p + 1 < count && text.TokenText(p + 1) is "in" or "at" && Place(text, p + 2, count) is { } place
                ? (place, ClaimKind.Attack) : null;
        }

        // "Xs have no respect for human life / women / our laws", "Xs have no morals"
        if (w is "have" or "has" && protectedGroup && p + 2 < count && text.TokenText(p + 1) is "no" && !ThreatIntent.SentenceBreakBefore(text, p + 2)
            && text.TokenText(p + 2) is "respect" or "regard" or "morals" or "shame" or "manners" or "loyalty" or "culture" or "conscience")
        {
            return (p + 2, ClaimKind.Attack);
        }

        if (w is "don" or "dont" or "do" or "doesn" or "doesnt" or "does")
        {
            return Undeserving(text, p, count) ?? (protectedGroup ? Uncivilised(text, p, count) : null);
        }

        // "Why do Xs always end up running the banks?": the trope after the question's fillers.
        var trope = p;
        while (question && trope < count && trope - p < 4 && text.TokenText(trope) is "always" or "end" or "up" or "all" or "seem" or "to"
                   or "just" or "somehow")
        {
            trope++;
        }

        if (protectedGroup && trope < count && Conspiracy(text, trope, count, question) is { } plot)
        {
            return (plot, ClaimKind.Attack);
        }

        // The copula: "are", "'re", "r", "is" (Islam, "every X is"), "will always be", "have always been"; in a
        // question the verb came first ("Why are Xs so stupid?", "Why do Xs have to be so greedy?").
        var q = p;
        if (w is "were" && !PastOpinion(text, p))
        {
            return null; // "The Germans were barbaric in 1914" is history; "I always thought Xs were …" is not
        }

        if (w is "are" or "re" or "r" or "is" or "aren" or "arent" or "isn" or "isnt" or "were")
        {
            q++; // the copula; in a framed question it follows the group ("Isn't it obvious that Xs are …?")
        }
        else if (question)
        {
            while (q < count && q - p < 6 && text.TokenText(q) is "have" or "has" or "to" or "be" or "always" or "all" or "act" or "acting"
                       or "stop" or "being" or "keep" or "ever" or "just" or "turn" or "out" or "seem" or "tend" or "end" or "up")
            {
                q++;
            }
        }
        else if (w is "will" or "ll" or "have" or "ve")
        {
            q++;
            if (q < count && text.TokenText(q) is "always")
            {
                q++;
            }

            if (q >= count || text.TokenText(q) is not ("be" or "been"))
            {
                return null;
            }

            q++;
        }
        else
        {
            return null;
        }

        var negated = !question && w is "aren" or "arent" or "isn" or "isnt";
        var inList = false; // the word before was an adjective of a list, so a comma goes on with it
        for (; q < count && (!ThreatIntent.SentenceBreakBefore(text, q) || (inList && text.GapBefore(q).Trim() is ",")) && q - p < 8; q++)
        {
            var t = text.TokenText(q);
            if (t is "no" && q + 2 < count && text.TokenText(q + 1) is "better" && text.TokenText(q + 2) is "than")
            {
                q += 2; // "no better than animals"
                continue;
            }

            if (Features.IsNegator(t, q > 0 ? text.TokenText(q - 1) : default))
            {
                negated = true;
                continue;
            }

            if (negated && IsWorth(text, q, count))
            {
                return (q, ClaimKind.Attack); // "Xs are not human", "aren't worth the air they breathe"
            }

            if (IsContempt(text, lexicon, q, count, protectedGroup))
            {
                return (q, negated ? ClaimKind.Denied : ClaimKind.Attack);
            }

            // Of a trade or a party, a generalisation is an adjective on the way to the insult: "Bankers are greedy vermin".
            if (!protectedGroup && IsContempt(text, lexicon, q, count, protectedGroup: true))
            {
                continue;
            }

            if (t is "of" && q > 0 && text.TokenText(q - 1) is not ("bunch" or "pack" or "load" or "lot" or "herd" or "horde" or "swarm"))
            {
                return null;
            }

            // "just as greedy as everyone says", "every bit as dishonest as I expected": a comparison of degree. Denied, it
            // is no denial of the attribute ("Xs are not as dumb as the minister thinks" may go on to insult him).
            if (t is "as" or "bit" or "equally" || (t is "every" && q + 1 < count && text.TokenText(q + 1) is "bit"))
            {
                if (negated)
                {
                    return null;
                }

                continue;
            }

            // One adjective on the way to a contemptuous noun: "brutal drunks", "dangerous animals", "shameless beggars"
            // (the noun decides: "innocent victims", "brave fighters" are no claim).
            if (protectedGroup && q + 1 < count && !ThreatIntent.SentenceBreakBefore(text, q + 1) && text.TokenText(q + 1) is { Length: > 3 } noun
                && noun[^1] == 's' && IsContempt(text, lexicon, q + 1, count, protectedGroup))
            {
                continue;
            }

            // A hyphenated adjective ("knuckle-dragging thugs", "bone-idle") is on the way to the attribute, and so is
            // an adjective of a list ("brutish, drunken and cruel"): the list's contempt may come last.
            var hyphenated = text.GapBefore(q) is "-" || (q + 1 < count && text.GapBefore(q + 1) is "-");
            var listed = q + 1 < count && (text.GapBefore(q + 1).Trim() is "," || text.TokenText(q + 1) is "and")
                         || (t is "and" && q > 0 && text.GapBefore(q).Trim().IsEmpty && q - p > 1);
            if (!IsFiller(t) && !hyphenated && !listed)
            {
                return null;
            }

            inList = listed && t is not "and";
        }

        return null;
    }

    /// <summary>
    /// The last token of violence called for after the modal at <paramref name="p"/> ("should be hanged", "should be
    /// dragged out of court and beaten", "ought to be strung up"); null for anything else, exclusion included.
    /// </summary>
    internal static int? ViolentNorm(NormalizedText text, int p, int count) =>
        Norm(text, p, count) is (var last, ClaimKind.Violent) ? last : null;

    // After "should", "must", "ought to", "need to", "deserve to": violence ("be shot", "all die", "be put down"),
    // or exclusion ("be kept away from children", "not be allowed to exist").
    // Violence in a figure of speech or a contest is neither ("should be slaughtered in the midterms", "deserve to be wiped
    // out in May", "…, metaphorically speaking").
    private static (int Last, ClaimKind Kind)? Norm(NormalizedText text, int p, int count) =>
        NormCore(text, p, count) is var (last, kind)
        && !(kind is ClaimKind.Violent && (Figurative(text, last, count)
                                           || (ViolentDue.IsContestable(text.TokenText(last)) && ViolentDue.Contest(text, last + 1, count)))) ? (last, kind) : null;

    /// <summary>"…, metaphorically speaking": the writer says the violence is a figure of speech.</summary>
    internal static bool Figurative(NormalizedText text, int k, int count)
    {
        for (var m = k + 1; m < Math.Min(count, k + 12) && !Sentences.BreakBefore(text, m); m++)
        {
            if (text.TokenText(m) is "metaphorically" or "figuratively")
            {
                return true;
            }
        }

        return false;
    }

    private static (int Last, ClaimKind Kind)? NormCore(NormalizedText text, int p, int count)
    {
        var q = p + 1;
        var negated = text.TokenText(p) is "shouldnt" or "mustnt"; // typed without the apostrophe, one token
        var have = false; // "should have shot first time": the subject's own act, unless "have been"
        var adverb = false; // one "-ly" word: "should be publicly hanged"
        while (q < count && q - p < 5)
        {
            var w = text.TokenText(q);
            if (w is "to" or "all" or "just" or "simply" or "really" or "be" or "get" or "gets" or "got" or "t" or "not" or "never" or "ve" or "have" or "been"
                or "frankly" or "honestly")
            {
                negated |= w is "not" or "never" or "t";
                have = w is "ve" or "have" || (have && w is not "been");
                q++;
            }
            else if (!adverb && w.Length > 4 && w.EndsWith("ly") && q > p + 1 && text.TokenText(q - 1) is "be" or "been" or "get")
            {
                adverb = true;
                q++;
            }
            else
            {
                break;
            }
        }

        // "must have been killed instantly" infers; "should have been shot" calls
        if (q >= count || ThreatIntent.SentenceBreakBefore(text, q) || have
            || (text.TokenText(p) is "must" && p + 1 < count && text.TokenText(p + 1) is "have" or "ve"))
        {
            return null;
        }

        // "must" infers as often as it obliges: "He must be dead by now", "She must be dying of embarrassment".
        if (text.TokenText(p) is "must" && (text.TokenText(q) is "dead" || text.TokenText(q).EndsWith("ing")))
        {
            return null;
        }

        var t = text.TokenText(q);
        if (negated)
        {
            // "should not be allowed to exist / breed / live / near children"
            if (t is "allowed" && q + 2 < count && text.TokenText(q + 1) is "to" && text.TokenText(q + 2) is "exist" or "live" or "breed" or "reproduce" or "vote")
            {
                return (q + 2, ClaimKind.Attack);
            }

            if (t is "allowed" && q + 1 < count && text.TokenText(q + 1) is "near" or "anywhere" or "around")
            {
                return (q + 1, ClaimKind.Attack);
            }

            // Barred from ordinary life (session 15, round 12's and 14's identity attacks without slurs): "should not be
            // allowed to teach / adopt / marry / drive / work with children", "shouldn't be (allowed) in schools / our
            // country / parliament".
            return ExcludedFromLife(text, t is "allowed" ? q + 1 : q, count) is { } barred ? (barred, ClaimKind.Excluded) : null;
        }

        // "should be taken from their families and beaten": violence later in the same clause
        for (var m = q + 1; m + 1 < Math.Min(count, q + 10) && !ThreatIntent.SentenceBreakBefore(text, m); m++)
        {
            // "… and (then) beaten", "… and set on fire", "… and left to die"
            var after = m + 2 < count && text.TokenText(m + 1) is "then" ? m + 2 : m + 1;
            if (text.TokenText(m) is "and" && after + 2 < count && text.TokenText(after) is "left")
            {
                // "… and left to die", "… and left there to die"
                var to = text.TokenText(after + 1) is "there" or "alone" or "outside" && after + 3 < count ? after + 2 : after + 1;
                after = text.TokenText(to) is "to" ? to + 1 : after;
            }

            if (text.TokenText(m) is "and" && IsViolentNorm(text, after, count) is { } then)
            {
                return (then, ClaimKind.Violent);
            }

            // "… force fed meat till they choke", "… beaten until they stop breathing"
            if (text.TokenText(m) is "till" or "until" && m + 2 < count && text.TokenText(m + 1) is "they" or "he" or "she" or "you"
                && text.TokenText(m + 2) is "choke" or "die" or "drown" or "bleed" or "suffocate" or "starve")
            {
                return (m + 2, ClaimKind.Violent);
            }
        }

        // "should face a / the firing squad"
        if (t is "face" && q + 3 < count && text.TokenText(q + 1) is "a" or "the" && text.TokenText(q + 2) is "firing"
            && text.TokenText(q + 3) is "squad")
        {
            return (q + 3, ClaimKind.Violent);
        }

        // "should be left to drown / die / starve"
        if (t is "left" && q + 2 < count && text.TokenText(q + 1) is "to" && IsViolentNorm(text, q + 2, count) is { } left)
        {
            return (left, ClaimKind.Violent);
        }

        if (IsViolentNorm(text, q, count) is { } last)
        {
            // "should rot" wishes them ill, but names no violence ("They should rot for all I care").
            return (last, text.TokenText(last) is "rot" ? ClaimKind.Attack : ClaimKind.Violent);
        }

        // "should be kept away from normal people", "kept out of sight", "locked up", "rounded up" (and "… and shot"),
        // "thrown out", "kicked out (of the country)"
        if ((t is "kept" or "locked" or "thrown" or "kicked" or "chucked" or "booted" or "driven" && q + 1 < count && text.TokenText(q + 1) is "away" or "out")
            || (t is "locked" or "rounded" or "caged" && q + 1 < count && text.TokenText(q + 1) is "up"))
        {
            return q + 3 < count && text.TokenText(q + 2) is "and" && IsViolentNorm(text, q + 3, count) is { } then
                ? (then, ClaimKind.Violent) : (q + 1, ClaimKind.Attack);
        }

        // "should go home", "should go back home (now)", ending the clause: not "… go home when the war ends"
        // Only told to: "should / must / need to / ought to go home", not "just want to go home".
        var told = q >= 1 && (text.TokenText(q - 1) is "should" or "must" or "shall"
                              || (q >= 2 && text.TokenText(q - 1) is "to" && text.TokenText(q - 2) is "need" or "needs" or "ought"));
        var home = told && t is "go" && q + 1 < count ? (text.TokenText(q + 1) is "home" ? q + 1
            : text.TokenText(q + 1) is "back" && q + 2 < count && text.TokenText(q + 2) is "home" ? q + 2 : -1) : -1;
        if (home > 0)
        {
            var end = home + 1 < count && text.TokenText(home + 1) is "now" or "already" ? home + 1 : home;
            return end + 1 >= count || ThreatIntent.SentenceBreakBefore(text, end + 1) ? (end, ClaimKind.Attack) : null;
        }

        // "should go back to the jungle"
        return t is "go" && q + 2 < count && text.TokenText(q + 1) is "back" && text.TokenText(q + 2) is "to"
               && Place(text, q + 3, count) is { } place ? (place, ClaimKind.Attack) : null;
    }

    // The violence at q, where its word is meant as violence to people (ViolentSense).
    private static int? IsViolentNorm(NormalizedText text, int q, int count) =>
        IsViolentNormCore(text, q, count) is { } last && ViolentSense.Holds(text, q, last, count) ? last : null;

    private static int? IsViolentNormCore(NormalizedText text, int q, int count)
    {
        var t = text.TokenText(q);
        var next = q + 1 < count && !ThreatIntent.SentenceBreakBefore(text, q + 1) ? text.TokenText(q + 1) : default;
        // (the everyday senses of these words, "should burn the rulebook", "shot for the newsletter", "thrown a lifeline",
        // are ViolentSense's, which IsViolentNorm applies to what this finds)
        // "put down" is an animal's death only in the passive ("should be put down"; not "need to put down the weed")
        if ((t is "gunned" or "mowed" or "hunted" && next is "down")
            || (t is "put" && next is "down" && q > 0 && text.TokenText(q - 1) is "be" or "been" or "get" or "got") || (t is "wiped" && next is "out") || (t is "strung" && next is "up")
            || (t is "bleed" && next is "out" && !ObjectAfter(text, q + 2, count)) || (t is "machine" && next is "gunned")
            || (t is "run" && next is "over" && q > 0 && text.TokenText(q - 1) is "be" or "get" or "got" or "gets" && !ObjectAfter(text, q + 2, count)))
        {
            return q + 1; // "strung up", "deserves to bleed out", "machine-gunned", "deserves to be run over"
        }

        // "met with fists and boots", "met on the beach with a baseball bat": a welcome of violence
        if (t is "met")
        {
            for (var m = q + 1; m + 1 < Math.Min(count, q + 6) && !ThreatIntent.SentenceBreakBefore(text, m); m++)
            {
                if (text.TokenText(m) is "with")
                {
                    var w = m + 2 < count && text.TokenText(m + 1) is "a" or "an" or "some" ? m + 2 : m + 1;
                    var weapon = text.TokenText(w) is "baseball" && w + 1 < count ? w + 1 : w;
                    return text.TokenText(weapon) is "fists" or "bats" or "bat" or "boots" or "knives" or "knife" or "bricks" or "brick"
                        or "crowbar" or "crowbars" or "petrol" or "bullets" or "guns" or "machetes" or "hammers" or "clubs" ? weapon : null;
                }
            }

            return null;
        }

        // "knocked out (cold)", not "knocked out of the cup"
        if (t is "knocked" && next is "out" && (q + 2 >= count || ThreatIntent.SentenceBreakBefore(text, q + 2) || text.TokenText(q + 2) is not "of"))
        {
            return q + 1;
        }

        // "kicked / stamped / battered to death", "set on fire", "set alight", "skinned alive"
        var third = q + 2 < count && !ThreatIntent.SentenceBreakBefore(text, q + 2) ? text.TokenText(q + 2) : default;
        if ((t is "kicked" or "stamped" or "battered" or "bludgeoned" or "clubbed" or "beaten" or "stabbed" or "hacked" && next is "to" && third is "death")
            || (t is "set" && next is "on" && third is "fire"))
        {
            return q + 2;
        }

        if ((t is "set" && next is "alight" or "ablaze") || (t is "skinned" or "burned" or "burnt" or "buried" && next is "alive"))
        {
            return q + 1;
        }

        // "hang out" is no hanging; DeathWish.IsDeath leaves out "shot down" (aircraft), "burned down" (buildings) and
        // "rot in jail" (a sentence, not a death).
        if (next is "out" or "around")
        {
            return null;
        }

        return DeathWish.IsDeath(text, q, count) || (next is not "down" && t is "hung" or "hang" or "executed" or "euthanised"
            or "euthanized" or "incinerated" or "eradicated" or "sterilised" or "sterilized" or "castrated" or "drowned" or "stoned" or "tortured"
            or "butchered" or "nuked" or "starve" or "perish" or "beaten" or "whipped" or "flogged" or "raped" or "lynched"
            or "stabbed" or "bombed" or "thrown" or "firebombed" or "massacred" or "culled" or "torched" or "knifed" or "kneecapped"
            or "guillotined" or "crucified" or "impaled" or "decapitated" or "dismembered" or "mutilated" or "electrocuted"
            or "disembowelled" or "disemboweled" or "bludgeoned" or "tarred" or "battered")
               // "Xs need culling / shooting": the gerund only after "need" ("should be shooting films" is no call)
               || (t is "culling" or "gassing" or "shooting" or "exterminating" or "eradicating" && q > 0 && text.TokenText(q - 1) is "need" or "needs")
            ? q : null;
    }

    // "run over the procedures", "bleed out the radiators": a phrasal verb with its own object is no violence.
    private static bool ObjectAfter(NormalizedText text, int k, int count) =>
        k < count && !ThreatIntent.SentenceBreakBefore(text, k)
        && (text.TokenText(k) is "the" or "these" or "those" or "our" or "their" or "its" or "a" or "an" or "any" or "his" or "her" or "my"
                or "your" or "two" or "three" or "four" or "five" or "six" or "seven" or "several" or "many"
            || char.IsAsciiDigit(text.TokenText(k)[0])); // "run over five days"

    // The conspiracy tropes told of a protected group: "Xs control the banks / the media", "Xs run the world", "Xs are
    // behind every war / all our problems". Not "Xs run the shop on the corner" (no institution of power).
    private static int? Conspiracy(NormalizedText text, int p, int count, bool question)
    {
        var w = text.TokenText(p);
        var q = p + 1;
        if (w is "are" or "re" or "r" && q < count && text.TokenText(q) is "behind")
        {
            for (var m = q + 1; m < Math.Min(count, q + 7) && !ThreatIntent.SentenceBreakBefore(text, m); m++)
            {
                if (text.TokenText(m) is "problems" or "wars" or "war" or "crisis" or "crises" or "evil" or "everything" or "troubles")
                {
                    return m;
                }
            }

            return null;
        }

        // "running" only after a question's fillers ("Why do Xs always end up running …"): "Xs running the media is an
        // antisemitic myth" names the trope.
        if (w is not ("control" or "controls" or "run" or "runs" or "own" or "owns" or "rule" or "rules")
            && !(question && w is "running" or "controlling" or "owning"))
        {
            return null;
        }

        if (q < count && text.TokenText(q) is "the" or "all" or "our" or "every")
        {
            q++;
        }

        return q < count && text.TokenText(q) is "banks" or "media" or "world" or "government" or "governments" or "hollywood"
                   or "money" or "press" or "finance" or "economy" or "politicians" or "newspapers" or "news" or "television"
                   or "internet" or "courts" or "congress" or "parliament" or "universities" or "narrative"
            ? q : null;
    }

    // "Xs can't drive.", "Xs can't think for themselves", "can't look after themselves", "can't be trusted": a basic
    // ability denied to a whole group. "drive" only at the clause's end ("Women can't drive in Saudi
    // Arabia" reports a law).
    private static int? Incapable(NormalizedText text, int p, int count)
    {
        // "can't" tokenises as "can" "t"; "cant", "cannot" are one token
        var q = text.TokenText(p) is not "can" ? p + 1 : p + 1 < count && text.TokenText(p + 1) is "t" ? p + 2 : -1;
        if (q < 0)
        {
            return null;
        }

        while (q < count && text.TokenText(q) is "even" or "ever" or "actually" or "really")
        {
            q++;
        }

        if (q >= count)
        {
            return null;
        }

        var verb = text.TokenText(q);
        var next = q + 1 < count && !ThreatIntent.SentenceBreakBefore(text, q + 1) ? text.TokenText(q + 1) : default;
        var end = q + 1 >= count || ThreatIntent.SentenceBreakBefore(text, q + 1);
        if ((verb is "drive" && (end || next is "properly" or "safely") && !PlaceOrTimeBefore(text, p))
            || (verb is "think" && next is "for")
            || (verb is "be" && next is "trusted" && TrustedAtAll(text, q + 2, count)) || (verb is "look" && next is "after")
            || (verb is "control" && next is "themselves")
            || (verb is "help" && next is "themselves")
            // "Xs cannot live peacefully alongside anyone", "can't integrate.", "can't behave."
            || (verb is "live" && next is "peacefully" or "alongside" or "among")
            || (verb is "integrate" or "assimilate" or "behave" && (end || next is "themselves" or "anywhere"))
            // "Women can't handle pressure", "Xs can't handle their drink", "can't resist a fight", "can't stay faithful",
            // "can't run their own countries"; not "can't handle loud noise" or "can't run the marathon"
            || (verb is "handle" && next is "pressure" or "responsibility" or "power" or "money" or "leadership")
            || (verb is "handle" && next is "their" && q + 2 < count && text.TokenText(q + 2) is "drink" or "booze" or "liquor")
            || (verb is "resist" && (next is "stealing" or "lying" or "cheating" or "violence" or "trouble"
                                     || (next is "a" && q + 2 < count && text.TokenText(q + 2) is "fight" or "scrap" or "brawl")))
            || (verb is "stay" && next is "faithful" or "loyal" && (q + 2 >= count || ThreatIntent.SentenceBreakBefore(text, q + 2)
                                                                      || text.GapBefore(q + 2).IndexOf(',') >= 0))
            || (verb is "run" && next is "a" or "their" && CountryAfter(text, q + 2, count) && !Excused(text, count)))
        {
            return next.IsEmpty ? q : q + 1;
        }

        return null;
    }

    // "Asylum seekers don't work. The law bans them.", "… simply don't work, because employers won't hire them": a
    // reason anywhere in the text.
    private static bool Excused(NormalizedText text, int count)
    {
        for (var k = 0; k < count; k++)
        {
            if (text.TokenText(k) is "because" or "law" or "laws" or "allowed" or "banned" or "barred" or "permitted" or "legally"
                or "illegal" or "employers" or "discrimination" or "since" or "until" or "unless" or "if" or "let" or "while" or "blocks"
                or "block" or "blocked" or "stops" or "prevents")
            {
                return true;
            }
        }

        return false;
    }

    // "a country", "their own countries", "anything properly": the object of "can't run" that denies a people self-rule.
    private static bool CountryAfter(NormalizedText text, int k, int count)
    {
        if (k < count && text.TokenText(k) is "own")
        {
            k++;
        }

        return k < count && text.TokenText(k) is "country" or "countries" or "state" or "government" or "nation";
    }

    // "Xs always cheat", "Xs just take what they want", "Xs never pay for anything", "Xs never learn English": a vice
    // or a failing as the habit of a whole group, after "always", "never", "just", "all". Not a custom ("Xs always pray
    // at dawn", "never work on the Sabbath", "never eat pork").
    private static int? Habit(NormalizedText text, int p, int count)
    {
        var q = p;
        var never = false;
        while (q < count && q - p < 3 && text.TokenText(q) is "always" or "never" or "just" or "simply" or "all" or "only" or "constantly"
                   or "basically")
        {
            never |= text.TokenText(q) is "never";
            q++;
        }

        if (q >= count || ThreatIntent.SentenceBreakBefore(text, q))
        {
            return null;
        }

        var v = text.TokenText(q);
        var ends = q + 1 >= count || ThreatIntent.SentenceBreakBefore(text, q + 1) || text.GapBefore(q + 1).IndexOf(',') >= 0;
        var next = ends ? default : text.TokenText(q + 1);
        if (!never)
        {
            return v is "cheat" or "steal" or "scrounge" or "beg" or "riot" or "loot" or "sponge" or "freeload" or "scam" or "rob"
                or "litter" or "stink" or "leech"
                       || (v is "lie" && !(next is "down" or "in" or "on" or "low" or "back" or "awake"))
                ? q
                : v is "play" && next is "the" && q + 2 < count && text.TokenText(q + 2) is "victim" or "race" ? q + 2
                : null;
        }

        // "never work, they're legally barred": a reason in the text makes it a fact about a law or a barrier.
        return ((v is "pay" && (ends || next is "for" or "taxes" or "tax" or "their" or "rent" or "anything" or "a"))
                || (v is "work" && (ends || next is "a" or "hard"))
                || (v is "learn" && (ends || next is "english" || (next is "the" && q + 2 < count && text.TokenText(q + 2) is "language")))
                || v is "integrate" or "assimilate" or "contribute" or "wash" or "invent" or "innovate") && !Excused(text, count)
            ? q
            : v is "tell" && next is "the" && q + 2 < count && text.TokenText(q + 2) is "truth" ? q + 2
            : null;
    }

    // "In Saudi Arabia, women can't drive.", "Until 2018 women couldn't drive": a law somewhere, not a claim.
    private static bool PlaceOrTimeBefore(NormalizedText text, int k)
    {
        for (var c = k - 1; c >= 0 && !Sentences.BreakBefore(text, c + 1); c--)
        {
            if (text.TokenText(c) is "in" or "until" or "before" or "since")
            {
                return true;
            }
        }

        return false;
    }

    // "can't be trusted." / "with money" / "around children"; not "cannot be trusted as a partner in the talks" (a state's
    // diplomacy).
    private static bool TrustedAtAll(NormalizedText text, int k, int count) =>
        k >= count || ThreatIntent.SentenceBreakBefore(text, k) || text.TokenText(k) is "with" or "around" or "near" or "at" or "ever";

    // "Xs don't wash", "Xs don't respect women / our laws", "Xs don't pay taxes": the habits hate says a group lacks.
    private static (int Last, ClaimKind Kind)? Uncivilised(NormalizedText text, int p, int count)
    {
        var q = AfterNegatedDo(text, p, count);
        if (q < 0)
        {
            return null;
        }

        if (q < count && text.TokenText(q) is "even" or "ever" or "actually")
        {
            q++;
        }

        if (q >= count)
        {
            return null;
        }

        var verb = text.TokenText(q);
        var next = q + 1 < count && !ThreatIntent.SentenceBreakBefore(text, q + 1) ? text.TokenText(q + 1) : default;
        if (verb is "wash" or "bathe" && next.IsEmpty)
        {
            return (q, ClaimKind.Attack);
        }

        // "Xs simply don't work, look at the figures": idleness as the group's habit, the clause ending at the verb (not
        // "don't work on the Sabbath", "don't work because they are not allowed to")
        if (verb is "work" or "integrate" or "contribute" && (next.IsEmpty || text.GapBefore(q + 1).IndexOf(',') >= 0) && !Excused(text, count))
        {
            return (q, ClaimKind.Attack);
        }

        // not "don't respect the ceasefire"
        if (verb is "respect" && next is "women" or "our" or "anyone" or "life" or "human")
        {
            return (q + 1, ClaimKind.Attack);
        }

        // "pay taxes" ends the clause: not "don't pay tax on their allowance because there is none"
        return verb is "pay" && next is "taxes" or "tax" && (q + 2 >= count || ThreatIntent.SentenceBreakBefore(text, q + 2))
            ? (q + 1, ClaimKind.Attack) : null;
    }

    // The token after "don't", "doesn't" or "do not" that starts at p; -1 when p starts no negated "do".
    private static int AfterNegatedDo(NormalizedText text, int p, int count) =>
        p + 1 < count && text.TokenText(p + 1) is "not" or "t" ? p + 2 : text.TokenText(p) is "dont" or "doesnt" ? p + 1 : -1;

    // After "deserve": contempt as the group's due ("nothing but contempt", "our scorn", "to be despised / spat on"); not
    // "contempt of court" (a charge), nor "to be hated by nobody".
    private static int? Scorned(NormalizedText text, int q, int count)
    {
        ReadOnlySpan<char> At(int k) => Sentences.InClause(text, k, count);
        if (At(q) is "nothing" && At(q + 1) is "but" or "except" or "less")
        {
            q += At(q + 1) is "less" && At(q + 2) is "than" ? 3 : 2;
        }

        while (q < count && At(q) is "only" or "our" or "my" or "total" or "utter" or "complete" or "pure" or "all" or "the"
                   or "every" or "bit" or "of" or "public" or "universal")
        {
            q++;
        }

        var t = At(q);
        if (t is "contempt" or "scorn" or "hatred" or "hate" or "disdain" or "derision" or "loathing" or "revulsion" or "disgust"
            or "ridicule" or "mockery" or "abuse" or "humiliation" or "persecution" or "suffering")
        {
            // "contempt of court", "contempt for what was done to them", "hate-free spaces"
            return At(q + 1) is "of" or "for" or "free" || (q + 1 < count && text.GapBefore(q + 1) is "-") ? null : q;
        }

        if (t is "to" && At(q + 1) is "be" && At(q + 2) is "despised" or "hated" or "loathed" or "mocked" or "ridiculed" or "shunned"
                or "ostracised" or "ostracized" or "humiliated" or "shamed" or "scorned" or "spat" or "persecuted" or "abused"
                or "treated" && At(q + 3) is not ("by" or "fairly" or "equally" or "with"))
        {
            return At(q + 2) is "treated" ? (At(q + 3) is "like" && At(q + 4) is "dirt" or "animals" or "scum" or "vermin" or "dogs" ? q + 4 : null)
                : At(q + 2) is "spat" ? (At(q + 3) is "on" or "at" ? q + 3 : null) : q + 2;
        }

        return t is "to" && At(q + 1) is "suffer" ? q + 1 : null;
    }

    // "don't deserve (any) rights / to live / respect"
    private static (int Last, ClaimKind Kind)? Undeserving(NormalizedText text, int p, int count)
    {
        var q = AfterNegatedDo(text, p, count);
        if (q < 0)
        {
            return null;
        }

        if (q + 1 >= count || text.TokenText(q) is not ("deserve" or "deserves"))
        {
            return null;
        }

        q++;
        if (text.TokenText(q) is "any" or "the" or "basic" && q + 1 < count)
        {
            q++;
        }

        // "an ounce of", "a shred of", "one bit of" respect
        if (q + 2 < count && text.TokenText(q) is "an" or "a" or "one" && text.TokenText(q + 1) is "ounce" or "shred" or "scrap" or "iota" or "bit"
            or "modicum" or "grain" && text.TokenText(q + 2) is "of")
        {
            q += 3;
        }

        var t = text.TokenText(q);
        if (t is "rights" or "respect" or "dignity" or "compassion" or "sympathy" or "mercy" or "humanity")
        {
            return (q, ClaimKind.Attack);
        }

        return t is "to" && q + 1 < count && text.TokenText(q + 1) is "live" or "exist" or "breathe" or "vote" ? (q + 1, ClaimKind.Attack) : null;
    }

    // "a zoo", "cages", "the jungle", "the gutter", "an oven"
    private static int? Place(NormalizedText text, int q, int count)
    {
        if (q < count && text.TokenText(q) is "a" or "an" or "the" or "their")
        {
            q++;
        }

        return q < count && text.TokenText(q) is "zoo" or "zoos" or "cage" or "cages" or "jungle" or "gutter" or "sewer" or "sewers"
            or "oven" or "ovens" or "trees" or "caves" or "cave" or "kennel" or "kennels" or "barn" or "trash" or "bin" or "dump"
            or "camps" ? q : null;
    }

    // A worth denied: "not human", "not people", "not worth …", "not capable of …", "not real women".
    private static bool IsWorth(NormalizedText text, int q, int count)
    {
        var t = text.TokenText(q);
        return t is "human" or "humans" or "people" or "persons" or "worth" or "capable" or "civilised" or "civilized" or "normal"
            or "intelligent" or "fit"
            || (t is "real" && q + 1 < count && ThreatIntent.IsPersonNoun(text.TokenText(q + 1)));
    }

    // A contemptuous attribute: the lexicon's insults, dehumanising words and slurs (not "invaders", said of armies in
    // every war report), or, of a protected group, one of the generalisations hate speech makes ("criminals",
    // "greedy"), which said of a party or a trade is opinion ("Politicians are criminals").
    private static bool IsContempt(NormalizedText text, Lexicon lexicon, int q, int count, bool protectedGroup)
    {
        var t = text.TokenText(q);
        var cat = lexicon.Category(t);
        if (cat is LexiconCategory.Insult or LexiconCategory.Dehumanising or LexiconCategory.Slur)
        {
            return t is not "invaders";
        }

        // A swear word as the predicate noun, a plural ("Xs are a bunch of shitheads", "… are bastards"); not an
        // intensifier ("are fucking great") nor banter about a skill ("The Dutch are crap at cricket").
        if (cat is LexiconCategory.Profanity && protectedGroup)
        {
            return t.Length > 3 && t[^1] == 's' && t[^2] != 's' && !(q + 1 < count && text.TokenText(q + 1) is "at" or "when" or "for");
        }

        if (!protectedGroup)
        {
            // Said of a party, a trade or the fans of a club, these insult too ("Remainers are traitors", "Football fans
            // are knuckle-dragging thugs"); not "thick on the ground".
            var after = q + 1 < count ? text.TokenText(q + 1) : default;
            return t is "thugs" or "traitors" or "menace" or "cretins" or "subnormal" || (t is "thick" && after is not "on");
        }

        if (t is "mentally" && q + 1 < count && text.TokenText(q + 1) is "ill" or "sick" or "deficient")
        {
            return true;
        }

        if (t is "sick" && q + 2 < count && text.TokenText(q + 1) is "in" && text.TokenText(q + 2) is "the")
        {
            return true; // "sick in the head"
        }

        var next = q + 1 < count ? text.TokenText(q + 1) : default;
        if (t is "less" && next is "intelligent" or "human" or "evolved" or "civilised" or "civilized" or "capable" or "worthy")
        {
            return true; // "less intelligent", "less human"
        }

        if (q > 0 && text.TokenText(q - 1) is "too" && next is "to" && t is "emotional" or "weak" or "dumb" or "irrational" or "hysterical")
        {
            return true; // "too emotional to lead"
        }

        if (t is "drain" && next is "on")
        {
            return true; // "a drain on everyone"
        }

        if (DeniedThreat(text, q, count))
        {
            return true;
        }

        // "the laziest people on earth", "the worst drivers" (not "the worst hit by the floods")
        if (t is "worst")
        {
            return next is not ("hit" or "affected" or "off" or "case" or "of" or "thing" or "part" or "victims" or "casualties"
                or "sufferers");
        }

        // "laziest" → "lazy", "dumbest" → "dumb", "shittiest" → "shitty" (no allocation: this runs per token)
        if (t.Length >= 6 && t.EndsWith("est"))
        {
            Span<char> buffer = stackalloc char[t.Length];
            var base_ = t.EndsWith("iest") ? Append(buffer, t[..^4], 'y') : t[..^3];
            return lexicon.Category(base_) is LexiconCategory.Insult or LexiconCategory.Profanity || IsGeneralisation(base_);
        }

        return IsGeneralisation(t);
    }

    /// <summary>Whether the word at <paramref name="q"/> is contempt said of a protected group (<see cref="IsContempt"/>).</summary>
    internal static bool IsContemptOf(NormalizedText text, Lexicon lexicon, int q, int count) =>
        IsContempt(text, lexicon, q, count, protectedGroup: true) && !DeniedThreat(text, q, count);

    // Read only as the claim a denial denies ("Xs are not a threat to anyone", "no danger to you"), never said outright
    // ("Kurds are a threat to Ankara" is as often politics as hate; the heads judge it), and not where the denial turns:
    // "… not a threat, they are THE threat", "… not a threat until they are", "… not a threat? Tell that to …", "…, said
    // no one ever". The other rules (GenericMember, vice as nature) do not read it at all (IsContemptOf).
    private static bool DeniedThreat(NormalizedText text, int q, int count)
    {
        if (text.TokenText(q) is not ("threat" or "danger" or "menace") || q < 2
            || !(text.TokenText(q - 1) is "no" || (text.TokenText(q - 1) is "a" && text.TokenText(q - 2) is "not" or "never")))
        {
            return false;
        }

        for (var k = q + 1; k < count; k++)
        {
            var t = text.TokenText(k);
            // "… not a threat, they are THE threat" turns; "stop pretending they are" does not
            if (t is "until" or "unless" or "except"
                || (t is "they" && k + 1 < count && text.TokenText(k + 1) is "are" or "re"
                    && text.TokenText(k - 1) is not ("pretending" or "pretend" or "claiming" or "claim" or "saying" or "say" or "like" or "think"))
                || (t is "said" && k + 1 < count && text.TokenText(k + 1) is "no"))
            {
                return false;
            }
        }

        return !Sentences.EndsInQuestion(text, q, count);
    }

    private static ReadOnlySpan<char> Append(Span<char> buffer, ReadOnlySpan<char> stem, char last)
    {
        stem.CopyTo(buffer);
        buffer[stem.Length] = last;
        return buffer[..(stem.Length + 1)];
    }

    private static bool IsGeneralisation(ReadOnlySpan<char> t) =>
        t is "greedy" or "sneaky" or "dirty" or "smelly" or "stinky" or "evil" or "criminals" or "thieves" or "rapists"
            or "terrorists" or "predators" or "paedophiles" or "pedophiles" or "groomers" or "perverts" or "perverted" or "deviants"
            or "abominations" or "abomination" or "freaks" or "leeches" or "bloodsuckers" or "insects" or "livestock" or "waste"
            or "burden" or "liars" or "thugs" or "monsters" or "demons" or "useless" or "brainwashed" or "backward" or "primitive"
            or "barbaric" or "barbarians" or "violent" or "diseased" or "disease" or "virus" or "sewage" or "dogs" or "beasts"
            or "orcs" or "inbred" or "deranged" or "scroungers" or "spongers" or "freeloaders" or "crooks" or "cheats"
            or "untrustworthy" or "hateful" or "godless" or "filthy" or "lazy" or "drunks" or "drunk" or "ungrateful"
            or "unclean" or "parasitic" or "scammers" or "fraudsters" or "uncivilised" or "uncivilized" or "soulless" or "creepy"
            or "brutes" or "bandits" or "weasels" or "scheming" or "manipulative" or "dishonest" or "incompatible" or "thieving"
            or "brutish" or "cruel" or "aggressive" or "rude" or "hysterical" or "deluded" or "corrupt" or "grasping" or "fanatics"
            or "fanatical" or "incapable" or "arrogant"
            // the war-news thread's national stereotypes (hatecheck-fresh7): "Why are Xs so bloodthirsty?"
            or "bloodthirsty" or "treacherous" or "beggars" or "savages" or "warmongers" or "backstabbers" or "alcoholics"
            or "drunkards" or "curse" or "swine" or "zombies" or "zombified" or "jackals" or "hyenas" or "snakes"
            // "Ukrainians are Nazis" is the war's propaganda line; denied ("No, Xs aren't Nazis.") it is damped
            or "nazis";

    private static bool IsFiller(ReadOnlySpan<char> t) =>
        t is "all" or "just" or "so" or "such" or "really" or "truly" or "literally" or "basically" or "simply" or "always"
            or "nothing" or "but" or "the" or "a" or "an" or "bunch" or "pack" or "load" or "lot" or "herd" or "horde" or "swarm"
            or "of" or "complete" or "total" or "utter" or "absolute" or "born" or "naturally" or "inherently" or "genetically"
            or "too" or "very" or "most" or "fucking" or "bloody" or "damn" or "huge" or "massive" or "big" or "little" or "like"
            or "mostly" or "mainly" or "generally" or "usually" or "typically" or "still" or "now" or "nowadays" or "being"
            or "pure" or "lying" or "more" or "even" or "wild" or "rabid" or "stinking" or "nation" or "race" or "breed" or "tribe"
            // degree adverbs: "Why are Xs so incredibly disgusting?" read as "so disgusting"
            or "incredibly" or "utterly" or "extremely" or "thoroughly" or "totally" or "deeply" or "downright" or "absolutely"
            or "unbelievably" or "insanely" or "genuinely" or "honestly" or "seriously" or "properly" or "especially" or "particularly"
            or "completely" or "entirely" or "wholly" or "hopelessly" or "fundamentally" or "irredeemably" or "pretty" or "quite";

    // After "should not be (allowed)": "to teach / adopt / marry / drive / lead / work with children", "in / into
    // schools / our country / parliament / positions of power". Returns the place or the right's token.
    private static int? ExcludedFromLife(NormalizedText text, int k, int count)
    {
        if (k + 1 >= count)
        {
            return null;
        }

        var w = text.TokenText(k);
        var next = text.TokenText(k + 1);
        // Not "to compete / play / enter / work here": sport's eligibility rules and visa debates are argued civilly.
        if (w is "to" && next is "teach" or "adopt" or "marry" or "drive" or "lead" or "work" or "serve" or "foster" or "parent"
            or "raise" or "govern" or "own" or "coach" or "have")
        {
            // "to work" / "to have" only with children or in schools.
            return next is "work" or "have" ? Near(text, k + 2, count, "children", "kids", "schools", "school") : k + 1;
        }

        // "to enter / settle in / come to the country" is barring a group from a country only with "our" or "this".
        if (w is "to" && next is "enter" or "settle" or "come" or "live")
        {
            return Near(text, k + 2, count, "our", "this") is { } ours && ours + 1 < count
                   && text.TokenText(ours + 1) is "country" or "town" or "city" or "streets" or "neighbourhood" ? ours + 1 : null;
        }

        // The place right after "in" / "on" (a determiner and one adjective allowed): not "in fear of the police", "in
        // hospitals for months"; and nothing after it that makes it a complaint about time or support ("in the country
        // for years waiting", "in mainstream schools without support").
        if (w is "in" or "into" or "on")
        {
            var q = k + 1;
            q += q < count && text.TokenText(q) is "our" or "the" or "this" or "any" or "a" ? 1 : 0;
            q += q + 1 < count && text.TokenText(q) is "normal" or "mainstream" or "primary" or "british" or "public" or "top" ? 1 : 0;
            var place = q < count && text.TokenText(q) is "schools" or "school" or "classrooms" or "country" or "parliament" or "office"
                or "government" or "army" or "police" or "britain" or "england" or "uk" or "europe" or "america" or "positions"
                or "charge" or "nurseries" or "society" or "streets" or "neighbourhoods" or "neighborhoods";
            return place && !(q + 1 < count && text.TokenText(q + 1) is "for" or "without" or "waiting" or "unless" or "until" or "while")
                ? q : null;
        }

        return null;
    }

    // "(all / simply) be (completely) banned / barred / excluded from …": the part of life after "from".
    private static int? Banned(NormalizedText text, int q, int count)
    {
        ReadOnlySpan<char> At(int j) => Sentences.InClause(text, j, count);
        while (At(q) is "all" or "just" or "simply" or "be" or "totally" or "completely" or "permanently" or "legally")
        {
            q++;
        }

        return At(q) is "banned" or "barred" or "excluded" && At(q + 1) is "from" ? BannedFrom(text, q + 2, count) : null;
    }

    // After "banned from": a part of ordinary life ExcludedFromLife also reads ("teaching", "adopting", "working with
    // children", "schools", "public office", "the police", "our country"); not "giving blood" or "women's sport", which are
    // argued as policy.
    private static int? BannedFrom(NormalizedText text, int k, int count)
    {
        ReadOnlySpan<char> At(int j) => Sentences.InClause(text, j, count);
        var w = At(k);
        if (w is "teaching" or "adopting" or "marrying" or "driving" or "leading" or "fostering" or "parenting" or "voting" or "governing"
            or "coaching")
        {
            // not "banned from driving until they are 25", "… under 21": an age rule
            for (var m = k + 1; m < Math.Min(count, k + 6) && !Sentences.BreakBefore(text, m); m++)
            {
                if (text.TokenText(m) is "until" or "till" or "unless" or "under" or "without" or "for")
                {
                    return null;
                }
            }

            return k;
        }

        if (w is "working" or "being")
        {
            return Near(text, k + 1, count, "children", "kids", "schools", "school");
        }

        if (w is "entering" or "living")
        {
            return At(k + 1) is "our" or "this" && At(k + 2) is "country" or "town" or "city" ? k + 2 : null;
        }

        var q = At(k) is "our" or "the" or "this" or "any" or "all" ? k + 1 : k;
        q += At(q) is "public" or "high" or "political" or "top" ? 1 : 0;
        return (At(q) is "schools" or "classrooms" or "parliament" or "office" or "government" or "army" or "police" or "nurseries"
                    or "politics" or "society" or "positions" or "teaching" or "britain" or "england" or "uk" || (At(q) is "country" && q > k))
               && At(q + 1) is not ("for" or "without" or "unless" or "until" or "while")
            ? q : null;
    }

    private static int? Near(NormalizedText text, int from, int count, params string[] words)
    {
        for (var j = from; j < Math.Min(count, from + 4) && !ThreatIntent.SentenceBreakBefore(text, j); j++)
        {
            foreach (var word in words)
            {
                if (text.TokenText(j).SequenceEqual(word))
                {
                    return j;
                }
            }
        }

        return null;
    }
}
