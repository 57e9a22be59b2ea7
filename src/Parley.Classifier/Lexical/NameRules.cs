using Parley.Classifier.Text;

namespace Parley.Classifier.Lexical;

/// <summary>
/// Display names are short and glued together ("KillAllXs", "xsarevermin"), so the model alone sees too little.
/// Names are split into words (CamelCase by the normaliser, glued lower-case words here by dictionary
/// segmentation), scored by the model, and raised by explicit rules: a slur, an identity group next to an
/// attacking word, or a hate symbol makes the name an identity attack.
/// </summary>
internal static class NameRules
{
    private static readonly HashSet<string> s_glue = new(StringComparer.Ordinal)
    {
        "all", "the", "is", "are", "was", "were", "be", "a", "an", "to", "of", "and", "or", "i", "we", "you", "my",
        "our", "no", "not", "must", "should", "will", "go", "get", "out", "back", "home", "dead", "love", "right",
        "free", "more", "only", "good", "bad", "away", "them", "they", "every", "real", "true", "hater", "haters",
        "killer", "slayer", "hunter", "destroyer", "hitler", "heil", "kkk", "white", "power", "pride", "burn",
        "gas", "ban", "deport", "stop", "sucks", "suck", "eat", "basher", "bashers", "bashing", "welcome", "em",
        "2", "h8", "h8r", "h8er", "h8rs", "h8ers", // "Death2Jews", "h8muslims": read by Spelled below
    };

    // Nations a "death to" chant names ("Death2Israel", "DeathToRussia"): the country stands for its people there. Not
    // group names of the lexicon, which names peoples ("Israelis"), not states.
    private static readonly HashSet<string> s_nations = new(StringComparer.Ordinal)
    {
        "israel", "palestine", "gaza", "russia", "ukraine", "america", "usa", "britain", "uk", "england", "ireland",
        "scotland", "wales", "france", "germany", "poland", "china", "india", "pakistan", "iran", "iraq", "syria",
        "turkey", "mexico", "africa", "europe", "armenia", "azerbaijan", "lebanon", "yemen", "afghanistan", "somalia",
    };

    // Who kills for a living, in a name: with a group or a slur it is a threat ("JewKiller", "Katsap_Slayer"), not only
    // an attack.
    private static readonly HashSet<string> s_killers = new(StringComparer.Ordinal)
    {
        "killer", "killers", "slayer", "slayers", "exterminator", "exterminators", "executioner", "executioners",
    };

    private static readonly HashSet<string> s_givenNames = new(StringComparer.Ordinal) { "dick", "fanny", "willy" };

    private static readonly HashSet<string> s_hateSymbols = new(StringComparer.Ordinal) { "hitler", "heil", "kkk", "1488" };

    private static readonly HashSet<string> s_attackWords = new(StringComparer.Ordinal)
    {
        "hater", "haters", "killer", "slayer", "hunter", "destroyer", "gas", "deport", "ban", "sucks", "suck",
        "burn", "stop", "basher", "bashers", "bashing", "misfortune",
    };

    // Attacking words an ideology takes in a name: not "stop" or "ban", which campaigns use ("StopTheTories2024").
    private static readonly HashSet<string> s_ideologyAttacks = new(StringComparer.Ordinal)
    {
        "hater", "haters", "killer", "slayer", "hunter", "destroyer", "gas", "basher", "bashers", "bashing", "death",
    };

    // Holy books burned in the name of hate ("BurnTheQuran"), and ideologies and parties attacked by name
    // ("DeathToCommies", "FemiNazi_Hater": toxic, but no identity attack).
    private static readonly HashSet<string> s_sacred = new(StringComparer.Ordinal) { "quran", "koran", "torah", "talmud", "bible" };

    private static readonly HashSet<string> s_ideologies = new(StringComparer.Ordinal)
    {
        "commies", "commie", "communists", "socialists", "leftists", "lefties", "liberals", "libs", "libtard", "libtards", "tories",
        "feminists", "feminazi", "feminazis", "conservatives", "republicans", "democrats", "antifa", "remainers", "brexiteers",
    };

