using Parley.Classifier.Text;

namespace Parley.Classifier.Lexical;

/// <summary>
/// Violence said to be a person's due, the threat rule's last kind of wish (<see cref="DeathWish.Find"/> reads it):
/// "The senator should be hanged for treason", "This journalist deserves to be run over", "The banker who signed off
/// on those bonuses should be strung up", "Every Tory voter deserves a brick through the window", "That referee needs
/// his legs broken". A group's due is GroupPredicate's ("Xs should be shot"); here the subject is a person or people
/// named by what they do: a role, a person noun, an insult that names a person, "he", "she", "you", or a plural of
/// doers ("hunters", "voters", "activists"). A blind round of 200 threats (session 12) found four in ten of its
/// threats in this shape, most of them missed because the subject was a word no list held or stood before a
/// relative clause; so the subject is read by its place before the verb, not from a list of victims.
/// </summary>
internal static class ViolentDue
{
    public static (int First, int Last, int Target)? Find(NormalizedText text, Lexicon lexicon)
    {
        var count = Math.Min(text.TokenCount, Features.MaxTokens);
        for (var v = 0; v + 1 < count; v++)
        {
            var w = text.TokenText(v);
            var modal = w is "should" or "must" or "ought";
            // British "wants" for "needs": "that ref wants his legs broken", "wants a knife between the ribs"
            var wants = w is "wants" && v + 1 < count && text.TokenText(v + 1) is "his" or "her" or "their" or "a";
            if ((!modal && !wants && w is not ("needs" or "need" or "deserves" or "deserve" or "deserved")) || NegatedBefore(text, v)
                || Sentences.EndsInQuestion(text, v, count)) // "Does he deserve to be shot?" asks
            {
                continue;
            }

            if (modal && v > 0 && Arson(text, lexicon, v, count) is var (building, fire))
            {
                return (building, fire, building);
            }

            var subject = v == 0 ? -1 : LikeHead(text, v);
            subject = subject >= 0 || v == 0 ? subject : Subject(text, lexicon, v);
            var byName = subject >= 0 && IsName(text, lexicon, subject);
            if (subject >= 0 && GroupPredicate.ViolentNorm(text, v, count) is { } violence && IsDue(text, subject, violence, count)
                && (byName ? w is not "deserved" && NameViolence(text, violence, count) && !ViolentSense.OtherWorld(text, violence, count)
                    : !OnlyByItsEnding(text, lexicon, subject) || PeopleOnly(text, violence, count)))
            {
                return (subject, violence, subject);
            }

            // "This editor needs a bullet", "Whoever wrote this deserves a good hiding": a person within five words before;
            // after a modal, what they should get, have or be given ("should get a good kicking", "should have his legs
            // broken").
            var person = subject >= 0 ? subject : PersonBefore(text, lexicon, v);
            // "Needs his teeth kicked down his throat, that striker", "The away fans need their heads stoved in": a body
            // part in a person's possessive names a person whatever the subject.
            person = person >= 0 ? person : v + 1 < count && text.TokenText(v + 1) is "his" or "her" or "their" ? v + 1 : -1;
            var from = !modal ? v + 1
                : v + 1 < count && text.TokenText(v + 1) is "get" or "have" ? v + 2
                : v + 2 < count && text.TokenText(v + 1) is "be" && text.TokenText(v + 2) is "given" ? v + 3 : -1;
            // A subject that is people only by its ending ("bowlers", "pollsters") gets only harm no sport or trade names
            // ("his legs broken", "a bullet in the head"; not "a hiding", "a kicking", "a rope").
            if (from > 0 && person >= 0 && Harm(text, from, count) is { } harm
                && (!OnlyByItsEnding(text, lexicon, person) || text.TokenText(harm) is "broken" or "smashed" or "kicked" or "caved"
                    or "snapped" or "crushed" or "stamped" or "bashed" or "wrung" or "chopped" or "stoved" or "slit"
                    || (text.TokenText(harm) is "bullet" or "bullets" && harm + 1 < count && text.TokenText(harm + 1) is "in" or "through")))
            {
                return (person, harm, person);
            }
        }

        return null;
    }

