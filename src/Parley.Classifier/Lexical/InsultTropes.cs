using Parley.Classifier.Text;

namespace Parley.Classifier.Lexical;

/// <summary>
/// Stock put-downs that carry no insult word, so the heads read them as civil (a fresh set of 350 such insults, session
/// 15: 8 % flagged): "wouldn't know a fact if it slapped him", "couldn't find his way out of a paper bag", "couldn't run
/// a bath if his life depended on it", "about as useful as a chocolate teapot", "thick as two short planks", "a few
/// sandwiches short of a picnic", "not the sharpest tool in the shed", "nothing between your ears". Each is a fixed
/// figure of speech whose only use is to call someone slow or useless; their civil look-alikes ("thick as thieves",
/// "not the sharpest photo", "about as far as the station") are excluded by the words each figure needs. Not reported
/// or quoted (left to the heads).
/// </summary>
internal static class InsultTropes
{
    /// <summary>The first and last token of the put-down, or null.</summary>
    public static (int First, int Last)? Find(NormalizedText text)
    {
        var count = Math.Min(text.TokenCount, Features.MaxTokens);
        for (var i = 0; i < count; i++)
        {
            if (At(text, i, count) is { } last && !ReportedSpeech.IsReported(text, i) && !OfTheWriter(text, i, last))
            {
                return (i, last);
            }
        }

        return null;
    }

    // Self-deprecation insults no one: "I'm not the sharpest knife in the drawer", "I couldn't draw a horse if my life
    // depended on it", "I wouldn't know a good wine if it bit me".
    private static bool OfTheWriter(NormalizedText text, int first, int last)
    {
        for (var k = first - 1; k >= Math.Max(0, first - 3) && !Sentences.BreakBefore(text, k + 1); k--)
        {
            if (text.TokenText(k) is "i" or "im" or "we" or "me")
            {
                return true;
            }
        }

        for (var k = first; k <= last; k++)
        {
            if (text.TokenText(k) is "my" or "me" or "our" or "us")
            {
                return true;
            }
        }

        return false;
    }

    private static int? At(NormalizedText text, int i, int count)
    {
        var t = text.TokenText(i);
        return t switch
        {
            "wouldn" or "couldn" or "wouldnt" or "couldnt" => KnowIfItHit(text, i, count) ?? LifeDependedOnIt(text, i, count),
            "about" or "roughly" => AboutAsUsefulAs(text, i, count),
            "thick" or "dim" or "dense" or "dull" => ThickAs(text, i, count),
            "short" => ShortOfA(text, i, count),
            "not" => NotTheSharpest(text, i, count),
            "between" => BetweenTheEars(text, i, count),
            _ => null,
        };
    }

    // "wouldn't know / recognise a fact if it hit / slapped / bit him": a thing that would have to assault the person to
    // be noticed.
    private static int? KnowIfItHit(NormalizedText text, int i, int count)
    {
        var v = i + 1 < count && text.TokenText(i + 1) is "t" ? i + 2 : i + 1;
        if (v >= count || text.TokenText(v) is not ("know" or "recognise" or "recognize" or "spot" or "notice" or "see"))
        {
            return null;
        }

        for (var k = v + 1; k + 2 < Math.Min(count, v + 10) && !Sentences.BreakBefore(text, k); k++)
        {
            if (text.TokenText(k) is "if" && text.TokenText(k + 1) is "it" or "one" or "they" or "she" or "he"
                && text.TokenText(k + 2) is "hit" or "bit" or "slapped" or "smacked" or "kicked" or "punched" or "jumped"
                    or "landed" or "fell" or "walked" or "sat" or "stared" or "came" or "danced" or "crawled" or "ran" or "was"
                    or "were" or "introduced" or "waved" or "knocked" or "tapped" or "poked" or "shouted" or "stood"
                    or "wore" or "arrived" or "turned")
            {
                return k + 2;
            }
        }

        return null;
    }

    // "couldn't run a bath if his life depended on it", "couldn't find her way out of a paper bag", "couldn't organise a
    // piss-up in a brewery", "couldn't hit a barn door".
    private static int? LifeDependedOnIt(NormalizedText text, int i, int count)
    {
        for (var k = i + 1; k + 2 < Math.Min(count, i + 16) && !Sentences.BreakBefore(text, k); k++)
        {
            var t = text.TokenText(k);
            if (t is "life" or "lives" && text.TokenText(k + 1) is "depended" && text.TokenText(k + 2) is "on")
            {
                return k + 2;
            }

            if (t is "paper" && text.TokenText(k + 1) is "bag" && k >= 3 && text.TokenText(k - 3) is "out")
            {
                return k + 1;
            }

            if (t is "brewery" or "barn" && (t is "brewery" || text.TokenText(k + 1) is "door"))
            {
                return t is "barn" ? k + 1 : k;
            }
        }

        return null;
    }

    // "about as useful as a chocolate teapot", "roughly as sharp as a beach ball": "about as <quality> as a …" is said
    // only in irony (not "about as far as the station": a distance, and no "a").
    private static int? AboutAsUsefulAs(NormalizedText text, int i, int count)
    {
        if (i + 4 >= count || text.TokenText(i + 1) is not "as" || text.TokenText(i + 3) is not "as"
            || text.TokenText(i + 4) is not ("a" or "an") || !IsPraiseQuality(text.TokenText(i + 2)))
        {
            return null;
        }

        return Math.Min(count - 1, i + 5);
    }

