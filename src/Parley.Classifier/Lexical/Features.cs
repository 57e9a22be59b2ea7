using Parley.Classifier.Text;

namespace Parley.Classifier.Lexical;

/// <summary>One hashed feature occurrence, with the token range it came from (for span explanations).</summary>
internal record struct Feature(int Index, float Value, int First, int Last);

/// <summary>
/// Hashed n-gram features over the normalised tokens: word unigrams and bigrams, character 3–5-grams of each
/// token (robust to misspellings the normaliser does not undo), the curated lexicon's categories, and four
/// skip-patterns ("you … &lt;insult&gt;", "&lt;group&gt; … &lt;dehumanising/threat word&gt;" (apart when reported speech), "&lt;hostile verb&gt; …
/// &lt;group&gt;", "I will &lt;violent verb&gt; … &lt;person or group&gt;") that let the model generalise beyond the exact
/// wording it was trained on; words in a negation's scope hash apart. No allocation beyond the caller's buffer.
/// </summary>
internal static class Features
{
    public const int MaxTokens = 400;
    private const int MaxCharGramToken = 24;
    private const uint SeedWord = 0x9E3779B1, SeedBigram = 0x85EBCA77, SeedChar = 0xC2B2AE3D, SeedLex = 0x27D4EB2F;
    private const uint SeedYou = 0x165667B1, SeedGroup = 0xD3A2646C, SeedHostile = 0x5BD1E995, SeedIntent = 0x1B873593;
    private const uint SeedNegated = 0xCC9E2D51, SeedReported = 0x2545F491;
    private static readonly uint IdentityHash = Hash("<identity>", SeedWord);
    private static readonly uint HomonymHash = Hash("<homonym>", SeedWord);

    /// <param name="naming">When given, receives the positions in <paramref name="into"/> of the features that only say a
    /// group is named: the masked name, its lexicon category and the word pairs it is part of ("a ⟨group⟩", "⟨group⟩
    /// person"). Skip-patterns ("kill ⟨group⟩") are never among them.</param>
    public static void Extract(NormalizedText text, Lexicon lexicon, int dimension, List<Feature> into, List<int>? naming = null)
    {
        into.Clear();
        var mask = (uint)(dimension - 1);
        var count = Math.Min(text.TokenCount, MaxTokens);
        Span<bool> negated = stackalloc bool[count]; // count ≤ MaxTokens
        MarkNegation(text, count, negated);
        Span<bool> reported = stackalloc bool[count];
        Span<bool> reportedGroup = stackalloc bool[count];
        MarkReported(text, lexicon, count, reported, reportedGroup);
        var prevHash = 0u;
        var prevIdentity = false;
        for (var i = 0; i < count; i++)
        {
            var tok = text.TokenText(i);

            // A slur or swear word in its innocent sense ("a faggot of sticks", "the dyke held back the sea") is a
            // neutral placeholder: no category, no character grams (Homonyms).
            var innocent = Homonyms.IsInnocent(text, i);
            var category = innocent ? LexiconCategory.None : lexicon.Category(tok);

            // Identity terms are masked: every group name hashes to the same placeholder and has no character
            // grams, so the model cannot learn that one group's name is toxic (the hate-speech sources would
            // otherwise teach exactly that); what it learns is the attacking context around any group.
            var identity = category == LexiconCategory.Identity;
            var wordHash = identity ? IdentityHash : innocent ? HomonymHash : Hash(tok, SeedWord);

            // A word in a negation's scope is a different feature ("not hate" ≠ "hate"): "I do not hate X"
            // must not inherit the weight "I hate X" earns. Character grams stay shared (spelling, not meaning).
            var featureHash = negated[i] ? Mix(wordHash ^ SeedNegated) : wordHash;
            featureHash = reported[i] ? Mix(featureHash ^ SeedReported) : featureHash;

            // A run of group names ("african american queer woman") counts once, not once per word: each masked
            // word's weight is the bias BPSN measures, so four of them in a row made a kind sentence toxic.
            var repeatedIdentity = identity && prevIdentity;
            if (!repeatedIdentity)
            {
                if (identity)
                {
                    naming?.Add(into.Count);
                }

                into.Add(new Feature((int)(featureHash & mask), 1f, i, i));
            }

            // "the <group>" is no feature: masked, it is the same pair for "the Jews" in a hate forum and "the
            // refugees fled" in a news report, and it learnt the forum's reading (1.4 log-odds of TOXICITY: "The
            // refugees fled to Poland with nothing." scored 0.82). What is said about the group still counts.
            var theGroup = identity && i > 0 && text.TokenText(i - 1) is "the";
            if (i > 0 && !repeatedIdentity && !theGroup)
            {
                if (identity || prevIdentity)
                {
                    naming?.Add(into.Count);
                }

                into.Add(new Feature((int)(Mix((prevHash * 31) ^ featureHash ^ SeedBigram) & mask), 1f, i - 1, i));
            }

            prevHash = featureHash;
            prevIdentity = identity;
            if (!identity && !innocent)
            {
                AddCharGrams(tok, i, mask, into);
            }

            if (category is not LexiconCategory.None)
            {
                if (!repeatedIdentity)
                {
                    var lex = SeedLex + (uint)category + (negated[i] ? SeedNegated : 0u) + (reported[i] ? SeedReported : 0u);
                    if (identity)
                    {
                        naming?.Add(into.Count);
                    }

                    into.Add(new Feature((int)(Mix(lex) & mask), 1f, i, i));
                }

                // A run of group names also takes part in each skip-pattern once: the hostile verb before its first
                // word, the attacking word after its last.
                var lastOfRun = !identity || i + 1 >= count || lexicon.Category(text.TokenText(i + 1)) != LexiconCategory.Identity;
                AddSkipPatterns(text, lexicon, i, category, count, negated, reportedGroup[i], firstOfRun: !repeatedIdentity,
                    lastOfRun, mask, into);
            }
            else if (ThreatIntent.IsPhrasalViolence(text, i, count))
            {
                AddThreatIntent(text, lexicon, i, count, negated[i], mask, into);
            }
        }
    }

