using System.Text.RegularExpressions;
using Parley.Classifier.Lexical;

namespace Parley.Classifier.Semantic;

/// <summary>
/// Spans for a flag the combined tier raises where the lexical tier has none to show: the embedding has no per-token
/// weights, so each word (or, in a long comment, each run of words) is left out in turn, the text embedded again, and
/// the words whose absence lowers the label's semantic log-odds most become its spans, with that drop as their
/// contribution (log-odds, like the lexical tier's). A moderator then sees which words the flag rests on ("breed like
/// rabbits") instead of an empty highlight. It costs one embedding per word, at most <see cref="MaxUnits"/>, so it runs
/// only when asked (<see cref="IToxicityClassifier.Explain"/>: moderation asks for the labels it acts on), never inside
/// <c>Score</c>, whose latency the Perspective endpoint depends on.
/// </summary>
internal static partial class Occlusion
{
    /// <summary>
    /// The most embeddings one explanation may cost, the whole text's included; a longer comment's words are cut into
    /// at most MaxUnits − 1 runs.
    /// </summary>
    internal const int MaxUnits = 32;

    /// <summary>
    /// Words past this are not occluded: MiniLM reads 256 tokens (about 1.3 a word), so leaving out a later word
    /// cannot change the score, and runs stretched over thousands of words would highlight whole paragraphs.
    /// </summary>
    internal const int MaxWords = 180;

    /// <summary>The most spans one label gets.</summary>
    internal const int MaxSpans = 3;

    /// <summary>
    /// Fills the span lists of <paramref name="labels"/> from word occlusion. <paramref name="logits"/> gives the six
    /// semantic log-odds of a text (one embedding): called for the whole text, then once per unit, and not at all for a
    /// text of one word.
    /// </summary>
    public static void Explain(string text, IReadOnlyList<int> labels, Func<string, float[]> logits, IReadOnlyList<SpanScore>[] into)
    {
        var units = Units(text);
        if (units.Count < 2 || labels.Count == 0)
        {
            return; // a one-word comment: the whole text is the flag, and no occlusion can say more
        }

        var full = logits(text);

        var drops = new float[units.Count][];
        for (var u = 0; u < units.Count; u++)
        {
            var (begin, end) = units[u];
            var without = string.Concat(text.AsSpan(0, begin), " ", text.AsSpan(end));
            var l = logits(without);
            drops[u] = new float[full.Length];
            for (var k = 0; k < full.Length; k++)
            {
                drops[u][k] = full[k] - l[k];
            }
        }

        foreach (var label in labels)
        {
            into[label] = Enumerable.Range(0, units.Count)
                .Where(u => drops[u][label] >= LexicalClassifier.SpanMinContribution)
                .OrderByDescending(u => drops[u][label]).Take(MaxSpans)
                .Select(u => new SpanScore(units[u].Begin, units[u].End, drops[u][label]))
                .OrderBy(s => s.Begin).ToList();
        }
    }

    /// <summary>
    /// The first <see cref="MaxWords"/> words of the original text (runs of non-space, outer punctuation trimmed),
    /// joined into at most MaxUnits − 1 runs.
    /// </summary>
    internal static List<(int Begin, int End)> Units(string text)
    {
        var words = new List<(int Begin, int End)>();
        foreach (Match m in WordRegex().Matches(text))
        {
            var (b, e) = (m.Index, m.Index + m.Length);
            while (b < e && IsOuterPunctuation(text[b]))
            {
                b++;
            }

            while (e > b && IsOuterPunctuation(text[e - 1]))
            {
                e--;
            }

            if (e > b)
            {
                words.Add((b, e));
                if (words.Count == MaxWords)
                {
                    break;
                }
            }
        }

        var per = (words.Count + MaxUnits - 2) / (MaxUnits - 1);
        if (per <= 1)
        {
            return words;
        }

        var runs = new List<(int Begin, int End)>();
        for (var i = 0; i < words.Count; i += per)
        {
            runs.Add((words[i].Begin, words[Math.Min(i + per, words.Count) - 1].End));
        }

        return runs;
    }

    // Masks and leet (@ss, f*ck, $hit) are word characters here; quotes, brackets and sentence punctuation are not.
    private static bool IsOuterPunctuation(char c) => c is '.' or ',' or '!' or '?' or ';' or ':' or '"' or '\'' or '(' or ')'
        or '[' or ']' or '“' or '”' or '‘' or '’' or '«' or '»' or '…';

    [GeneratedRegex(@"\S+")]
    private static partial Regex WordRegex();
}