    // "Roma camps should be torched", "Their mosques should be burned to the ground", "The synagogue should be
    // firebombed": arson called for on a group's homes or a place of worship (as ThreatIntent reads "torch the
    // mosque"). Not "the old barn should be burned down" (no group), nor a bombing in war talk ("the mosque Hamas used
    // as a base should be bombed"). Returns the building (or the group that names it) and the fire's last word.
    private static (int Building, int Fire)? Arson(NormalizedText text, Lexicon lexicon, int v, int count)
    {
        var head = v - 1;
        while (head > 0 && !ThreatIntent.SentenceBreakBefore(text, head + 1) && IsAdverb(text.TokenText(head)))
        {
            head--;
        }

        var h = text.TokenText(head);
        if (ThreatIntent.SentenceBreakBefore(text, head + 1)
            || !(ThreatIntent.IsDwelling(h) || h is "camps" or "caravans" or "shops" or "takeaways" or "businesses" or "restaurants"))
        {
            return null;
        }

        var owner = ThreatIntent.IsPlaceOfWorship(h) ? head
            : head > 0 && lexicon.Category(text.TokenText(head - 1)) is LexiconCategory.Identity && GroupPredicate.IsProtected(text, lexicon, head - 1) ? head - 1
            : head > 0 && text.TokenText(head - 1) is "their" && GroupPredicate.ProtectedGroupBefore(text, lexicon, head - 1) ? head
            : -1;
        if (owner < 0 || NegatedBefore(text, v))
        {
            return null;
        }

        var q = v + 1;
        while (q < count && q - v < 4 && text.TokenText(q) is "be" or "all" or "just" or "to" or "get" or "simply")
        {
            q++;
        }

        if (q >= count || ThreatIntent.SentenceBreakBefore(text, q))
        {
            return null;
        }

        var t = text.TokenText(q);
        var next = q + 1 < count && !ThreatIntent.SentenceBreakBefore(text, q + 1) ? text.TokenText(q + 1) : default;
        if (ByFirefighters(text, q, count) || ViolentSense.OtherWorld(text, q, count))
        {
            return null; // "… burned down by the fire brigade as a training exercise"
        }

        if (t is "torched" or "burned" or "burnt" or "firebombed" or "petrol" or "razed")
        {
            return (owner, next is "down" or "out" ? q + 1 : q); // "burned down", "burned out"
        }

        if (t is "set" && next is "alight" or "ablaze" or "on")
        {
            return (owner, next is "on" ? q + 2 : q + 1);
        }

        return t is "bombed" && !Combatant(text, count - 1, wholeSentence: true) ? (owner, q) : null;
    }

    private static bool ByFirefighters(NormalizedText text, int k, int count)
    {
        for (var m = k + 1; m < Math.Min(count, k + 6) && !Sentences.BreakBefore(text, m); m++)
        {
            if (text.TokenText(m) is "brigade" or "firefighters" or "firemen" or "demolition")
            {
                return true;
            }
        }

        return false;
    }

    // A negation in the clause before the verb: "No journalist deserves a bullet for doing their job", "Nobody should be
    // shot for a tweet", "He didn't deserve to be killed".
    private static bool NegatedBefore(NormalizedText text, int v)
    {
        for (var j = v - 1; j >= Math.Max(0, v - 12) && !ThreatIntent.SentenceBreakBefore(text, j + 1); j--)
        {
            // "None of the protesters deserved …", "Whether he deserves to die is for the jury"
            if (Features.IsNegator(text.TokenText(j), j > 0 ? text.TokenText(j - 1) : default) || text.TokenText(j) is "no" or "none" or "whether")
            {
                return true;
            }
        }

        return false;
    }