    /// <summary>
    /// Marks up to three tokens after a negator ("not", "never", "no one", "don't" — which tokenises as "don"
    /// "t") as negated, stopping at punctuation or "but": the classic sentiment-analysis scope heuristic. The
    /// "one" of "no one" is part of the negator, not of its scope.
    /// </summary>
    private static void MarkNegation(NormalizedText text, int count, Span<bool> negated)
    {
        var left = 0;
        var previousEnd = -1;
        var original = text.Original;
        for (var i = 0; i < count; i++)
        {
            var (begin, end) = text.TokensToOriginal(i, i);
            var tok = text.TokenText(i);
            if (left > 0 && ((previousEnd >= 0 && begin > previousEnd
                    && original.AsSpan(previousEnd, begin - previousEnd).IndexOfAny(".,;:!?()\n") >= 0) || tok is "but"))
            {
                left = 0;
            }

            previousEnd = Math.Max(previousEnd, end);
            if (IsNegator(tok, i > 0 ? text.TokenText(i - 1) : default) || (tok is "one" && i > 0 && text.TokenText(i - 1) is "no"))
            {
                left = 3;
                continue;
            }

            negated[i] = left > 0;
            left = Math.Max(0, left - 1);
        }
    }

    /// <summary>
    /// Marks the words after a reported group name ("stop calling Xs <b>disgusting</b>", "if you think Xs are
    /// <b>inferior</b>") up to the first attacking word in the group pattern's window: a mention of the attack, so
    /// they hash apart like negated words (the attacking word's own weight would otherwise flag the counter-speech).
    /// <paramref name="reportedGroup"/> marks the reported group names themselves, for the group pattern.
    /// </summary>
    private static void MarkReported(NormalizedText text, Lexicon lexicon, int count, Span<bool> reported, Span<bool> reportedGroup)
    {
        for (var i = 0; i < count; i++)
        {
            if (lexicon.Category(text.TokenText(i)) != LexiconCategory.Identity
                || (i > 0 && lexicon.Category(text.TokenText(i - 1)) == LexiconCategory.Identity)
                || !ReportedSpeech.IsReported(text, i))
            {
                continue;
            }

            var last = i;
            while (last + 1 < count && lexicon.Category(text.TokenText(last + 1)) == LexiconCategory.Identity)
            {
                last++;
            }

            reportedGroup[i..(last + 1)].Fill(true);
            for (var j = last + 1; j < Math.Min(count, last + 7); j++)
            {
                if (IsAttacking(lexicon.Category(text.TokenText(j))))
                {
                    reported[(last + 1)..(j + 1)].Fill(true);
                    break;
                }
            }

            i = last;
        }
    }

