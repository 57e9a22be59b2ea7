namespace Parley.Classifier.Text;

/// <summary>
/// Turns raw text into the canonical token stream shared by the model and the word lists, undoing common
/// obfuscation (compatibility forms, diacritics, homoglyphs, zero-width/bidi characters, leetspeak, masked and
/// spaced-out letters, stretched letters, one dropped or swapped letter in a lexicon word, symbols drawn as letters,
/// two v's for a w, a group's name split by punctuation, shorthand and far spellings), while keeping a map
/// from each normalised character to the original text so spans can be reported in original offsets.
/// Stateless and thread-safe.
/// </summary>
public sealed partial class TextNormalizer
{
    private readonly Lexicon _lexicon;

    public TextNormalizer(Lexicon lexicon) => _lexicon = lexicon;

    public static TextNormalizer Default { get; } = new(Lexicon.Default);

    public Lexicon Lexicon => _lexicon;

    public NormalizedText Normalize(string text, TextKind kind = TextKind.Comment)
    {
        // Per-thread scratch buffers keep the hot path nearly allocation-free; only the result is allocated.
        var scratch = t_scratch ??= new Scratch();
        var raw = scratch.Raw;
        var output = scratch.Output;
        var work = scratch.Work;
        var pieces = scratch.Pieces;
        var tokens = scratch.Tokens;
        raw.Clear();
        output.Clear();
        pieces.Clear();
        tokens.Clear();
        FoldCharacters(text, kind, raw);
        SplitPieces(raw, pieces, _lexicon);
        for (var i = 0; i < pieces.Count; i++)
        {
            work.Clear();
            var run = SpacedLetterRun(pieces, i);
            for (var k = i; k < i + run; k++)
            {
                work.AppendFrom(raw, pieces[k].Start, pieces[k].End);
            }

            i += run - 1;
            TransformToken(work);
            if (work.Count == 0)
            {
                continue;
            }

            // "what a m o r o n", "u b i t c h", "a b i t c h i swear": a single-letter word before or after a
            // spaced-out word joins the run. When the whole run is no known word but the run without that letter
            // (or those letters) is, they stand alone.
            if (run >= 4 && !_lexicon.IsKnown(work.Span) && !EnglishWords.IsWordOrInflection(work.Span) // "g a s s e d" is "gassed"
                && (SplitRunEnds(raw, pieces, i - run + 1, i, 1, 0, output, tokens, scratch.Rest)
                    || SplitRunEnds(raw, pieces, i - run + 1, i, 0, 1, output, tokens, scratch.Rest)
                    || (run >= 5 && SplitRunEnds(raw, pieces, i - run + 1, i, 1, 1, output, tokens, scratch.Rest))))
            {
                continue;
            }

            if (run == 1 && i + 1 < pieces.Count && JoinNext(raw, pieces, i, work, scratch.Rest))
            {
                i++;
            }

            // Glued words ("youareanidiot") become separate tokens, each keeping its own original offsets; an
            // abbreviation of an attack ("kys") becomes its words, each mapped to the whole abbreviation.
            var segments = Shorthand(work) ?? WordSegmenter.Segment(work.Span, _lexicon);
            var from = 0;
            foreach (var length in segments ?? [work.Count])
            {
                AddToken(output, tokens, work, from, from + length);
                from += length;
            }
        }

        var result = new NormalizedText(text, output.ToString(), output.StartArray(), output.EndArray(), [.. tokens]);
        if (raw.Chars.Length > MaxRetainedScratch)
        {
            t_scratch = null; // one huge text must not pin megabytes per thread
        }

        return result;
    }

