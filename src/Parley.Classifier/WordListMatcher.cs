using Parley.Classifier.Text;

namespace Parley.Classifier;

/// <summary>A site term found in a text: the term as the site wrote it, and its original UTF-16 range.</summary>
public readonly record struct TermMatch(string Term, int Begin, int End);

/// <summary>
/// Matches site-defined banned/suspect terms (words, phrases, trailing wildcards such as <c>idiot*</c>) against
/// the normalised token stream. Terms are normalised with the same <see cref="TextNormalizer"/> as the text, so
/// obfuscated spellings match. Matching is on whole tokens (a trie of tokens walked with hash lookups, linear in
/// the text like Aho–Corasick), which makes it Scunthorpe-safe: "ass" never matches inside "class". Immutable and
/// thread-safe once built; building 10,000 terms takes milliseconds, so rebuild it when a site edits its list.
/// </summary>
public sealed class WordListMatcher
{
    private readonly TextNormalizer _normalizer;
    private readonly Node _root = new();

    private WordListMatcher(TextNormalizer normalizer) => _normalizer = normalizer;

    public int TermCount { get; private set; }

    public static WordListMatcher Build(IEnumerable<string> terms) => Build(terms, TextNormalizer.Default);

    public static WordListMatcher Build(IEnumerable<string> terms, TextNormalizer normalizer)
    {
        var matcher = new WordListMatcher(normalizer);
        foreach (var term in terms)
        {
            matcher.Add(term);
        }

        return matcher;
    }

    public IReadOnlyList<TermMatch> Matches(string text) => Matches(_normalizer.Normalize(text));

    /// <summary>Matches over an already normalised text (lets the classifier and the matcher share the work).</summary>
    public IReadOnlyList<TermMatch> Matches(NormalizedText text)
    {
        List<TermMatch>? found = null;
        var count = text.TokenCount;
        for (var i = 0; i < count; i++)
        {
            Walk(text, i, 0, ref found);

            // "what a m o r o n" normalises to one token "amoron": also try the run without the leading "a"/"i".
            if (text.HasDetachableLeadingLetter(i))
            {
                Walk(text, i, 1, ref found);
            }
        }

        return found ?? (IReadOnlyList<TermMatch>)[];
    }

    /// <summary>Walks the trie from token <paramref name="i"/>, skipping <paramref name="skip"/> leading characters of it.</summary>
    private void Walk(NormalizedText text, int i, int skip, ref List<TermMatch>? found)
    {
        var count = text.TokenCount;
        var firstChar = text.Tokens[i].Start + skip;
        var node = _root;
        for (var j = i; j < count && node is not null; j++)
        {
            var token = j == i ? text.TokenText(j)[skip..] : text.TokenText(j);
            node.CollectWildcards(token, text, firstChar, j, ref found);
            node = node.Child(token);
            if (node?.Terms is { } terms)
            {
                var (b, e) = text.ToOriginal(firstChar, text.Tokens[j].End);
                foreach (var t in terms)
                {
                    (found ??= []).Add(new TermMatch(t, b, e));
                }
            }
        }
    }

    private void Add(string term)
    {
        var trimmed = term.Trim();
        var wildcard = trimmed.EndsWith('*');
        var body = wildcard ? trimmed.TrimEnd('*') : trimmed;
        var norm = _normalizer.Normalize(body);
        if (norm.TokenCount == 0)
        {
            return;
        }

        var node = _root;
        var last = norm.TokenCount - 1;
        for (var i = 0; i < last; i++)
        {
            node = node.GetOrAddChild(norm.TokenText(i).ToString());
        }

        var final = norm.TokenText(last).ToString();
        if (wildcard)
        {
            node.AddWildcard(final, term);
        }
        else
        {
            var leaf = node.GetOrAddChild(final);
            (leaf.Terms ??= []).Add(term);
        }

        TermCount++;
    }

    private sealed class Node
    {
        private Dictionary<string, Node>? _children;
        private Dictionary<string, List<string>>? _prefixes;
        private int[] _prefixLengths = [];

        public List<string>? Terms;

        public Node? Child(ReadOnlySpan<char> token) =>
            _children is not null && _children.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(token, out var n)
                ? n
                : null;

        public Node GetOrAddChild(string token)
        {
            _children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!_children.TryGetValue(token, out var node))
            {
                node = new Node();
                _children[token] = node;
            }

            return node;
        }

        public void AddWildcard(string prefix, string term)
        {
            _prefixes ??= new Dictionary<string, List<string>>(StringComparer.Ordinal);
            if (!_prefixes.TryGetValue(prefix, out var list))
            {
                list = [];
                _prefixes[prefix] = list;
                _prefixLengths = [.. _prefixLengths.Append(prefix.Length).Distinct().Order()];
            }

            list.Add(term);
        }

        public void CollectWildcards(ReadOnlySpan<char> token, NormalizedText text, int firstChar, int last,
            ref List<TermMatch>? found)
        {
            if (_prefixes is null)
            {
                return;
            }

            var lookup = _prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
            foreach (var len in _prefixLengths)
            {
                if (len > token.Length)
                {
                    break;
                }

                if (lookup.TryGetValue(token[..len], out var terms))
                {
                    var (b, e) = text.ToOriginal(firstChar, text.Tokens[last].End);
                    foreach (var t in terms)
                    {
                        (found ??= []).Add(new TermMatch(t, b, e));
                    }
                }
            }
        }
    }
}