    private static bool IsPraiseQuality(ReadOnlySpan<char> t) =>
        t is "useful" or "bright" or "sharp" or "smart" or "clever" or "intelligent" or "funny" or "charming" or "interesting"
            or "convincing" or "popular" or "welcome" or "reliable" or "helpful" or "subtle" or "effective" or "exciting"
            or "competent" or "credible" or "insightful" or "persuasive" or "relevant" or "original" or "coherent" or "quick"
            or "agile" or "graceful" or "trustworthy" or "honest" or "informed" or "articulate" or "appealing";

    // "thick as two short planks", "as dim as a broken bulb", "dull as dishwater"; not "thick as thieves" (friends).
    private static int? ThickAs(NormalizedText text, int i, int count)
    {
        if (i + 2 >= count || text.TokenText(i + 1) is not "as" || text.TokenText(i + 2) is "thieves" or "fog" or "smoke" or "soup")
        {
            return null;
        }

        // Of a person: "you're / he's / she's (as) thick as …", "thick as mince, that one"; not "the walls are as thick as …".
        var k = i - 1;
        if (k >= 0 && text.TokenText(k) is "as")
        {
            k--;
        }

        while (k >= 0 && text.TokenText(k) is "so" or "just" or "really" or "genuinely" or "honestly" or "both" or "all")
        {
            k--;
        }

        var person = k >= 1 && text.TokenText(k) is "re" or "s" or "is" or "are" or "was" && text.TokenText(k - 1) is "you" or "he"
            or "she" or "they" or "u" || (k >= 0 && text.TokenText(k) is "youre" or "hes" or "shes") || (k >= 1 && text.TokenText(k) is "is"
            && ThreatIntent.IsRole(text.TokenText(k - 1)));
        return person ? Math.Min(count - 1, i + 3) : null;
    }

    // "a few sandwiches short of a picnic", "one brick short of a load".
    private static int? ShortOfA(NormalizedText text, int i, int count)
    {
        if (i < 2 || i + 2 >= count || text.TokenText(i + 1) is not "of" || text.TokenText(i + 2) is not ("a" or "an"))
        {
            return null;
        }

        // A shortfall in a measure is news: "a few miles short of a petrol station", "two votes short of a majority".
        if (IsMeasure(text.TokenText(i - 1)))
        {
            return null;
        }

        var amount = text.TokenText(i - 2);
        return amount is "few" or "couple" or "one" or "several" or "two" or "three" || (i >= 3 && text.TokenText(i - 3) is "few" or "couple")
            ? Math.Min(count - 1, i + 3)
            : null;
    }

    private static bool IsMeasure(ReadOnlySpan<char> t) =>
        t is "miles" or "mile" or "yards" or "metres" or "meters" or "feet" or "inches" or "kilometres" or "km" or "points" or "votes"
            or "seats" or "goals" or "runs" or "wickets" or "days" or "weeks" or "months" or "years" or "hours" or "minutes"
            or "seconds" or "pounds" or "quid" or "dollars" or "percent" or "laps" or "signatures" or "members" or "players"
            or "games" or "matches" or "wins" or "places" or "marks" or "grams" or "kilos" or "tonnes" or "million" or "billion"
            or "thousand" or "hundred" or "shots" or "strokes" or "centuries" or "decades" or "steps" or "percentage";

    // "not the sharpest tool in the shed", "not the brightest bulb in the box".
    private static int? NotTheSharpest(NormalizedText text, int i, int count)
    {
        if (i + 4 >= count || text.TokenText(i + 1) is not "the"
            || text.TokenText(i + 2) is not ("sharpest" or "brightest" or "quickest" or "smartest" or "cleverest"))
        {
            return null;
        }

        for (var k = i + 3; k + 2 < Math.Min(count, i + 7); k++)
        {
            if (text.TokenText(k) is "in" or "on" && text.TokenText(k + 1) is "the" or "a"
                && text.TokenText(k + 2) is "shed" or "box" or "drawer" or "toolbox" or "pack" or "bunch" or "tree" or "chandelier"
                    or "room" or "class" or "string" or "knife" or "rack" or "set" or "pencil" or "kitchen" or "block" or "woodshed")
            {
                return k + 2;
            }
        }

        return null;
    }

    // "nothing / wind / an echo between your ears", "the space between his ears".
    private static int? BetweenTheEars(NormalizedText text, int i, int count)
    {
        if (i < 1 || i + 2 >= count || text.TokenText(i + 1) is not ("your" or "his" or "her" or "their" or "ur" or "the")
            || text.TokenText(i + 2) is not "ears")
        {
            return null;
        }

        for (var k = i - 1; k >= Math.Max(0, i - 4); k--)
        {
            if (text.TokenText(k) is "nothing" or "wind" or "air" or "echo" or "vacuum" or "void" or "space" or "gap" or "whistling"
                or "tumbleweed" or "empty" or "nobody" or "sawdust" or "cotton" or "fluff")
            {
                return i + 2;
            }
        }

        return null;
    }
}
