using System.Diagnostics;

namespace Parley.Classifier.Tests;

public class WordListMatcherTests(ITestOutputHelper output)
{
    [Fact]
    public void Matches_words_phrases_and_wildcards_with_original_offsets()
    {
        var m = WordListMatcher.Build(["idiot*", "go to hell", "crook"]);
        const string text = "You IDIOTS, just go  to hell, you cr00k.";
        var found = m.Matches(text).OrderBy(x => x.Begin).ToList();
        Assert.Equal(3, found.Count);
        Assert.Equal(("idiot*", "IDIOTS"), (found[0].Term, text[found[0].Begin..found[0].End]));
        Assert.Equal(("go to hell", "go  to hell"), (found[1].Term, text[found[1].Begin..found[1].End]));
        Assert.Equal(("crook", "cr00k"), (found[2].Term, text[found[2].Begin..found[2].End]));
    }

    [Theory]
    [InlineData("The class met in Scunthorpe.")]
    [InlineData("The assassin was caught.")]
    [InlineData("My therapist is great, I assume.")]
    public void Is_scunthorpe_safe(string text)
    {
        var m = WordListMatcher.Build(["ass", "cunt", "rapist"]);
        Assert.Empty(m.Matches(text));
    }

    [Fact]
    public void Matches_obfuscated_terms()
    {
        var m = WordListMatcher.Build(["bullshit", "moron"]);
        Assert.Equal(2, m.Matches("b u l l s h i t, you m\u200B0r0n").Count);
    }

    [Theory]
    [InlineData("what a m o r o n", "moron", "m o r o n")]
    [InlineData("you m o r o n", "moron", "m o r o n")]
    [InlineData("A m.o.r.o.n wrote this", "moron", "m.o.r.o.n")]
    [InlineData("what a s p a m m e r", "spammer", "s p a m m e r")] // listed by the site, not in the lexicon
    [InlineData("I s p a m daily", "spam", "s p a m")]
    public void Spaced_letters_match_without_a_leading_single_letter_word(string text, string term, string span)
    {
        var m = WordListMatcher.Build([term]);
        var found = Assert.Single(m.Matches(text));
        Assert.Equal((term, span), (found.Term, text[found.Begin..found.End]));
    }

    [Fact]
    public void Leading_letter_of_an_unspaced_word_is_never_dropped() =>
        Assert.Empty(WordListMatcher.Build(["moral", "sure"]).Matches("The amoral plot, I assure you."));

    [Fact]
    public void Ten_thousand_terms_build_and_match()
    {
        // Letters only: digits inside words would be read as leetspeak by the normaliser.
        var terms = Enumerable.Range(0, 10_000).Select(i => "term" + Letters(i) + (i % 10 == 0 ? "*" : ""))
            .Append("banned phrase here").ToList();
        var sw = Stopwatch.StartNew();
        var m = WordListMatcher.Build(terms);
        var build = sw.Elapsed;
        var text = string.Join(' ', Enumerable.Repeat("an ordinary comment about the news of the day", 6)) +
            " with a banned phrase here and termbc and termbexyz";
        sw.Restart();
        IReadOnlyList<TermMatch> found = [];
        for (var i = 0; i < 1000; i++)
        {
            found = m.Matches(text);
        }

        // Informative only (no timing assertion: the machine is shared).
        output.WriteLine($"build {build.TotalMilliseconds:F1} ms; match {sw.Elapsed.TotalMilliseconds / 1000:F4} ms/comment");
        Assert.Equal(10_001, m.TermCount);
        Assert.Equal(["banned phrase here", "termbc", "termbe*"], found.Select(f => f.Term).Order(StringComparer.Ordinal));
    }

    private static string Letters(int i)
    {
        var s = "";
        do
        {
            s = (char)('a' + i % 26) + s;
            i /= 26;
        }
        while (i > 0);

        return s;
    }
}