    /// <summary>
    /// The spaced run pieces[first..last] without <paramref name="dropFirst"/> letters at its start and
    /// <paramref name="dropLast"/> at its end: when that is a known word, adds the dropped letters and the word as
    /// tokens and returns true.
    /// </summary>
    private bool SplitRunEnds(CharBuffer raw, List<Piece> pieces, int first, int last, int dropFirst, int dropLast,
        CharBuffer output, List<NormToken> tokens, CharBuffer rest)
    {
        rest.Clear();
        for (var k = first + dropFirst; k <= last - dropLast; k++)
        {
            rest.AppendFrom(raw, pieces[k].Start, pieces[k].End);
        }

        TransformToken(rest);
        if (!_lexicon.IsKnown(rest.Span))
        {
            return false;
        }

        if (dropFirst > 0)
        {
            AddToken(output, tokens, raw, pieces[first].Start, pieces[first].End);
        }

        AddToken(output, tokens, rest, 0, rest.Count);
        if (dropLast > 0)
        {
            AddToken(output, tokens, raw, pieces[last].Start, pieces[last].End);
        }

        return true;
    }

    /// <summary>
    /// Reads the next piece into this token when the two are one disguised word: a swear word split in two
    /// ("a$$ hole", "bull shit", "a-hole": the joined word is an offensive lexicon word or shorthand, and one half
    /// is a lexicon word or the gap is not a plain space). Also turns an "f" before the pronoun it swears at into
    /// "fuck" ("go f yourself"), leaving the pronoun to be read as the next token.
    /// </summary>
    private bool JoinNext(CharBuffer raw, List<Piece> pieces, int i, CharBuffer work, CharBuffer rest)
    {
        var next = pieces[i + 1];
        var gap = raw.Chars.AsSpan(pieces[i].End, next.Start - pieces[i].End);
        // A full stop joins only on its own ("bull.shit"): with a space it ends a sentence ("a bull. Shit happens").
        if (gap.Length is 0 or > 2 || gap.ContainsAnyExcept(JoinGaps) || (gap.Contains('.') && gap.Length > 1)
            || SpacedLetterRun(pieces, i + 1) > 1)
        {
            return false;
        }

        var nextRaw = raw.Chars.AsSpan(next.Start, next.End - next.Start);
        if (work.Span is "f" && gap.Trim(' ').IsEmpty && s_fuckedPronouns.Contains(nextRaw))
        {
            work.ReplaceAll("fuck");
            return false; // the pronoun stays a word of its own
        }

        // Two words that spell one to dodge a filter: "sewer slide" (suicide), "kill ur self", "kill yo self"
        if (gap.Trim(' ').IsEmpty && s_splitWordsLookup.TryGetValue(work.Span, out var pair) && nextRaw.SequenceEqual(pair.Second))
        {
            work.AppendFrom(raw, next.Start, next.End);
            work.ReplaceAll(pair.Word);
            return true;
        }

        if (work.Count + nextRaw.Length > _lexicon.MaxWordLength || !_lexicon.IsProperPrefix(work.Span))
        {
            return false;
        }

        rest.Clear();
        rest.AppendFrom(raw, next.Start, next.End);
        TransformToken(rest);
        var firstIsWord = _lexicon.Contains(work.Span);
        var count = work.Count;
        work.AppendFrom(rest, 0, rest.Count);
        var category = _lexicon.Category(work.Span);
        var offensive = category is LexiconCategory.Profanity or LexiconCategory.Insult
            or LexiconCategory.Slur or LexiconCategory.Dehumanising || s_shorthandLookup.ContainsKey(work.Span);
        var marked = gap.Trim(' ').Length > 0;
        if (offensive && (firstIsWord || _lexicon.Contains(rest.Span) || marked))
        {
            return true;
        }

        // A group's name broken by a hyphen, dot or underscore to slip past a filter ("Mus-lims", "J.ews"): joined it
        // is the same name, so a civil "non-binary" or "fe-male" reads as it means too. A plain space does not join
        // ("Jew ish"), nor an apostrophe ("a Tamil's legs" is no "Tamils").
        if (category == LexiconCategory.Identity && gap.IndexOfAny("-._") >= 0)
        {
            return true;
        }

        work.Truncate(count);
        return false;
    }

