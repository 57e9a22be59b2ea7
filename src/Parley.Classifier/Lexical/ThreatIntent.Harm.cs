using Parley.Classifier.Text;

namespace Parley.Classifier.Lexical;

/// <summary>
/// Verbs of bodily harm that the lexicon does not list as threat words, because on their own they cook, drive, play
/// and govern ("gut the fish", "batter the cod", "drown out the noise", "throttle back", "knife the budget"): "I'll gut
/// you like a fish", "I'd drown the bloke in his own bath", "I'm gonna shank him", "I'll stamp on your head". Fresh
/// writers' threats to a person used them more often than the lexicon's verbs (the development set of session 15 missed
/// them all). They count only in the threat rule's own shape (<see cref="Find"/>: a first person or "someone should",
/// then the verb, then a person), and each keeps its innocent senses out (<see cref="HarmFits"/>).
/// </summary>
internal static partial class ThreatIntent
{
    private static bool IsHarmVerb(ReadOnlySpan<char> t) =>
        t is "gut" or "drown" or "throttle" or "kneecap" or "glass" or "shank" or "knife" or "batter" or "slap" or "smack" or "thump"
            or "headbutt" or "deck" or "suffocate" or "smother" or "poison" or "bludgeon" or "pummel" or "disembowel" or "dismember"
            or "decapitate" or "mutilate" or "garrotte" or "waterboard" or "castrate" or "eviscerate" or "stamp"
            or "push" or "shove" or "throw" or "chuck" or "toss";

    // What each harm verb needs after its person, so that its innocent senses stay out. A contest after the person ("at
    // the ballot box", "on Saturday") and a trade after "people" ("stamp on the people smugglers") are no victim for any.
    private static bool HarmFits(NormalizedText text, ReadOnlySpan<char> verb, int subject, int target, int count)
    {
        ReadOnlySpan<char> At(int k) => Sentences.InClause(text, k, count);
        var after = At(target + 1);
        if (ViolentDue.Contest(text, target + 1, count) || (At(target) is "people" && after is { IsEmpty: false } && !Sentences.BreakBefore(text, target + 1)
                                                             && after is not ("who" or "like" or "in" or "on" or "at" or "if" or "when")))
        {
            return false;
        }

        switch (verb)
        {
            // "push him under a train", "throw the ref off the stand roof"; not "push him to work harder", "throw him a party",
            // "throw him under the bus" (betrayal), "throw them off the bus" (ejection), "chuck the kids into the sea"
            case "push" or "shove" or "throw" or "chuck" or "toss":
                return At(target) is not ("kids" or "children" or "kid" or "son" or "daughter" or "dog" or "lot") && Deadly(text, target + 1, count);
            // "drown them out", "drown you in paperwork", "smother her with kisses / the kids in mud"; "in his own bath" and "with a
            // pillow" are violence
            // ("smother her" alone is a hug; "drown him" alone is not)
            case "drown" or "smother" or "suffocate":
                if (after is "out" or "with" && verb is "drown")
                {
                    return false;
                }

                if (after is not ("in" or "with" or "under"))
                {
                    return verb is "drown" && after is not ("out" or "up");
                }

                for (var k = target + 2; k < Math.Min(count, target + 6) && !Sentences.BreakBefore(text, k); k++)
                {
                    if (At(k) is "bath" or "bathtub" or "tub" or "river" or "canal" or "lake" or "pond" or "toilet" or "sink" or "bucket"
                        or "puddle" or "pillow" or "cushion" or "bag" or "sewage" or "channel" or "loch" or "lochs" or "swamp" or "blood"
                        or "thames")
                    {
                        return true;
                    }
                }

                return false;
            // "slap him with a fine", "slap you on the back", "smack him a high five"
            case "slap" or "smack" when (after is "with" or "on" && At(target + 3) is not ("face" or "head" or "mouth" or "jaw")) || after is "a" or "an":
                return false;
            // "throttle him back in training" rests a player
            case "throttle" when after is "back":
                return false;
            // Teams are battered, thumped and decked too: not "we'll batter them on Saturday", "thump you lot 4-0", "deck him out
            // in the new kit"
            case "batter" or "thump" or "pummel" or "deck":
                return At(target) is not ("them" or "us" or "em") && !(At(target) is "you" && after is "lot" or "all" or "guys")
                       && text.TokenText(subject) is not ("we" or "lets" or "let") && after is not ("out" or "up" or "in" or "with");
            // Politicians knife each other: "I'd knife the PM" is a leadership plot; "I'll knife you" is not.
            case "knife":
                return At(target) is "you" or "u" or "ya";
            // "poison you with my curry" is a cook's joke, "poison her against the idea" persuasion
            case "poison":
                return after is not ("with" or "by" or "against");
            default:
                return true;
        }
    }

