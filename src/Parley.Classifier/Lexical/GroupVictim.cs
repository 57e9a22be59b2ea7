using Parley.Classifier.Text;

namespace Parley.Classifier.Lexical;

/// <summary>
/// Groups named as the victims of what a comment reports, and joy at that harm.
/// <para>
/// <see cref="Reported"/>: "The Jews of Warsaw were murdered by the Nazis.", "Thousands of Palestinians were killed
/// in the bombing.", "The refugees fled to Poland with nothing." The identity-attack head, trained where groups are
/// mostly named to be attacked, is confident on these (0.7–0.9) though the gated score is low;
/// <see cref="LexicalClassifier"/> does not let that head alone lift TOXICITY when every group the text names is such
/// a victim. Only the passive with the participle next to its auxiliary ("were killed", not "Xs killed him" nor
/// "Xs are the ones who killed …"), verbs of fleeing and dying (the present tense only as the group's own verb:
/// "Palestinians die in the bombing", not "Xs should die"), and "the suffering / plight of" count; joy, a dehumanising
/// word or a slur anywhere in the text voids it.
/// </para>
/// <para>
/// <see cref="Celebrated"/>: "Glad the Xs were gassed.", "Good riddance, the Xs drowned.", "Xs got bombed lol": the
/// same harm with un-negated joy near it in its sentence, an identity attack by rule.
/// </para>
/// </summary>
internal static class GroupVictim
{
    /// <summary>Tokens searched for joy before a group mention ("so glad the …") and after its harm ("… and got what
    /// they deserved").</summary>
    private const int JoyBefore = 4, JoyAfter = 6;

    public static bool Reported(NormalizedText text, Lexicon lexicon)
    {
        var count = Math.Min(text.TokenCount, Features.MaxTokens);
        var any = false;
        for (var i = 0; i < count; i++)
        {
            // Approval voids it more broadly than joy marks a celebration: "deserved", "deserve worse", "happy", "enough".
            var t = text.TokenText(i);
            // So does a dehumanising word or slur: "Russians die like the animals they are" reports nothing.
            if (IsJoyAt(text, i, count) || t is "deserved" or "happy" or "celebrate" or "celebrated" or "celebrating" or "enough"
                || lexicon.Category(t) is LexiconCategory.Dehumanising or LexiconCategory.Slur
                || (t is "deserve" or "deserves" && i + 1 < count && text.TokenText(i + 1) is "what" or "worse" or "to"))
            {
                return false;
            }
        }

        for (var i = 0; i < count; i++)
        {
            if (lexicon.Category(text.TokenText(i)) != LexiconCategory.Identity
                || (i > 0 && !FullStopBefore(text, i) && lexicon.Category(text.TokenText(i - 1)) == LexiconCategory.Identity))
            {
                continue; // one decision per run of group names
            }

            // The perpetrators ("killed by the Turks") and adjectives ("the Russian strike") are not the group reported on.
            if ((i >= 1 && text.TokenText(i - 1) is "by") || (i >= 2 && text.TokenText(i - 1) is "the" && text.TokenText(i - 2) is "by")
                || IsAdjective(text, lexicon, i, count))
            {
                continue;
            }

            // "the suffering of Xs", "the persecution of the Xs".
            var before = i >= 1 && text.TokenText(i - 1) is "the" ? i - 2 : i - 1;
            var victim = before >= 1 && text.TokenText(before) is "of" && IsVictimNoun(text.TokenText(before - 1))
                         || HarmAfter(text, i, count, withActive: true) >= 0;
            if (!victim)
            {
                return false; // "The refugees fled. Muslims are all terrorists." is no report about victims
            }

            any = true;
        }

        return any;
    }

    /// <summary>The group and harm tokens of a group harmed with joy in the same sentence, or null.</summary>
    public static (int First, int Last)? Celebrated(NormalizedText text, Lexicon lexicon)
    {
        var count = Math.Min(text.TokenCount, Features.MaxTokens);

        // Most comments have no word of joy: one cheap pass instead of a lexicon lookup per token (hot path).
        var anyJoy = false;
        for (var i = 0; i < count && !anyJoy; i++)
        {
            anyJoy = IsJoyAt(text, i, count);
        }

        for (var i = 0; i < count && anyJoy; i++)
        {
            if (lexicon.Category(text.TokenText(i)) != LexiconCategory.Identity || GroupNegated(text, i)
                || ReportedSpeech.IsReported(text, Features.RunStart(text, lexicon, i)))
            {
                continue;
            }

            // Died and drowned need no passive; "the Xs burned their own tanks" is the group acting.
            var harm = HarmAfter(text, i, count, withActive: false);
            if (harm < 0 || text.TokenText(harm) is "rescued" or "evacuated")
            {
                continue;
            }

            // Joy just before the group or just after the harm, in the same sentence (a colon ends one: "Glad someone
            // said it: the Xs were massacred."), or a sentence of joy right after it ("The Xs were murdered. Good.");
            // not a report of what others say ("… and some people say they deserved it").
            if (ReportingIn(text, i, harm, count))
            {
                continue;
            }

            for (var j = i - 1; j >= Math.Max(0, i - JoyBefore) && !FullStopBefore(text, j + 1); j--)
            {
                if (IsJoyAt(text, j, count))
                {
                    return (i, harm);
                }
            }

            var after = harm + 1;
            for (; after < Math.Min(count, harm + 1 + JoyAfter) && !FullStopBefore(text, after); after++)
            {
                if (IsJoyAt(text, after, count))
                {
                    return (i, harm);
                }
            }

            while (after < count && !FullStopBefore(text, after))
            {
                after++;
            }

            if (after < count && IsJoyAt(text, after, count) && (after + 1 >= count || FullStopBefore(text, after + 1)))
            {
                return (i, harm);
            }
        }

        return null;
    }