    private static readonly Dictionary<string, (string Second, string Word)>.AlternateLookup<ReadOnlySpan<char>> s_splitWordsLookup =
        new Dictionary<string, (string Second, string Word)>(StringComparer.Ordinal)
        {
            ["sewer"] = ("slide", "suicide"),
            ["ur"] = ("self", "yourself"),
            ["yo"] = ("self", "yourself"),
        }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly System.Buffers.SearchValues<char> JoinGaps = System.Buffers.SearchValues.Create(" -_.'");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_fuckedPronouns =
        new HashSet<string>(["off", "you", "u", "ya", "yourself", "urself", "yourselves", "him", "her", "them", "me"],
            StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Abbreviations of attacks, and spellings of swear words too far from the lexicon word for the one-letter
    // repair ("phuck", "fuq"); each becomes the words it stands for.
    private static readonly Dictionary<string, string[]> s_shorthand = new(StringComparer.Ordinal)
    {
        ["kys"] = ["kill", "yourself"],
        ["stfu"] = ["shut", "the", "fuck", "up"],
        ["gtfo"] = ["get", "the", "fuck", "out"],
        ["foad"] = ["fuck", "off", "and", "die"],
        ["urself"] = ["yourself"],
        ["fuk"] = ["fuck"],
        ["fuq"] = ["fuck"],
        ["fck"] = ["fuck"],
        ["phuck"] = ["fuck"],
        ["phuk"] = ["fuck"],
        ["phuq"] = ["fuck"],
        ["fukk"] = ["fuck"],
        ["kunt"] = ["cunt"], // a 'k' for a 'c' in a four-letter word: too near other words for the repair's rules
        ["kunts"] = ["cunts"],
        ["azz"] = ["ass"],
        ["fukin"] = ["fuckin"],
        ["fuking"] = ["fucking"],
        ["fcking"] = ["fucking"],
        ["phucking"] = ["fucking"],
        ["biatch"] = ["bitch"],
        ["beyotch"] = ["bitch"],
        ["mofo"] = ["motherfucker"],
        ["ahole"] = ["asshole"],
        ["kil"] = ["kill"],
        ["h8"] = ["hate"],
        ["beeyotch"] = ["bitch"],
        ["bullsheet"] = ["bullshit"],
        ["joos"] = ["jews"],
        ["jooz"] = ["jews"],
        ["mozlem"] = ["muslim"], // spellings of group names too far for the one-letter repair
        ["mozlems"] = ["muslims"],
        ["moslem"] = ["muslim"],
        ["moslems"] = ["muslims"],
        ["mooslim"] = ["muslim"],
        ["mooslims"] = ["muslims"],
        ["blaq"] = ["black"],
        ["stoopid"] = ["stupid"],
        ["stoopit"] = ["stupid"],
        ["idjit"] = ["idiot"],
        ["idjits"] = ["idiots"],
        ["unalive"] = ["kill"], // a video platforms' euphemism: "go unalive yourself"
        ["unalived"] = ["killed"],
        ["unaliving"] = ["killing"],
        ["aholes"] = ["assholes"],
    };

    // Emoji used as insults or slurs in comments, read as the word (mapped to the emoji's own offsets).
    private static readonly Dictionary<int, string> s_emojiWords = new()
    {
        [0x1F921] = "clown",
        [0x1F4A9] = "shit",
        [0x1F595] = "fuck",
        [0x1F400] = "rat",
        [0x1F401] = "rat",
        [0x1F437] = "pig",
        [0x1F416] = "pig",
        [0x1F412] = "monkey",
        [0x1F435] = "monkey",
        [0x1F98D] = "ape",
        [0x1FAB3] = "cockroach",
    };

    private static readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> s_shorthandLookup =
        s_shorthand.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Replaces a shorthand ("kys", "phuck") in <paramref name="work"/> by its words; their lengths, or null.</summary>
    private static int[]? Shorthand(CharBuffer work)
    {
        if (work.Count is < 2 or > 8 || !s_shorthandLookup.TryGetValue(work.Span, out var words))
        {
            return null;
        }

        work.ReplaceAll(string.Concat(words));
        return [.. words.Select(w => w.Length)];
    }

    private static void AddToken(CharBuffer output, List<NormToken> tokens, CharBuffer source, int from, int to)
    {
        if (tokens.Count > 0)
        {
            var prev = output.Count - 1;
            output.Add(' ', output.End[prev], output.End[prev]);
        }

        tokens.Add(new NormToken(output.Count, to - from));
        output.AppendFrom(source, from, to);
    }

    /// <summary>Step 1: per code point, drop invisible characters, fold compatibility forms and case.</summary>
    private static void FoldCharacters(string text, TextKind kind, CharBuffer raw)
    {
        var prevLower = false;
        var prevUpper = false;
        for (var i = 0; i < text.Length;)
        {
            int cp;
            var len = 1;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                cp = char.ConvertToUtf32(text[i], text[i + 1]);
                len = 2;
            }
            else
            {
                cp = text[i];
            }

            if (CharFolding.IsIgnorable(cp))
            {
                i += len;
                continue;
            }

            // Display names are often CamelCase ("HateAllX"): a lower→upper step is a word break, and so is the last
            // capital of a run before a lower-case letter ("IHateX", "KKKRules").
            var upper = len == 1 && char.IsUpper(text[i]);
            if (kind == TextKind.DisplayName && upper
                && (prevLower || (prevUpper && i + 1 < text.Length && char.IsLower(text[i + 1]))))
            {
                raw.Add(' ', i, i);
            }

            prevLower = len == 1 && char.IsLower(text[i]);
            prevUpper = upper;
            var folded = CharFolding.Fold(cp);
            if (folded is not null)
            {
                foreach (var c in folded)
                {
                    raw.Add(c, i, i + len);
                }
            }
            else if (len == 2)
            {
                // Emoji and other astral symbols separate words; the few used as insults become the word.
                raw.Add(' ', i, i + len);
                if (s_emojiWords.TryGetValue(cp, out var word))
                {
                    foreach (var c in word)
                    {
                        raw.Add(c, i, i + len);
                    }

                    raw.Add(' ', i, i + len);
                }
            }
            else
            {
                raw.Add(SymbolLetter(text, i) is var letter and not '\0' ? letter : CharFolding.Lower(text[i]), i, i + 1);
            }

            i += len;
        }
    }

