using Parley.Classifier.Text;

namespace Parley.Classifier.Lexical;

/// <summary>
/// Whether a violent word found by a threat rule is meant as violence to people. Most of the rules' violent words have
/// everyday senses that two reviews (session 13, about 670 civil sentences written against the rules) found in the
/// rules' own grammar: "hung in the gallery", "beaten by Ireland", "put down for a nap", "knocked out for the MRI",
/// "hang in there", "die on that hill", "choke up on the bat", "get stoned", "whipped into line", "must have been
/// killed instantly" (an inference), "shot before the light goes", "the guy should be set alight" (a bonfire), "child
/// processes should be killed". Each word keeps only the continuations that are violence; a sentence about software,
/// a game, a photo shoot, a bonfire, a film or surgery keeps none.
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
        var ok = t switch
        {
            // "hung from a lamppost", "hung, drawn and quartered", "hung for treason"; not "hung in the gallery", "hung high",
            // "hung from the picture rail", "hung and lit"
            "hung" => next.IsEmpty || next is "or" or "upside" or "for" or "till" or "until" or "like" or "by"
                      || (next is "from" && (then is "a" or "the" ? Next(text, last, count, 3) : then) is "lamppost" or "lampposts"
                          or "lamp" or "tree" or "trees" or "rope" or "gallows" or "crane" or "cranes" or "bridge" or "bridges" or "neck"
                          or "meathook" or "hooks")
                      || (next is "and" && then is "drawn" or "quartered" or "shot" or "burned" or "burnt" or "left"),
            // "beaten senseless / to death / with bats / until they stop", clause end; not "beaten by Ireland", "beaten at
            // Wimbledon", "beaten back", "beaten until stiff", "beaten separately"
            "beaten" => next.IsEmpty || next is "senseless" or "up" or "black" or "to" or "with" or "like" or "half" or "bloody"
                        or "badly" or "within" or "and" or "daily" or "publicly" or "regularly" or "again" or "for"
                        || (next is "until" or "till" && then is "they" or "he" or "she" or "you"),
            // "put down like dogs", clause end; not "put down for a nap / on their backs / humanely / for the school"
            "put" => next.IsEmpty || next is "like" or "now" or "immediately" or "and" or "already" || (next is "at" && then is "birth"),
            // "knocked out (cold)"; not "knocked out for the MRI", "knocked out inside four rounds", "out of the cup"
            "knocked" => next.IsEmpty || next is "cold",
            // a base form: clause end, "in a fire / in hell", "slowly", "like a dog"; not "hang in there", "hang up his boots",
            // "die on that hill", "die back", "choke up on the bat", "burn off some energy", "burn more calories", "drown
            // everything in gravy"
            "die" or "dies" or "burn" or "burns" or "drown" or "drowns" or "choke" or "chokes" or "hang" or "starve" or "rot" or "perish"
                => next.IsEmpty || next is "slowly" or "alive" or "like" or "and" or "already" or "now" or "painfully" or "horribly"
                   or "screaming" or "soon"
                   || (next is "in" && then is "a" or "hell" or "agony" or "pain" or "the" or "their" or "his" or "her" or "flames" or "misery"
                       or "jail" or "prison" or "gaol")
                   || (next is "to" && then is "death") || (next is "at" && then is "sea")
                   || (next is "for" && then is "what" or "this" or "that" or "it" or "his" or "her" or "their" or "treason"),
            // "burned alive / at the stake / to death"; not "get burned within the hour" (sunburn)
            "burned" or "burnt" => next is not ("within" or "off"),
            // "stoned to death", "should be stoned"; not "should get stoned and chill out"
            "stoned" => before is "be" or "been" or "being" || next is "to",
            // "whipped" as punishment; not "whipped into line / to vote", "whipped cream"
            "whipped" => !(next is "into" or "to" or "up" or "cream"),
            // "culled like vermin"; not "culled by a third", "culled to 400 seats"
            "culled" => !(next is "by" or "to"),
            "killed" => next is not "off",
            _ => true,
        };
        return ok && !OtherWorld(text, first, count);
    }

    /// <summary>Whether "dead" after a wish's victim is a death: not "dead tired", "dead proud", "dead set on it".</summary>
    public static bool IsDeadly(NormalizedText text, int dead, int count) =>
        Next(text, dead, count, 1) is not ("tired" or "proud" or "chuffed" or "keen" or "serious" or "set" or "on" or "right" or "wrong"
            or "easy" or "good" or "cert" or "certain" or "heat" or "end" or "centre" or "center" or "last" or "ahead" or "level" or "quiet"
            or "funny" or "lucky" or "jealous" or "excited" or "happy" or "nervous" or "bored" or "beat" or "broke" or "sure" or "against"
            or "straight" or "silent" or "still" or "slow" or "inside" or "impressed" or "pleased" or "chuffed" or "nice" or "posh");

    // A sentence about software, a game, a photo shoot, a bonfire, a film, a stage or surgery: its violence is of that world.
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
            if (w is "daemon" or "pid" or "sudo" or "command" or "kernel" or "reboot" or "restart" or "script" or "plugin" or "plugins" or "browser"
                    or "trackers" or "cookies" or "achievement" or "respawn" or "loot" or "xp" or "npc"
                    or "photo" or "photos" or "photographer" or "camera" or "lens" or "35mm" or "film" or "portrait" or "portraits"
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
