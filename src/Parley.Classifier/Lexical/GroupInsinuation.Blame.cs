using Parley.Classifier.Text;

namespace Parley.Classifier.Lexical;

/// <summary>
/// A whole group blamed for crime or disease (session 17, `ia-dev` shape g, 7 of 20 caught before): "Gay men spread
/// HIV", "Mexican immigrants bring the drugs and the violence", "The measles outbreak is thanks to the Roma", "Crime
/// went up because of the Somalis", "Every second burglary round here is done by Romanians". The group is a plural
/// or "X people / men / gangs / community", protected, and the crime or the disease is in the same sentence. Reports
/// ("…, police say") are left alone by the caller, and so is credit ("Crime fell thanks to the X community"). Also the
/// "Kalergi plan", unless the text names it as a conspiracy.
/// </summary>
internal static partial class GroupInsinuation
{
    // "Xs spread HIV / disease", "Xs bring crime / the drugs / knives": the group right before the verb.
    private static (int First, int Last)? Spreads(NormalizedText text, Lexicon lexicon, int verb, int count)
    {
        var g = verb - 1;
        while (g > 0 && verb - g < 3 && text.TokenText(g) is "all" or "just" or "only" or "always")
        {
            g--;
        }

        if (g < 0 || !BlamedGroup(text, lexicon, g, count) || Rebutted(text, g, count))
        {
            return null;
        }

        for (var k = verb + 1; k < Math.Min(count, verb + 5) && !ThreatIntent.SentenceBreakBefore(text, k); k++)
        {
            if (IsCrimeOrDisease(text.TokenText(k)))
            {
                return (Features.RunStart(text, lexicon, lexicon.Category(text.TokenText(g)) == LexiconCategory.Identity ? g : g - 1), k);
            }

            if (!(text.TokenText(k) is "the" or "their" or "all" or "in" or "more" or "with" or "them" or "and" or "a" or "lot" or "of"))
            {
                return null;
            }
        }

        return null;
    }

    // "… because of / thanks to / down to / done by / committed by / blame the Xs", with a crime or a disease earlier in
    // the sentence: "Rape stats went up because of the Afghans", "The measles outbreak is thanks to the Roma".
    private static (int First, int Last)? Blamed(NormalizedText text, Lexicon lexicon, int at, int count)
    {
        var t = text.TokenText(at);
        var g = t switch
        {
            "because" when at + 1 < count && text.TokenText(at + 1) is "of" => at + 2,
            "thanks" or "down" when at + 1 < count && text.TokenText(at + 1) is "to" => at + 2,
            // not "committed by" or "brought by": war crimes and history are reported that way ("The rapes in Bucha were
            // committed by Russians", "Many diseases were brought by Europeans")
            "by" when at > 0 && text.TokenText(at - 1) is "done" or "caused" => at + 1,
            "blame" => at + 1,
            _ => -1,
        };
        // "… not because of the refugees" clears them
        if (g < 0 || (at > 0 && Features.IsNegator(text.TokenText(at - 1), at > 1 ? text.TokenText(at - 2) : default)))
        {
            return null;
        }

        while (g < count && text.TokenText(g) is "the" or "all" or "those" or "these" or "them")
        {
            g++;
        }

        // The group's run ends within two tokens ("the Roma", "Pakistani men", "the gay scene" is not a group).
        var end = g;
        while (end + 1 < count && end - g < 2 && !ThreatIntent.SentenceBreakBefore(text, end + 1)
               && (lexicon.Category(text.TokenText(end + 1)) == LexiconCategory.Identity || ThreatIntent.IsPersonNoun(text.TokenText(end + 1))
                   || text.TokenText(end + 1) is "gangs" or "community" or "communities"))
        {
            end++;
        }

        // … and ends its phrase: "because of the Polish community patrols" blames patrols
        if (g >= count || !BlamedGroup(text, lexicon, end, count)
            || !(end + 1 >= count || ThreatIntent.SentenceBreakBefore(text, end + 1) || text.GapBefore(end + 1).IndexOf(',') >= 0
                 || text.TokenText(end + 1) is "and" or "or" or "who" or "that" or "in" or "here" or "there" or "again" or "lol" or "period"
                     or "round" or "coming" or "moving" or "arriving"))
        {
            return null;
        }

        for (var k = at - 1; k >= 0 && !Sentences.BreakBefore(text, k + 1); k--)
        {
            if (IsCrimeOrDisease(text.TokenText(k)))
            {
                return Rebutted(text, k, count) || Credited(text, count) ? null : (k, end);
            }
        }

        return null;
    }