    /// <summary>
    /// The harm a group name at <paramref name="group"/> suffers in the words after it: a passive participle right after
    /// its auxiliary ("were killed", "got shot", "were all brutally murdered") or, with <paramref name="withActive"/>, a
    /// verb of fleeing, dying or suffering; -1 if none before the clause ends.
    /// </summary>
    private static int HarmAfter(NormalizedText text, int group, int count, bool withActive)
    {
        var auxiliary = false;
        for (var j = group + 1; j < Math.Min(count, group + 9) && !FullStopBefore(text, j); j++)
        {
            var t = text.TokenText(j);

            // A participle right after its auxiliary, or right after the group when it says where, when or by whom
            // ("the Xs murdered in 1915", "killed yesterday"; not "the Xs burned their own tanks", "Xs killed Jesus").
            if (IsHarmParticiple(t) && (auxiliary || (j == group + 1 && j + 1 < count && !FullStopBefore(text, j + 1)
                    && text.TokenText(j + 1) is "in" or "by" or "at" or "during" or "under" or "since" or "on" or "from"
                        or "yesterday" or "today" or "overnight" or "last" or "earlier" or "this" or "near" or "outside"
                        or "inside" or "across" or "after" or "before" or "while" or "when")))
            {
                return j;
            }

            // Another clause is about something else: "Glad the Xs retreated before more civilians died."
            if (t is "before" or "after" or "when" or "while" or "as" or "because" or "since" or "until" or "but" or "who"
                or "which" or "where" or "so" or "though" or "although")
            {
                return -1;
            }

            if (t is "died" or "drowned" || PresentDeath(text, group, j) || (withActive && IsVictimVerb(t)))
            {
                return j;
            }

            // The participle must follow its auxiliary: "Xs are the ones who killed …" is no passive.
            auxiliary = t is "were" or "was" or "been" or "being" or "are" or "is" or "got" or "get" or "gets"
                        || (auxiliary && t is "all" or "just" or "also" or "both" or "brutally" or "reportedly"
                            or "systematically" or "allegedly" or "then" or "later" or "eventually" or "finally" or "forcibly"
                            or "mercilessly" or "deliberately" or "summarily" or "violently");
        }

        return -1;
    }

    // "Hundreds of Palestinians die in the bombing every week", "Many elderly people die alone every winter": the present
    // tense reports too, but only as the group's own verb (right after it, or after "still", "often" …) and where nothing
    // before the group wishes it ("let the Xs die", "I hope Xs die", "watch them die"); a modal after the group ("Xs
    // should die") puts a word between them. Session 25: the war-news report above scored IDENTITY_ATTACK 0.59.
    private static bool PresentDeath(NormalizedText text, int group, int j)
    {
        if (text.TokenText(j) is not ("die" or "dies" or "perish" or "perishes" or "starve" or "starves" or "drown" or "drowns"))
        {
            return false;
        }

        // "elderly people die", "Xs still die": a person noun and one adverb may stand between.
        var k0 = group + 1;
        k0 += k0 < j && ThreatIntent.IsPersonNoun(text.TokenText(k0)) ? 1 : 0;
        k0 += k0 < j && text.TokenText(k0) is "still" or "often" or "also" or "routinely" or "regularly" or "needlessly"
            or "quietly" or "daily" or "now" or "too" or "already" ? 1 : 0;
        if (k0 != j)
        {
            return false;
        }

        for (var k = group - 1; k >= Math.Max(0, group - 6) && !FullStopBefore(text, k + 1); k--)
        {
            if (text.TokenText(k) is "let" or "lets" or "hope" or "wish" or "want" or "watch" or "see" or "make" or "pray" or "should"
                or "must" or "deserve" or "deserves" or "need" or "ought" or "may" or "wanna" or "love")
            {
                return false;
            }
        }

        return true;
    }

