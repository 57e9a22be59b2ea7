using Parley.Classifier.Text;

namespace Parley.Classifier.Lexical;

/// <summary>What counts as violence due to a person, and what is a contest or a figure of speech (<see cref="ViolentDue"/>).</summary>
internal static partial class ViolentDue
{
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

    // Violence only people suffer: not "killed" (processes), "put down" and "culled" (animals), "burned" and "beaten"
    // (food), "hung" (laundry), "shot" (photographs), "executed" (installers).
    internal static bool PeopleOnly(NormalizedText text, int violence, int count)
    {
        var t = text.TokenText(violence);
        var before = violence > 0 ? text.TokenText(violence - 1) : default;
        var next = violence + 1 < count && !ThreatIntent.SentenceBreakBefore(text, violence + 1) ? text.TokenText(violence + 1) : default;
        // (not "murdered", "massacred", "crucified", "tarred": teams are murdered 5-0 and roads are tarred)
        return t is "hanged" or "lynched" or "tortured" or "castrated" or "guillotined" or "beheaded"
                   or "raped" or "stabbed" or "knifed" or "kneecapped" or "death" or "pulp" or "senseless"
               || (t is "up" && before is "strung") || (t is "alive" && before is "skinned" or "flayed")
               || (t is "over" && before is "run") || (t is "gunned" && before is "machine")
               || (t is "shot" && next is "dead" or "in" or "themselves") || (t is "beaten" && next is "senseless" or "up" or "black" or "to")
               || (next is "to" && violence + 2 < count && text.TokenText(violence + 2) is "death") // "chokes to death"
               || (t is "choke" or "die" or "drown" or "bleed" && before is "they" or "he" or "she") // "force fed till they choke"
                                                                                                     // "put down like dogs", "slaughtered like the animals they eat": the simile says they are not animals
               || (next is "like" && violence + 2 < count && text.TokenText(violence + 2) is "dogs" or "animals" or "the" or "vermin"
                   or "rats" or "pigs" or "cattle" or "sheep");
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
            // (whether "thrown" is violence is ViolentSense's, which the norm has applied)
            // "shot at from every angle by our photographers", "shot on film"; not "shot at dawn / on sight"
            "shot" => ShotDead(text, violence, count),
            // "He should be put down" may be a dog; "you" and "those freaks" may not.
            "down" when text.TokenText(violence - 1) is "put" => text.TokenText(subject) is not ("he" or "she"),
            // "should be hunted down and brought to justice" is the law's work; "… like dogs" is not ("… and shot" reaches
            // here as "shot": the norm reads violence after "and")
            "down" when text.TokenText(violence - 1) is "hunted" => next is "like",
            _ => true,
        };
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
                or "kicking" or "smashing" or "caving" or "snapping" or "stoved"
            && !(k + 4 < count && text.TokenText(k + 3) is "and" && text.TokenText(k + 4) is "reset" or "set" or "straightened" or "realigned" or "wired" or "pinned" or "plated" or "rebroken"))
        {
            return k + 2; // not "the boy needs his legs broken and reset", a surgeon's words
        }

        // "Xs deserve mass graves", "he deserves a mass grave"; not "a mass grave investigation", "mass grave exhumations"
        var mass = k < count && text.TokenText(k) is "a" ? k + 1 : k;
        if (mass + 1 < count && text.TokenText(mass) is "mass" && text.TokenText(mass + 1) is "grave" or "graves"
            && (mass + 2 >= count || ThreatIntent.SentenceBreakBefore(text, mass + 2) || text.TokenText(mass + 2) is "of" or "too" or "and"))
        {
            return mass + 1;
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
            or "one" or "sometime" or "off";
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
        // A landing on a body part ("round the face", "round his neck") is no boxing round: the contest is read after it.
        var landsOnBody = after is "round" or "around" or "in" or "over" or "to" && k + 3 < count
                          && text.TokenText(k + 2) is "the" or "his" or "her" or "their" or "your" && ThreatIntent.IsBodyPart(text.TokenText(k + 3));
        return hits && !Contest(text, landsOnBody ? k + 4 : k + 1, count) ? k : null;
    }

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
                or "marginals" or "stiff" or "derby" or "reviewers" or "reviewer" or "regulator" or "inquiry" or "press"
                or "competition" or "charts" or "award" or "awards" or "box"
                || (text.TokenText(m) is "may" && m > 0 && text.TokenText(m - 1) is "in"))
            {
                return true;
            }
        }

        return false;
    }
}