    // Whose due it is: the noun before the verb (after at most a few adverbs: "all", "really"); the noun before a
    // relative clause ("The banker who signed off on those bonuses should …"); "whoever …" opening the clause; or, after
    // "and", the clause's subject ("Journalists are the enemy and should be hunted down and shot").
    private static int Subject(NormalizedText text, Lexicon lexicon, int v)
    {
        var j = v - 1;
        while (j > 0 && !ThreatIntent.SentenceBreakBefore(text, j + 1) && IsAdverb(text.TokenText(j)))
        {
            j--;
        }

        if (ThreatIntent.SentenceBreakBefore(text, j + 1))
        {
            return -1; // "Should be castrated as well!!": no subject in the clause
        }

        // "Starmer should be hanged", "Boris Johnson deserves to be strung up": a name opening the clause.
        if (PersonName.Ends(text, j) && GroupPredicate.OpensAfterSofteners(text, PersonName.Start(text, j)))
        {
            return j;
        }

        // The noun right before the verb is its subject only where its phrase opens the clause: in "The dogs that
        // attacked the boy should be put down" and "Photos of the councillors should be hung" it is an object.
        var head = text.TokenText(j);
        if (head is "he" or "she" or "you" or "u" or "ya"
            || (IsPerson(text, lexicon, j) && GroupPredicate.OpensAfterSofteners(text, StartOfNoun(text, j))))
        {
            return Combatant(text, j) ? -1 : j;
        }

        if (head is "and" && j > 0)
        {
            var start = j - 1;
            while (start > 0 && !ThreatIntent.SentenceBreakBefore(text, start))
            {
                start--;
            }

            while (start < j - 1 && ThreatIntent.IsDeterminer(text.TokenText(start)))
            {
                start++;
            }

            // the opening noun, or a noun after one adjective ("Climate activists are … and should …")
            for (var k = start; k <= Math.Min(start + 1, j - 1); k++)
            {
                if (IsPerson(text, lexicon, k) && k + 1 < j && text.TokenText(k + 1) is "are" or "is" or "were" or "was" or "have" or "has"
                    && !Complement(text, k + 1, v))
                {
                    return Combatant(text, k) ? -1 : k;
                }
            }

            return -1;
        }

        if (OpeningPerson(text, lexicon, j, v) is { } opening)
        {
            return opening; // "Every one of those protesters blocking the motorway deserves to be run over"
        }

        for (var r = j; r >= Math.Max(0, v - 12) && !ThreatIntent.SentenceBreakBefore(text, r + 1); r--)
        {
            var t = text.TokenText(r);
            if (t is "whoever" && GroupPredicate.Opens(text, r))
            {
                return r;
            }

            if (t is "who")
            {
                // the nearest "who" only, and not across a verb of thinking ("people who decide the bear should die")
                return r > 0 && !ThreatIntent.SentenceBreakBefore(text, r)
                       && (IsPerson(text, lexicon, r - 1) || text.TokenText(r - 1) is "anyone" or "anybody" or "everyone" or "everybody" or "those")
                       && !Complement(text, r + 1, v)
                       && !Combatant(text, r - 1) ? r - 1 : -1;
            }
        }

        return -1;
    }

    // The person noun a sentence opens with, after quantifiers and determiners ("Every one of those", "All the") and at
    // most two adjectives, with a phrase describing them before the verb ("… protesters blocking the motorway …"):
    // the sentence's subject, unless a verb of thinking or saying, a relative pronoun or a comma stands between.
    private static int? OpeningPerson(NormalizedText text, Lexicon lexicon, int j, int v)
    {
        var start = j;
        while (start > 0 && !ThreatIntent.SentenceBreakBefore(text, start) && j - start < 10)
        {
            start--;
        }

        if (start > 0 && !ThreatIntent.SentenceBreakBefore(text, start))
        {
            return null; // a longer sentence: too far to tell its subject
        }

        var k = start;
        while (k < j && (ThreatIntent.IsDeterminer(text.TokenText(k)) || text.TokenText(k) is "every" or "each"))
        {
            k++;
        }

        for (var head = k; head <= Math.Min(k + 2, j); head++)
        {
            if ((IsPerson(text, lexicon, head) || text.TokenText(head) is "anyone" or "anybody" or "everyone" or "everybody")
                && !(head + 1 < v && text.TokenText(head + 1) is "s")) // not "The owner's dog"
            {
                for (var m = head + 1; m < v; m++)
                {
                    if (text.GapBefore(m).Contains(',') || text.TokenText(m) is "who" or "that" or "which" or "and" or "but" or "if"
                        or "because" or "when" or "are" or "is" or "was" or "were" or "have" or "has")
                    {
                        return null;
                    }
                }

                return Complement(text, head + 1, v) || Combatant(text, head) ? null : head;
            }

            if (text.TokenText(head).ContainsAnyExceptInRange('a', 'z'))
            {
                return null;
            }
        }

        return null;
    }

    // A verb of thinking or saying between the subject and the modal opens a clause of its own: "people who decide the
    // bear should die", "Xs are the ones who think the law should be killed".
    private static bool Complement(NormalizedText text, int from, int v)
    {
        for (var k = from; k < v; k++)
        {
            if (text.TokenText(k) is "think" or "thinks" or "thought" or "decide" or "decides" or "decided" or "say" or "says" or "said"
                or "believe" or "believes" or "claim" or "claims" or "feel" or "feels" or "argue" or "argues" or "suggest" or "suggests"
                or "realise" or "realises" or "realize" or "realizes" or "know" or "knows" or "insist" or "insists" or "agree"
                or "agrees" or "wish" or "hope" or "want" or "wants" or "demand" or "demands" or "ruled" or "rule" or "rules")
            {
                return true;
            }

            // "The man who shouted that Sunak deserved to be stabbed …" reports; "the columnist who wrote this" names
            if (text.TokenText(k) is "shouted" or "tweeted" or "wrote" or "posted" or "chanted" or "yelled" or "screamed"
                && k + 1 < v && (text.TokenText(k + 1) is "that" || text.GapBefore(k + 1).IndexOfAny("\"\u201C'") >= 0))
            {
                return true;
            }
        }

        return false;
    }