    // After the person: "under a train", "off a cliff / the roof / the balcony", "in front of a train", "down the stairs",
    // "into the canal", "out of a window". The place must end its phrase ("the canal boat", "the window of opportunity" do
    // not), and water is no harm where the person swims ("for a swim", "he loves it").
    private static bool Deadly(NormalizedText text, int k, int count)
    {
        ReadOnlySpan<char> At(int j) => Sentences.InClause(text, j, count);
        var preposition = At(k);
        var place = preposition is "under" or "off" or "into" or "down" ? k + 1
            : preposition is "in" && At(k + 1) is "front" && At(k + 2) is "of" ? k + 3
            : preposition is "out" && At(k + 1) is "of" ? k + 2
            : -1;
        if (place < 0)
        {
            return false;
        }

        while (At(place) is "a" or "an" or "the" or "his" or "her" or "your" or "their" or "nearest" or "next" or "moving" or "speeding"
               or "stand" or "tower" or "multi" or "storey" or "oncoming" || (At(place) is "top" or "edge" && At(place + 1) is "of") || At(place) is "of")
        {
            place++;
        }

        var where = At(place);
        var endsPhrase = At(place + 1) is not ("boat" or "boats" or "park" or "car" or "path" or "bank" or "side" or "walk" or "tour" or "trip"
            or "of" or "station" or "stop" or "lane" or "crossing" or "party" or "school" or "scene" or "shelter" or "s" or "jump"
            or "cruise" or "swim" or "festival" or "museum" or "cafe" or "bar" or "restaurant" or "garden" or "gardens" or "terrace"
            or "edge" or "lift" or "trodden" or "race" or "walk");
        // water or a height is a game where the person swims, jumps or plays ("for his bungee jump", "at the duck race", "at
        // his stag do", "he loves it"); a train or a bus is no game ("under a train at Euston")
        var swims = false;
        for (var m = place + 1; m < Math.Min(count, place + 8) && preposition is "into" or "off" or "down"; m++)
        {
            swims |= text.TokenText(m) is "swim" or "paddle" or "dip" or "loves" or "love" or "splash" or "bungee" or "jump" or "tradition"
                || (m == place + 1 && text.TokenText(m) is "for" or "at" && !(m + 1 < count && text.TokenText(m + 1) is "night" or "midnight" or "dawn"));
        }

        if (swims)
        {
            return false;
        }

        return endsPhrase && preposition switch
        {
            // (not "under the / a bus": betrayal)
            "under" => where is "train" or "trains" or "lorry" or "truck" or "tram" or "tube" or "car",
            "off" => where is "cliff" or "bridge" or "balcony" or "roof" or "ledge" or "building" or "block" or "flats" or "motorway" or "quarry",
            "into" => where is "canal" or "river" or "thames" or "quarry" or "traffic",
            "down" => where is "stairs" or "cliff" or "mineshaft",
            "out" => where is "window",
            _ => where is "train" or "trains" or "bus" or "lorry" or "truck" or "tram" or "tube" or "car" or "traffic",
        };
    }

