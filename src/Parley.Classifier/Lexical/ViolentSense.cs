using Parley.Classifier.Text;

namespace Parley.Classifier.Lexical;

/// <summary>
/// Whether a violent word found by a threat rule is meant as violence to people. Most of the rules' violent words have
/// everyday senses that three reviews (session 13, about 1,020 civil sentences written against the rules) found in the
/// rules' own grammar: "hung in the gallery", "beaten by Ireland", "put down for a nap", "knocked out for the MRI",
/// "hang in there", "die on that hill", "choke up on the bat", "get stoned", "whipped into line", "child processes
/// should be killed" ("must have been killed instantly", an inference, is GroupPredicate.Norm's; "shot before the light
/// goes" ViolentDue's). Each word keeps only the continuations that are violence; a sentence about software, a game, a
/// photo shoot, fireworks, a film or surgery keeps none unless the violence is one only people suffer.
/// </summary>
internal static class ViolentSense
{
    /// <summary>Whether the violence from <paramref name="first"/> to <paramref name="last"/> is meant as such.</summary>
    public static bool Holds(NormalizedText text, int first, int last, int count)
    {
        var t = text.TokenText(first);
        var before = first > 0 ? text.TokenText(first - 1) : default;
        var next = Next(text, last, count, 1);
        var then = Next(text, last, count, 2);
        // A multi-word violence found whole ("beaten to death", "set on fire", "burned alive") needs no continuation.
        var whole = last > first && text.TokenText(last) is "death" or "pulp" or "senseless" or "fire" or "alive";
        var ok = whole || t switch
        {
            // "hung from a lamppost / the nearest tree", "hung, drawn and quartered", "hung for treason", "hung in public";
            // not "hung in the gallery", "hung high", "hung from the picture rail", "hung and lit"
            "hung" => next.IsEmpty || next is "or" or "upside" or "for" or "till" or "until" or "like" or "by"
                      || (next is "from" && Gallows(text, last + 2, count)) || InPublic(text, last, count)
                      || (next is "and" && then is "drawn" or "quartered" or "shot" or "burned" or "burnt" or "left"),
            // "hanged" of pictures: "hanged at eye level / in a row / in the foyer / on the wall"
            "hanged" => !(next is "at" && then is "eye") && !(next is "in" && then is "a" or "the" && Next(text, last, count, 3) is "row" or "foyer"
                or "gallery" or "hall" or "hallway") && !(next is "on" && then is "the" or "a" && Next(text, last, count, 3) is "wall" or "walls")
                && next is not ("beside" or "opposite" or "next"),
            // "beaten senseless / to death / with bats / until they stop / mercilessly / in the street", clause end; not
            // "beaten by Ireland", "beaten at Wimbledon", "beaten back", "beaten until stiff", "beaten separately", "beaten again"
            "beaten" => next.IsEmpty || next is "senseless" or "up" or "black" or "to" or "with" or "like" or "half" or "bloody"
                        or "within" or "and" or "daily" or "publicly" or "every" or "for"
                        || (next.Length > 4 && next.EndsWith("ly") && next is not ("comfortably" or "easily" or "narrowly" or "convincingly"))
                        || (next is "until" or "till" && then is "they" or "he" or "she" or "you")
                        || InPublic(text, last, count)
                        || (next is "by" && then is "a" && Next(text, last, count, 3) is "mob" or "gang"),
            // "put down like dogs / for good / permanently", clause end; not "put down for a nap / on their backs / humanely /
            // for the school"
            "put" => next.IsEmpty || next is "like" or "now" or "immediately" or "and" or "already" or "permanently"
                     || (next is "at" && then is "birth") || (next is "for" && then is "good"),
            // "knocked out (cold)"; not "knocked out for the MRI", "knocked out inside four rounds", "out of the cup"
            "knocked" => next.IsEmpty || next is "cold" || (next is "on" && then is "sight"),
            // a base form: clause end, "in a fire / in hell", "slowly", "like a dog", "at the stake", "a slow death"; not
            // "hang in there", "hang up his boots", "die on that hill", "die back", "choke up on the bat", "burn off some
            // energy", "burn more calories", "drown everything in gravy"
            "die" or "dies" or "burn" or "burns" or "drown" or "drowns" or "choke" or "chokes" or "hang" or "starve" or "rot" or "perish"
                => (t is "hang" && ((next is "from" && Gallows(text, last + 2, count)) || InPublic(text, last, count)))
                   || next.IsEmpty || next is "slowly" or "alive" or "and" or "already" or "now" or "painfully" or "horribly"
                   or "screaming" or "soon" or "forever" or "alone" or "today" or "tonight"
                   || (next is "like" && then is "a" or "the" or "dogs" or "rats" or "animals" or "vermin")
                   || (next is "in" && then is "a" or "hell" or "agony" or "pain" or "the" or "their" or "his" or "her" or "flames" or "misery"
                       or "jail" or "prison" or "gaol")
                   || (next is "to" && then is "death") || (next is "at" && then is "sea" or "the")
                   || (next is "a" && then is "slow" or "painful" or "horrible" or "agonising" or "agonizing" or "horrific" or "lonely" or "miserable")
                   || (next is "on" && then is "his" or "her" or "their" or "your" or "my" or "own" or "blood" or "vomit" && Next(text, last, count, 3) is not "words")
                   || (next is "for" && then is "what" or "this" or "that" or "it" or "his" or "her" or "their" or "treason" or "eternity"),
            // "burned alive / at the stake / to death"; not "get burned within the hour" (sunburn)
            "burned" or "burnt" => next is not ("within" or "off"),
            // "stoned to death", "should be stoned"; not "should get stoned and chill out"
            "stoned" => before is "be" or "been" or "being" || next is "to",
            // "whipped" as punishment; not "whipped into line / to vote", "whipped cream"
            "whipped" => !(next is "into" or "up" or "cream") && !(next is "to" && then is not ("within" or "death")),
            // "culled like vermin"; not "culled by a third", "culled to 400 seats"
            "culled" => !(next is "by" or "to"),
            "killed" => next is not "off",
            // "get shot of the damp": rid of it; "shot for the newsletter", "shot from the pit", "shot against a white
            // backdrop", "shot in black and white": a photograph
            "shot" => next is not ("of" or "from" or "against")
                      && !(next is "for" && then is "the" or "a" or "our" or "their" or "his" or "her")
                      && !(next is "in" && then is "black" or "colour" or "color" or "slow" or "studio"),
            // "thrown off a bridge / from the roof", "thrown in the river"; not "thrown a lifeline / to the wolves / under
            // the bus / off the plane" (removed, not thrown from a height)
            "thrown" => (next is "off" or "from" && Place(text, last + 2, count) is "bridge" or "bridges" or "roof" or "roofs" or "rooftops"
                          or "cliff" or "cliffs" or "building" or "buildings" or "balcony" or "balconies" or "tower")
                        || (next is "in" or "into" && Place(text, last + 2, count) is "river" or "sea" or "canal" or "thames" or "lake" or "pit"
                            or "pits" or "ditch" or "fire" or "furnace" or "volcano"),
            // "stabbed in the back" is betrayal
            "stabbed" => !(next is "in" && then is "the" && Next(text, last, count, 3) is "back"),
            // "tarred and feathered"; not "Mill Lane should be tarred"
            "tarred" => next.IsEmpty || next is "and",
            _ => true,
        };

        // People-only violence ("hanged", "strung up", "beaten to death") is violence whatever the sentence is about: "The
        // film director should be hanged" is no film scene.
        return ok && (IsPeopleOnly(text, first, last, count) || !OtherWorld(text, first, count));
    }

