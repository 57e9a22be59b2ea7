using Parley.Classifier.Semantic;

namespace Parley.Classifier.Tests;

/// <summary>Word occlusion: the spans a flag of the combined tier's semantic half gets (<see cref="Occlusion"/>).</summary>
public class OcclusionTests
{
    [Fact]
    public void Words_keep_masks_and_leet_but_not_outer_punctuation()
    {
        const string text = "\"Hey, you f*ck-up... @ss!\"";
        var words = Occlusion.Units(text).Select(u => text[u.Begin..u.End]).ToList();
        Assert.Equal(["Hey", "you", "f*ck-up", "@ss"], words);
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("?! ... --", 1)] // "--" is no sentence punctuation: it stays a word
    [InlineData("I 😀 you!", 3)]
    public void Units_of_odd_texts(string text, int count)
    {
        var units = Occlusion.Units(text);
        Assert.Equal(count, units.Count);
        Assert.All(units, u => Assert.True(u.Begin < u.End && !char.IsLowSurrogate(text[u.Begin]) && !char.IsHighSurrogate(text[u.End - 1])));
    }

    [Fact]
    public void A_long_comment_is_cut_into_runs_that_leave_room_for_the_whole_texts_embedding()
    {
        var text = string.Join(' ', Enumerable.Range(0, 100).Select(i => "w" + i));
        var units = Occlusion.Units(text);
        Assert.InRange(units.Count, 2, Occlusion.MaxUnits - 1);
        Assert.Equal(0, units[0].Begin);
        Assert.Equal(text.Length, units[^1].End);
        Assert.All(units.Zip(units.Skip(1)), p => Assert.True(p.First.End < p.Second.Begin));
    }

    [Fact]
    public void Only_the_words_the_encoder_reads_are_occluded_however_long_the_comment()
    {
        var text = string.Join(' ', Enumerable.Range(0, 5000).Select(i => "w" + i));
        var units = Occlusion.Units(text);
        Assert.Equal(text.IndexOf("w" + (Occlusion.MaxWords - 1) + " ", StringComparison.Ordinal) + ("w" + (Occlusion.MaxWords - 1)).Length, units[^1].End);
        var calls = 0;
        IReadOnlyList<SpanScore>[] spans = [[], [], [], [], [], []];
        Occlusion.Explain(text, [0], t =>
        {
            calls++;
            return [t == text ? 1 : 0, 0, 0, 0, 0, 0];
        }, spans);
        Assert.InRange(calls, 3, Occlusion.MaxUnits); // the whole text's embedding and one per run
        Assert.Equal(units.Count + 1, calls);
        Assert.Equal(Occlusion.MaxSpans, spans[0].Count); // every run lowers it by 1: only the first MaxSpans are kept
    }

    [Fact]
    public void The_words_whose_absence_lowers_a_label_most_become_its_spans()
    {
        const string text = "They breed like rabbits, honestly.";
        // Label 0 rests on "rabbits" (3 log-odds) and a little on "breed" (0.5); label 1 on nothing; label 2 moves by
        // less than a lexical span's minimum contribution.
        float[] Logits(string t) =>
        [
            (t.Contains("rabbits", StringComparison.Ordinal) ? 3f : 0f) + (t.Contains("breed", StringComparison.Ordinal) ? 0.5f : 0f),
            1f,
            t.Contains("honestly", StringComparison.Ordinal) ? 0.2f : 0f,
            0, 0, 0,
        ];
        IReadOnlyList<SpanScore>[] spans = [[], [], [], [], [], []];
        Occlusion.Explain(text, [0, 1, 2], Logits, spans);
        Assert.Equal(["breed", "rabbits"], spans[0].Select(s => text[s.Begin..s.End]));
        Assert.Equal([0.5f, 3f], spans[0].Select(s => s.Contribution));
        Assert.Empty(spans[1]);
        Assert.Empty(spans[2]);
    }

    [Fact]
    public void A_one_word_text_gets_no_occlusion_spans()
    {
        IReadOnlyList<SpanScore>[] spans = [[], [], [], [], [], []];
        var calls = 0;
        Occlusion.Explain("vermin", [0], _ =>
        {
            calls++;
            return [5, 0, 0, 0, 0, 0];
        }, spans);
        Assert.Empty(spans[0]);
        Assert.Equal(0, calls); // not even the whole text is embedded
    }

    [Fact]
    public void The_combined_tier_shows_which_words_a_semantic_flag_rests_on()
    {
        IToxicityClassifier combined;
        try
        {
            combined = ToxicityClassifiers.LoadCombined();
        }
        catch (InvalidOperationException e) when (e.Message.Contains("not embedded", StringComparison.Ordinal))
        {
            Assert.Skip("models/semantic-heads.bin is not built: run `parley train --tier semantic`.");
            return;
        }

        const string text = "Those people breed like rabbits and take everything we built.";
        var result = combined.Score(text);
        Assert.True(result.IsFlagged(ToxicityLabel.IdentityAttack));
        Assert.Empty(result.Spans[(int)ToxicityLabel.IdentityAttack]); // no rule fired, so the lexical tier has no span

        var explained = combined.Explain(text, result, [ToxicityLabel.IdentityAttack]);
        var spans = explained.Spans[(int)ToxicityLabel.IdentityAttack];
        Assert.NotEmpty(spans);
        Assert.All(spans, s => Assert.True(s.Contribution >= Lexical.LexicalClassifier.SpanMinContribution));
        Assert.Contains("breed", spans.Select(s => text[s.Begin..s.End]));
        Assert.Throws<OperationCanceledException>(() => combined.Explain(text, result, [ToxicityLabel.IdentityAttack],
            cancellationToken: new CancellationToken(canceled: true)));
        Assert.Equal(result.Scores, explained.Scores);
        Assert.Equal(result.Spans[(int)ToxicityLabel.Toxicity], explained.Spans[(int)ToxicityLabel.Toxicity]);

        // A civil sentence has no flag to explain, and the lexical tier's result comes back as it is.
        var lexical = ToxicityClassifiers.LoadLexical();
        var civil = lexical.Score("The coalition vowed to destroy the militants' last stronghold.");
        Assert.Same(civil, lexical.Explain("The coalition vowed to destroy the militants' last stronghold.", civil, [ToxicityLabel.Toxicity]));
    }
}
