using Parley.Classifier.Text;

namespace Parley.Classifier.Lexical;

/// <summary>Whose due the violence is: the subject of "should", "needs" or "deserves" (<see cref="ViolentDue"/>).</summary>
internal static partial class ViolentDue
{
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
        if ((head is "he" or "she" or "you" or "u" or "ya" && !RuledBy(text, j))
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

    // "The tribunal ruled he should be hanged", "The jury decided he should be executed": a body's ruling reported, not
    // the writer's call ("I think he should be hanged" is the writer's).
    private static bool RuledBy(NormalizedText text, int pronoun)
    {
        for (var k = pronoun - 1; k >= Math.Max(0, pronoun - 4) && !ThreatIntent.SentenceBreakBefore(text, k + 1); k--)
        {
            if (text.TokenText(k) is "ruled" or "decided" or "said" or "says" or "argued" or "claimed" or "suggested" or "insisted"
                or "demanded" or "agreed" or "concluded" or "found" or "recommended")
            {
                return k == 0 || text.TokenText(k - 1) is not ("i" or "we");
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
            if (ThreatIntent.IsPersonTarget(text, j, lexicon) || w is "he" or "she" or "whoever" or "u" || IsPeopleNoun(w))
            {
                target = j;
            }
        }

        return target;
    }

    // A subject known only by its name ("Starmer"), not by a word that names people.
    private static bool IsName(NormalizedText text, Lexicon lexicon, int subject)
    {
        var t = text.TokenText(subject);
        return PersonName.Ends(text, subject) && !ThreatIntent.IsRole(t) && !ThreatIntent.IsPersonNoun(t) && !IsPeopleNoun(t)
               && !ThreatIntent.IsInsultForAPerson(t) && lexicon.Category(t) is not (LexiconCategory.Identity or LexiconCategory.Slur);
    }

    // A subject taken for people only because it ends like a doer ("hunters", "leftists") or by its capital letter: the
    // same ending names animals, food, software and teams ("badgers", "peppers", "workers" of a server, "Rangers").
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

    private static bool IsAdverb(ReadOnlySpan<char> t) =>
        t is "all" or "just" or "really" or "also" or "honestly" or "frankly" or "seriously" or "personally" or "definitely"
            or "probably" or "then" or "too" or "both" or "literally" or "simply" or "truly" or "clearly" or "certainly"
            or "themselves" or "himself" or "herself" or "obviously";

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
               || Homonyms.IsSlur(text, k, lexicon) // "Vatniks should be hunted down"
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

    // Combatants in a war: "Hamas commanders should be killed", "the troops who did this should be executed" is war
    // talk a news thread publishes, so no combatant is a subject of this rule (the heads read the rest).
    private static bool Combatant(NormalizedText text, int head)
    {
        for (var k = head; k >= Math.Max(0, head - 3) && (k == head || !ThreatIntent.SentenceBreakBefore(text, k + 1)); k--)
        {
            if (IsCombatant(text.TokenText(k)))
            {
                return true;
            }
        }

        return false;
    }

    // A combatant anywhere in the sentence of token k ("the mosque Hamas used as a base should be bombed").
    private static bool CombatantInSentence(NormalizedText text, int k)
    {
        var start = k;
        while (start > 0 && !Sentences.BreakBefore(text, start))
        {
            start--;
        }

        for (var m = start; m <= k; m++)
        {
            if (IsCombatant(text.TokenText(m)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCombatant(ReadOnlySpan<char> t) =>
        t is "militants" or "militant" or "terrorists" or "terrorist" or "soldiers" or "soldier" or "troops"
            or "fighters" or "jihadists" or "jihadist" or "insurgents" or "rebels" or "commanders" or "commander" or "generals"
            or "general" or "hamas" or "isis" or "taliban" or "hezbollah" or "army" or "regime" or "invaders" or "occupiers"
            or "warlords" or "warlord" or "mercenaries" or "wagner" or "separatists" or "raiders" or "attackers" or "paratroopers"
            or "spotters" or "snipers" or "marines" or "bombers" or "enemy" or "gunmen" or "hijackers";

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
}
