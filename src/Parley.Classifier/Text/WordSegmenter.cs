namespace Parley.Classifier.Text;

/// <summary>
/// Splits words glued together to dodge filters ("youareanidiot", "killallthe…", "allmuslimsareterrorists") into
/// lexicon words, common function words and, in splits of three parts or more, other common English words
/// (<see cref="EnglishWords"/>). Only a complete split that carries an attack counts (an attacking lexicon word, or
/// a group name among three parts or more), and a word that is itself a lexicon or common English word is never
/// split, which keeps ordinary long words intact ("therapist", "classic", "assassin", "Scunthorpe").
/// </summary>
internal static class WordSegmenter
{
    public const int MinLength = 7;

    private static readonly HashSet<string> s_glue = new(StringComparer.Ordinal)
    {
        "all", "the", "is", "are", "was", "were", "be", "a", "an", "to", "of", "and", "or", "i", "im", "we", "you",
        "your", "youre", "ur", "my", "our", "no", "not", "must", "should", "will", "go", "get", "out", "back", "home",
        "so", "such", "what", "this", "that", "he", "she", "his", "her", "it", "they", "them", "their", "every", "piece",
        "total", "complete", "little", "big", "off", "up", "shut", "hate", "love", "die", "dead", "kill", "people",
        "person", "folks", "deserve", "deserves", "useless", "drown", "rot", "yourself", "yourselves", "myself", "himself",
        "herself", "themselves", "u",
    };

