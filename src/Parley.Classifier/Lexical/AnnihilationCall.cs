using Parley.Classifier.Text;

namespace Parley.Classifier.Lexical;

/// <summary>
/// The threat rule's last shape (<see cref="ThreatIntent.FindRule"/>): a call to destroy a city, a country or a
/// region, whose people are the target — the war thread's "Nuke Moscow", "Flatten Gaza", "Wipe Gaza off the map",
/// "Israel should turn Gaza into a parking lot", "Just glass the whole region", "Carpet bomb the Russians". Each one
/// scored THREAT below 0.1. A call is an order opening its sentence or a modal of obligation before the verb ("should",
/// "must", "need to", "time to", "let's"); the place is a capitalised name that is not a common word, a word for a
/// place ("the whole region", "the entire strip") or a group. Not reported, negated or asked ("Nobody wants to nuke
/// Moscow", "Putin says Russia should nuke London", "Should Israel flatten Gaza?"), and only with verbs that sport and
/// everyday speech do not use this way ("Flatten the curve" names no place; "annihilate Chelsea on Sunday" is not
/// read, as "annihilate" is not one of them, and "Britain should bomb ISIS in Syria" is a policy the thread argues
/// about). Armed groups ("Israel should flatten Hamas") and teams ("flatten Arsenal on Saturday") are not peoples.
/// </summary>
internal static class AnnihilationCall
{
    /// <summary>The call's first token, its last and the place or group it names, or null.</summary>
    public static (int First, int Last, int Target)? Find(NormalizedText text, Lexicon lexicon)
    {
        var count = Math.Min(text.TokenCount, Features.MaxTokens);
        for (var i = 0; i + 1 < count; i++)
        {
            var t = text.TokenText(i);
            var obj = t switch
            {
                // (not "bomb": "Britain should bomb ISIS in Syria" is a policy the thread argues about)
                "nuke" or "flatten" or "raze" or "glass" or "wipe" or "turn" => i + 1,
                "carpet" when text.TokenText(i + 1) is "bomb" => i + 2,
                _ => -1,
            };
            if (obj < 0 || obj >= count || Sentences.BreakBefore(text, obj) || Caller(text, i) is not { } first
                || Place(text, lexicon, obj, count) is not { } place)
            {
                continue;
            }

            var last = t switch
            {
                "wipe" => OffTheMap(text, place + 1, count),
                "turn" => IntoRuin(text, place + 1, count),
                _ => place,
            };
            if (last < 0 || Sentences.EndsInQuestion(text, i, count) || ReportedSpeech.IsReported(text, i) || ReportedSpeech.SaidEarlierInSentence(text, i))
            {
                continue;
            }

            return (first, last, place);
        }

        return null;
    }

    // The order or the obligation before the verb, in its sentence: "Nuke …", "Just flatten …", "We should glass …",
    // "Israel needs to turn …", "Time to wipe …", "Let's bomb …"; null where the sentence negates it before the verb.
    private static int? Caller(NormalizedText text, int verb)
    {
        var start = Sentences.Start(text, verb);
        if (verb - start > 7)
        {
            return null;
        }

        var called = verb == start;
        for (var k = start; k < verb; k++)
        {
            var t = text.TokenText(k);
            // (nor a threat reported: "Medvedev threatened to …"; speech is ReportedSpeech's, in Find)
            if (Features.IsNegator(t, k > 0 ? text.TokenText(k - 1) : default) || t is "if" or "when" or "whether" or "would" or "wouldn"
                || t is "threatened" or "threatens" or "vowed" or "vows" or "warned" or "warns")
            {
                return null;
            }

            called |= t is "should" or "must" or "ought" or "gotta" or "lets"
                      || (t is "to" && k > start && text.TokenText(k - 1) is "need" or "needs" or "have" or "has" or "time" or "got")
                      || (t is "let" && k + 1 < verb && text.TokenText(k + 1) is "s" or "us")
                      || (k == start && t is "just" or "please" or "now" or "so" or "simply");
        }

        return called ? start : null;
    }

