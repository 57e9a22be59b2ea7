using Parley.Classifier.Text;

namespace Parley.Classifier.Training;

/// <summary>
/// `parley train --span-sentences W` (an experiment, off in the shipped model): the sentences of ToxicSpans training
/// comments that at least two raters judged threats, as THREAT rows for the head's shadow. The THREAT head is scored
/// as its most telling sentence, but learns from whole comments, so it cannot tell the threat's sentence from the gun
/// debate around it; here the sentence two raters' threat spans touch is a positive, and one no threat span touches
/// is a negative (one rater's: unknown). Validation THREAT AUC 0.878 → 0.879 / 0.881 and mean 0.9446 → 0.9448 /
/// 0.9452 at weight 1 / 4, test split unchanged (model card, "Threats read by the sentence").
/// </summary>
internal static class SpanSentences
{
    /// <summary>THREAT rows (every other label unknown) from the threat comments of the training split of <paramref name="examples"/>.</summary>
    public static List<Example> ThreatRows(IEnumerable<Example> examples, float weight)
    {
        const int H = (int)ToxicityLabel.Threat;
        var rows = new List<Example>();
        foreach (var e in examples.Where(e => e.Split == Split.Train && e.ThreatSpans is not null && e.Labels[H] == 1))
        {
            var sentences = SentenceSpans(e.Text);
            if (sentences.Count < 2)
            {
                continue; // the comment itself already says it
            }

            foreach (var (start, end) in sentences)
            {
                var raters = e.ThreatSpans!.Where(s => s.Start < end && s.End > start).Select(s => s.Rater).Distinct().Count();
                if (raters == 1)
                {
                    continue;
                }

                var labels = Example.Unknown();
                labels[H] = raters >= 2 ? 1 : 0;
                rows.Add(new Example(BlindRounds.TrainingSource, e.Text[start..end], labels, weight));
            }
        }

        return rows;
    }

    /// <summary>
    /// The sentences the classifier scores THREAT by (<see cref="Lexical.Sentences.Assign"/>, over the normalised tokens
    /// it reads), as (start, end) offsets of the original text from a sentence's first token to its last.
    /// </summary>
    internal static List<(int Start, int End)> SentenceSpans(string text)
    {
        var norm = TextNormalizer.Default.Normalize(text, TextKind.Comment);
        var tokens = Math.Min(norm.TokenCount, Lexical.Features.MaxTokens);
        var sentenceOf = new int[tokens];
        Lexical.Sentences.Assign(norm, tokens, sentenceOf);
        var spans = new List<(int, int)>();
        for (var first = 0; first < tokens;)
        {
            var last = first;
            while (last + 1 < tokens && sentenceOf[last + 1] == sentenceOf[first])
            {
                last++;
            }

            spans.Add(norm.TokensToOriginal(first, last));
            first = last + 1;
        }

        return spans;
    }
}
