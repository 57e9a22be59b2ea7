using static Parley.Classifier.Tests.ShippedModel;

namespace Parley.Classifier.Tests;

/// <summary>A person likened to a sorry figure in how they look, sound or play (MockLikeness), and the praise, sympathy and
/// self-mockery that share its words. Our own sentences.</summary>
public class MockLikenessTests
{
    [Theory]
    [InlineData("You look like a startled ferret.")]
    [InlineData("That keeper dives like a sack of potatoes.")]
    [InlineData("You argue like a toddler who's been told no biscuit.")]
    [InlineData("The minister looks like a boiled ham someone stuffed into a suit.")]
    [InlineData("The columnist writes like a parrot with a thesaurus.")]
    [InlineData("Your face looks like a potato left at the back of the cupboard.")]
    public void A_mocking_likeness_is_an_insult(string text) =>
        AssertFlagged(text, ToxicityLabel.Insult, ToxicityLabel.Toxicity);

    [Theory]
    [InlineData("He looks like a broken man after the verdict.")] // sympathy
    [InlineData("She looks like a woman who has been through hell.")]
    [InlineData("He looks like a ghost after the chemo, bless him.")]
    [InlineData("You sound like a reasonable person, thanks for the reply.")] // praise
    [InlineData("He plays like a man possessed.")]
    [InlineData("She sings like an angel.")]
    [InlineData("Your son sounds like a lovely lad.")]
    [InlineData("The keeper looks like a giant between the posts.")]
    [InlineData("She drives like a rally driver, seriously impressive.")]
    [InlineData("The striker runs like a gazelle.")]
    [InlineData("I look like a drowned rat after cycling in.")] // the writer's own
    [InlineData("If you look like a tourist, they will overcharge you.")] // a condition
    [InlineData("It looks like a great day for the parade.")]
    [InlineData("You look like a different person since the surgery, glad you're well.")]
    public void Praise_sympathy_and_self_mockery_are_not_insults(string text) =>
        AssertNotFlagged(text, ToxicityLabel.Insult, ToxicityLabel.Toxicity);
}
