using static Parley.Classifier.Tests.ShippedModel;

namespace Parley.Classifier.Tests;

/// <summary>
/// Session 23: the neighbourhood trope in three more shapes — crime rising once a group arrived, locking up once they
/// move in, and a place that was better before it let them in. Our own sentences, each shape with civil sentences of
/// the same words.
/// </summary>
public class ArrivalInsinuationTests
{
    [Theory]
    [InlineData("Strange how the crime figures shot up right after the Kurds arrived in our town.", "Kurds")]
    [InlineData("If Albanians move in next door, start locking your shed and counting your tools.", "Albanians")]
    [InlineData("Our college used to have standards before it started letting Nigerians in.", "Nigerians")]
    [InlineData("The estate went downhill when the council started allowing Roma in.", "Roma")]
    public void Decline_blamed_on_a_group_arriving_is_an_identity_attack(string text, string word) =>
        AssertIdentityAttackExplainedBy(text, word);

    [Theory]
    [InlineData("Hate crime went up after the Kurds arrived, the police report says.")] // done to them
    [InlineData("Crime fell sharply after the Albanian families arrived in the area.")]
    [InlineData("If Albanians move in next door, bring them round a cake.")]
    [InlineData("Our village used to be a dump before it started letting Syrians in, and now it thrives.")]
    [InlineData("We should start letting more Syrians in.")]
    [InlineData("Did crime really go up after the Kurds arrived? The figures say no.")]
    public void The_same_words_without_blame_are_not_an_attack(string text) =>
        AssertNotFlagged(text, ToxicityLabel.IdentityAttack);

    // A code review's civil sentences against the first version of these shapes (all were flagged by it).
    [Theory]
    [InlineData("Crime rose after Syrian families arrived in the town, but almost all of it was directed at them.")]
    [InlineData("Racist crime rose sharply after Black families moved in.")]
    [InlineData("Crime rates rose when the Irish arrived in 1840s Boston, as poverty and exclusion bred gangs.")]
    [InlineData("It's simply false that crime went up when Polish families moved in; it fell.")]
    [InlineData("If a Polish family moves in next door, count your blessings, they'll fix your fence.")]
    [InlineData("When Black moves the knight to f6, White should lock up the centre.")]
    [InlineData("It all went downhill when the club stopped letting women in.")]
    [InlineData("It went to pot the moment we started allowing the French in down the left wing.")]
    public void A_review_s_civil_sentences_are_not_identity_attacks(string text) =>
        AssertNotFlagged(text, ToxicityLabel.IdentityAttack);
}
