using static Parley.Classifier.Tests.ShippedModel;

namespace Parley.Classifier.Tests;

/// <summary>
/// Session 23: the war thread's call to destroy a city, a country or a people ("Nuke Moscow", "Wipe Gaza off the map")
/// is a threat; reports of war, policy debate, armed groups, sport and kitchens are not. Our own sentences.
/// </summary>
public class AnnihilationCallTests
{
    [Theory]
    [InlineData("Nuke Kharkiv and be done with it.")]
    [InlineData("Just flatten Rafah, all of it.")]
    [InlineData("Time to wipe Belgorod off the face of the earth.")]
    [InlineData("They should turn Khartoum into a parking lot.")]
    [InlineData("We need to glass the whole region.")]
    [InlineData("I think we should nuke Kharkiv.")] // the writer's own opinion, not reported speech
    public void A_call_to_destroy_a_place_is_a_threat(string text) =>
        AssertFlagged(text, ToxicityLabel.Threat, ToxicityLabel.Toxicity);

    [Fact]
    public void A_call_to_destroy_a_people_is_an_identity_attack_too() =>
        AssertFlagged("Carpet bomb the Chechens.", ToxicityLabel.Threat, ToxicityLabel.IdentityAttack);

    [Theory]
    [InlineData("The army flattened Mariupol last spring.")] // a report
    [InlineData("Medvedev threatened to wipe Ukraine off the map.")]
    [InlineData("Lavrov says Russia should nuke Warsaw, which nobody believes.")]
    [InlineData("Lavrov said on state television last night that Russia should nuke Warsaw.")]
    [InlineData("Nobody sane wants to nuke Tehran.")]
    [InlineData("Should Russia flatten Kharkiv? Of course not.")]
    [InlineData("Britain should bomb ISIS positions in Syria, the minister argued.")] // policy, and "bomb" is not read
    [InlineData("The coalition should flatten Hezbollah's tunnels.")] // an armed group
    [InlineData("We must flatten Arsenal on Saturday.")] // a team
    [InlineData("Flatten the curve and stay home.")]
    [InlineData("Just nuke the leftovers in the microwave.")]
    [InlineData("Turn Leeds into a car park for the weekend, the council plans.")]
    public void Reports_policy_sport_and_kitchens_are_not_a_threat(string text) =>
        AssertNotFlagged(text, ToxicityLabel.Threat);
}