    // The old, looser reading of who "needs a bullet": any person within five words before the verb.
    private static int PersonBefore(NormalizedText text, Lexicon lexicon, int v)
    {
        var target = -1;
        for (var j = v - 1; j >= Math.Max(0, v - 5) && !ThreatIntent.SentenceBreakBefore(text, j + 1); j--)
        {
            var w = text.TokenText(j);
            if (ThreatIntent.IsPersonTarget(w, lexicon) || w is "he" or "she" or "whoever" or "u" || IsPeopleNoun(w))
            {
                target = j;
            }
        }

        return target;
    }

    // A subject taken for people only because it ends like a doer ("hunters", "leftists"): the same ending names
    // animals, food, software and teams ("badgers", "peppers", "workers" of a server, "Rangers").
    // A subject known only by its name ("Starmer"), not by a word that names people.
    private static bool IsName(NormalizedText text, Lexicon lexicon, int subject)
    {
        var t = text.TokenText(subject);
        return PersonName.Ends(text, subject) && !ThreatIntent.IsRole(t) && !ThreatIntent.IsPersonNoun(t) && !IsPeopleNoun(t)
               && !ThreatIntent.IsInsultForAPerson(t) && lexicon.Category(t) is not LexiconCategory.Identity;
    }

    /// <summary>
    /// The violence a name takes: a name may be a team's, a firm's, a film's or a character's, and those are "murdered"
    /// (5-0), "crucified" (by the press), "run over by the competition", "slaughtered" and "massacred" as often as
    /// people are; executions, lynching, torture and deaths by a named means are only people's.
    /// </summary>
    internal static bool NameViolence(NormalizedText text, int violence, int count)
    {
        var t = text.TokenText(violence);
        var before = violence > 0 ? text.TokenText(violence - 1) : default;
        var next = violence + 1 < count && !ThreatIntent.SentenceBreakBefore(text, violence + 1) ? text.TokenText(violence + 1) : default;
        return t is "hanged" or "hung" or "lynched" or "beheaded" or "guillotined" or "executed" or "tortured" or "castrated" or "raped"
                   or "stabbed" or "knifed" or "kneecapped" or "death" or "senseless"
               || (t is "up" && before is "strung") || (t is "alive" && before is "burned" or "burnt" or "skinned")
               || (t is "shot" && next is "dead" or "in" or "at" or "for" or "like")
               // "I hope Farage dies in a fire / a slow painful death", "burns in hell", "chokes to death"; not "I hope Twitter dies"
               || (t is "die" or "dies" or "burn" or "burns" or "choke" or "chokes" or "rot" or "rots" && next is "in" or "a" or "to" or "slowly")
               || (t is "beaten" && next is "with" or "senseless" or "up");
    }

    private static bool OnlyByItsEnding(NormalizedText text, Lexicon lexicon, int subject)
    {
        var t = text.TokenText(subject);
        if (IsName(text, lexicon, subject))
        {
            return true; // a name may be a team's or a firm's ("Chelsea deserve to be beaten")
        }

        return EndsLikeDoers(t) && !IsNamedPeople(t) && !ThreatIntent.IsRole(t) && !ThreatIntent.IsInsultForAPerson(t) && !IsPeopleNoun(t) && !ThreatIntent.IsPersonNoun(t)
               && lexicon.Category(t) is not LexiconCategory.Identity;
    }

    // Violence only people suffer: not "killed" (processes), "put down" and "culled" (animals), "burned" and "beaten"
    // (food), "hung" (laundry), "shot" (photographs), "executed" (installers).
    internal static bool PeopleOnly(NormalizedText text, int violence, int count)
    {
        var t = text.TokenText(violence);
        var before = violence > 0 ? text.TokenText(violence - 1) : default;
        var next = violence + 1 < count && !ThreatIntent.SentenceBreakBefore(text, violence + 1) ? text.TokenText(violence + 1) : default;
        return t is "murdered" or "hanged" or "lynched" or "tortured" or "castrated" or "tarred" or "guillotined" or "crucified" or "beheaded"
                   or "massacred" or "raped" or "stabbed" or "knifed" or "kneecapped" or "death" or "pulp" or "senseless"
               || (t is "up" && before is "strung") || (t is "alive" && before is "skinned" or "flayed")
               || (t is "over" && before is "run") || (t is "gunned" && before is "machine")
               || (t is "shot" && next is "dead" or "in" or "themselves") || (t is "beaten" && next is "senseless" or "up" or "black" or "to")
               || (next is "to" && violence + 2 < count && text.TokenText(violence + 2) is "death") // "chokes to death"
               || (t is "choke" or "die" or "drown" or "bleed" && before is "they" or "he" or "she") // "force fed till they choke"
                                                                                                     // "put down like dogs", "slaughtered like the animals they eat": the simile says they are not animals
               || (next is "like" && violence + 2 < count && text.TokenText(violence + 2) is "dogs" or "animals" or "the" or "vermin"
                   or "rats" or "pigs" or "cattle" or "sheep");
    }