    // "no Xs were hurt", "not a single X died", "none of the Xs".
    /// <summary>A negation ("no", "not", "never", "don't", …) within four tokens before <paramref name="group"/>, in its clause.</summary>
    internal static bool GroupNegated(NormalizedText text, int group)
    {
        for (var j = group - 1; j >= Math.Max(0, group - 4) && !ThreatIntent.SentenceBreakBefore(text, j + 1); j--)
        {
            var t = text.TokenText(j);
            if (t is "no" or "none" or "nobody" || Features.IsNegator(t, j > 0 ? text.TokenText(j - 1) : default))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A word of joy at <paramref name="j"/>, not negated: "glad", "lol", "good riddance", "they deserved it", or a
    /// sentence that is only "Good." / "Finally." — not "never got the justice they deserved", "did not deserve that",
    /// "It's sickening to see people celebrate …".
    /// </summary>
    private static bool IsJoyAt(NormalizedText text, int j, int count)
    {
        var t = text.TokenText(j);
        var joy = t is "glad" or "yay" or "lol" or "haha" or "lmao" or "riddance" or "hooray"
                  || (t is "deserve" or "deserves" or "deserved" && j + 1 < count && text.TokenText(j + 1) is "it" or "this" or "that")
                  || (t is "deserved" && j >= 2 && text.TokenText(j - 2) is "what") // "got what they deserved"
                  || (t is "solved" && j >= 1 && text.TokenText(j - 1) is "problem") // "Migrants drown, problem solved."
                  || (t is "better" && j + 2 < count && text.TokenText(j + 1) is "for" && text.TokenText(j + 2) is "it") // "Xs die and the world is better for it"
                  || (t is "place" && j >= 2 && text.TokenText(j - 1) is "better" && text.TokenText(j - 2) is "a") // "… a better place"
                  || (t is "good" or "great" or "finally" or "excellent" or "perfect" && (j == 0 || FullStopBefore(text, j))
                      && (j + 1 >= count || FullStopBefore(text, j + 1)));
        if (!joy)
        {
            return false;
        }

        for (var k = j - 1; k >= Math.Max(0, j - 3) && !ThreatIntent.SentenceBreakBefore(text, k + 1); k--)
        {
            if (Features.IsNegator(text.TokenText(k), k > 0 ? text.TokenText(k - 1) : default))
            {
                return false;
            }
        }

        return true;
    }

    // "the Russian strike", "a Jewish school": a singular group word before a noun that is no person. Plurals
    // ("the refugees fled") and "men"/"women" are nouns.
    private static bool IsAdjective(NormalizedText text, Lexicon lexicon, int i, int count)
    {
        var t = text.TokenText(i);
        if (t.EndsWith("s") || t is "men" or "women" || i + 1 >= count || FullStopBefore(text, i + 1))
        {
            return false;
        }

        var next = text.TokenText(i + 1);
        return lexicon.Category(next) == LexiconCategory.None
               && next is not ("and" or "or" or "were" or "was" or "are" or "is" or "who" or "in" or "of" or "from" or "at"
                   or "people" or "person" or "men" or "women" or "children" or "families" or "family" or "civilians"
                   or "community" or "communities" or "villagers" or "residents" or "refugees" or "prisoners" or "soldiers");
    }

    private static bool ReportingIn(NormalizedText text, int group, int harm, int count)
    {
        var from = group;
        while (from > 0 && !FullStopBefore(text, from))
        {
            from--;
        }

        for (var j = from; j < count && (j <= harm || !FullStopBefore(text, j)); j++)
        {
            if (text.TokenText(j) is "say" or "says" or "said" or "saying" or "report" or "reports" or "reported" or "claim"
                or "claims" or "claimed" or "admits" or "admitted" or "confirms" or "confirmed" or "officially" or "acknowledge"
                or "acknowledges" or "recognise" or "recognises" or "recognize" or "recognizes")
            {
                return true;
            }
        }

        return false;
    }

    // A clause-ending mark (not a comma) before token i: "Glad someone said it: the Xs were massacred." is two.
    private static bool FullStopBefore(NormalizedText text, int i) => text.GapBefore(i).IndexOfAny(".!?;:\n") >= 0;

    private static bool IsHarmParticiple(ReadOnlySpan<char> t) =>
        t is "killed" or "murdered" or "massacred" or "slaughtered" or "deported" or "persecuted" or "driven" or "expelled"
            or "displaced" or "shot" or "bombed" or "shelled" or "gassed" or "exterminated" or "executed" or "hanged"
            or "lynched" or "raped" or "tortured" or "wounded" or "injured" or "attacked" or "targeted" or "hacked"
            or "burned" or "burnt" or "beaten" or "stabbed" or "kidnapped" or "abducted" or "starved" or "wiped"
            or "evacuated" or "rescued";

    private static bool IsVictimVerb(ReadOnlySpan<char> t) =>
        t is "fled" or "flee" or "fleeing" or "died" or "dying" or "starving" or "starved" or "perished" or "suffered"
            or "suffering" or "drowned" or "drowning";

    private static bool IsVictimNoun(ReadOnlySpan<char> t) =>
        t is "suffering" or "plight" or "deaths" or "persecution" or "massacre" or "murder" or "murders" or "killing"
            or "killings" or "slaughter" or "expulsion" or "deportation" or "deportations" or "victims" or "treatment"
            or "displacement" or "rescue" or "evacuation";
}