    // "Crime fell thanks to the X community", "The measles outbreak was contained thanks to …": the group is credited.
    private static bool Credited(NormalizedText text, int count)
    {
        for (var k = 0; k < count; k++)
        {
            if (text.TokenText(k) is "fell" or "fall" or "falls" or "falling" or "drop" or "dropped" or "drops" or "contained" or "reduced"
                or "prevented" or "decline" or "declined" or "lower" or "solved" or "stopped" or "rescued" or "volunteer" or "volunteers"
                or "patrols" or "helped" or "cut" or "halved" or "ended" or "beat" or "beaten" or "tackled")
            {
                return true;
            }
        }

        return false;
    }

    // "Kalergi plan in action": the conspiracy's name (not Coudenhove-Kalergi himself), unless the text names it as one.
    private static (int First, int Last)? Coded(NormalizedText text, int at, int count) =>
        at + 1 < count && text.TokenText(at + 1) is "plan" && !Rebutted(text, at, count) ? (at, at + 1) : null;

    // Counter-speech around a trope: said by someone ("the comment saying Xs spread disease"), or named as a myth,
    // a trope, bigotry or a conspiracy anywhere in the text ("… It's 1980s bigotry.", "an antisemitic conspiracy theory").
    private static bool Rebutted(NormalizedText text, int first, int count)
    {
        for (var k = first - 1; k >= 0 && !Sentences.BreakBefore(text, k + 1); k--)
        {
            // ReportedSpeech.SaidBefore lets "I reported the comment saying …" through as the writer's own words
            if (ReportedSpeech.IsSaying(text.TokenText(k)) || text.TokenText(k) is "idea")
            {
                return true;
            }
        }

        // Narrower than ReportedSpeech.IsCondemnation, because it reads the whole text: "I'm not racist, but …" or "wrong"
        // must not clear the blame.
        for (var k = 0; k < count; k++)
        {
            if (text.TokenText(k) is "myth" or "myths" or "trope" or "tropes" or "bigotry" or "bigoted" or "bigot" or "bigots" or "conspiracy"
                or "debunked" or "homophobic" or "homophobia" or "antisemitic" or "antisemitism" or "nazi" or "nazis" or "propaganda"
                or "smear" or "libel" or "falsehood")
            {
                return true;
            }
        }

        return false;
    }

    // A protected group named as a whole at g: a plural group noun ("Xs", "X men", "X gangs", "the X community").
    private static bool BlamedGroup(NormalizedText text, Lexicon lexicon, int g, int count)
    {
        var t = text.TokenText(g);
        if (t is "gangs" or "community" or "communities" && g > 0 && lexicon.Category(text.TokenText(g - 1)) == LexiconCategory.Identity)
        {
            return GroupPredicate.IsProtected(text, lexicon, g - 1);
        }

        return GroupPredicate.GroupNounEnd(text, lexicon, g, count) && GroupPredicate.IsProtected(text, lexicon, g);
    }

    private static bool IsCrimeOrDisease(ReadOnlySpan<char> t) =>
        t is "crime" or "crimes" or "burglary" or "burglaries" or "rape" or "rapes" or "stabbings" or "knife" or "knives" or "drugs"
            or "theft" or "thefts" or "robberies" or "muggings" or "violence" or "grooming" or "scams" or "terror" or "terrorism"
            or "disease" or "diseases" or "hiv" or "aids" or "monkeypox" or "measles" or "tb" or "tuberculosis" or "syphilis"
            or "covid" or "outbreak" or "outbreaks" or "plague";
}