    private static bool IsAdverb(ReadOnlySpan<char> t) =>
        t is "all" or "just" or "really" or "also" or "honestly" or "frankly" or "seriously" or "personally" or "definitely"
            or "probably" or "then" or "too" or "both" or "literally" or "simply" or "truly" or "clearly" or "certainly"
            or "themselves" or "himself" or "herself" or "obviously" or "frankly";

    // People: a role, a person noun, an insult that names a person, a group, or a plural of doers.
    private static bool IsPerson(NormalizedText text, Lexicon lexicon, int k)
    {
        var t = text.TokenText(k);
        if (k > 0 && text.TokenText(k - 1) is "gingerbread" or "jelly" or "chocolate" or "lego" or "snow" or "toy" or "paper"
                or "cardboard" or "plastic" or "straw" or "wicker")
        {
            return false; // "Gingerbread men should be beheaded first"
        }

        return ThreatIntent.IsRole(t) || ThreatIntent.IsInsultForAPerson(t) || IsPeopleNoun(t) || ThreatIntent.IsPersonNoun(t)
               || (lexicon.Category(t) is LexiconCategory.Identity && ThreatIntent.IsGroupNotAdjective(text, lexicon, k, text.TokenCount))
               || IsDoers(t);
    }

    // "hunters", "voters", "leftists", "vegetarians", "tenants": people named by what they do or think. Not the
    // things and animals that end the same way ("posters", "numbers", "tigers", "lists", "fists").
    private static bool IsDoers(ReadOnlySpan<char> t) => IsNamedPeople(t) || EndsLikeDoers(t);

    private static bool IsNamedPeople(ReadOnlySpan<char> t) =>
        t is "residents" or "students" or "parents" or "tenants" or "migrants" or "immigrants" or "agents" or "opponents"
            or "defendants" or "inhabitants" or "occupants" or "claimants" or "peasants" or "servants" or "voter" or "officer"
            or "owner" or "driver" or "secretary" or "pm" or "premier" or "chairman" or "dude" or "bloke" or "fella" or "lad"
            or "lads" or "geezer";

    private static bool EndsLikeDoers(ReadOnlySpan<char> t) =>
        (t.Length >= 6 && (t.EndsWith("ers") || t.EndsWith("ists") || t.EndsWith("ians"))
            && t is not ("numbers" or "papers" or "orders" or "powers" or "borders" or "matters" or "letters" or "waters"
                or "centers" or "centres" or "offers" or "answers" or "layers" or "headquarters" or "chapters" or "computers" or "servers"
                or "containers" or "posters" or "stickers" or "banners" or "flowers" or "towers" or "corners" or "filters"
                or "markers" or "trailers" or "barriers" or "sneakers" or "boosters" or "fingers" or "rivers" or "shelters"
                or "cancers" or "covers" or "chambers" or "registers" or "tigers" or "spiders" or "lobsters" or "oysters"
                or "hamsters" or "panthers" or "otters" or "beavers" or "vipers" or "heifers" or "steers" or "burgers"
                or "printers" or "blenders" or "speakers" or "headers" or "folders" or "remainders" or "reminders"
                or "characters" or "lists" or "twists" or "wrists" or "mists" or "fists" or "exists" or "insists"
                or "resists" or "persists" or "consists" or "assists" or "flyers" or "fliers" or "rafters" or "shutters"
                or "whethers" or "howevers" or "togethers" or "anothers" or "rathers" or "eithers" or "neithers" or "furthers"
                or "weathers" or "afters" or "unders" or "overs" or "laters" or "betters" or "nevers" or "evers" or "others"
                or "whoevers" or "whatevers" or "whenevers" or "wherevers" or "forevers"));