    /// <summary>
    /// A symbol drawn as a letter inside a word ("di©k", "€vil", "id¡ot"): the letter when a letter follows and no
    /// digit comes before ("©2024", "5€" stay signs); the inverted "¡" only after a letter too ("¡Hola").
    /// </summary>
    private static char SymbolLetter(string text, int i)
    {
        var letter = text[i] switch
        {
            '©' or '¢' => 'c',
            '®' => 'r',
            '€' => 'e',
            '¡' => 'i',
            '¥' => 'y',
            _ => '\0',
        };
        if (letter == '\0' || i + 1 >= text.Length || !char.IsLetter(text[i + 1]))
        {
            return '\0';
        }

        var before = i > 0 ? text[i - 1] : ' ';
        return char.IsDigit(before) || (text[i] == '¡' && !char.IsLetter(before)) ? '\0' : letter;
    }

    private static bool IsLeet(char c) => c is '0' or '1' or '3' or '4' or '5' or '7' or '9' or '@' or '$' or '!' or '|';

    private static bool IsMask(char c) => c is '*' or '#';

    private static bool IsPieceChar(char c) => char.IsLetterOrDigit(c) || IsLeet(c) || IsMask(c);

    // "bi+ch", "b!+ch": '+' is a 't' only inside a word, with a letter on at least one side and a letter or a
    // leet symbol on the other ("c++", "1+1" and "A+" keep their meaning).
    private static bool IsPlusForT(CharBuffer raw, int i)
    {
        if (raw.Chars[i] != '+' || i == 0 || i + 1 >= raw.Count)
        {
            return false;
        }

        var (before, after) = (raw.Chars[i - 1], raw.Chars[i + 1]);
        return (char.IsLetter(before) && (char.IsLetter(after) || IsLeet(after)))
            || (char.IsLetter(after) && IsLeet(before));
    }