    // After the group run starting at i (and a person noun): "being killed", "getting bombed", "get hurt".
    private static bool HarmDoneTo(NormalizedText text, Lexicon lexicon, int i, int count)
    {
        var k = i;
        while (k < count && lexicon.Category(text.TokenText(k)) is LexiconCategory.Identity)
        {
            k++;
        }

        if (k < count && ThreatIntent.IsPersonNoun(text.TokenText(k)))
        {
            k++;
        }

        return k + 1 < count && text.TokenText(k) is "being" or "getting" or "get" or "gets" or "got"
               && text.TokenText(k + 1) is "killed" or "murdered" or "bombed" or "shot" or "attacked" or "beaten" or "hurt" or "deported"
                   or "persecuted" or "slaughtered" or "tortured" or "raped" or "abused" or "harassed" or "targeted" or "starved"
                   or "displaced" or "mistreated" or "discriminated" or "massacred" or "blamed" or "demonised" or "demonized";
    }

    /// <summary>A negating word; <paramref name="previous"/> tells the "t" of "don't" from other "t"s.</summary>
    internal static bool IsNegator(ReadOnlySpan<char> tok, ReadOnlySpan<char> previous) =>
        tok is "not" or "no" or "never" or "nobody" or "noone" or "neither" or "nor" or "cannot" or "dont"
            or "doesnt" or "didnt" or "isnt" or "arent" or "wasnt" or "werent" or "cant" or "wont" or "shouldnt"
            or "wouldnt" or "couldnt" or "aint"
        || (tok is "t" && previous.Length > 1 && previous[^1] == 'n'); // don't, isn't, can't, won't

    private static void AddSkipPatterns(NormalizedText text, Lexicon lexicon, int i, LexiconCategory category,
        int count, ReadOnlySpan<bool> negated, bool reported, bool firstOfRun, bool lastOfRun, uint mask, List<Feature> into)
    {
        if (category is LexiconCategory.Identity)
        {
            // "<group> are vermin", "<group> should be shot", "why do <group> have to be so disgusting": an identity
            // word up to six words before an attacking word (four missed the question shapes; validation agreed).
            // Counter-speech ("stop calling <group> vermin", "'<group> are scum'") names the pattern without making
            // it: reported, it hashes apart.
            for (var j = i + 1; lastOfRun && j < Math.Min(count, i + 7); j++)
            {
                var c = lexicon.Category(text.TokenText(j));
                if (IsAttacking(c))
                {
                    var seed = SeedGroup + (uint)c + (negated[j] ? SeedNegated : 0u) + (reported ? SeedReported : 0u);
                    into.Add(new Feature((int)(Mix(seed) & mask), 1f, i, j));
                    break;
                }
            }

            // "I despise <group>", "we all hate <group>": a hostile verb whose object is a group; not "I hate <group>
            // being killed for nothing", whose object is the harm done to them. Quoted or reported ('someone scrawled "I
            // hate Xs" on the bus stop') it hashes apart, as the group pattern does.
            for (var j = i - 1; firstOfRun && !HarmDoneTo(text, lexicon, i, count) && j >= Math.Max(0, i - 4); j--)
            {
                if (lexicon.Category(text.TokenText(j)) is LexiconCategory.Hostile)
                {
                    into.Add(new Feature((int)(Mix(SeedHostile + (negated[j] ? SeedNegated : 0u) + (reported ? SeedReported : 0u)) & mask), 1f, j, i));
                    break;
                }
            }

            return;
        }

        if (category is LexiconCategory.Threat)
        {
            AddThreatIntent(text, lexicon, i, count, negated[i], mask, into);
            return;
        }

        if (category is LexiconCategory.Hostile)
        {
            return;
        }

        for (var j = Math.Max(0, i - 4); j < i; j++)
        {
            // "you … <insult>", unless a group name stands between: "if you think Xs are inferior" insults the group
            // (that pattern is the group's), not the reader.
            if (text.TokenText(j) is "you" or "your" or "youre" or "u" or "ur" or "ya" && !GroupBetween(text, lexicon, j, i))
            {
                into.Add(new Feature((int)(Mix(SeedYou + (uint)category + (negated[i] ? SeedNegated : 0u)) & mask), 1f, j, i));
                break;
            }
        }
    }

