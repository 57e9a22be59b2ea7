using Parley.Classifier.Text;

namespace Parley.Classifier.Lexical;

/// <summary>
/// "I'm going to hurt the next X I see", "we will beat up any of you": a first-person subject (or "someone"), then only
/// auxiliaries ("will", "am going to"), a violent verb, then only determiners before a person or a group; or the
/// same verb as an order opening its sentence ("Kill all the Xs"). Death wishes ("I hope every X dies") are a
/// second shape (<see cref="DeathWish.Find"/>) that only the rule reads.
/// Reports of violence ("the police shot him", "troops will attack the base") do not have that shape, and
/// neither do hyperbole without a target ("I could kill for a coffee"). Used as a model feature, and — without
/// a negation between subject and verb — as the threat rule in <see cref="LexicalClassifier"/>: the real
/// training data has about a hundred threats, too few for the THREAT head to learn this shape by itself.
/// </summary>
internal static partial class ThreatIntent
{
    /// <summary>The subject and target tokens when the violent verb at <paramref name="verb"/> has this shape.</summary>
    public static (int Subject, int Target)? Match(NormalizedText text, Lexicon lexicon, int verb, int count)
    {
        var subject = ImperativeStart(text, verb);
        var obligation = false;
        for (var j = verb - 1; subject < 0 && j >= Math.Max(0, verb - 6); j--)
        {
            var t = text.TokenText(j);
            if (t is "i" or "im" or "we" or "imma" or "ima" or "lets" or "let" or "someone" or "somebody"
                || (t is "gonna" or "finna" && (j == 0 || SentenceBreakBefore(text, j))))
            {
                subject = j; // "Gonna run over some Xs" leaves "I" out
                break;
            }

            if (t is "and" && FutureSubjectBefore(text, j) is { } carried)
            {
                subject = carried; // "I'll find you and smash your teeth in"
                break;
            }

            if (!IsAuxiliary(t) && t is not "please")
            {
                return null;
            }

            // "Somebody please just shoot the PM": a plea opening its sentence is a call on anyone, as "should" is.
            obligation |= t is "should" or "ought" or "need" or "needs" or "must" or "gotta" or "please";
            // "Anyone who sees the chief constable in town should smash his skull in": a call on anyone, as "someone should".
            if (t is "should" or "must" && j > 0 && AnyoneWhoBefore(text, j) is { } caller)
            {
                subject = caller;
                break;
            }
        }

        // "Somebody shoot this referee": a call when "someone" opens the sentence and the verb is a bare base form
        // (not "Someone shot the referee", "Someone stabs …").
        var called = subject >= 0 && subject == verb - 1 && text.TokenText(subject) is "someone" or "somebody"
                     && (subject == 0 || SentenceBreakBefore(text, subject)) && !text.TokenText(verb).EndsWith("ed")
                     && !text.TokenText(verb).EndsWith("s") && text.TokenText(verb) is not ("shot" or "hit" or "cut" or "beat");
        obligation |= called;

        // First person, an order ("Kill them all."), or a call on anyone to do it ("somebody ought to exterminate
        // Xs"; not "did someone hurt you?").
        if (subject < 0 || (text.TokenText(subject) is "someone" or "somebody" && !obligation))
        {
            return null;
        }

        var first = verb + (IsPhrasalViolence(text, verb, count) ? 2 : 1);
        if (first < count && IsBodilyViolence(text.TokenText(verb)) && text.TokenText(first) is "off" or "out")
        {
            first++; // "cut off their hands", "gouge out your eyes"
        }

        if (first < count && text.TokenText(verb) is "stamp" or "stomp" && text.TokenText(first) is "on")
        {
            first++; // "I'll stamp on your head"
        }

        if (first < count && text.TokenText(verb) is "burn" or "torch" && text.TokenText(first) is "down")
        {
            first++; // "Burn down the mosques"
        }

        if (text.TokenText(verb) is "put" && first + 2 < count && text.TokenText(first + 1) is "bullet" or "knife")
        {
            first += 3; // "put a bullet in the councillor"
        }

        if (text.TokenText(verb) is "pull" && first + 2 < count && text.TokenText(first + 1) is "trigger")
        {
            first += 3; // "pull the trigger on that judge"
            // not "on a new chief executive", "on the new editor appointment": a decision, not a shot
            if (first < count && text.TokenText(first) is "a" or "an" || (first + 1 < count && text.TokenText(first + 1) is "new" or "interim"))
            {
                return null;
            }
        }

        if (text.TokenText(verb) is "tar")
        {
            first += 2; // "tar and feather the health secretary"
        }

        for (var j = first; j < Math.Min(count, first + 6) && !SentenceBreakBefore(text, j); j++) // "every last one of the Xs"
        {
            var t = text.TokenText(j);
            if (t is "her" && j + 1 < count && IsBodyPart(text.TokenText(j + 1)))
            {
                continue; // "smash her face in": "her" is the face's owner here, not the target
            }

            // "I'll break a X's legs", "snap that guy's neck": a body part in the possessive of a person or group member.
            if (j + 2 < count && IsPersonTarget(text, j, lexicon) && text.TokenText(j + 1) is "s" && IsBodyPart(text.TokenText(j + 2)))
            {
                return (subject, j + 2);
            }

            // "I'll stab Sadiq Khan", "Let's lynch Abbott", "Hang Rayner from the nearest lamppost": a name right after a
            // verb only people suffer (not "kill", "shoot" or "destroy", which teams and photographers use)
            if (j == first && PersonName.Ends(text, j) is var named
                && (named || (j + 1 < count && !SentenceBreakBefore(text, j + 1) && PersonName.Ends(text, j + 1)))
                && text.TokenText(verb) is "stab" or "strangle" or "lynch" or "behead" or "knife" or "throttle" or "garrotte" or "hang")
            {
                var name = named && !(j + 1 < count && PersonName.Ends(text, j + 1) && !SentenceBreakBefore(text, j + 1)) ? j : j + 1;
                if (text.TokenText(verb) is not "hang" || (name + 1 < count && text.TokenText(name + 1) is "from"))
                {
                    return (subject, name);
                }
            }

            // "kill the minister's bill", "hang the kids' paintings": a person in the possessive owns the object, it is
            // not the target
            if (IsPersonTarget(text, j, lexicon) && IsGroupNotAdjective(text, lexicon, j, count)
                && !(j + 1 < count && text.TokenText(j + 1) is "s") && !PossessiveApostrophe(text, j) && !OfAThing(text, j, count))
            {
                return (subject, j);
            }

            // "I'll burn their houses down", "Gonna torch the mosque": arson and bombs aimed at homes and places of worship.
            if (text.TokenText(verb) is "burn" or "torch" or "bomb" or "firebomb" or "petrol" && IsDwelling(t)
                && (j + 1 >= count || text.TokenText(j + 1) is not "s"))
            {
                return (subject, j);
            }

            // "Somebody torch this councillor's house": the home of a person named by role
            if (text.TokenText(verb) is "burn" or "torch" or "bomb" or "firebomb" && j + 2 < count && (IsRole(t) || IsPersonNoun(t))
                && text.TokenText(j + 1) is "s" && text.TokenText(j + 2) is "house" or "home" or "car" or "flat" or "office")
            {
                return (subject, j + 2);
            }

            // "I'll punch your face in", "we will cut their throats": a body part of someone the sentence names.
            if (j > first && text.TokenText(j - 1) is "your" or "his" or "her" or "their" or "ur" && IsBodyPart(t))
            {
                return (subject, j);
            }

            // "stab this crooked MP", "run that climate protester over": a person after a determiner and an adjective or
            // two (not "Lynch mob thugs", a noun)
            // ("I'll shoot the happy couples on the beach" is a photographer's; "pull the trigger on a new chief
            // executive" a board's)
            if (j > first && IsDeterminer(text.TokenText(j - 1)) && text.TokenText(verb) is not ("shoot" or "pull")
                && PersonAfterAdjectives(text, j, count, OnlyPeopleSuffer(text, verb, count)) is { } person)
            {
                return (subject, person);
            }

            // "break every bone in his face / body / your bodies": the body part where the possessive names the person
            if (IsBodyPart(t) && j + 3 < count && text.TokenText(j + 1) is "in" && text.TokenText(j + 2) is "his" or "her" or "their" or "your"
                && (IsBodyPart(text.TokenText(j + 3)) || text.TokenText(j + 3) is "body" or "bodies"))
            {
                return (subject, j + 3);
            }

            // "Slit the throat of the judge …": the body part of a person named after it
            if (!IsDeterminer(t) && !(IsBodyPart(t) && j + 1 < count && text.TokenText(j + 1) is "of"))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// What the threat rule acts on: a stated threat (<see cref="Find"/>), else a wish for death or harm
    /// (<see cref="DeathWish.Find"/>), else a threat to the reader without a violent word (<see cref="ImplicitThreat.Find"/>),
    /// else a victim picked at random (<see cref="GroupThreat.Find"/>), else harm foretold (<see cref="ForetoldHarm.Find"/>).
    /// </summary>
    public static (int First, int Last, int Target)? FindRule(NormalizedText text, Lexicon lexicon)
    {
        // A stated threat whose verb photo shoots, games and software also use yields to the sentence's world ("Kill the
        // final boss", "shoot the kids first while they're smiling"); the wishes and dues read ViolentSense themselves.
        var count = Math.Min(text.TokenCount, Features.MaxTokens);
        var stated = Find(text, lexicon) is var (first, target) && !(AmbiguousVerb(text, first, target) && ViolentSense.OtherWorld(text, target, count))
            ? (first, target, target) : ((int, int, int)?)null;
        var found = stated ?? DeathWish.Find(text, lexicon) ?? MissedHarm.Find(text, lexicon) ?? ImplicitThreat.Find(text, lexicon) ?? GroupThreat.Find(text, lexicon)
              ?? ForetoldHarm.Find(text, lexicon) ?? InjuryForetold.Find(text, lexicon) ?? Rams(text, lexicon) ?? ViolentCall.Find(text, lexicon) ?? StockThreat.Find(text)
              ?? AnnihilationCall.Find(text, lexicon) ?? DeathWish.OnlyGoodOneIsDead(text, lexicon);

        // 'Hamas leaders said "we will kill Xs everywhere". Horrifying.', 'MPs get notes saying "we know where you live"':
        // a target or a threat inside a quotation or after a verb of saying is reported speech (ReportedSpeech); the
        // rule leaves it to the heads.
        // So is one with its speaker after it ("I'll knock him out in round two, says the boxer").
        return found is var (start, last, t) && (ReportedSpeech.IsReported(text, start) || ReportedSpeech.IsReported(text,
            lexicon.Category(text.TokenText(t)) == LexiconCategory.Identity ? Features.RunStart(text, lexicon, t) : t)
            || SpeakerAfter(text, Math.Max(last, t), count)) ? null : found;
    }

    // "…, says the Welsh boxer", "…" he said": a speaker named after a comma or a quotation mark; not "the journo who
    // wrote this" (a relative clause about the victim).
    private static bool SpeakerAfter(NormalizedText text, int last, int count)
    {
        var quoted = false;
        for (var k = last + 1; k < Math.Min(count, last + 8) && !Sentences.BreakBefore(text, k); k++)
        {
            quoted |= text.GapBefore(k).IndexOfAny(",\"\u201D") >= 0; // not "'": "who's" splits at it
            if (quoted && text.TokenText(k) is "said" or "says" or "claimed" or "claims" or "tweeted" or "wrote" or "argued" or "insisted"
                    or "alleged" or "chanted" or "shouted" or "posted" or "warned" or "warns" or "reported" or "told"
                && text.TokenText(k - 1) is not ("who" or "that" or "which"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first unnegated threat of this shape in the text, as a token range.</summary>
    public static (int First, int Last)? Find(NormalizedText text, Lexicon lexicon)
    {
        var count = Math.Min(text.TokenCount, Features.MaxTokens);
        for (var i = 0; i < count; i++)
        {
            // "I'm breaking both your arms", "we're stabbing him": a first person's progressive is read as its verb.
            var tok = Progressive(text, lexicon, i) ?? text.TokenText(i);
            // "Gas the Xs", "Hang them all": the weak verbs are orders when they open the sentence.
            var violent = GivesABeating(text, lexicon, i, count) || (lexicon.Category(tok) is LexiconCategory.Threat && (!IsNounOrWeak(tok) || (tok is "gas" or "hang" or "burn"
                && ImperativeStart(text, i) >= 0))) || IsPhrasalViolence(text, i, count) || IsRuleOnlyViolence(text, i, count)
                || (tok is "burn" or "torch" or "firebomb" && DwellingAfter(text, i, count)) || ExecutesAPerson(text, lexicon, i, count)
                || IsHarmVerb(tok);
            var bodily = !violent && IsBodilyViolence(tok);
            if (!(violent || bodily) || Match(text, lexicon, i, count) is not var (subject, target)
                || IsNotAThreat(text, subject, i, target, count)
                || (bodily && !((IsBodyPart(text.TokenText(target)) || text.TokenText(target) is "body") && (text.TokenText(target - 1) is "your" or "his" or "her" or "their" or "ur"
                                                                           || (text.TokenText(target - 1) is "s" && IsPersonTarget(text, target - 2, lexicon))))
                    && !BodyPartOf(text, i, target)
                    && !(tok is "bash" && GroupPredicate.IsProtected(text, lexicon, target))) // "bash some queers": queer-bashing
                || (tok is "cut" && !IsCutOff(text.TokenText(target)) && !BodyPartOf(text, i, target)) // "cut the throats of all Xs"
                || (IsHarmVerb(tok) && !HarmFits(text, tok, subject, target, count)))
            {
                if (PlaceAttack(text, lexicon, i, count) is { } place)
                {
                    return place;
                }

                continue;
            }

            return (subject, target);
        }

        return null;
    }

    // The verb of a first person's present progressive ("I'm breaking", "im smashing", "we are stabbing"), or null.
    // Only after "I'm" / "we're" (and an adverb or two), so "Breaking news", "the killing of …" and "they're shooting"
    // stay what they were.
    private static string? Progressive(NormalizedText text, Lexicon lexicon, int i)
    {
        var t = text.TokenText(i);
        if (t.Length < 6 || !t.EndsWith("ing") || i < 1)
        {
            return null;
        }

        var j = i - 1;
        while (j > 0 && i - j < 3 && text.TokenText(j) is "honestly" or "literally" or "actually" or "seriously" or "definitely"
                   or "personally" or "just" or "so" or "fucking" or "bloody" or "totally" or "really")
        {
            j--;
        }

        var aux = text.TokenText(j);
        var first = aux is "im" || (j > 0 && ((aux is "m" or "am" && text.TokenText(j - 1) is "i") || (aux is "re" or "are" && text.TokenText(j - 1) is "we")));
        if (!first || SentenceBreakBefore(text, i))
        {
            return null;
        }

        // Not "I'm shooting him for the cover" (a photograph) nor "we're killing them in the polls".
        if (t is "shooting" or "killing")
        {
            return null;
        }

        var stem = t[..^3];
        foreach (var candidate in (ReadOnlySpan<string>)[stem.ToString(), stem[..^1].ToString(), stem.ToString() + "e"])
        {
            if (candidate.Length > 2 && ((lexicon.Category(candidate) is LexiconCategory.Threat && !IsNounOrWeak(candidate))
                                          || IsBodilyViolence(candidate) || IsHarmVerb(candidate)))
            {
                return candidate;
            }
        }

        return null;
    }

    // "Line up every X and give them …": "line up" or "lined up" earlier in the sentence.
    private static bool LinedUpBefore(NormalizedText text, int i)
    {
        for (var k = i - 1; k > 0 && !Sentences.BreakBefore(text, k + 1); k--)
        {
            if (text.TokenText(k) is "up" && text.TokenText(k - 1) is "line" or "lined")
            {
                return true;
            }
        }

        return false;
    }

    // "I'll give him a kicking", "someone should give that ref a proper battering": a beating given to a person
    // (not "give them a hiding", which teams also get on Saturday).
    private static bool GivesABeating(NormalizedText text, Lexicon lexicon, int i, int count)
    {
        if (text.TokenText(i) is not "give" || i + 3 >= count)
        {
            return false;
        }

        var j = i + 1;
        while (j < Math.Min(count, i + 5) && !IsPersonTarget(text, j, lexicon) && IsDeterminer(text.TokenText(j)))
        {
            j++;
        }

        if (j + 2 >= count || !IsPersonTarget(text, j, lexicon) || text.TokenText(j + 1) is not ("a" or "an"))
        {
            return false;
        }

        var k = text.TokenText(j + 2) is "good" or "proper" or "right" or "real" or "serious" or "severe" or "sound" or "savage" ? j + 3 : j + 2;
        // "them" and "us" are as often a team ("give them a kicking on Saturday, lads"); "a slap" is as often a joke, and
        // "a beating at the polls" an election. A bullet given to "them" is as often ammunition ("Give them a bullet and a
        // rusty rifle and send them to die"), so only after a line-up is it a shooting ("Line up every X and give them a
        // bullet each"); not "a bullet-proof vest", "a bullet point".
        var bullet = k < count && text.TokenText(k) is "bullet"
                     && !(k + 1 < count && !SentenceBreakBefore(text, k + 1) && text.TokenText(k + 1) is "proof" or "point" or "points" or "train" or "list" or "journal")
                     && (text.TokenText(j) is not ("them" or "us") || LinedUpBefore(text, i));
        if (k >= count || SentenceBreakBefore(text, k) || (text.TokenText(j) is "them" or "us" && !bullet)
            || !(bullet || text.TokenText(k) is "kicking" or "battering" or "beating" or "shoeing" or "glassing" or "stabbing"))
        {
            return false;
        }

        for (var m = k + 1; m < Math.Min(count, k + 4) && !SentenceBreakBefore(text, m); m++)
        {
            if (text.TokenText(m) is "polls" or "election" or "ballot" or "box" or "game" or "match" or "final" or "chess" or "pool" or "cards")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The first token of an order whose verb is at <paramref name="verb"/> ("Kill them all", "Just shoot every X you
    /// see", "… and then, kill them"): the verb opens its sentence or clause, after at most a few softeners; -1 when
    /// it does not. "Don't kill them" is no order (the negation is not a softener).
    /// </summary>
    internal static int ImperativeStart(NormalizedText text, int verb)
    {
        // "Murder of the Xs was policy", "Torture of Xs is documented": a noun, not an order.
        if (verb + 1 < text.TokenCount && text.TokenText(verb + 1) is "of")
        {
            return -1;
        }

        var k = verb;
        while (k > 0 && !SentenceBreakBefore(text, k) && verb - k < 3
               && text.TokenText(k - 1) is "just" or "go" or "please" or "now" or "so" or "then" or "lets" or "let" or "us")
        {
            k--;
        }

        // "Time to string up the chief constable", "It's time to hang them all": an order by another name.
        if (k >= 2 && text.TokenText(k - 1) is "to" && text.TokenText(k - 2) is "time" && !SentenceBreakBefore(text, k - 1)
            && !SentenceBreakBefore(text, k))
        {
            k -= 2;
            k = k >= 2 && text.TokenText(k - 1) is "s" or "is" && text.TokenText(k - 2) is "it" ? k - 2 : k >= 1 && text.TokenText(k - 1) is "its" ? k - 1 : k;
        }

        // "Round up all the Xs and string them up": the second verb of an order that rounds people up first.
        if (k >= 2 && text.TokenText(k - 1) is "and" && !SentenceBreakBefore(text, k - 1) && !SentenceBreakBefore(text, k))
        {
            var start = Sentences.Start(text, k - 1);
            return start < k - 2 && text.TokenText(start) is "round" or "line" or "gather" or "grab" or "drag" or "herd" or "hunt"
                   or "catch" or "collect" or "load" or "march" && ImperativeStart(text, start) == start ? start : -1;
        }

        // Only at the start of a sentence or line; after a comma or a colon, or inside quotation marks, an order is
        // usually reported ("ISIS had one rule in Sinjar, kill the men", "Their orders were simple: shoot anyone who
        // moves", '"Gas the Xs" was chanted outside the opera'), and a quoted threat is left to the heads.
        var gap = text.GapBefore(k);
        return (k == 0 || gap.IndexOfAny(".;!?\n") >= 0) && gap.IndexOfAny(":\"\u201C\u201D\u00AB\u00BB") < 0 ? k : -1;
    }

    /// <summary>
    /// A group name is a target unless it is an adjective of some other noun: "burn the Russian flag", "shoot every
    /// Iranian drone down", but "kill every Jew you see", "the Muslims in this town", "gay people".
    /// </summary>
    internal static bool IsGroupNotAdjective(NormalizedText text, Lexicon lexicon, int j, int count)
    {
        if (lexicon.Category(text.TokenText(j)) != LexiconCategory.Identity)
        {
            return true;
        }

        var end = j;
        while (end + 1 < count && !SentenceBreakBefore(text, end + 1) && lexicon.Category(text.TokenText(end + 1)) == LexiconCategory.Identity)
        {
            end++;
        }

        return end + 1 >= count || SentenceBreakBefore(text, end + 1) || IsPersonNoun(text.TokenText(end + 1))
               || DeathWish.IsDeath(text, end + 1, count)
               || text.TokenText(end + 1) is "would" or "will" or "should" or "must" or "can" or "could" or "are" or "were"
                   or "is" or "was" or "be" or "get" or "gets" or "got" or "have" or "has" or "had" or "do" or "does"
                   or "did" or "deserve" or "deserves" or "need" or "needs" or "go" or "goes" or "drop" or "hang" or "rot"
               || text.TokenText(end + 1) is "you" or "u" or "i" or "we" or "they" or "he" or "she" or "in" or "on" or "at"
                   or "and" or "or" or "who" or "that" or "which" or "from" or "here" or "there" or "out" or "down" or "up"
                   or "for" or "with" or "now" or "today" or "tonight" or "all" or "too" or "again" or "everywhere"
                   or "before" or "after" or "when" or "if" or "like" or "as" or "off" or "by" or "to" or "alive" or "dead"
                   or "one" or "first" or "next" or "until" or "once" or "forever" or "already" or "soon" or "tomorrow" or "someday"
                   or "later" or "slowly" or "myself" or "personally" or "eventually"
               // "… the next chance I get", "… the moment I see one", "… this weekend"
               || (text.TokenText(end + 1) is "the" or "this" && end + 2 < count
                   && text.TokenText(end + 2) is "next" or "first" or "moment" or "minute" or "second" or "day" or "week" or "weekend" or "instant");
    }

    /// <summary>
    /// A role or person noun after one or two adjectives at <paramref name="j"/> ("this crooked MP", "that climate
    /// protester", "the useless health secretary"); null where a function word or anything but a plain word comes first.
    /// </summary>
    internal static int? PersonAfterAdjectives(NormalizedText text, int j, int count, bool relative = false)
    {
        for (var k = j; k < Math.Min(count, j + 3) && !SentenceBreakBefore(text, k); k++)
        {
            var t = text.TokenText(k);
            if (k > j && (IsRole(t) || IsPersonNoun(t) || IsInsultForAPerson(t)))
            {
                return (k + 1 < count && text.TokenText(k + 1) is "s") || OfAThing(text, k, count) ? null : k; // "the climate protester's sign"
            }

            // "stab the next Traveller who …", "punch the next smug hipster who …": "who" makes the word before it a
            // person the lists do not name (not a team, a band or a firm, which British English also follows with "who").
            // Only after a verb that people alone suffer (<paramref name="relative"/>; games and sport "kill the next boss
            // who spawns", "beat the next opponent who challenges me"), and only for a victim picked at random ("the next /
            // first / any / every X who"): a code review's 33 civil sentences named a particular person ("In the play I
            // stab the tyrant who …", "I hurt the friend who trusted me") or asked ("I'll batter the cod who?").
            if (relative && k > j && t is "who" or "whom")
            {
                return IsCollective(text.TokenText(k - 1)) || !RandomPick(text, j) || k + 1 >= count || Sentences.BreakBefore(text, k + 1)
                    ? null : k - 1;
            }

            // "kill more kids" is the sarcasm of a policy debate, not an adjective
            if (t.Length < 3 || t.ContainsAnyExceptInRange('a', 'z') || IsDeterminer(t) || t is "more" or "in" or "on" or "with" or "and" or "or"
                    or "for" or "to" or "from" or "at" or "by" or "as" or "like" or "than" or "who" or "when" or "if")
            {
                return null;
            }
        }

        return null;
    }

    // "I'll find you and smash …", "I'm gonna go round there and beat him senseless": a first person's stated intent
    // earlier in the sentence carries over "and" to the next verb. Returns the subject, or null where the sentence
    // has none or negates it ("I won't find you and …").
    private static int? FutureSubjectBefore(NormalizedText text, int and)
    {
        for (var j = and - 1; j >= Math.Max(0, and - 12) && !SentenceBreakBefore(text, j + 1); j--)
        {
            if (Features.IsNegator(text.TokenText(j), j > 0 ? text.TokenText(j - 1) : default))
            {
                return null;
            }

            if (text.TokenText(j) is "i" or "we" && j + 1 < and
                && (text.TokenText(j + 1) is "ll" or "will" or "gonna" or "shall"
                    || (text.TokenText(j + 1) is "m" or "am" or "re" or "are" && j + 2 < and && text.TokenText(j + 2) is "gonna" or "going")))
            {
                return j;
            }
        }

        return null;
    }

    // Verbs that photo shoots, games, software and fireworks also use: only these yield to the sentence's world ("I'll
    // stab the photographer" is no photo shoot).
    private static bool AmbiguousVerb(NormalizedText text, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (text.TokenText(k) is "shoot" or "shot" or "kill" or "killed" or "execute" or "burn" or "hang" or "knock" or "put" or "beat"
                or "murder" or "slaughter" or "shooting" or "killing" or "beating" or "give")
            {
                return true;
            }
        }

        return false;
    }

    // "the kids' paintings": an apostrophe right after the word makes it a possessive (no "s" token follows).
    // Not a closing quotation mark: 'Kill the traitors' (the word must be a plural and a noun must follow it).
    private static bool PossessiveApostrophe(NormalizedText text, int k)
    {
        var end = text.TokensToOriginal(k, k).End;
        return text.TokenText(k).EndsWith('s') && end < text.Original.Length && text.Original[end] is '\'' or '\u2019'
               && (end + 1 >= text.Original.Length || !char.IsLetter(text.Original[end + 1]))
               && k + 1 < text.TokenCount && !SentenceBreakBefore(text, k + 1) && !text.TokenText(k + 1).ContainsAnyExceptInRange('a', 'z');
    }

    // "knock him out", "knock that ref out (cold)": "out" ending its clause or before "cold", a time or a condition; not
    // "out of the cup", "out in the semi-final", "out with my lasagne".
    private static bool KnockedOut(NormalizedText text, int outAt, int count) =>
        outAt + 1 >= count || SentenceBreakBefore(text, outAt + 1)
        || text.TokenText(outAt + 1) is "cold" or "tonight" or "tomorrow" or "if" or "when" or "next" or "again";

    // "put him in hospital (again / for a month / if …)": the hospital ends the phrase.
    private static bool HospitalEnds(NormalizedText text, int hospital, int count) =>
        hospital + 1 >= count || SentenceBreakBefore(text, hospital + 1)
        || text.TokenText(hospital + 1) is "and" or "for" or "again" or "if" or "when" or "myself" or "tonight" or "next";

    // "Anyone who sees him in town should …", "Everyone who reads this should …": "anyone / everyone who" opening the
    // sentence up to twelve words before the modal at <paramref name="modal"/>.
    private static int? AnyoneWhoBefore(NormalizedText text, int modal)
    {
        for (var k = modal - 1; k >= Math.Max(0, modal - 12) && !Sentences.BreakBefore(text, k + 1); k--)
        {
            if (text.TokenText(k) is "anyone" or "anybody" or "everyone" or "everybody" && k + 1 < modal && text.TokenText(k + 1) is "who"
                && (k == 0 || Sentences.BreakBefore(text, k)))
            {
                return k;
            }
        }

        return null;
    }

    // "Slit the throat of the judge": a body part between the violent verb and the person it belongs to.
    private static bool BodyPartOf(NormalizedText text, int verb, int target)
    {
        for (var k = verb + 1; k + 1 < target; k++)
        {
            if (IsBodyPart(text.TokenText(k)) && text.TokenText(k + 1) is "of")
            {
                return true;
            }
        }

        return false;
    }

    // Violence only people suffer, for a target known only by "who" after it: "stab", "punch", "beat up" (not "beat",
    // "kill", "destroy" or "shoot", which games and sport use).
    private static bool OnlyPeopleSuffer(NormalizedText text, int verb, int count) =>
        (IsPhrasalViolence(text, verb, count) && text.TokenText(verb) is "beat")
        || text.TokenText(verb) is "stab" or "punch" or "strangle" or "throttle" or "slap" or "smack" or "thump"
            or "headbutt" or "glass" or "batter" or "hurt" or "deck" or "choke" or "maim" or "torture" or "lynch" or "behead"
            or "murder" or "kneecap";

    private static bool RandomPick(NormalizedText text, int j)
    {
        for (var k = j - 1; k >= Math.Max(0, j - 2); k--)
        {
            if (text.TokenText(k) is "next" or "first" or "any" or "every")
            {
                return true;
            }
        }

        return false;
    }

    // Bodies of people or organisations that take "who" in British English ("the team who beat us").
    private static bool IsCollective(ReadOnlySpan<char> t) =>
        t is "team" or "side" or "club" or "squad" or "band" or "company" or "firm" or "government" or "council" or "party"
            or "committee" or "board" or "cabinet" or "opposition" or "management" or "league" or "bank" or "paper" or "channel"
            or "network" or "brand" or "shop" or "store" or "website" or "site" or "app" or "group" or "crowd" or "audience"
            or "franchise" or "outfit" or "label" or "agency" or "school" or "university" or "college" or "county" or "country";

    internal static bool IsPersonNoun(ReadOnlySpan<char> t) =>
        t is "person" or "people" or "man" or "men" or "woman" or "women" or "guy" or "guys" or "kid" or "kids" or "girl"
            or "girls" or "boy" or "boys" or "folk" or "folks" or "family" or "families" or "children" or "child" or "couples"
            or "parents" or "neighbours" or "neighbors" or "babies" or "infants" or "seekers" or "lads" or "blokes" or "youths";

    internal static bool IsPersonTarget(ReadOnlySpan<char> t, Lexicon lexicon) =>
        t is "you" or "u" or "ya" or "yourself" or "him" or "her" or "them" or "everyone" or "everybody" or "anyone"
            or "anybody" or "person" or "people" or "man" or "men" or "woman" or "women" or "guy" or "guys" or "kid"
            or "kids" or "girl" or "girls" or "boy" or "boys" or "bloke" or "lad" or "fella" or "fellow" or "geezer" or "chap" or "dude"
        || lexicon.Category(t) is LexiconCategory.Identity || IsInsultForAPerson(t) || IsRole(t);

    /// <summary>
    /// <see cref="IsPersonTarget(ReadOnlySpan{char}, Lexicon)"/>, or a slur used as one ("Kill every vatnik you find"):
    /// not in its innocent sense ("burn the faggots in the fireplace", "shoot the coons raiding my bins").
    /// </summary>
    internal static bool IsPersonTarget(NormalizedText text, int j, Lexicon lexicon) =>
        IsPersonTarget(text.TokenText(j), lexicon)
        || Homonyms.IsSlur(text, j, lexicon);

    // The people a comment thread threatens by their role: "I'd happily strangle the author", "I hope the reporter
    // dies". Only people; "I'll kill the bill", "shoot the messenger" (an idiom's "messenger" is not here).
    internal static bool IsRole(ReadOnlySpan<char> t) =>
        t is "author" or "writer" or "journalist" or "journalists" or "journo" or "journos" or "reporter" or "reporters" or "editor" or "editors"
            or "blogger" or "ceo" or "chief"
            or "columnist" or "commenter" or "poster" or "moderator" or "judge" or "judges" or "minister" or "mayor"
            or "president" or "senator" or "politician" or "politicians" or "mp" or "mps" or "governor" or "councillor"
            or "landlord" or "neighbour" or "neighbor" or "boss" or "referee" or "ref" or "presenter" or "newsreader" or "broadcaster"
            or "pundit" or "commentator" or "councillors" or "mayors" or "senators" or "presidents"
            // people by trade or part in public life (session 12: fresh threats named them and no rule saw a person)
            or "banker" or "bankers" or "lawyer" or "lawyers" or "solicitor" or "barrister" or "protester" or "protesters"
            or "protestor" or "protestors" or "activist" or "activists" or "campaigner" or "campaigners" or "cop" or "cops"
            or "copper" or "coppers" or "policeman" or "policemen" or "teacher" or "teachers" or "headteacher" or "doctor"
            or "doctors" or "nurse" or "nurses" or "landlords" or "priest" or "priests" or "imam" or "imams" or "rabbi" or "rabbis"
            or "vicar" or "bishop" or "pastor" or "preacher" or "bureaucrat" or "bureaucrats" or "cyclist" or "cyclists"
            or "motorist" or "motorists" or "rioters" or "looters" or "referees" or "refs" or "linesman" or "umpire"
            or "prosecutor" or "magistrate" or "ministers" or "chancellor" or "influencer" or "influencers" or "celebrity"
            or "celebrities" or "commenters" or "newsreaders" or "presenters" or "pundits" or "columnists" or "bloggers"
            or "pm" or "premier" or "secretary" or "constable" or "officer" or "officers" or "voter" or "voters" or "owner"
            or "chairman" or "headmaster" or "headmistress" or "councilor" or "councilors" or "sheriff" or "inspector" or "director"
            or "directors" or "producer" or "producers" or "organiser" or "organisers" or "organizer" or "organizers" or "photographer"
            or "photographers" or "gp" or "gps" or "dentist" or "surgeon" or "headteachers";

    // Insults that can only name a person ("Just shoot the bastard", "kill the traitors"); not adjectives such as
    // "stupid" ("kill the stupid weeds"), animals that may be pests ("rats"), nor "bitch", which slang uses for
    // anything ("hang that bitch above my bed", of a street sign).
    internal static bool IsInsultForAPerson(ReadOnlySpan<char> t) =>
        t is "bastard" or "bastards" or "whore" or "whores" or "cunt" or "cunts" or "fucker"
            or "fuckers" or "motherfucker" or "motherfuckers" or "asshole" or "assholes" or "scum" or "scumbag"
            or "scumbags" or "traitor" or "traitors" or "idiot" or "idiots" or "moron" or "morons" or "pedophile"
            or "pedophiles" or "paedophile" or "paedophiles" or "pedo" or "pedos" or "paedo" or "paedos" or "nonce" or "nonces"
            or "coward" or "cowards" or "thug" or "thugs" or "lowlife" or "lowlifes"
            // "I would kill this sick psycho bitch": the words a threat calls its victim (session 17)
            or "bitch" or "bitches" or "psycho" or "psychos" or "prick" or "pricks" or "dickhead" or "dickheads" or "twat"
            or "twats" or "wanker" or "wankers" or "loser" or "losers" or "creep" or "creeps" or "lunatic" or "lunatics"
            or "degenerate" or "degenerates" or "punk" or "punks";

    // "kill this bitch of a hangover", "destroy that monster of a climb": the insult describes the thing after "of a".
    private static bool OfAThing(NormalizedText text, int j, int count) =>
        j + 2 < count && text.TokenText(j + 1) is "of" && text.TokenText(j + 2) is "a" or "an";

    internal static bool IsDeterminer(ReadOnlySpan<char> t) =>
        t is "the" or "a" or "an" or "next" or "any" or "every" or "all" or "both" or "of" or "those" or "these" or "some" or "up"
            or "out" or "your" or "their" or "his" or "ur" or "first" or "last" or "one" or "each" or "single" or "few"
            or "that" or "this" or "whole" or "lot";

    /// <summary>
    /// "kill yourself", "kys", "go hang yourselves", "die in a fire": telling the reader to end their life. Not a
    /// threat (the speaker harms no one) but severe; the head scores the two words anywhere between 0.4 and 0.7
    /// depending on the training run, so a rule holds it. "Don't kill yourself" and other negated forms do not match.
    /// </summary>
    public static (int First, int Last)? FindIncitementToSelfHarm(NormalizedText text)
    {
        var count = Math.Min(text.TokenCount, Features.MaxTokens);
        if (count > 0 && DieInAFire(text, 0, count) is { } first)
        {
            return first;
        }

        for (var i = 1; i < count; i++)
        {
            if ((GoDie(text, i, count) ?? GetHarmed(text, i, count) ?? DieInAFire(text, i, count)) is { } die)
            {
                return die;
            }

            // "Go commit suicide", "Just commit sewer slide" (the normaliser reads the euphemism): an order, not a report.
            if (text.TokenText(i) is "suicide" && text.TokenText(i - 1) is "commit"
                && (i - 1 == 0 || SentenceBreakBefore(text, i - 1) || text.TokenText(i - 2) is "go" or "just" or "pls" or "please" or "plz")
                && !Sentences.EndsInQuestion(text, i, count))
            {
                return (i - 1, i);
            }

            var verb = text.TokenText(i - 1);
            if (text.TokenText(i) is not ("yourself" or "yourselves")
                || verb is not ("kill" or "hang" or "shoot" or "off" or "drown" or "gas" or "stab" or "neck" or "rope"))
            {
                continue;
            }

            // Idioms: "shoot yourself in the foot", "drown yourself in work", "take the pressure off yourself".
            var before = i >= 2 && !SentenceBreakBefore(text, i - 1) ? text.TokenText(i - 2) : default;
            if ((i + 1 < count && text.TokenText(i + 1) is "in") || (verb is "off" && before is not ("go" or "just")))
            {
                continue;
            }

            // A negation earlier in the same sentence ("please don't kill yourself"), not in the one before ("No. Kill
            // yourself.").
            var negated = false;
            for (var j = i - 2; j >= Math.Max(0, i - 6) && !negated && !SentenceBreakBefore(text, j + 1); j--)
            {
                negated = Features.IsNegator(text.TokenText(j), j > 0 ? text.TokenText(j - 1) : default);
            }

            if (!negated)
            {
                return (i - 1, i);
            }
        }

        return null;
    }

    // "Go die.", "Now you can go die", "Just die already": the order to die itself. Only as an order (opening its sentence,
    // or after "you can/should") and only before the end of the clause or "already", "in a fire", "slowly": "Young men go
    // die in wars for old men's lies" has a subject, and "Die Linke" or "Die Hard" is a name.
    private static (int First, int Last)? GoDie(NormalizedText text, int die, int count)
    {
        if (text.TokenText(die) is not "die" || SentenceBreakBefore(text, die))
        {
            return null;
        }

        // "go and die" is "go die".
        var go = text.TokenText(die - 1) is "and" && die >= 2 && text.TokenText(die - 2) is "go" ? die - 2 : die - 1;
        if (text.TokenText(go) is not ("go" or "just"))
        {
            return null;
        }

        var next = die + 1 < count && !SentenceBreakBefore(text, die + 1) ? text.TokenText(die + 1) : default;
        if (!(next.IsEmpty || next is "already" or "slowly" or "alone" or "now" or "pls" or "please" or "plz"
              || (next is "in" && ((die + 2 < count && text.TokenText(die + 2) is "fire" or "hole" or "ditch" or "hell")
                                   || (die + 3 < count && text.TokenText(die + 3) is "fire" or "hole" or "ditch")))))
        {
            return null;
        }

        // An order ("Go die.", "Just die already"), or "you can go die"; not "you can just die", which is how critics
        // paraphrase a policy ("If you can't afford insurance, you can just die.").
        var start = ImperativeStart(text, go < die - 1 ? go : die);
        var you = text.TokenText(go) is "go" && go >= 2 && text.TokenText(go - 1) is "can" or "should" or "could" or "may"
                  && text.TokenText(go - 2) is "you" or "u";
        return start >= 0 ? (start, die) : you ? (go - 2, die) : null;
    }

    // "Die in a fire.", "die in a hole you troll": the stock order without "go", opening its sentence, and only with its
    // place ("in a fire", "in a hole", "in a ditch", "in hell") ending the clause or before "you": a bare "Die" opens
    // names ("Die Hard", "Die Linke"), "Three pensioners die in a fire" has a subject, and "Die in a fire drill" is not
    // it. Cases from a review of the first version (session 25) are tests.
    private static (int First, int Last)? DieInAFire(NormalizedText text, int die, int count)
    {
        if (text.TokenText(die) is not "die" || die + 2 >= count || text.TokenText(die + 1) is not "in")
        {
            return null;
        }

        var place = text.TokenText(die + 2) is "hell" ? die + 2
            : die + 3 < count && text.TokenText(die + 2) is "a" && text.TokenText(die + 3) is "fire" or "hole" or "ditch" ? die + 3 : -1;
        if (place < 0 || SentenceBreakBefore(text, die + 1) || SentenceBreakBefore(text, place))
        {
            return null;
        }

        // Not asked ("Die in a ditch? That's what he promised"), nor one of a list ("Die in a fire, die in a flood: the
        // small print lists both"), nor quoted with single marks ("'Die in hell,' the defendant shouted").
        var gapAfter = place + 1 < count ? text.GapBefore(place + 1) : default;
        var next = place + 1 < count ? text.TokenText(place + 1) : default;
        var clauseEnds = place + 1 >= count
                         || (gapAfter.IndexOfAny(",.;:!\n") >= 0 && gapAfter.IndexOfAny("?'\u2019") < 0 && next is not ("die" or "or" or "and"))
                         || next is "you" or "u" or "already" or "pls" or "please" or "plz";
        // Single marks are checked here, not in ImperativeStart: that also shapes the model's threat features, and
        // changing it there changes the trained model.
        var start = clauseEnds ? ImperativeStart(text, die) : -1;
        return start >= 0 && text.GapBefore(start).IndexOfAny("'\u2018") < 0 ? (start, place) : null;
    }

    // "Get raped.", "Go get killed": the order to suffer violence, at the end of its clause ("get killed in action" is
    // a description, "get shot" of a vaccine needs "a").
    private static (int First, int Last)? GetHarmed(NormalizedText text, int harm, int count)
    {
        if (text.TokenText(harm - 1) is not "get" || SentenceBreakBefore(text, harm)
            || text.TokenText(harm) is not ("raped" or "killed" or "murdered" or "stabbed" or "lynched" or "gassed" or "hanged" or "shot"))
        {
            return null;
        }

        var next = harm + 1 < count && !SentenceBreakBefore(text, harm + 1) ? text.TokenText(harm + 1) : default;
        if (!(next.IsEmpty || next is "already" or "please" or "pls" or "plz" or "lol" or "loser" or "bitch"))
        {
            return null;
        }

        var start = ImperativeStart(text, harm - 1);
        return start >= 0 ? (start, harm) : null;
    }

    /// <summary>Whether sentence punctuation stands between token <paramref name="i"/> and the one before it.</summary>
    internal static bool SentenceBreakBefore(NormalizedText text, int i) => text.GapBefore(i).IndexOfAny(".,;:!?\n") >= 0;

    /// <summary>
    /// Two-word violent verbs: "beat" alone is sport and politics ("we will beat them") and "wipe" is housework;
    /// "beat up" and "wipe out" are violence when a person or group follows.
    /// </summary>
    public static bool IsPhrasalViolence(NormalizedText text, int i, int count) =>
        i + 1 < count && ((text.TokenText(i) is "beat" && text.TokenText(i + 1) is "up")
                          || (text.TokenText(i) is "wipe" && text.TokenText(i + 1) is "out")
                          || (text.TokenText(i) is "run" && text.TokenText(i + 1) is "over") // with a car
                          || (text.TokenText(i) is "hunt" && text.TokenText(i + 1) is "down"));

    // "Just execute the bastard", "I'd execute every traitor": "execute" with a person named as such (an insult, a role,
    // a group) after only determiners. Not a pronoun ("we need to execute them better", of set pieces) nor "her plan".
    private static bool ExecutesAPerson(NormalizedText text, Lexicon lexicon, int i, int count)
    {
        if (text.TokenText(i) is not "execute")
        {
            return false;
        }

        for (var j = i + 1; j < Math.Min(count, i + 5) && !SentenceBreakBefore(text, j); j++)
        {
            var t = text.TokenText(j);
            if (IsInsultForAPerson(t) || IsRole(t) || lexicon.Category(t) is LexiconCategory.Identity)
            {
                return true;
            }

            if (!IsDeterminer(t) || t is "your" or "their" or "his" or "ur")
            {
                return false;
            }
        }

        return false;
    }

    // "beat them until they stop moving", "beat you senseless / to death / to a pulp / black and blue": a beating that
    // hurts, not a win ("beat them until they give up the title", "beat them 3-0").
    private static bool BeatenHurt(NormalizedText text, int beat, int count)
    {
        for (var k = beat + 2; k < Math.Min(count, beat + 4) && !SentenceBreakBefore(text, k); k++)
        {
            var w = text.TokenText(k);
            // "beat him bloody" (not "beat them bloody easily": an intensifier goes on)
            if (w is "bloody" && (k + 1 >= count || SentenceBreakBefore(text, k + 1) || text.TokenText(k + 1) is "and"))
            {
                return true;
            }

            if (w is "senseless" or "unconscious" or "black" || (w is "to" && k + 1 < count && text.TokenText(k + 1) is "death" or "a"
                    && (text.TokenText(k + 1) is "death" || (k + 2 < count && text.TokenText(k + 2) is "pulp"))))
            {
                return true;
            }

            if (w is "until" or "till")
            {
                for (var m = k + 1; m < Math.Min(count, k + 6) && !SentenceBreakBefore(text, m); m++)
                {
                    if (text.TokenText(m) is "moving" or "breathing" or "dead" or "bleed" or "bleeds" or "bleeding" or "unconscious" or "die"
                        or "dies" or "walk" || (text.TokenText(m) is "get" && m + 1 < count && text.TokenText(m + 1) is "up"))
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        return false;
    }

    private static bool IsRuleOnlyViolence(NormalizedText text, int i, int count)
    {
        // "beat the next X I see", "beat any X who …": a victim picked at random is no match to be won.
        // "I'm beating him bloody": the first person's progressive ("beating" alone is a result: "a beating at the polls")
        if (text.TokenText(i) is "beating" && i >= 2 && text.TokenText(i - 1) is "m" or "im" or "re")
        {
            return BeatenHurt(text, i, count);
        }

        if (text.TokenText(i) is "beat")
        {
            return i + 2 < count && ((text.TokenText(i + 1) is "the" && text.TokenText(i + 2) is "next")
                                     || text.TokenText(i + 1) is "any" or "every" || BeatenHurt(text, i, count));
        }

        // "kick / batter / punch him until he stops breathing"
        if (text.TokenText(i) is "kick" or "kicking" or "batter" or "battering" or "punch" or "punching" or "hit" or "hitting" or "stamp"
            or "stamping")
        {
            return BeatenHurt(text, i, count);
        }

        // "Line the Xs up against a wall": an execution.
        if (text.TokenText(i) is "line")
        {
            for (var j = i + 2; j + 3 < Math.Min(count, i + 9); j++) // "Line the transport minister up against a wall"
            {
                // ending its clause or followed by the shooting: not "… against the wall for the class photo"
                if (text.TokenText(j) is "up" && text.TokenText(j + 1) is "against" && text.TokenText(j + 2) is "a" or "the"
                    && text.TokenText(j + 3) is "wall")
                {
                    return j + 4 >= count || SentenceBreakBefore(text, j + 4) || text.TokenText(j + 4) is "and" or "when" or "once" or "now";
                }
            }

            return false;
        }

        // "Drown every last one of them": an order that opens its sentence ("drown your sorrows" names no one, and
        // "I'll drown out the noise" is no order).
        if (text.TokenText(i) is "drown")
        {
            return ImperativeStart(text, i) >= 0;
        }

        // "we'll start stringing them up", "string up the chief constable": hanging.
        if (text.TokenText(i) is "string" or "stringing")
        {
            return i + 1 < count && (text.TokenText(i + 1) is "up" || (i + 2 < count && text.TokenText(i + 2) is "up")
                                     || (i + 3 < count && text.TokenText(i + 3) is "up"));
        }

        // "I'd happily run this MP over": the car's violence with its victim between ("run the kids over to school" is a lift)
        if (text.TokenText(i) is "run")
        {
            for (var j = i + 2; j < Math.Min(count, i + 6) && !SentenceBreakBefore(text, j); j++)
            {
                if (text.TokenText(j) is "over")
                {
                    // "run this MP over", "… over and over", "… over if I see him"; not "run the guys over later / to school"
                    return j + 1 >= count || SentenceBreakBefore(text, j + 1) || text.TokenText(j + 1) is "and" or "again" or "if" or "with" or "when" or "like";
                }

                if (text.TokenText(j) is "off" && j + 2 < count && text.TokenText(j + 1) is "the" && text.TokenText(j + 2) is "road")
                {
                    return true; // "run that cycling campaigner off the road"
                }
            }

            return false;
        }

        // "Tar and feather the health secretary"
        if (text.TokenText(i) is "tar" && i + 2 < count && text.TokenText(i + 1) is "and" && text.TokenText(i + 2) is "feather")
        {
            return true;
        }

        // "pull the trigger on that judge"
        if (text.TokenText(i) is "pull" && i + 3 < count && text.TokenText(i + 1) is "the" && text.TokenText(i + 2) is "trigger"
            && text.TokenText(i + 3) is "on")
        {
            return true;
        }

        // "throw her off a bridge", "knock you out", "knock his teeth out": a person thrown from a height or knocked out
        // (not "knock the French out in the semi-final", "knock you out with my lasagne").
        if (text.TokenText(i) is "throw" or "chuck" or "knock")
        {
            for (var j = i + 2; j < Math.Min(count, i + 5) && !SentenceBreakBefore(text, j); j++)
            {
                var w = text.TokenText(j);
                if (text.TokenText(i) is "knock" ? w is "out" && KnockedOut(text, j, count)
                    : w is "off" or "from" && j + 2 < count && (text.TokenText(j + 1) is "a" or "the" ? text.TokenText(j + 2)
                        : text.TokenText(j + 1)) is "bridge" or "roof" or "cliff" or "balcony" or "building" or "tower")
                {
                    return true;
                }
            }

            return false;
        }

        // "Someone should put a bullet in the councillor", "put a bullet through his head": the target follows (Match).
        if (text.TokenText(i) is "put" && i + 3 < count && text.TokenText(i + 1) is "a" && text.TokenText(i + 2) is "bullet" or "knife"
            && text.TokenText(i + 3) is "in" or "into" or "through")
        {
            return true;
        }

        // "I'll put those Xs in the ground", "… in a body bag", "… six feet under".
        if (text.TokenText(i) is "put")
        {
            for (var j = i + 2; j + 1 < Math.Min(count, i + 9) && !SentenceBreakBefore(text, j); j++)
            {
                var w = text.TokenText(j);
                var n = text.TokenText(j + 1);
                if ((w is "in" && j + 2 < count && n is "the" or "a" && text.TokenText(j + 2) is "ground" or "grave" or "morgue" or "oven"
                        or "coma")
                    || (w is "in" && (n is "hospital" || (n is "the" && j + 2 < count && text.TokenText(j + 2) is "hospital"))
                        && HospitalEnds(text, n is "hospital" ? j + 1 : j + 2, count)) // "put him in hospital", not "in the hospital creche"
                    || (w is "in" && n is "body" or "graves" or "ovens" or "intensive" or "icu") || (w is "six" && n is "feet")
                    || (w is "gas" && n is "chamber" or "chambers")) // "Put every last X in a gas chamber"
                {
                    return true;
                }
            }

            return false;
        }

        if (text.TokenText(i) is not "wipe")
        {
            return false;
        }

        for (var j = i + 2; j + 2 < Math.Min(count, i + 8); j++)
        {
            if (text.TokenText(j) is "off" && text.TokenText(j + 1) is "the" && text.TokenText(j + 2) is "map" or "face" or "earth" or "planet")
            {
                return true;
            }
        }

        return false;
    }

    // "I will never hurt you", "I'll shoot you an email".
    private static bool IsNotAThreat(NormalizedText text, int subject, int verb, int target, int count)
    {
        for (var j = subject + 1; j < verb; j++)
        {
            if (Features.IsNegator(text.TokenText(j), text.TokenText(j - 1)))
            {
                return true;
            }
        }

        return IsIdiom(text, verb, target, count);
    }

    /// <summary>"I'll shoot you an email", "I'm going to shoot the people at the wedding": no violence meant.</summary>
    public static bool IsIdiom(NormalizedText text, int verb, int target, int count)
    {
        // "Kill them with kindness", "stab them in the back".
        if (target + 2 < count && ((text.TokenText(verb) is "kill" && text.TokenText(target + 1) is "with"
                                    && text.TokenText(target + 2) is "kindness")
                                   || (text.TokenText(verb) is "stab" && target + 3 < count && text.TokenText(target + 1) is "in"
                                       && text.TokenText(target + 3) is "back")))
        {
            return true;
        }

        // "We will kill them on Saturday / in the final": a team and a match day.
        if (text.TokenText(target) is "them" && verb > 0)
        {
            for (var j = target + 1; j < Math.Min(count, target + 4) && !SentenceBreakBefore(text, j); j++)
            {
                if (text.TokenText(j) is "saturday" or "sunday" or "final" or "derby" or "semi" or "replay" or "match" or "game" or "league" or "cup")
                {
                    return true;
                }
            }
        }

        // A contest or a figure of speech after the person: "murder the vicar at bingo", "slaughter the teachers at chess",
        // "kill the doctors with questions", "murder the lawyers in court".
        for (var j = target + 1; j + 1 < Math.Min(count, target + 5) && !SentenceBreakBefore(text, j); j++)
        {
            var a = j;
            var b = j + 1;
            if ((text.TokenText(a) is "at" && text.TokenText(b) is "bingo" or "chess" or "darts" or "poker" or "pool" or "cards"
                    or "scrabble" or "golf" or "tennis" or "squash" or "quiz" or "trivia" or "monopoly" or "snooker" or "bridge" or "karaoke")
                || (text.TokenText(a) is "in" && text.TokenText(b) is "court" or "debate" or "debates" or "quiz" or "polls")
                || (text.TokenText(a) is "at" && text.TokenText(b) is "murrayfield" or "twickenham" or "wembley" or "anfield" or "home"
                    or "hampden" or "lords" or "wimbledon" or "twickers" or "netball" or "football" or "rugby" or "hockey" or "cricket"
                    or "fifa" or "badminton" or "bowling" or "fortnite" or "mario" or "five")
                || (text.TokenText(a) is "with" && text.TokenText(b) is "questions" or "kindness" or "paperwork" or "emails" or "compliments"
                    or "love" or "facts" or "arguments"))
            {
                return true;
            }
        }

        if (text.TokenText(verb) is "shoot")
        {
            // "shoot the kids in their Halloween costumes" (not "shoot him in his sleep / in his car"); "shoot the mayor a
            // copy" is the message list below
            for (var j = target + 3; j < Math.Min(count, target + 6) && text.TokenText(target + 1) is "in"
                 && text.TokenText(target + 2) is "his" or "her" or "their" or "your" && !SentenceBreakBefore(text, j); j++)
            {
                if (text.TokenText(j) is "costume" or "costumes" or "outfit" or "outfits" or "dress" or "dresses" or "uniform" or "uniforms"
                    or "kit" or "suit" or "suits" or "gown" or "gowns" or "finery" or "jumpers")
                {
                    return true;
                }
            }

            for (var j = target + 1; j < Math.Min(count, target + 10) && !SentenceBreakBefore(text, j); j++)
            {
                if (text.TokenText(j) is "email" or "emails" or "message" or "messages" or "note" or "notes" or "text"
                    or "texts" or "line" or "question" or "questions" or "photo" or "photos" or "picture" or "pictures"
                    or "video" or "videos" or "link" or "links" or "dm" or "pm" or "some" or "portrait" or "portraits"
                    or "wedding" or "weddings" or "session" or "film" or "scene" or "magazine" or "yearbook" or "brochure"
                    or "calendar" or "website" or "advert" or "campaign" or "album" or "exhibition" or "documentary"
                    or "headshots" or "studio" or "camera" or "light" or "sunset" or "beach" or "park" or "lake" or "cover" or "promo"
                    or "newsletter" or "newspaper" or "feature" or "programme" or "conference" or "backdrop" or "shoot" or "photoshoot"
                    or "copy" or "copies" or "invite" or "reminder" or "pic" or "pics")
                {
                    return true;
                }
            }
        }

        return false;
    }

    // "burn their houses", "torch the mosque": a home or a place of worship within a few determiners of the verb.
    private static bool DwellingAfter(NormalizedText text, int verb, int count)
    {
        var from = verb + 1 < count && text.TokenText(verb + 1) is "down" ? verb + 2 : verb + 1; // "burn down the church"
        for (var j = from; j < Math.Min(count, from + 3) && !SentenceBreakBefore(text, j); j++)
        {
            if (IsDwelling(text.TokenText(j)))
            {
                return j + 1 >= count || text.TokenText(j + 1) is not "s"; // not "the church's hymn books"
            }

            // "torch this councillor's house": a person's home
            if (j + 2 < count && (IsRole(text.TokenText(j)) || IsPersonNoun(text.TokenText(j))) && text.TokenText(j + 1) is "s"
                && text.TokenText(j + 2) is "house" or "home" or "car" or "flat" or "office")
            {
                return true;
            }

            if (!IsDeterminer(text.TokenText(j)))
            {
                return false;
            }
        }

        return false;
    }

    internal static bool IsDwelling(ReadOnlySpan<char> t) =>
        t is "house" or "houses" or "home" or "homes" or "shelter" or "shelters" or "camp" || IsPlaceOfWorship(t);

    internal static bool IsPlaceOfWorship(ReadOnlySpan<char> t) =>
        t is "mosque" or "mosques" or "church" or "churches" or "synagogue" or "synagogues" or "temple" or "temples" or "gurdwara";

    // After "your"/"his"/"her"/"their": a body part, or someone close ("I will kill your family").
    internal static bool IsBodyPart(ReadOnlySpan<char> t) =>
        t is "face" or "faces" or "neck" or "necks" or "head" or "heads" or "skull" or "skulls" or "throat" or "throats"
            or "teeth" or "jaw" or "nose" or "legs" or "arms" or "kneecaps" or "guts" or "brains" or "eyes" or "family"
            or "families" or "wife" or "husband" or "children" or "mother" or "mom" or "mum" or "father" or "dad"
            or "son" or "daughter" or "dog" or "hands" or "tongue" or "balls" or "ears" or "knees" or "kneecap" or "ribs"
            or "fingers" or "leg" or "arm" or "mouth" or "gut" or "bone" or "bones";

    // "cut" is violence only against these ("cut off their hands", "cut your throat"); not family ("cut your mum some
    // slack", "cut their children's benefits") nor idioms ("cut off your nose to spite your face", "cut their legs out
    // from under them").
    private static bool IsCutOff(ReadOnlySpan<char> t) =>
        t is "throat" or "throats" or "hands" or "tongue" or "balls" or "head" or "heads" or "ears";

    // Verbs that are violence only when a body part is their object: "I'll break your neck", "I will smash your face
    // in", not "we will smash them in the final" or "I'll break you a piece of bread".
    private static bool IsBodilyViolence(ReadOnlySpan<char> tok) =>
        tok is "smash" or "break" or "bash" or "kick" or "slit" or "snap" or "crack" or "cave" or "rip" or "gouge" or "cut" or "slash";

    // Lexicon threat words that are nouns or intransitive here ("death", "die", "gas", "burn", "killing").
    private static bool IsNounOrWeak(ReadOnlySpan<char> tok) =>
        tok is "death" or "die" or "gas" or "burn" or "killing" or "hang";

    private static bool IsAuxiliary(ReadOnlySpan<char> t) =>
        t is "will" or "ll" or "am" or "m" or "going" or "gonna" or "to" or "shall" or "would" or "d" or "want"
            or "wanna" or "gotta" or "got" or "could" or "really" or "just" or "personally" or "definitely" or "must"
            or "should" or "can" or "might" or "go" or "and" or "also" or "then" or "still" or "totally" or "t"
            or "not" or "never" or "dont" or "do" or "re" or "s" or "ought" or "needs" or "need" or "start" // "we'll start …"
            or "begin" // "we're", "let's"
            or "love" or "like" or "happily" or "gladly" // "I'd love to punch …", "I'd happily strangle …"
            or "honestly" or "literally" or "actually" or "seriously" or "genuinely" or "absolutely" or "easily" // "I'd honestly kill him"
            or "probably" or "fucking" or "fuckin" or "effing" or "frigging" or "bloody" // "I would fucking kill this guy"
            or "coming" or "round" or "over" or "there" // "I'm coming round to smash your head in"
            or "are"; // "we are stabbing you tonight"
}