    // Real compound words that happen to segment into lexicon words.
    private static readonly HashSet<string> s_keep = new(StringComparer.Ordinal)
    {
        "hangout", "hangouts", "shootout", "shootouts", "freakout", "backstab", "backstabbing", "backstabber",
        "cockburn", "killjoy", "hangover", "hangovers", "outburn", "dieback", "standout",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_glueLookup =
        s_glue.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_keepLookup =
        s_keep.GetAlternateLookup<ReadOnlySpan<char>>();

    // Cost of a part: ln(10 + frequency rank), so "are|a|cancer" beats "area|cancer" and a common word beats two
    // rare ones. Function words rank 0, lexicon words at most MaxLexiconRank (they are what a glued attack is made of).
    private const int MaxLexiconRank = 1000;

    // Common words from outside the lexicon must be among the most frequent and three letters or longer: the long
    // tail of the vocabulary is names and fragments ("tor", "ting", "cis", "ts") that split "transistor",
    // "endorsements" and "radient" into nonsense around a group name.
    private const int MaxCommonRank = 15000;
    private const int MinCommonLength = 3;

    // Word endings that are also vocabulary entries; as parts they cut a real word ("men|ing|itis", "ass|or|ted").
    private static readonly HashSet<string> s_endings = new(StringComparer.Ordinal)
    {
        "ing", "ings", "ted", "ers", "est", "ism", "isms", "ist", "ists", "ion", "ions", "ive", "ous", "ent", "ant",
        "ful", "ish", "ian", "ians", "ity", "ize", "ise", "ment", "ness", "less", "able", "ible", "ally", "ical", "ure",
        "age", "ance", "ence", "tion", "sion", "itis",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_endingsLookup =
        s_endings.GetAlternateLookup<ReadOnlySpan<char>>();

    // What a violent or hostile verb glued to its object is followed by ("burn|your|house", "kill|them"); "san|die|go"
    // and "pew|die|pie" are names.
    private static readonly HashSet<string> s_objects = new(StringComparer.Ordinal)
    {
        "you", "u", "ya", "your", "ur", "yourself", "yourselves", "them", "themselves", "him", "her", "all", "the",
        "every", "this", "these", "those", "their", "his",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_objectsLookup =
        s_objects.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Part lengths of the cheapest complete segmentation, or null when none carries an attack.</summary>
    public static int[]? Segment(ReadOnlySpan<char> word, Lexicon lexicon)
    {
        if (word.Length < MinLength)
        {
            return WriterGlued(word, lexicon);
        }

        if (word.Length > 48 || lexicon.Contains(word)
            || s_keepLookup.Contains(word) || EnglishWords.IsWordOrInflection(word))
        {
            return null;
        }

        Span<float> cost = stackalloc float[word.Length + 1];
        Span<int> last = stackalloc int[word.Length + 1];
        cost.Fill(float.PositiveInfinity);
        cost[0] = 0;
        for (var end = 1; end <= word.Length; end++)
        {
            for (var start = Math.Max(0, end - 16); start < end; start++)
            {
                if (float.IsPositiveInfinity(cost[start]))
                {
                    continue;
                }

                var rank = Rank(word[start..end], start, end == word.Length, lexicon);
                if (rank >= 0 && cost[start] + MathF.Log(10 + rank) < cost[end])
                {
                    cost[end] = cost[start] + MathF.Log(10 + rank);
                    last[end] = start;
                }
            }
        }

        if (float.IsPositiveInfinity(cost[word.Length]))
        {
            return null;
        }

        var lengths = Lengths(word.Length, last);
        return Carries(word, lengths, lexicon) ? lengths : null;
    }

    /// <summary>A part's frequency rank (0 for a function word), or -1 where it cannot be a part.</summary>
    private static int Rank(ReadOnlySpan<char> piece, int start, bool atEnd, Lexicon lexicon)
    {
        if (piece.Length == 1)
        {
            // "a|pathetic", "kill|i|an": single letters make too many false splits; "i|hate|…" opens a split, and
            // "is|a|whore" has its article inside (Carries checks that a lexicon word follows it).
            return (piece[0] == 'i' && start == 0) || (piece[0] == 'a' && start > 0 && !atEnd) ? 0 : -1;
        }

        if (s_glueLookup.Contains(piece))
        {
            return 0;
        }

        var rank = EnglishWords.Rank(piece);
        if (lexicon.Contains(piece))
        {
            return rank is > 0 and < MaxLexiconRank ? rank : MaxLexiconRank;
        }

        return rank is > 0 and <= MaxCommonRank && piece.Length >= MinCommonLength
                                  && !s_endingsLookup.Contains(piece) ? rank : -1;
    }

    // A split of lexicon and function words stands when it carries an attack: an attacking lexicon word, or a group
    // name among three parts or more ("disabledpeopleareuseless"; "blackout" stays whole). One that needs a common
    // word from outside both lists must have three parts or more, a function word, and stronger evidence: an insult,
    // slur, swear or dehumanising word of four letters or more (not the "ass" of "ass|or|ted"), a violent or hostile
    // verb right before its object ("burn|your|house"), or a
    // group name that opens the split or has four letters or more ("allmuslimsareterrorists"; not the "men" of
    // "test|a|men|ts"). So a name made of two words ("penis|tone") stays whole. An article must come before a lexicon
    // word ("is|a|whore"; not "homo|log|a|ted").
    private static bool Carries(ReadOnlySpan<char> word, int[] lengths, Lexicon lexicon)
    {
        if (lengths.Length < 2)
        {
            return false;
        }

        bool attack = false, strong = false, identity = false, namedGroup = false, glue = false, common = false;
        var strongParts = 0;
        var writerOpens = (lengths[0] == 1 && word[0] == 'i') || (lengths[0] == 2 && word.StartsWith("we"));
        var from = 0;
        for (var k = 0; k < lengths.Length; k++)
        {
            var part = word.Slice(from, lengths[k]);
            var next = k + 1 < lengths.Length ? word.Slice(from + lengths[k], lengths[k + 1]) : [];
            from += lengths[k];
            var category = lexicon.Category(part);
            if (part is "a" && (next.IsEmpty || lexicon.Category(next) is LexiconCategory.None or LexiconCategory.Identity))
            {
                return false;
            }

            attack |= category is not (LexiconCategory.None or LexiconCategory.Identity);
            var abusive = category is LexiconCategory.Profanity or LexiconCategory.Insult or LexiconCategory.Slur
                or LexiconCategory.Dehumanising && part.Length >= 4;
            strongParts += abusive ? 1 : 0;
            // A violent or hostile verb before its object, or a hostile verb ending a split that the writer opens
            // ("i|really|hate", "we|all|despise": the object is the next word of the text; not "i|got|kill", "is|this|over|kill").
            strong |= abusive || (category is LexiconCategory.Threat or LexiconCategory.Hostile && s_objectsLookup.Contains(next))
                      || (category is LexiconCategory.Hostile && next.IsEmpty && writerOpens);
            identity |= category == LexiconCategory.Identity;
            namedGroup |= category == LexiconCategory.Identity && (k == 0 || part.Length >= 4);
            var isGlue = part.Length == 1 || s_glueLookup.Contains(part);
            glue |= isGlue;
            common |= !isGlue && !lexicon.Contains(part);
        }

        // Two abusive words need no function word ("totally|worthless|trash"), nor does an abusive word after a degree
        // adverb ("absolutely|disgusting"): no English compound opens with "absolutely".
        return common
            ? (lengths.Length >= 3 && ((glue && (strong || namedGroup)) || strongParts >= 2))
              || (lengths.Length == 2 && strongParts == 1 && s_degreeLookup.Contains(word[..lengths[0]]))
            : attack || (lengths.Length >= 3 && identity) || GroupGlued(word, lengths, lexicon);
    }

    // Degree adverbs that a functional test suite's "missing word boundary" glues to the insult they intensify.
    private static readonly HashSet<string> s_degree = new(StringComparer.Ordinal)
    {
        "absolutely", "totally", "completely", "utterly", "really", "truly", "very", "extremely", "incredibly",
        "genuinely", "downright", "thoroughly",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_degreeLookup =
        s_degree.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// A word too short for a general split that is the writer glued to a verb of hatred ("Ihate", "wehate"): the
    /// only short split worth making, since short words split into nonsense ("item" → "i|tem").
    /// </summary>
    private static int[]? WriterGlued(ReadOnlySpan<char> word, Lexicon lexicon)
    {
        var writer = word.StartsWith("i") ? 1 : word.StartsWith("we") ? 2 : 0;
        return writer > 0 && word.Length - writer >= 4 && !EnglishWords.IsWordOrInflection(word)
               && lexicon.Category(word[writer..]) == LexiconCategory.Hostile
            ? [writer, word.Length - writer]
            : null;
    }

    // Two parts: a group name of four letters or more and the word a group phrase is built with ("gay|people",
    // "all|muslims", "muslims|are", "disabled|people"), which a functional test suite's "missing word boundary" glues;
    // splitting them says no more than the spaced words would. (A real word is never split: "blackout", "Whitehall".)
    private static bool GroupGlued(ReadOnlySpan<char> word, int[] lengths, Lexicon lexicon)
    {
        if (lengths.Length != 2)
        {
            return false;
        }

        var first = word[..lengths[0]];
        var second = word[lengths[0]..];
        return (lexicon.Category(first) == LexiconCategory.Identity && first.Length >= 4
                && second is "people" or "person" or "folks" or "are" or "is" or "were" or "should" or "must")
               || (first is "all" or "every" or "those" or "these" or "hate" or "kill" && lexicon.Category(second) == LexiconCategory.Identity
                   && second.Length >= 4);
    }

    // The parts' lengths, read back along the cheapest segmentation's last cuts.
    private static int[] Lengths(int length, ReadOnlySpan<int> last)
    {
        var count = 0;
        for (var end = length; end > 0; end = last[end])
        {
            count++;
        }

        var lengths = new int[count];
        for (int end = length, k = count - 1; end > 0; end = last[end], k--)
        {
            lengths[k] = end - last[end];
        }

        return lengths;
    }
}