    // The noun of a place at k, after at most an article or a possessive ("the roof", "a bridge", "his balcony").
    private static ReadOnlySpan<char> Place(NormalizedText text, int k, int count)
    {
        if (k < count && !Sentences.BreakBefore(text, k) && text.TokenText(k) is "a" or "the" or "his" or "her" or "their")
        {
            k++;
        }

        return k < count && !Sentences.BreakBefore(text, k) ? text.TokenText(k) : default;
    }

    // "in public", "in the town square", "in the street": punishment shown to all.
    private static bool InPublic(NormalizedText text, int last, int count) =>
        Next(text, last, count, 1) is "in" && (Next(text, last, count, 2) is "public"
            || (Next(text, last, count, 2) is "the" && Next(text, last, count, 3) is "street" or "streets" or "square" or "town" or "car"));

    // "hung from a lamppost / the nearest tree / the rafters": something to hang a person from.
    private static bool Gallows(NormalizedText text, int k, int count)
    {
        for (var m = k; m < Math.Min(count, k + 3) && !Sentences.BreakBefore(text, m); m++)
        {
            var w = text.TokenText(m);
            if (w is "lamppost" or "lampposts" or "lampost" or "lamp" or "tree" or "trees" or "rope" or "gallows" or "crane" or "cranes"
                or "bridge" or "bridges" or "neck" or "meathook" or "hooks" or "crossbar" or "rafters" or "beam" or "flagpole" or "scaffold")
            {
                return true;
            }

            if (w is not ("a" or "the" or "nearest" or "highest" or "closest" or "tallest" or "his" or "her" or "their" or "own" or "an"))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsPeopleOnly(NormalizedText text, int first, int last, int count)
    {
        var t = text.TokenText(first);
        var end = text.TokenText(last);
        return t is "hanged" or "lynched" or "beheaded" or "guillotined" or "tortured" or "castrated" or "raped" or "strung" or "stabbed"
                   or "knifed" or "strangled"
               || end is "death" or "pulp" or "senseless"
               || (t is "shot" && (Next(text, last, count, 1) is "dead" || (Next(text, last, count, 1) is "in" && Next(text, last, count, 2) is "the"
                   && Next(text, last, count, 3) is "head" or "face")));
    }

    /// <summary>Whether "dead" after a wish's victim is a death: not "dead tired", "dead proud", "dead set on it".</summary>
    public static bool IsDeadly(NormalizedText text, int dead, int count) =>
        Next(text, dead, count, 1) is not ("tired" or "proud" or "chuffed" or "keen" or "serious" or "set" or "on" or "right" or "wrong"
            or "easy" or "good" or "cert" or "certain" or "heat" or "end" or "centre" or "center" or "last" or "ahead" or "level" or "quiet"
            or "funny" or "lucky" or "jealous" or "excited" or "happy" or "nervous" or "bored" or "beat" or "broke" or "sure" or "against"
            or "straight" or "silent" or "still" or "slow" or "inside" or "impressed" or "pleased" or "nice" or "posh");

    // A sentence about software, a game, a photo shoot, fireworks, a film or surgery: its violence is of that world ("bonfire"
    // is not here: "Refugee hostels make good bonfires" is a threat).
    internal static bool OtherWorld(NormalizedText text, int k, int count)
    {
        var start = k;
        while (start > 0 && !Sentences.BreakBefore(text, start))
        {
            start--;
        }

        for (var m = start; m < count && (m == start || !Sentences.BreakBefore(text, m)); m++)
        {
            var w = text.TokenText(m);
            var prev = m > start ? text.TokenText(m - 1) : default;
            if (w is "daemon" or "pid" or "sudo" or "command" or "episode" or "series" or "season" or "production" or "staging"
                    or "offstage" or "chapter" or "character" or "edited" or "editing" or "lighting" or "headshot" or "headshots"
                    or "headers" or "yearbook" or "brochure" or "album" or "kernel" or "reboot" or "restart" or "script" or "plugin" or "plugins" or "browser"
                    or "trackers" or "cookies" or "achievement" or "respawn" or "respawns" or "spawn" or "spawns" or "spawned" or "dungeon"
                    or "gameplay" or "playthrough" or "loot" or "xp" or "npc"
                    or "photo" or "photos" or "camera" or "lens" or "35mm" or "film" or "portrait" or "portraits"
                    or "studio" or "posed" or "backdrop" or "fireworks" or "effigy" or "fawkes"
                    or "finale" or "climax" or "festival" or "rehearsal" or "anaesthetic" or "anesthetic" or "mri"
                    or "surgery" or "fever" or "nap" or "recipe" or "gravy"
                // "child processes", "the final boss"; not "the peace process", "my boss"
                || (w is "process" or "processes" && prev is "child" or "parent" or "zombie" or "orphaned" or "background" or "worker")
                || (w is "boss" && prev is "final" or "level"))
            {
                return true;
            }
        }

        return false;
    }

    private static ReadOnlySpan<char> Next(NormalizedText text, int k, int count, int ahead)
    {
        for (var m = k + 1; m <= k + ahead; m++)
        {
            if (m >= count || Sentences.BreakBefore(text, m) || text.GapBefore(m).Contains(','))
            {
                return default;
            }
        }

        return text.TokenText(k + ahead);
    }
}