    // Numbers that are hate symbols next to a white-power word ("Wh1tePower14", "Aryan88"), not alone ("Dave88").
    private static readonly HashSet<string> s_hateNumbers = new(StringComparer.Ordinal) { "14", "88", "1488" };

    private static readonly HashSet<string> s_whitePower = new(StringComparer.Ordinal)
    {
        "white", "power", "aryan", "heil", "sieg", "nazi", "reich", "race",
    };

    public static ClassificationResult Score(LexicalClassifier classifier, NormalizedText norm)
    {
        var words = new List<(string Word, int Token)>();
        for (var i = 0; i < norm.TokenCount; i++)
        {
            var tok = norm.TokenText(i).ToString();

            // The normaliser shrinks stretched letters to two ("kkk" → "kk"); the Klan's initials keep all three.
            if (tok is "kk" && norm.TokensToOriginal(i, i) is var (kb, ke) && ke - kb >= 3)
            {
                tok = "kkk";
            }

            // Names end in numbers ("JewHater88"): the word is the part before them.
            var letters = tok.AsSpan().TrimEnd("0123456789").Length;
            var number = letters > 0 && letters < tok.Length ? tok[letters..] : null;
            tok = tok[..(number is null ? tok.Length : letters)];
            var parts = tok.Length >= 6 && !Lexicon.Default.Contains(tok) ? Segment(tok) : null;
            foreach (var p in parts ?? [tok])
            {
                words.Add((p, i));
            }

            if (number is not null)
            {
                words.Add((number, i));
            }
        }

        Spelled(words);

        // "Dick Smith", "Fanny Adams": a given name that is also a swear word, first of several words (and not the
        // first half of one: "DickHead"), is read as a name, by the model and by the profanity rule below.
        var givenName = words.Count > 1 && words[1].Token > 0 && s_givenNames.Contains(words[0].Word)
            && !Lexicon.Default.Contains(words[0].Word + words[1].Word);
        if (givenName)
        {
            words[0] = ("sam", words[0].Token);
        }

        // The model scores the segmented words; spans come from the rules (token ranges of the original).
        var text = string.Join(' ', words.Select(w => w.Word));
        var resegmented = TextNormalizer.Default.Normalize(text);
        var scores = new float[ToxicityLabels.Count];
        classifier.ScoreInto(resegmented, scores, withSpans: false);
        var spans = new List<SpanScore>[ToxicityLabels.Count];
        for (var l = 0; l < spans.Length; l++)
        {
            spans[l] = [];
        }

        var lexicon = Lexicon.Default;
        int? killer = null, identity = null, attack = null, slur = null, symbol = null, profanity = null, threat = null, ideology = null, ideologyAttack = null;
        var people = false; // a group of people named, not only a holy book
        // A holy book counts as the group's only when burned or banned ("BurnTheQuran", not "BibleDeathMetal").
        var burned = words.Exists(x => x.Word is "burn" or "burning" or "burner" or "burned" or "ban" or "flush");
        for (var k = 0; k < words.Count; k++)
        {
            var (w, token) = words[k];
            var c = lexicon.Category(w);
            // "Zio" is Italian for uncle ("ZioMario") and a slur for Jews only with an attack ("Zio_Hunter"): a group name.
            // A nation counts only in the chant ("Death2Israel").
            var chanted = s_nations.Contains(w) && k >= 2 && words[k - 1].Word is "to" && words[k - 2].Word is "death";
            // "RussiaHater1991", "UkraineHaters": hatred of a country is of its people, as in the chant ("TurkeyHater" is
            // about the Christmas dinner).
            var hated = s_nations.Contains(w) && w is not "turkey" && k + 1 < words.Count && words[k + 1].Word is "hater" or "haters";
            var group = c == LexiconCategory.Identity || w is "zio" or "zios" || chanted || hated;
            people |= group;
            identity ??= group || (burned && s_sacred.Contains(w)) ? token : null;
            ideology ??= s_ideologies.Contains(w) ? token : null;
            slur ??= c == LexiconCategory.Slur && !Homonyms.IsInnocentInName(w, [.. words.Select(x => x.Word)]) ? token : null;
            profanity ??= c == LexiconCategory.Profanity ? token : null;
            threat ??= c == LexiconCategory.Threat ? token : null;
            // The killer right after the people it kills, ending the name ("JewKiller", "Khokhol_Killer88"); not a band,
            // a whale or a documentary ("GermanSlayerFan", "JewishKillerWhaleFan", "BritishSerialKillerDocs").
            killer ??= s_killers.Contains(w) && k > 0 && lexicon.Category(words[k - 1].Word) is LexiconCategory.Identity or LexiconCategory.Slur
                                             && (k + 1 == words.Count || words[k + 1].Word.All(char.IsAsciiDigit)) ? token : null;
            // "DeathTo…", "…AreProperty" / "…_R_Property": only in these turns ("BibleDeathMetal", "IrishPropertyDeveloper").
            var next = k + 1 < words.Count ? words[k + 1].Word : null;
            var before = k > 0 ? words[k - 1].Word : null;
            var phrase = (w is "death" && next is "to") || (w is "property" && before is "are" or "r" or "is");
            attack ??= c is LexiconCategory.Dehumanising or LexiconCategory.Threat or LexiconCategory.Hostile
                or LexiconCategory.Insult or LexiconCategory.Profanity || s_attackWords.Contains(w) || phrase ? token : null;
            ideologyAttack ??= s_ideologyAttacks.Contains(w) && (w is not "death" || next is "to") || c is LexiconCategory.Threat or LexiconCategory.Hostile
                ? token : null;
            symbol ??= s_hateSymbols.Contains(w) ? token : null;
        }

        var bookOnly = !people;

        if (slur is { } s)
        {
            Raise(norm, scores, spans, s, s, 0.9f, ToxicityLabel.Toxicity, ToxicityLabel.IdentityAttack, ToxicityLabel.Insult);
            // "Khokhol_Killer"; not "FagsBurnInHell", a damnation (the violent verbs stay with identity words below)
            if (killer is { } th)
            {
                Raise(norm, scores, spans, Math.Min(s, th), Math.Max(s, th), 0.8f, ToxicityLabel.Threat);
            }
        }

        if (identity is { } id && attack is { } at)
        {
            Raise(norm, scores, spans, Math.Min(id, at), Math.Max(id, at), 0.9f,
                ToxicityLabel.Toxicity, ToxicityLabel.IdentityAttack, ToxicityLabel.SevereToxicity);
            if ((threat ?? killer) is { } th && !bookOnly) // a book burned threatens no one
            {
                Raise(norm, scores, spans, Math.Min(id, th), Math.Max(id, th), 0.8f, ToxicityLabel.Threat);
            }
        }

        if (identity is null && ideology is { } ideo && ideologyAttack is { } against)
        {
            Raise(norm, scores, spans, Math.Min(ideo, against), Math.Max(ideo, against), 0.8f, ToxicityLabel.Toxicity, ToxicityLabel.Insult);
        }

        // "WhitePower", "Wh1tePower14", "Aryan88": a white-power word with the other or with its numbers.
        for (var k = 0; k + 1 < words.Count && symbol is null; k++)
        {
            var (a, b) = (words[k].Word, words[k + 1].Word);
            if ((a is "white" && b is "power" or "pride") || (s_whitePower.Contains(a) && s_hateNumbers.Contains(b)))
            {
                symbol = words[k].Token;
            }
        }

        // "NoMoreMosques", "RefugeesNotWelcome", "DeportThemAll", "MuslimFreeZone": a group or its places shut out, or
        // everyone "them".
        int? shutOut = null;
        for (var k = 0; k + 1 < words.Count && shutOut is null; k++)
        {
            var (a, b) = (words[k].Word, words[k + 1].Word);
            var next = k + 2 < words.Count ? words[k + 2].Word : null;
            if (a is "no" && b is "more" && next is not null
                && (lexicon.Category(next) == LexiconCategory.Identity || ThreatIntent.IsPlaceOfWorship(next)))
            {
                shutOut = words[k].Token;
            }
            else if (a is "not" && b is "welcome" && k > 0 && lexicon.Category(words[k - 1].Word) is LexiconCategory.Identity or LexiconCategory.Slur)
            {
                shutOut = words[k - 1].Token;
            }
            else if (a is "deport" or "gas" && b is "them" or "em" && next is "all")
            {
                shutOut = words[k].Token;
            }
            else if (b is "free" && next is "zone" or "zones" or "town" or "britain" or "europe" or "america"
                     && lexicon.Category(a) is LexiconCategory.Identity or LexiconCategory.Slur)
            {
                shutOut = words[k].Token; // "MuslimFreeZone": a place without the group
            }
        }

        if (shutOut is { } so)
        {
            Raise(norm, scores, spans, so, words[^1].Token, 0.9f, ToxicityLabel.Toxicity, ToxicityLabel.IdentityAttack);
        }

        if (symbol is { } sy)
        {
            Raise(norm, scores, spans, sy, sy, 0.85f, ToxicityLabel.Toxicity, ToxicityLabel.IdentityAttack);
        }

        if (profanity is { } pr)
        {
            Raise(norm, scores, spans, pr, pr, 0.8f, ToxicityLabel.Toxicity, ToxicityLabel.Profanity);
        }

        LexicalClassifier.SevereFromAttacks(scores, spans); // as for comments, after the rules that raise an attack
        return new ClassificationResult(classifier.ModelVersion, scores, spans);
    }