    // Combatants and leaders in a war: "Hamas commanders should be killed", "the troops who did this should be
    // executed" is war talk a news thread publishes; only cruelty ("should be tortured", "skinned alive") counts there.
    private static bool Combatant(NormalizedText text, int head, bool wholeSentence = false)
    {
        for (var k = head; k >= (wholeSentence ? 0 : Math.Max(0, head - 3)) && (wholeSentence || k == head || !ThreatIntent.SentenceBreakBefore(text, k + 1)); k--)
        {
            if (text.TokenText(k) is "militants" or "militant" or "terrorists" or "terrorist" or "soldiers" or "soldier" or "troops"
                or "fighters" or "jihadists" or "jihadist" or "insurgents" or "rebels" or "commanders" or "commander" or "generals"
                or "general" or "hamas" or "isis" or "taliban" or "hezbollah" or "army" or "regime" or "invaders" or "occupiers"
                or "warlords" or "warlord" or "mercenaries" or "wagner" or "criminals" or "pirates"
                or "separatists" or "raiders" or "attackers" or "paratroopers" or "spotters" or "snipers" or "marines" or "bombers"
                or "enemy" or "gunmen" or "hijackers" or "kidnappers")
            {
                return true;
            }
        }

        return false;
    }

    // Whether the violence at <paramref name="violence"/> is the subject's due and not a contest, a photograph, a
    // report or a verb with its own object.
    private static bool IsDue(NormalizedText text, int subject, int violence, int count)
    {
        var t = text.TokenText(violence);
        var next = violence + 1 < count && !ThreatIntent.SentenceBreakBefore(text, violence + 1) ? text.TokenText(violence + 1) : default;
        if (GroupPredicate.ReportedAfter(text, violence, count) || (IsContestable(t) && Contest(text, violence + 1, count)))
        {
            return false; // "The referee should be beaten at his own game"
        }

        return t switch
        {
            // "thrown a lifeline / to the wolves / under the bus"; "thrown off a bridge" is violence
            "thrown" => (next is "off" or "from" && ThrownFromHeight(text, violence + 2, count)) || (next is "in" or "into" && ThrownToDrown(text, violence + 2, count)),
            // "shot at from every angle by our photographers", "shot on film"; not "shot at dawn / on sight"
            "shot" => ShotDead(text, violence, count),
            // "He should be put down" may be a dog; "you" and "those freaks" may not.
            "down" when text.TokenText(violence - 1) is "put" => text.TokenText(subject) is not ("he" or "she"),
            // "should be hunted down and brought to justice" is the law's work; "… and shot", "… like dogs" is not.
            "down" when text.TokenText(violence - 1) is "hunted" => next is "like"
                || (next is "and" && GroupPredicate.ViolentNorm(text, violence, count) is not null),
            _ => true,
        };
    }

    private static bool ThrownFromHeight(NormalizedText text, int k, int count)
    {
        k = k < count && text.TokenText(k) is "a" or "the" or "his" or "her" or "their" ? k + 1 : k;
        // not "thrown off the plane / the train": removed, not thrown from a height
        return k < count && text.TokenText(k) is "bridge" or "roof" or "cliff" or "building" or "balcony" or "tower" or "rooftops" or "roofs";
    }

    // "tied up in a sack and thrown in the river": drowned
    private static bool ThrownToDrown(NormalizedText text, int k, int count)
    {
        k = k < count && text.TokenText(k) is "the" or "a" ? k + 1 : k;
        return k < count && text.TokenText(k) is "river" or "sea" or "canal" or "thames" or "lake";
    }

    // "shot" as violence: ending its clause, "dead", "in the head", "on sight", "at dawn", "like dogs", "and …", "for
    // treason / what he did"; not "shot from the pit", "shot against a white backdrop", "shot for the newsletter", "shot
    // on film", "shot at from every angle".
    private static bool ShotDead(NormalizedText text, int shot, int count)
    {
        var next = shot + 1 < count && !ThreatIntent.SentenceBreakBefore(text, shot + 1) ? text.TokenText(shot + 1) : default;
        var then = shot + 2 < count && !ThreatIntent.SentenceBreakBefore(text, shot + 2) ? text.TokenText(shot + 2) : default;
        var third = shot + 3 < count && !ThreatIntent.SentenceBreakBefore(text, shot + 3) ? text.TokenText(shot + 3) : default;
        // not "shot and edited", "shot now, while the light is good"
        return next.IsEmpty || next is "dead" or "like" or "immediately" or "already" or "too" or "themselves" or "twice"
               || (next is "and" && then is "killed" or "left" or "hanged" or "buried" or "dumped")
               || (next is "by" && then is "firing" or "a") || (next is "point" && then is "blank")
               || (next is "in" && then is "the" or "his" or "her" or "their" or "cold" && (then is "cold" || ThreatIntent.IsBodyPart(third) || third is "street" or "streets"))
               || (next is "on" && then is "sight") || (next is "at" && then is "dawn" or "birth")
               || (next is "for" && then is "treason" or "what" or "this" or "that" or "it" or "doing" or "saying" or "being" or "his" or "her" or "their");
    }