    /// <summary>
    /// "Someone should run a van into the Eid crowd", "I hope a lorry drives straight through the Pride parade", "I'd
    /// plough my car through that march": a vehicle driven into a crowd, a march or a group, wished or called for. Not a
    /// report ("A man drove a van into the crowd in Nice") nor a figure ("drive a coach and horses through the plans").
    /// </summary>
    internal static (int First, int Last, int Target)? Rams(NormalizedText text, Lexicon lexicon)
    {
        var count = Math.Min(text.TokenCount, Features.MaxTokens);
        ReadOnlySpan<char> At(int j) => Sentences.InClause(text, j, count);
        for (var v = 1; v + 3 < count; v++)
        {
            if (At(v) is not ("van" or "car" or "lorry" or "truck" or "tank" or "bus" or "tractor" or "suv" or "jeep" or "motor"))
            {
                continue;
            }

            // the verb around the vehicle: "run / drive / plough / ram a van into", "a lorry drives / ploughs through"
            var before = At(v - 1) is "a" or "an" or "my" or "the" or "his" or "their" or "big" ? v - 2 : v - 1;
            // (a vehicle that drives or goes "through" a crowd is a parade's bus or a carnival's tractor; it rams only when
            // ploughed, rammed or driven "straight" or "full speed" through it)
            var verb = At(before);
            var drives = verb is "run" or "drive" or "plough" or "plow" or "ram" or "steer" or "smash";
            var k = v + 1;
            // (a vehicle that drives or goes into or through a crowd on its own is an open-top bus or an ice-cream van; it rams
            // when it ploughs, or goes "straight" or "full speed")
            var intransitive = false;
            if (!drives && At(k) is "drives" or "ploughs" or "plows" or "ploughing" or "driving" or "goes" or "runs" or "rams" or "smashes"
                    or "mows")
            {
                verb = At(k);
                k++;
                drives = true;
                intransitive = true;
            }

            var straight = false;
            while (At(k) is "straight" or "right" or "full" or "speed" or "at")
            {
                straight |= At(k) is "straight" or "speed";
                k++;
            }

            var rams = verb is "plough" or "plow" or "ploughs" or "plows" or "ploughing" or "ram" or "rams" or "smash" or "smashes" or "mows";
            if (!drives || At(k) is not ("into" or "through") || ((intransitive || At(k) is "through") && !straight && !rams))
            {
                continue;
            }

            var forced = straight || rams;

            var t = k + 1;
            while (At(t) is "a" or "an" or "the" or "that" or "this" or "those" or "these" or "their" or "every" or "any" or "next")
            {
                t++;
            }

            var target = t;
            while (lexicon.Category(At(target)) == LexiconCategory.Identity || At(target) is "pride" or "eid" or "gay" or "trans")
            {
                target++;
            }

            // A group named alone ends its phrase or names people ("the Muslims", "the Polish families"): not "the Jewish
            // Quarter", "the Polish deli".
            if (target > t && !(At(target).IsEmpty || At(target) is "crowd" or "march" or "parade" or "protest" or "rally" or "procession"
                                                  or "vigil" or "and" or "at" or "in" or "on" or "outside" || ThreatIntent.IsPersonNoun(At(target))))
            {
                continue;
            }

            // People ("the crowd", "the marchers", "the Xs") take a van driven into them; an event or a building ("the parade", "the
            // procession", "the church") only one that ploughs or goes straight through it (floats, hearses and hymn books
            // are driven into those). The crowd or the group ends its phrase: not "into the church car park".
            var eventOrPlace = At(target) is "march" or "parade" or "protest" or "demo" or "rally" or "mosque" or "synagogue" or "church" or "temple"
                or "gurdwara" or "procession" or "vigil" or "route";
            var people = At(target) is "crowd" or "crowds" or "marchers" or "protesters" or "protestors" or "worshippers" or "mourners"
                or "shoppers" || (target > t && !eventOrPlace && GroupPredicate.IsProtected(text, lexicon, target - 1));
            if (!(people || (eventOrPlace && forced))
                || At(target + 1) is "car" or "carpark" or "park" or "hall" or "yard" or "grounds" or "gates" or "gate" or "steps" or "door"
                    or "doors" or "wall" or "walls" or "fence" or "entrance" or "drive" or "roof" or "garage" or "lot" or "s")
            {
                continue;
            }

            if (Wished(text, before, count) is { } first && !ReportedSpeech.IsReported(text, first))
            {
                return (first, target, target > t && !(At(target) is "crowd" or "march") ? target - 1 : target);
            }
        }

        return null;
    }

    // The wish or call that governs the vehicle at k: "someone should / needs to", "I'll / I'm gonna / I'd love to", "I hope /
    // wish / pray", "hopefully", or an order opening the sentence ("Run a van into …"). Not a worry or a forecast
    // ("someone could / will drive a van into the crowd unless …"), nor a bare "I'd" (a boast about a queue).
    private static int? Wished(NormalizedText text, int k, int count)
    {
        if (k < 0)
        {
            return null;
        }

        var start = Sentences.Start(text, k);
        for (var j = k; j >= Math.Max(0, start); j--)
        {
            var t = text.TokenText(j);
            var next = j + 1 < count ? text.TokenText(j + 1) : default;
            var then = j + 2 < count ? text.TokenText(j + 2) : default;
            if (t is "hope" or "hoping" or "wish" or "pray" or "hopefully" or "imma"
                || (t is "someone" or "somebody" && next is "should" or "needs" or "ought" or "please" or "must")
                || (t is "i" or "we" && (next is "ll" or "will" or "want" || (next is "m" or "re" or "are" && then is "gonna" or "going")
                                         || (next is "d" or "would" && then is "love" or "happily" or "gladly"))))
            {
                return j;
            }

            if (Features.IsNegator(t, j > 0 ? text.TokenText(j - 1) : default) || t is "drove" or "said" or "says" or "after" or "when")
            {
                return null;
            }
        }

        return k == start && k >= 0 && text.TokenText(k) is "run" or "drive" or "plough" or "ram" ? k : null;
    }
}