    // "Moscow", "the whole region", "the entire Gaza Strip", "all of Tehran", "the Russians".
    private static int? Place(NormalizedText text, Lexicon lexicon, int k, int count)
    {
        while (k < count && !Sentences.BreakBefore(text, k) && text.TokenText(k) is "the" or "whole" or "entire" or "all" or "of" or "every" or "that" or "this")
        {
            k++;
        }

        if (k >= count || Sentences.BreakBefore(text, k))
        {
            return null;
        }

        var t = text.TokenText(k);
        if (t is "city" or "country" or "region" or "strip" or "place" or "continent" or "nation" or "territory" or "territories"
            or "enclave" or "capital" or "cities" or "countries")
        {
            return k;
        }

        if ((lexicon.Category(t) == LexiconCategory.Identity && ThreatIntent.IsGroupNotAdjective(text, lexicon, k, count))
            || Homonyms.IsSlur(text, k, lexicon))
        {
            return k;
        }

        var end = k;
        while (end + 1 < count && !Sentences.BreakBefore(text, end + 1) && Capitalised(text, end + 1))
        {
            end++; // "Gaza Strip", "West Bank"
        }

        // An armed group is a military target the thread argues about ("Israel should flatten Hamas"), not a people.
        return Capitalised(text, k) && EnglishWords.Rank(t) is 0 or > 300 && !Sport(text, k, count)
               && t is not ("hamas" or "hezbollah" or "isis" or "isil" or "daesh" or "taliban" or "qaeda" or "houthis" or "houthi"
                   or "wagner" or "idf" or "kremlin" or "pentagon") ? end : null;
    }

    // "… off the map", "… off the face of the earth"
    private static int OffTheMap(NormalizedText text, int k, int count)
    {
        if (k + 2 < count && text.TokenText(k) is "off" && text.TokenText(k + 1) is "the")
        {
            if (text.TokenText(k + 2) is "map")
            {
                return k + 2;
            }

            if (k + 5 < count && text.TokenText(k + 2) is "face" && text.TokenText(k + 3) is "of" && text.TokenText(k + 5) is "earth" or "planet")
            {
                return k + 5;
            }
        }

        return -1;
    }

    // "… into a parking lot", "… into glass", "… into rubble", "… into a crater"
    private static int IntoRuin(NormalizedText text, int k, int count)
    {
        if (k + 1 >= count || text.TokenText(k) is not "into")
        {
            return -1;
        }

        var m = text.TokenText(k + 1) is "a" or "an" or "one" ? k + 2 : k + 1;
        if (m >= count)
        {
            return -1;
        }

        if (text.TokenText(m) is "glass" or "rubble" or "dust" or "ash" or "ashes" or "crater" or "wasteland" or "graveyard" or "cemetery")
        {
            return m;
        }

        // (not "a car park": "Turn Manchester into a car park for the weekend" is about traffic)
        return m + 1 < count && text.TokenText(m) is "parking" && text.TokenText(m + 1) is "lot" ? m + 1 : -1;
    }

    // A team named after its city: "We must flatten Arsenal on Saturday", "nuke Liverpool in the derby".
    private static bool Sport(NormalizedText text, int k, int count)
    {
        var start = Sentences.Start(text, k);
        for (var m = start; m < count && (m == start || !Sentences.BreakBefore(text, m)); m++)
        {
            var t = text.TokenText(m);
            if (t is "match" or "game" or "games" or "league" or "cup" or "derby" or "fixture" or "final" or "pitch" or "goal" or "goals"
                    or "season" or "tournament" or "kickoff" or "striker" or "defence" or "defense" or "lads" or "boys" or "fans" or "playoffs"
                || (t is "saturday" or "sunday" && m > 0 && text.TokenText(m - 1) is "on"))
            {
                return true;
            }
        }

        return false;
    }

    // A capitalised word inside its sentence ("Gaza", not "Flatten" opening it), as PersonName reads names.
    private static bool Capitalised(NormalizedText text, int k) =>
        k > 0 && !Sentences.BreakBefore(text, k) && PersonName.IsCapitalised(text, k);
}
