using static Parley.Classifier.Tests.ShippedModel;

namespace Parley.Classifier.Tests;

/// <summary>The reader called something that is no insult word alone (ReaderInsult). Our own sentences.</summary>
public class ReaderInsultTests
{
    [Theory]
    [InlineData("Mark, you're the most useless colleague I have ever had.")]
    [InlineData("you're thick as a plank")]
    [InlineData("You are a disgrace to this newspaper.")]
    [InlineData("You're nothing but a fraud.")]
    public void Calling_the_reader_useless_or_a_disgrace_is_an_insult(string text) =>
        AssertFlagged(text, ToxicityLabel.Insult, ToxicityLabel.Toxicity);

    [Theory]
    [InlineData("You're not a failure, you just had a bad year.")]
    [InlineData("Thank you, you're a star.")]
    [InlineData("When you're useless at maths, calculators help.")]
    public void Negated_kind_or_conditional_uses_are_not_insults(string text) =>
        AssertNotFlagged(text, ToxicityLabel.Toxicity);
}