    /// <summary>The words the group pattern looks for after a group name.</summary>
    private static bool IsAttacking(LexiconCategory c) => c is LexiconCategory.Dehumanising or LexiconCategory.Threat
        or LexiconCategory.Insult or LexiconCategory.Slur or LexiconCategory.Hostile;

    private static bool GroupBetween(NormalizedText text, Lexicon lexicon, int from, int to)
    {
        for (var k = from + 1; k < to; k++)
        {
            if (lexicon.Category(text.TokenText(k)) == LexiconCategory.Identity)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first token of the run of group names that ends at <paramref name="last"/>.</summary>
    internal static int RunStart(NormalizedText text, Lexicon lexicon, int last)
    {
        var first = last;
        while (first > 0 && lexicon.Category(text.TokenText(first - 1)) == LexiconCategory.Identity)
        {
            first--;
        }

        return first;
    }

    private static void AddThreatIntent(NormalizedText text, Lexicon lexicon, int verb, int count, bool negated,
        uint mask, List<Feature> into)
    {
        // Negation hashes apart (the model learns "I will never hurt you"); an idiom is no intent at all.
        if (ThreatIntent.Match(text, lexicon, verb, count) is var (subject, target) && !ThreatIntent.IsIdiom(text, verb, target, count))
        {
            into.Add(new Feature((int)(Mix(SeedIntent + (negated ? SeedNegated : 0u)) & mask), 1f, subject, target));
        }
    }

    private static void AddCharGrams(ReadOnlySpan<char> tok, int position, uint mask, List<Feature> into)
    {
        if (tok.Length == 0 || char.IsDigit(tok[0]))
        {
            return;
        }

        var len = Math.Min(tok.Length, MaxCharGramToken);
        var padded = len + 2; // '<' token '>'
        var grams = 0;
        for (var n = 3; n <= 5; n++)
        {
            grams += Math.Max(0, padded - n + 1);
        }

        // Each token's character grams together weigh about as much as its word feature.
        var value = 1f / MathF.Sqrt(Math.Max(grams, 1));
        for (var n = 3; n <= 5; n++)
        {
            for (var s = 0; s + n <= padded; s++)
            {
                var h = 2166136261u ^ SeedChar ^ (uint)n;
                for (var k = s; k < s + n; k++)
                {
                    var c = k == 0 ? '<' : k == padded - 1 ? '>' : tok[k - 1];
                    h = (h ^ c) * 16777619u;
                }

                into.Add(new Feature((int)(Mix(h) & mask), value, position, position));
            }
        }
    }

    public static uint Hash(ReadOnlySpan<char> s, uint seed)
    {
        var h = 2166136261u ^ seed;
        foreach (var c in s)
        {
            h = (h ^ c) * 16777619u;
        }

        return Mix(h);
    }

    private static uint Mix(uint h)
    {
        h ^= h >> 16;
        h *= 0x85EBCA6Bu;
        h ^= h >> 13;
        h *= 0xC2B2AE35u;
        h ^= h >> 16;
        return h;
    }
}