    // After "needs" / "deserves": "a bullet (in the head)", "a good kicking", "a brick through the window", "his legs
    // broken", "his teeth kicked in". Returns the harm's last token. Not "a bullet-proof defence", "a slap on the
    // wrist", "a beating at the polls", "a brick of a book".
    private static int? Harm(NormalizedText text, int k, int count)
    {
        if (k + 2 < count && text.TokenText(k) is "his" or "her" or "their" or "your" && ThreatIntent.IsBodyPart(text.TokenText(k + 1))
            && text.TokenText(k + 2) is "broken" or "smashed" or "kicked" or "caved" or "snapped" or "crushed" or "stamped"
                or "bashed" or "punched" or "knocked" or "ripped" or "slit" or "cut" or "wrung" or "chopped" or "breaking"
                or "kicking" or "smashing" or "caving" or "snapping" or "stoved" or "stamped"
            && !(k + 4 < count && text.TokenText(k + 3) is "and" && text.TokenText(k + 4) is "reset" or "set" or "straightened" or "realigned" or "wired" or "pinned" or "plated" or "rebroken"))
        {
            return k + 2; // not "the boy needs his legs broken and reset", a surgeon's words
        }

        var first = k;
        while (k < count && k - first < 3 && text.TokenText(k) is "a" or "an" or "another" or "good" or "proper" or "swift" or "sound")
        {
            k++;
        }

        if (k >= count || k == first)
        {
            return null;
        }

        var harm = text.TokenText(k);
        var after = k + 1 < count && !ThreatIntent.SentenceBreakBefore(text, k + 1) ? text.TokenText(k + 1) : default;
        // What may follow the harm: nothing, or a preposition of where it lands ("a bullet in the head", "a slap round the
        // face"), a time or "and". A noun after it makes a compound: "beating heart", "punch line", "hiding place",
        // "kicking tee", "bullet train"; "from", "by", "over" and "of" a figure of speech ("a kicking from the FA",
        // "a kicking over this budget", "a slap of reality").
        var lands = after.IsEmpty || after is "in" or "into" or "to" or "through" or "round" or "around" or "across" or "between" or "and"
            or "tonight" or "today" or "soon" or "now" or "already" or "asap" or "too" or "after" or "for" or "when" or "if" or "next"
            or "one" or "sometime" or "between" or "off";
        var hits = harm switch
        {
            "bullet" or "bullets" or "beating" or "hiding" or "kicking" or "kickin" or "shoeing" or "battering" or "noose" => lands,
            // "a slap in the face" and "a kick in the teeth" are wake-up calls; "a punch to the body" is boxing
            "slap" or "punch" => lands && !(after is "in" && k + 3 < count && text.TokenText(k + 3) is "face" or "teeth")
                                 && !(after is "to" && k + 3 < count && text.TokenText(k + 3) is "body"),
            // "a rope", "a rope round his neck", "a rope and a lamppost"; not "a rope and a helmet" (climbers)
            "rope" => after.IsEmpty || (after is "around" or "round" && k + 3 < count && text.TokenText(k + 3) is "neck" or "necks")
                      || (after is "and" && k + 3 < count && text.TokenText(k + 3) is "lamppost" or "lampost" or "tree" or "noose" or "crane"),
            // "a brick through the window", "a bat to the head"; not "a brick to finish the wall"
            // "a smack in the mouth", "a kick in the head", "a bottle over the head", "a knife in the gut" (not "in the back")
            "smack" or "kick" or "bottle" or "knife" or "brick" or "molotov" or "bat" => after is "through" or "to" or "in" or "round" or "over" or "across" or "between" && k + 3 < count
                && !(harm is "kick" && text.TokenText(k + 3) is "teeth" or "pants")
                && text.TokenText(k + 2) is "the" or "his" or "her" or "their" or "your" or "a"
                && ((ThreatIntent.IsBodyPart(text.TokenText(k + 3)) && text.TokenText(k + 3) is not ("hand" or "hands"))
                    || text.TokenText(k + 3) is "window" or "windows" or "windscreen"),
            _ => false,
        };
        return hits && (harm is "rope" || !Contest(text, k + 1, count)) ? k : null; // "round his neck" is no boxing round
    }

