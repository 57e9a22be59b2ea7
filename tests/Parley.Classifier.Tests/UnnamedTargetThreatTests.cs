using static Parley.Classifier.Tests.ShippedModel;

namespace Parley.Classifier.Tests;

/// <summary>
/// Session 23: threats whose target no word list names — a person known only by the "who" after them ("the next
/// Traveller who …"), and a group's killing wished on anyone's hand ("… better if someone just exterminated Xs").
/// Our own sentences, each shape with civil sentences of the same words.
/// </summary>
public class UnnamedTargetThreatTests
{
    [Theory]
    [InlineData("I'll stab the next Traveller who comes anywhere near my garden.")]
    [InlineData("I'm going to punch the next smug Geordie who says that to me.")]
    [InlineData("I will beat up the next hipster who lectures me about oat milk.")]
    public void Violence_to_a_person_known_only_by_who_is_a_threat(string text) =>
        AssertFlagged(text, ToxicityLabel.Threat, ToxicityLabel.Toxicity);

    [Theory]
    [InlineData("I'll beat the next opponent who challenges me at chess.")] // "beat" is winning here
    [InlineData("We will beat the next side who come to our ground.")]
    [InlineData("I'll stab the next team who plays us with a late winner.")] // a team, not a person
    [InlineData("I'll kill the next bug that crawls onto my desk.")] // "that", a thing
    [InlineData("The nurse will stab the next patient who needs a flu jab.")] // not the writer
    public void The_same_words_without_a_threatened_person_are_not_a_threat(string text) =>
        AssertNotFlagged(text, ToxicityLabel.Threat);

    [Theory]
    [InlineData("The world would be better if someone just exterminated Kurds.")]
    [InlineData("This country would be a safer place if somebody finally gassed all the Somalis.")]
    [InlineData("Europe would be better off if we wiped out every last Roma.")]
    [InlineData("I think the world would be better if someone just exterminated Kurds.")] // the writer's own opinion
    public void A_group_s_killing_wished_on_anyone_is_a_threat_and_an_identity_attack(string text) =>
        AssertFlagged(text, ToxicityLabel.Threat, ToxicityLabel.IdentityAttack);

    [Theory]
    [InlineData("The world would be better if someone finally exterminated malaria.")]
    [InlineData("Things would be better if someone killed the bill before the summer.")]
    [InlineData("The garden would be better if someone exterminated the slugs.")]
    public void Killing_wished_on_things_and_pests_is_not_a_threat(string text) =>
        AssertNotFlagged(text, ToxicityLabel.Threat);

    // A code review's civil sentences against the first version of these shapes (all were flagged by it).
    [Theory]
    [InlineData("I hurt the friend who trusted me most, and I have apologised to her.")]
    [InlineData("In tonight's performance I stab the tyrant who killed my father in act one.")]
    [InlineData("As a nurse I stab the toddlers who need vaccines, gently.")]
    [InlineData("In sparring I punch the partner who drops his guard.")]
    [InlineData("The headshots would look better if we shot them in black and white.")]
    [InlineData("The wedding album would be better if we shot the men first.")]
    [InlineData("The episode would be better if we killed the boys off early.")]
    [InlineData("It would be better if we killed White here and took the corner.")]
    [InlineData("He posted that life would be better if someone killed all the immigrants, and he was rightly jailed.")]
    public void A_review_s_civil_sentences_are_not_threats(string text) =>
        AssertNotFlagged(text, ToxicityLabel.Threat, ToxicityLabel.IdentityAttack);
}
