using Parley.Classifier.Text;

namespace Parley.Classifier.Lexical;

/// <summary>
/// Arson, bombs and sinking aimed at people through the place they are in: "I will bomb the synagogue.", "I'm going to
/// bomb the local mosque with every X in it.", "I'm going to set fire to that refugee hostel with all of them inside.",
/// "Refugee boats should be sunk with everyone on board." (the war-news suite `hatecheck-fresh7`; the heads scored
/// them 0.05–0.44). A place counts when it is a place of worship, a building named for a group ("that refugee
/// hostel", "the Muslim school"), or any place or boat with its people inside. The writer must threaten it or call for
/// it (first person, an order, "someone should", or "… should be sunk"); so a report ("The army bombed the camp"), a
/// strategy ("We should bomb the bridge", no one inside) and "set fire to the rubbish" do not match. Rule only: the
/// threat features (<see cref="Match"/>) do not read it, so the model is unchanged.
/// </summary>
internal static partial class ThreatIntent
{
    private static (int Subject, int Target)? PlaceAttack(NormalizedText text, Lexicon lexicon, int verb, int count)
    {
        var v = text.TokenText(verb);
        int after, subject;
        if (v is "bomb" or "firebomb" or "torch" or "burn" or "sink" or "nuke"
            || (v is "set" && verb + 2 < count && text.TokenText(verb + 1) is "fire" && text.TokenText(verb + 2) is "to")
            || (v is "blow" && verb + 1 < count && text.TokenText(verb + 1) is "up"))
        {
            after = v is "set" ? verb + 3 : (v is "blow" || (v is "burn" && verb + 1 < count && text.TokenText(verb + 1) is "down")) ? verb + 2 : verb + 1;
            subject = Caller(text, verb);
            if (subject < 0)
            {
                return null;
            }

            return Place(text, lexicon, after, count, v is "sink") is { } target ? (subject, target) : null;
        }

        // "Refugee boats should be sunk with everyone on board": the place is the subject of a passive call.
        if (v is "sunk" or "bombed" or "firebombed" or "torched" or "burned" or "burnt" && verb >= 3 && text.TokenText(verb - 1) is "be"
            && text.TokenText(verb - 2) is "should" or "must" && !SentenceBreakBefore(text, verb - 1))
        {
            var s = Sentences.Start(text, verb);
            var place = verb - 3; // the subject's last word: "boats should be sunk"
            if (!IsBuilding(text.TokenText(place))
                || PeopleInside(text, lexicon, verb + 1, count) is not { } people)
            {
                return null;
            }

            return (s, lexicon.Category(text.TokenText(people)) == LexiconCategory.Identity ? people : place);
        }

        return null;
    }

    // The first person or the call before the verb ("I'm going to", "we will", "someone should", an order), or -1. A
    // narrower copy of Match's subject scan, not a call to it: Match shapes the model's threat features (changing it means
    // retraining), reads subjects carried over "and" and "anyone who", and leaves negation to IsNotAThreat; here a
    // negation before the verb ("I would never bomb a mosque") simply ends the scan.
    private static int Caller(NormalizedText text, int verb)
    {
        var order = ImperativeStart(text, verb);
        if (order >= 0)
        {
            return order;
        }

        var obligation = false;
        for (var j = verb - 1; j >= Math.Max(0, verb - 6) && !SentenceBreakBefore(text, j + 1); j--)
        {
            var t = text.TokenText(j);
            if (t is "i" or "im" or "we" or "imma" or "lets")
            {
                return j;
            }

            if (t is "someone" or "somebody")
            {
                return obligation ? j : -1;
            }

            // "I would never bomb a mosque"
            if (!IsAuxiliary(t) || Features.IsNegator(t, j > 0 ? text.TokenText(j - 1) : default))
            {
                return -1;
            }

            obligation |= t is "should" or "ought" or "need" or "needs" or "must";
        }

        return -1;
    }

    // The place after the verb, through determiners, a few adjectives and group names: a place of worship, a building
    // named for a protected group, or any place or boat with people inside ("with every X in it"). Returns the target
    // token: the group named inside when there is one (so the rule also reads an identity attack), else the place.
    private static int? Place(NormalizedText text, Lexicon lexicon, int from, int count, bool requirePeople)
    {
        var named = -1;
        for (var j = from; j < Math.Min(count, from + 5) && (j == from || !SentenceBreakBefore(text, j)); j++)
        {
            var t = text.TokenText(j);
            if (IsDeterminer(t) || t is "local" or "nearest" or "new" or "big" or "whole" or "fucking" or "bloody")
            {
                continue;
            }

            if (lexicon.Category(t) == LexiconCategory.Identity)
            {
                named = GroupPredicate.IsProtected(text, lexicon, j) ? j : named;
                continue;
            }

            // not "Burn the mosque's mortgage papers"
            if (!IsBuilding(t) || (j + 1 < count && text.TokenText(j + 1) is "s"))
            {
                return null;
            }

            // "burn the house down with everyone in it"
            var people = PeopleInside(text, lexicon, j + 1 < count && text.TokenText(j + 1) is "down" or "up" ? j + 2 : j + 1, count);
            if (people is { } p)
            {
                return lexicon.Category(text.TokenText(p)) == LexiconCategory.Identity ? p : j;
            }

            // A group's camp is as often an army's ("We will burn the Russian camps"): with people inside only.
            return requirePeople ? null : IsPlaceOfWorship(t) || (named >= 0 && !IsBoat(t) && t is not ("camp" or "camps")) ? j : null;
        }

        return null;
    }

    // "with every X in it", "with all of them inside", "with everyone on board", "with them all in it": the people
    // inside; returns the token that names them.
    private static int? PeopleInside(NormalizedText text, Lexicon lexicon, int from, int count)
    {
        if (from >= count || text.TokenText(from) is not "with" || SentenceBreakBefore(text, from))
        {
            return null;
        }

        int? who = null;
        for (var j = from + 1; j < Math.Min(count, from + 7) && !SentenceBreakBefore(text, j); j++)
        {
            var t = text.TokenText(j);
            if (t is "everyone" or "everybody" or "them" or "people" || lexicon.Category(t) == LexiconCategory.Identity)
            {
                who = lexicon.Category(t) == LexiconCategory.Identity ? j : who ?? j;
                continue;
            }

            if (who is not null && (t is "inside" or "aboard" || (t is "in" && j + 1 < count && text.TokenText(j + 1) is "it" or "them" or "there")
                                    || (t is "on" && j + 1 < count && text.TokenText(j + 1) is "board")))
            {
                return who;
            }

            if (t is not ("every" or "all" or "of" or "the" or "each" or "single" or "last" or "one" or "those" or "these"))
            {
                return null;
            }
        }

        return null;
    }

    // A building people are in: the arson rule's dwellings and places of worship (IsDwelling), and the buildings a group
    // is housed, taught or served in.
    internal static bool IsBuilding(ReadOnlySpan<char> t) =>
        IsDwelling(t) || t is "hostel" or "hostels" or "hotel" or "hotels" or "centre" or "centres" or "center" or "centers"
            or "school" or "schools" or "camps" or "shop" or "shops" or "bus" or "flat" or "flats" || IsBoat(t);

    private static bool IsBoat(ReadOnlySpan<char> t) => t is "boat" or "boats" or "dinghy" or "dinghies" or "ship" or "ships";
}
