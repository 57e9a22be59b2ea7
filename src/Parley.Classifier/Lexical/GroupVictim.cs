using Parley.Classifier.Text;

namespace Parley.Classifier.Lexical;

/// <summary>
/// "The Jews of Warsaw were murdered by the Nazis.", "Thousands of Palestinians were killed in the bombing.", "The
/// refugees fled to Poland with nothing.": a group named as the victims of what a news comment reports. The
/// identity-attack head, trained where groups are mostly named to be attacked, is confident on these (0.7–0.9)
/// though the gated score is low; <see cref="LexicalClassifier"/> does not let that head alone lift TOXICITY here.
/// Only the passive ("were killed", not "Xs killed him") and verbs of fleeing, dying or suffering count, and a
/// word of approval anywhere ("glad", "deserved", "they deserve it", "finally") voids it: "Glad the Xs were gassed" stays an attack.
/// </summary>
internal static class GroupVictim
{
    public static bool Reported(NormalizedText text, Lexicon lexicon)
    {
        var count = Math.Min(text.TokenCount, Features.MaxTokens);
        for (var i = 0; i < count; i++)
        {
            // "deserved", "they deserve it", not "their suffering deserves more coverage".
            var t = text.TokenText(i);
            if (IsApproval(t) || (t is "deserve" or "deserves" && i + 1 < count
                                  && text.TokenText(i + 1) is "it" or "this" or "that" or "what" or "to" or "worse"))
            {
                return false;
            }
        }

        for (var i = 0; i < count; i++)
        {
            if (lexicon.Category(text.TokenText(i)) != LexiconCategory.Identity)
            {
                continue;
            }

            // "the suffering of Xs", "the persecution of the Xs".
            var before = i >= 1 && text.TokenText(i - 1) is "the" ? i - 2 : i - 1;
            if (before >= 1 && text.TokenText(before) is "of" && IsVictimNoun(text.TokenText(before - 1)))
            {
                return true;
            }

            var passive = false;
            for (var j = i + 1; j < Math.Min(count, i + 6) && !ThreatIntent.SentenceBreakBefore(text, j); j++)
            {
                var t = text.TokenText(j);
                if (IsVictimVerb(t) || (passive && IsVictimParticiple(t)))
                {
                    return true;
                }

                passive |= t is "were" or "was" or "been" or "being" or "are" or "is" or "got" or "get";
            }
        }

        return false;
    }

    /// <summary>
    /// "Glad the Xs were gassed.", "The Xs drowned, good riddance.", "Xs got shot lol": harm to a group, reported with
    /// joy in the same sentence. The token range from the group to the harm, or null. A negation before the group
    /// ("glad no Xs were hurt") and neutral outcomes ("rescued", "evacuated") do not count.
    /// </summary>
    public static (int First, int Last)? Celebrated(NormalizedText text, Lexicon lexicon)
    {
        var count = Math.Min(text.TokenCount, Features.MaxTokens);

        // Most comments have no word of joy: one cheap pass instead of a lexicon lookup per token (hot path).
        var anyJoy = false;
        for (var i = 0; i < count && !anyJoy; i++)
        {
            anyJoy = IsJoy(text.TokenText(i)) || text.TokenText(i) is "deserve" or "deserves";
        }

        for (var i = 0; i < count && anyJoy; i++)
        {
            if (lexicon.Category(text.TokenText(i)) != LexiconCategory.Identity)
            {
                continue;
            }

            // Joy counts anywhere in the group's sentence: "Good riddance, the Xs drowned."
            var start = i;
            while (start > 0 && !FullStopBefore(text, start))
            {
                start--;
            }

            var harm = -1;
            var passive = false;
            for (var j = i + 1; j < Math.Min(count, i + 6) && !ThreatIntent.SentenceBreakBefore(text, j) && harm < 0; j++)
            {
                var t = text.TokenText(j);
                harm = t is "died" or "drowned" or "burned" or "burnt" || (passive && IsHarm(t)) ? j : -1;
                passive |= t is "were" or "was" or "been" or "being" or "are" or "is" or "got" or "get";
            }

            if (harm < 0)
            {
                continue;
            }

            var end = harm;
            while (end + 1 < count && !FullStopBefore(text, end + 1))
            {
                end++;
            }

            var negated = false;
            var joy = false;
            for (var j = start; j <= end; j++)
            {
                var t = text.TokenText(j);
                negated |= j < i && (t is "no" or "none" or "nobody" || Features.IsNegator(t, j > 0 ? text.TokenText(j - 1) : default));
                joy |= IsJoy(t) || (t is "deserve" or "deserves" && j + 1 < count && text.TokenText(j + 1) is "it" or "that" or "this");
            }

            if (joy && !negated)
            {
                return (i, harm);
            }
        }

        return null;
    }

    private static bool FullStopBefore(NormalizedText text, int i)
    {
        var (_, previousEnd) = text.TokensToOriginal(i - 1, i - 1);
        var (begin, _) = text.TokensToOriginal(i, i);
        return begin > previousEnd && text.Original.AsSpan(previousEnd, begin - previousEnd).IndexOfAny(".!?;\n") >= 0;
    }

    private static bool IsJoy(ReadOnlySpan<char> t) =>
        t is "glad" or "yay" or "lol" or "haha" or "lmao" or "riddance" or "deserved" or "celebrate" or "hooray" or "rejoice";

    private static bool IsHarm(ReadOnlySpan<char> t) =>
        t is "killed" or "murdered" or "massacred" or "slaughtered" or "gassed" or "exterminated" or "executed" or "hanged"
            or "lynched" or "shot" or "bombed" or "burned" or "burnt" or "beaten" or "stabbed" or "raped" or "tortured"
            or "wiped" or "deported";

    private static bool IsApproval(ReadOnlySpan<char> t) =>
        t is "glad" or "happy" or "deserved" or "riddance" or "celebrate" or "celebrated"
            or "finally" or "good" or "great" or "yay" or "lol" or "haha" or "lmao" or "enough" or "should" or "hope"
            or "wish";

    private static bool IsVictimVerb(ReadOnlySpan<char> t) =>
        t is "fled" or "flee" or "fleeing" or "died" or "dying" or "starving" or "starved" or "perished" or "suffered"
            or "suffering" or "drowned" or "drowning";

    private static bool IsVictimParticiple(ReadOnlySpan<char> t) =>
        t is "killed" or "murdered" or "massacred" or "slaughtered" or "deported" or "persecuted" or "driven" or "expelled"
            or "displaced" or "shot" or "bombed" or "shelled" or "gassed" or "exterminated" or "executed" or "hanged"
            or "lynched" or "raped" or "tortured" or "wounded" or "injured" or "evacuated" or "rescued" or "targeted"
            or "attacked" or "forced" or "denied" or "arrested" or "detained" or "buried" or "hacked" or "burned"
            or "burnt" or "beaten" or "stabbed" or "kidnapped" or "abducted" or "taken" or "held" or "starved";

    private static bool IsVictimNoun(ReadOnlySpan<char> t) =>
        t is "suffering" or "plight" or "deaths" or "persecution" or "massacre" or "murder" or "murders" or "killing"
            or "killings" or "slaughter" or "expulsion" or "deportation" or "deportations" or "victims" or "treatment"
            or "displacement" or "rescue" or "evacuation";
}