    /// <summary>Step 2: maximal runs of word characters (letters, digits, leet symbols, masks), trimmed.</summary>
    private static void SplitPieces(CharBuffer raw, List<Piece> pieces, Lexicon lexicon)
    {
        var i = 0;
        while (i < raw.Count)
        {
            if (!IsPieceChar(raw.Chars[i]))
            {
                i++;
                continue;
            }

            var a = i;
            while (i < raw.Count && (IsPieceChar(raw.Chars[i]) || IsPlusForT(raw, i)))
            {
                i++;
            }

            var b = i;
            while (a < b && !(char.IsLetterOrDigit(raw.Chars[a]) || raw.Chars[a] is '@' or '$' or '*'))
            {
                a++;
            }

            // A trailing "$$" is leet ("a$$", "cla$$"); a single trailing '$' is a currency sign ("US$").
            while (b > a && !(char.IsLetterOrDigit(raw.Chars[b - 1]) || raw.Chars[b - 1] == '*'
                              || (raw.Chars[b - 1] == '$' && b - 2 >= a && raw.Chars[b - 2] == '$')))
            {
                b--;
            }

            var letters = 0;
            var digits = 0;
            for (var k = a; k < b; k++)
            {
                letters += char.IsLetter(raw.Chars[k]) ? 1 : 0;
                digits += char.IsDigit(raw.Chars[k]) ? 1 : 0;
            }

            if (letters > 0 || (digits > 0 && digits == b - a) || IsSymbolWord(raw.Chars.AsSpan(a, b - a), lexicon))
            {
                pieces.Add(new Piece(a, b, letters == 1 && b - a == 1));
            }
        }
    }

    /// <summary>A word written in symbols only ("@$$"): a leet symbol that is no digit, and a lexicon word once read.</summary>
    private static bool IsSymbolWord(ReadOnlySpan<char> piece, Lexicon lexicon)
    {
        if (piece.Length is < 2 or > 8 || piece.IndexOfAny(LeetSymbols) < 0)
        {
            return false;
        }

        Span<char> read = stackalloc char[piece.Length];
        for (var k = 0; k < piece.Length; k++)
        {
            if (!IsLeet(piece[k]))
            {
                return false;
            }

            read[k] = FromLeet(piece[k]);
        }

        return lexicon.IsKnown(read);
    }

    private static readonly System.Buffers.SearchValues<char> LeetSymbols = System.Buffers.SearchValues.Create("@$!|");

    /// <summary>Step 3: "b u l l s h i t" / "f.u.c.k": three or more single letters with short gaps join.</summary>
    private static int SpacedLetterRun(List<Piece> pieces, int i)
    {
        if (!pieces[i].SingleLetter)
        {
            return 1;
        }

        var j = i + 1;
        while (j < pieces.Count && pieces[j].SingleLetter && pieces[j].Start - pieces[j - 1].End <= 3)
        {
            j++;
        }

        return j - i >= 3 ? j - i : 1;
    }

    private readonly record struct Piece(int Start, int End, bool SingleLetter);

    private const int MaxRetainedScratch = 1 << 16;

    [ThreadStatic]
    private static Scratch? t_scratch;

    private sealed class Scratch
    {
        public readonly CharBuffer Raw = new(256);
        public readonly CharBuffer Output = new(256);
        public readonly CharBuffer Work = new(32);
        public readonly CharBuffer Rest = new(32);
        public readonly List<Piece> Pieces = new(64);
        public readonly List<NormToken> Tokens = new(64);
    }
}