    /// <summary>
    /// Digits and leet inside glued names, as the normaliser reads them in comments: "2" between words is "to"
    /// ("Death2Jews"), "h8" is "hate" ("H8Muslims", "MuslimH8r"), and a plural in "z" of a lexicon word is that word
    /// ("JewRatz"; "Boyz2Men" has none).
    /// </summary>
    private static void Spelled(List<(string Word, int Token)> words)
    {
        for (var k = 0; k < words.Count; k++)
        {
            // "H8" alone lost its digit to the number rule above: "h", "8".
            if (words[k].Word is "h" && k + 1 < words.Count && words[k + 1].Word is "8")
            {
                words.RemoveAt(k + 1);
                words[k] = ("h8", words[k].Token);
            }

            var w = words[k].Word;
            var plural = w.Length > 3 && w[^1] == 'z' ? w[..^1] + "s" : null;
            var spelled = w switch
            {
                "2" when k > 0 && k + 1 < words.Count => "to",
                "h8" => "hate",
                "h8r" or "h8er" => "hater",
                "h8rs" or "h8ers" => "haters",
                _ when plural is not null && Lexicon.Default.Category(plural) is not LexiconCategory.None => plural,
                _ => null,
            };
            if (spelled is not null)
            {
                words[k] = (spelled, words[k].Token);
            }
        }
    }