    // "Sick f**ks like this should …", "Garbage like you should …", "Thugs like him must …": people named by what they
    // are, then "like" and whom the writer means. Returns the head noun, or -1. After "this" or "that" only words that
    // name people ("Dogs like that should be put down" is about dogs); a thing word only before a person ("garbage like
    // you"), and not "animals", which may be animals.
    private static int LikeHead(NormalizedText text, int modal)
    {
        if (modal < 3 || text.TokenText(modal - 2) is not "like" || ThreatIntent.SentenceBreakBefore(text, modal - 1)
            || ThreatIntent.SentenceBreakBefore(text, modal - 2))
        {
            return -1;
        }

        var who = text.TokenText(modal - 1);
        var head = text.TokenText(modal - 3);
        var person = ThreatIntent.IsInsultForAPerson(head) || IsPeopleNoun(head) || ThreatIntent.IsRole(head) || IsDoers(head)
                     || head is "fucks" or "people" or "men" or "guys";
        var fits = who is "this" or "that" or "these" or "those" ? person
            : who is "him" or "her" or "them" or "you" or "u" && (person || head is "garbage" or "trash" or "filth" or "vermin");
        return fits && GroupPredicate.OpensAfterSofteners(text, StartOfNoun(text, modal - 3)) ? modal - 3 : -1;
    }

    // The noun at <paramref name="target"/> with up to two adjectives and a determiner before it.
    private static int StartOfNoun(NormalizedText text, int target)
    {
        var start = target;
        for (var adjectives = 0; adjectives < 2 && start > 0 && !ThreatIntent.SentenceBreakBefore(text, start)
             && text.TokenText(start - 1) is not ("the" or "that" or "this" or "our" or "your" or "their" or "a" or "an" or "and" or "but"
                 or "so" or "because" or "honestly" or "frankly" or "personally" or "seriously")
             && text.TokenText(start - 1) is { Length: > 1 } word && !word.ContainsAnyExceptInRange('a', 'z'); adjectives++)
        {
            start--;
        }

        return start > 0 && text.TokenText(start - 1) is "the" or "that" or "this" or "our" or "your" or "their" ? start - 1 : start;
    }

    // People named by an insult or a job, for a person's due ("Those freaks should be beaten", "The ministers should be
    // hanged"). Not "cabinet" (kitchens), "board" (leader boards), "cow" (farms) or "parasite" (medicine):
    // a review found each in a civil sentence.
    // Also insults and crimes that name a person ("This clown needs a bullet", "That rapist should be castrated").
    private static bool IsPeopleNoun(ReadOnlySpan<char> t) =>
        t is "freak" or "freaks" or "hack" or "hacks" or "manager" or "chancellor" or "official" or "officials" or "bosses"
            or "councillors" or "ministers" or "editors" or "leader" or "clown" or "prick" or "pricks" or "tosser" or "tossers" or "muppet"
            or "lunatic" or "lunatics" or "nutter" or "nutters" or "wanker" or "wankers" or "twat" or "twats" or "rapist"
            or "rapists" or "murderer" or "murderers" or "landlady" or "surgeon" or "dentist" or "plumber" or "builder";

    /// <summary>Violence a contest also names ("beaten", "slaughtered in the midterms", "wiped out in May").</summary>
    internal static bool IsContestable(ReadOnlySpan<char> t) =>
        t is "beaten" or "slaughtered" or "out" or "killed" or "murdered" or "massacred" or "crushed" or "hammered" or "thrashed"
            or "torched" or "buried" or "destroyed" or "battered" or "shot";

    // "… a beating at the polls / in the final / on Saturday": a contest, not violence.
    internal static bool Contest(NormalizedText text, int k, int count)
    {
        for (var m = k; m < Math.Min(count, k + 6) && !ThreatIntent.SentenceBreakBefore(text, m); m++)
        {
            if (text.TokenText(m) is "polls" or "poll" or "election" or "elections" or "ballot" or "vote" or "match" or "game" or "final"
                or "league" or "cup" or "debate" or "saturday" or "sunday" or "race" or "round" or "chess" or "contest" or "margin"
                or "champions" or "tomorrow" or "punch" or "leadership" or "points" or "goals" or "votes" or "sets" or "easily"
                or "comfortably" or "convincingly" or "soundly" or "side" or "team" or "display" or "showing" or "pace" or "semi"
                or "semis" or "quarter" or "midterms" or "primary" or "primaries" or "striker" or "critics" or "voters" or "shareholders"
                or "market" or "january" or "february" or "march" or "april" or "june" or "july" or "august"
                or "september" or "october" or "november" or "december" or "midterm" or "referendum" or "hustings" or "rounds"
                or "inside" or "nations" or "twickenham" or "murrayfield" or "wembley" or "seats" or "seat" or "constituency"
                or "marginals" or "stiff" or "derby" or "critics" or "reviewers" or "reviewer" or "regulator" or "inquiry" or "press"
                or "competition" or "charts" or "award" or "awards" or "box"
                || (text.TokenText(m) is "may" && m > 0 && text.TokenText(m - 1) is "in"))
            {
                return true;
            }
        }

        return false;
    }
}
