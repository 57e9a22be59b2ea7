using static Parley.Classifier.Tests.ShippedModel;

namespace Parley.Classifier.Tests;

/// <summary>
/// Threat shapes the heads scored near 0, each paired with the civil sentence of the same words: a warning that "we
/// are coming for you", a random victim ("the next X"), a grave, a car, a group told where its building is, violence
/// as a norm after a relative clause. Our own sentences.
/// </summary>
public class ThreatShapeTests
{
    [Theory]
    [InlineData("Sikhs better watch out, I'm coming for you tonight.")] // "you" is the group the text addresses
    [InlineData("Tamils on this street: you have three days before we come for you.")]
    [InlineData("I'm going to beat the next Somali who looks at me.")]
    [InlineData("I'll put those Kurds in the ground myself.")]
    [InlineData("Gonna run over some Afghans on the way home.")]
    [InlineData("Uyghurs, we know where your mosque is. Expect us.")]
    [InlineData("Women who talk back should be beaten.")]
    [InlineData("Migrants should be left to drown at sea.")]
    public void A_threat_against_a_group_is_a_threat_and_an_identity_attack(string text) =>
        AssertFlagged(text, ToxicityLabel.Threat, ToxicityLabel.IdentityAttack, ToxicityLabel.Toxicity);

    [Fact]
    public void Knowing_a_reporters_address_is_a_threat() =>
        AssertFlagged("To the reporter: we know your home address. Think about that.", ToxicityLabel.Threat, ToxicityLabel.Toxicity);

    [Theory]
    [InlineData("The taxman is coming for you if you don't file on time.")]
    [InlineData("Liverpool, we're coming for you next season!")]
    [InlineData("I'm coming for the food, not the speeches.")]
    [InlineData("We will beat every team in the league this season.")]
    [InlineData("I'll put the kids in the car and drive to the coast.")]
    [InlineData("Gonna run over the figures again before the meeting.")]
    [InlineData("The police know where your car is parked.")]
    [InlineData("Expect us to cover the summit live from Geneva.")]
    [InlineData("People who lie should be fired.")]
    [InlineData("Our grandparents were left to die in the camps.")]
    [InlineData("The wounded were put in a body bag only when the medics gave up.")]
    [InlineData("Spur, you deserve what's coming to you after that promotion.")]
    public void The_same_words_without_a_threat_are_not_one(string text) =>
        AssertNotFlagged(text, ToxicityLabel.Threat, ToxicityLabel.IdentityAttack);
}
