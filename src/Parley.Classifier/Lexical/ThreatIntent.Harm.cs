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
            or "decapitate" or "mutilate" or "garrotte" or "waterboard" or "castrate" or "eviscerate" or "bottle" or "stamp"
            or "push" or "shove" or "throw" or "chuck" or "toss";

    // What each harm verb needs after its person, so that its innocent senses stay out.
    private static bool HarmFits(NormalizedText text, ReadOnlySpan<char> verb, int subject, int target, int count)
    {
        ReadOnlySpan<char> At(int k) => Sentences.InClause(text, k, count);
        var after = At(target + 1);
        switch (verb)
        {
            // "push him under a train", "throw the ref off the stand roof"; not "push him to work harder", "throw him a party"
            case "push" or "shove" or "throw" or "chuck" or "toss":
                return Deadly(text, target + 1, count);
            // "drown you in paperwork", "smother her with kisses"; "in his own bath" and "with a pillow" are violence
            case "drown" or "smother" or "suffocate" when after is "in" or "with" or "under":
                for (var k = target + 2; k < Math.Min(count, target + 6) && !Sentences.BreakBefore(text, k); k++)
                {
                    if (At(k) is "bath" or "bathtub" or "tub" or "river" or "canal" or "lake" or "sea" or "pond" or "toilet" or "sink" or "pool"
                        or "thames" or "bucket" or "puddle" or "water" or "pillow" or "cushion" or "bag" or "mud" or "sewage" or "channel"
                        or "loch" or "lochs" or "ocean" or "oceans" or "seas" or "rivers" or "lakes" or "swamp" or "blood" or "mediterranean")
                    {
                        return true;
                    }
                }

                return false;
            // "slap him with a fine", "slap you on the back"
            case "slap" or "smack" when after is "with" or "on" && At(target + 3) is not ("face" or "head" or "mouth" or "jaw"):
                return false;
            // Teams are battered, thumped and decked too: not "we'll batter them on Saturday", "thump you lot 4-0"
            case "batter" or "thump" or "pummel" or "deck" or "bottle":
                return At(target) is not ("them" or "us" or "em") && !(At(target) is "you" && after is "lot" or "all" or "guys")
                       && text.TokenText(subject) is not ("we" or "lets" or "let") && !ViolentDue.Contest(text, target + 1, count);
            default:
                return true;
        }
    }

    // After the person: "under a train / bus", "off a cliff / the roof / the balcony", "in front of a train", "down the
    // stairs", "into the canal", "out of a window".
    private static bool Deadly(NormalizedText text, int k, int count)
    {
        ReadOnlySpan<char> At(int j) => Sentences.InClause(text, j, count);
        var place = At(k) is "under" or "off" or "into" or "down" ? k + 1
            : At(k) is "in" && At(k + 1) is "front" && At(k + 2) is "of" ? k + 3
            : At(k) is "out" && At(k + 1) is "of" ? k + 2
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

        return At(place) is "train" or "trains" or "bus" or "lorry" or "truck" or "tram" or "tube" or "cliff" or "bridge" or "balcony"
            or "roof" or "window" or "stairs" or "canal" or "river" or "sea" or "thames" or "platform" or "traffic" or "car"
            or "motorway" or "building" or "ledge" or "pier" or "harbour" or "quarry" or "block" or "flats";
    }

    /// <summary>
    /// "Someone should run a van into the Eid crowd", "I hope a lorry drives straight through the Pride parade", "I'd
    /// plough my car through that march": a vehicle driven into a crowd, a march or a group, wished or called for. Not a
    /// report ("A man drove a van into the crowd in Nice") nor a figure ("drive a coach and horses through the plans").
    /// </summary>
    internal static (int First, int Last, int Target)? Rams(NormalizedText text, Lexicon lexicon)
    {
        var count = Math.Min(text.TokenCount, Features.MaxTokens);
        ReadOnlySpan<char> At(int j) => j >= 0 ? Sentences.InClause(text, j, count) : default;
        for (var v = 1; v + 3 < count; v++)
        {
            if (At(v) is not ("van" or "car" or "lorry" or "truck" or "tank" or "bus" or "tractor" or "suv" or "jeep" or "motor"))
            {
                continue;
            }

            // the verb around the vehicle: "run / drive / plough / ram a van into", "a lorry drives / ploughs through"
            var before = At(v - 1) is "a" or "an" or "my" or "the" or "his" or "their" or "big" ? v - 2 : v - 1;
            var drives = At(before) is "run" or "drive" or "plough" or "plow" or "ram" or "steer" or "smash" or "crash" or "mow";
            var k = v + 1;
            if (!drives && At(k) is "drives" or "drove" or "ploughs" or "ploughed" or "plows" or "ploughing" or "driving" or "goes" or "went"
                    or "runs" or "rams" or "smashes" or "crashes" or "mows")
            {
                k++;
                drives = true;
            }

            while (At(k) is "straight" or "right" or "full" or "speed" or "at")
            {
                k++;
            }

            if (!drives || At(k) is not ("into" or "through"))
            {
                continue;
            }

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

            if (!(At(target) is "crowd" or "crowds" or "march" or "marchers" or "parade" or "protest" or "protesters" or "protestors" or "demo"
                    or "rally" or "queue" or "people" or "them" or "mosque" or "synagogue" or "church" or "temple" or "gurdwara" or "carnival"
                    or "procession" or "vigil" || (target > t && GroupPredicate.IsProtected(text, lexicon, target - 1))))
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

    // The wish or call that governs the vehicle at k: "someone should", "I'd / I'll / I'm gonna", "I hope / wish / pray",
    // "hopefully", or an order opening the sentence ("Run a van into …").
    private static int? Wished(NormalizedText text, int k, int count)
    {
        var start = Sentences.Start(text, k);
        for (var j = k; j >= start; j--)
        {
            var t = text.TokenText(j);
            if (t is "hope" or "hoping" or "wish" or "pray" or "hopefully" or "someone" or "somebody" or "id" or "ill" or "imma" or "gonna"
                || (t is "i" or "we" && j + 1 < count && text.TokenText(j + 1) is "d" or "ll" or "m" or "will" or "would" or "want" or "should"))
            {
                return j;
            }

            if (Features.IsNegator(t, j > 0 ? text.TokenText(j - 1) : default) || t is "drove" or "said" or "says" or "after" or "when")
            {
                return null;
            }
        }

        return k == start && text.TokenText(k) is "run" or "drive" or "plough" or "ram" ? k : null;
    }
}