    private static void Raise(NormalizedText norm, float[] scores, List<SpanScore>[] spans, int first, int last,
        float value, params ToxicityLabel[] labels)
    {
        var (b, e) = norm.TokensToOriginal(first, last);
        foreach (var l in labels)
        {
            scores[(int)l] = Math.Max(scores[(int)l], value);
            if (!spans[(int)l].Exists(x => x.Begin == b && x.End == e))
            {
                spans[(int)l].Add(new SpanScore(b, e, MathF.Log(value / (1 - value)))); // log-odds, like model spans
            }
        }
    }

    /// <summary>Splits a glued token into lexicon, glue and nation words when it segments completely, else null.</summary>
    internal static List<string>? Segment(string tok)
    {
        var best = new int[tok.Length + 1];
        Array.Fill(best, -1);
        best[0] = 0;
        for (var end = 1; end <= tok.Length; end++)
        {
            for (var start = Math.Max(0, end - 16); start < end; start++)
            {
                if (best[start] < 0)
                {
                    continue;
                }

                var w = tok.AsSpan(start, end - start);
                if (Lexicon.Default.Contains(w) || s_glue.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w)
                    || s_nations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w))
                {
                    best[end] = start; // prefer the longest last word
                    break;
                }
            }
        }

        if (best[tok.Length] < 0)
        {
            return null;
        }

        var parts = new List<string>();
        for (var end = tok.Length; end > 0; end = best[end])
        {
            parts.Insert(0, tok[best[end]..end]);
            if (best[end] == 0)
            {
                break;
            }
        }

        return parts.Count > 1 ? parts : null;
    }
}
