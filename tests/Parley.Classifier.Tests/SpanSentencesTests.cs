using Parley.Classifier.Training;

namespace Parley.Classifier.Tests;

/// <summary>
/// `parley train --span-sentences` (an experiment) turns the ToxicSpans threat comments of the training split into
/// sentence rows for the THREAT head: the sentence two raters' threat spans touch is a threat, one that no span touches is
/// not, and one rater's sentence says nothing.
/// </summary>
public class SpanSentencesTests
{
    private const int H = (int)ToxicityLabel.Threat;
    private const string Text = "You voted for this.\nI will shoot you tomorrow! Have a nice day?";

    private static Example Comment(string text, float threat, Split split, params (int, int, string)[] spans)
    {
        var labels = Example.Unknown();
        labels[(int)ToxicityLabel.Toxicity] = 1;
        labels[H] = threat;
        return new Example("toxicspans", text, labels) { Split = split, ThreatSpans = spans };
    }

    [Fact]
    public void The_threat_sentence_is_a_threat_and_the_untouched_one_is_not()
    {
        var shoot = Text.IndexOf("shoot", StringComparison.Ordinal);
        var nice = Text.IndexOf("nice", StringComparison.Ordinal);
        var rows = SpanSentences.ThreatRows([Comment(Text, 1, Split.Train, (shoot, shoot + 5, "a"), (shoot - 7, shoot + 9, "b"), (nice, nice + 4, "c"))], 2f);

        Assert.Equal(["You voted for this", "I will shoot you tomorrow"], rows.Select(r => r.Text));
        Assert.Equal([0f, 1f], rows.Select(r => r.Labels[H]));
        Assert.All(rows, r =>
        {
            Assert.Equal(BlindRounds.TrainingSource, r.Source);
            Assert.Equal(2f, r.Weight);
            Assert.Equal(5, r.Labels.Count(float.IsNaN));
        });
    }

    [Fact]
    public void Only_threat_comments_of_the_training_split_with_two_sentences_give_rows()
    {
        var shoot = Text.IndexOf("shoot", StringComparison.Ordinal);
        (int, int, string)[] twoRaters = [(shoot, shoot + 5, "a"), (shoot, shoot + 5, "b")];
        Example[] none =
        [
            Comment(Text, 1, Split.Validation, twoRaters),
            Comment(Text, 1, Split.Test, twoRaters),
            Comment(Text, float.NaN, Split.Train, (shoot, shoot + 5, "a")),
            Comment("I will shoot you tomorrow", 1, Split.Train, (7, 12, "a"), (7, 12, "b")),
            new Example("wiki", Text, Example.AllZero(), civil: true) { Split = Split.Train },
        ];

        Assert.Empty(SpanSentences.ThreatRows(none, 1f));
    }

    [Fact]
    public void Sentences_are_the_ones_the_classifier_scores_by()
    {
        const string text = "Stop!! Now.\n\n... ok 1 f.u.c.k off";
        Assert.Equal(["Stop", "Now", "ok 1 f.u.c.k off"], SpanSentences.SentenceSpans(text).Select(s => text[s.Start..s.End]));
    }
}
