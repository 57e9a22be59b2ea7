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
               or "stand" or "tower" or "multi" or "storey" or "oncoming")
        {
            place++;
        }

        return At(place) is "train" or "trains" or "bus" or "lorry" or "truck" or "tram" or "tube" or "cliff" or "bridge" or "balcony"
            or "roof" or "window" or "stairs" or "canal" or "river" or "sea" or "thames" or "platform" or "traffic" or "car"
            or "motorway" or "building" or "ledge" or "pier" or "harbour" or "quarry";
    }
}
