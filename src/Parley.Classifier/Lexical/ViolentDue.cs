using Parley.Classifier.Text;

namespace Parley.Classifier.Lexical;

/// <summary>
/// Violence said to be a person's due, the threat rule's last kind of wish (<see cref="DeathWish.Find"/> reads it):
/// "The senator should be hanged for treason", "This journalist deserves to be run over", "The banker who signed off
/// on those bonuses should be strung up", "Every Tory voter deserves a brick through the window", "That referee needs
/// his legs broken". A group's due is GroupPredicate's ("Xs should be shot"); here the subject is a person or people
/// named by what they do: a role, a person noun, an insult that names a person, "he", "she", "you", a plural of doers
/// ("hunters", "voters", "activists") or a name (<see cref="PersonName"/>). A blind round of 200 threats (session 12)
/// found four in ten of its threats in this shape, most of them missed because the subject was a word no list held or
/// stood before a relative clause; so the subject is read by its place before the verb, not from a list of victims.
/// Whose due it is: ViolentDue.Subject.cs; what counts as violence: ViolentDue.Violence.cs and <see cref="ViolentSense"/>.
/// </summary>
internal static partial class ViolentDue
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
                    || (text.TokenText(harm) is "bullet" or "bullets" && harm + 1 < count && text.TokenText(harm + 1) is "in" or "through" or "between")))
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

        var before = head > 0 && !ThreatIntent.SentenceBreakBefore(text, head); // the group's name in the same sentence
        var owner = ThreatIntent.IsPlaceOfWorship(h) ? head
            : before && lexicon.Category(text.TokenText(head - 1)) is LexiconCategory.Identity && GroupPredicate.IsProtected(text, lexicon, head - 1) ? head - 1
            : before && text.TokenText(head - 1) is "their" && GroupPredicate.ProtectedGroupBefore(text, lexicon, head - 1) ? head
            : -1;
        if (owner < 0)
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

        if (t is "set" && next is "alight" or "ablaze")
        {
            return (owner, q + 1);
        }

        if (t is "set" && next is "on" && q + 2 < count && text.TokenText(q + 2) is "fire")
        {
            return (owner, q + 2); // not "set on the corner plot"
        }

        return t is "bombed" && !CombatantInSentence(text, q) ? (owner, q) : null;
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
}
