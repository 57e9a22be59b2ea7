using static Parley.Classifier.Tests.ShippedModel;

namespace Parley.Classifier.Tests;

/// <summary>
/// Session 25: "Die in a fire." without "go", the stock order to die, is severe like "Go die in a fire." (the self-harm
/// rule, <c>ThreatIntent.FindIncitementToSelfHarm</c>). A review's civil sentences of the same words are cases. Kept out
/// of <see cref="BehaviourTests"/>: the combined tier reads "Die in a ditch, mate." as a THREAT (0.59; lexical 0.32),
/// and an order to die harms no one by the speaker's hand, so neither tier is wrong enough to hold the other to.
/// </summary>
public class DieInAFireTests
{
    [Theory]
    [InlineData("Die in a fire.")]
    [InlineData("die in a hole you troll")]
    [InlineData("Honestly? Die in a fire, loser.")]
    [InlineData("Die in a ditch, mate.")]
    [InlineData("DIE IN HELL YOU TRAITOR")]
    [InlineData("Wrong again. Die in a fire.")]
    public void The_order_to_die_is_severe(string text) =>
        AssertFlagged(text, ToxicityLabel.SevereToxicity, ToxicityLabel.Toxicity);

    [Theory]
    [InlineData("Three pensioners die in a fire in Leeds every winter.")] // a subject: a report
    [InlineData("\"Die in a fire,\" he wrote under her post, and was banned.")] // quoted: left to the heads
    [InlineData("'Die in hell,' the defendant shouted at the jury, according to the court transcript.")]
    [InlineData("Die in a fire, die in a flood: the insurance small print lists both, so read it carefully.")]
    [InlineData("The 'die in a fire' chant at the stadium was condemned by both clubs.")]
    [InlineData("Die in Hell was a 1990s thrash metal album and I still have it on cassette.")]
    public void The_same_words_without_the_order_are_not_severe(string text) =>
        AssertNotFlagged(text, ToxicityLabel.SevereToxicity, ToxicityLabel.Toxicity);
}
