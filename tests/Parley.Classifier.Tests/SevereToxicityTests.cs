using Parley.Classifier.Training;
using static Parley.Classifier.Tests.ShippedModel;

namespace Parley.Classifier.Tests;

/// <summary>
/// SEVERE_TOXICITY reads a threat or an identity attack as severe (as the training labels define it), never above
/// TOXICITY; and the soft training targets of `parley train --soft-targets` follow the same definition.
/// </summary>
public class SevereToxicityTests
{
    [Theory]
    [InlineData("Muslims are vermin.")]
    [InlineData("Refugees are rats.")]
    [InlineData("Immigrants are parasites who should go back where they came from.")]
    [InlineData("I will find you and I will hurt you.")]
    public void A_dehumanising_attack_or_a_threat_is_severe(string text) =>
        AssertFlagged(text, ToxicityLabel.SevereToxicity, ToxicityLabel.Toxicity);

    [Theory]
    [InlineData("I don't think Jews are a threat to this country in any way.")] // the identity head misreads it
    [InlineData("The coalition vowed to destroy the militants' last stronghold.")]
    [InlineData("I am a proud gay Muslim woman.")]
    public void Counter_speech_and_war_news_are_not_severe(string text) =>
        AssertNotFlagged(text, ToxicityLabel.SevereToxicity, ToxicityLabel.Toxicity);

    [Theory]
    [InlineData("Muslims are vermin.")]
    [InlineData("I don't think Jews are a threat to this country in any way.")]
    [InlineData("I'm going to stab the next Jew I see.")]
    [InlineData("You are a wet sponge of a man.")]
    [InlineData("Shut the fuck up, you idiot.")]
    [InlineData("The army shelled the town again last night.")]
    public void Severe_is_at_least_the_attack_it_holds_and_never_above_toxicity(string text)
    {
        var r = Model.Score(text);
        var attack = Math.Max(r[ToxicityLabel.IdentityAttack], r[ToxicityLabel.Threat]);

        Assert.True(r[ToxicityLabel.SevereToxicity] <= r[ToxicityLabel.Toxicity] + 1e-6f, text);
        Assert.True(r[ToxicityLabel.SevereToxicity] >= Math.Min(attack, r[ToxicityLabel.Toxicity]) - 1e-6f, text);
    }

    [Theory]
    [InlineData("MuslimFreeZone")] // raised by a name rule after the model (SEVERE_TOXICITY 0.06 before)
    [InlineData("1488")] // a hate symbol, likewise (0.01 before)
    [InlineData("JewHater88")]
    [InlineData("Proud Muslim Mum")]
    public void A_display_name_is_severe_as_far_as_it_attacks(string name)
    {
        var r = Model.Score(name, TextKind.DisplayName);
        var attack = Math.Max(r[ToxicityLabel.IdentityAttack], r[ToxicityLabel.Threat]);

        Assert.True(r[ToxicityLabel.SevereToxicity] >= Math.Min(attack, r[ToxicityLabel.Toxicity]) - 1e-6f, name);
        Assert.True(r[ToxicityLabel.SevereToxicity] <= r[ToxicityLabel.Toxicity] + 1e-6f, name);
    }

    [Theory]
    [InlineData("Muslims are vermin.")]
    [InlineData("I don't think Jews are a threat to this country in any way.")]
    [InlineData("Refugees are rats.")]
    [InlineData("I will find you and I will hurt you.")]
    public void The_combined_tier_applies_the_rule_to_its_own_scores(string text)
    {
        var combined = SemanticTierTests.TryLoad(ToxicityClassifiers.LoadCombined)!;
        var r = combined.Score(text);
        var attack = Math.Max(r[ToxicityLabel.IdentityAttack], r[ToxicityLabel.Threat]);

        Assert.True(r[ToxicityLabel.SevereToxicity] <= Math.Max(r[ToxicityLabel.Toxicity], Model.Score(text)[ToxicityLabel.SevereToxicity]) + 1e-6f, text);
        Assert.True(r[ToxicityLabel.SevereToxicity] >= Math.Min(attack, r[ToxicityLabel.Toxicity]) - 1e-6f, text);
    }

    // Label order: TOXICITY, SEVERE_TOXICITY, INSULT, IDENTITY_ATTACK, PROFANITY, THREAT (NaN = unknown).
    [Theory]
    [InlineData(0f, 0f, 1f, 1f, 1f)] // threat marked twice
    [InlineData(0f, 1f, 0f, 0f, 1f)] // identity attack marked twice
    [InlineData(1f, 0f, 1f, 0f, 1f)] // profane insult
    [InlineData(0f, 0f, 0f, 0f, 0f)] // none of threat, identity attack, profanity
    [InlineData(0f, 0f, 1f, 0f, float.NaN)] // profanity without an insult says nothing
    [InlineData(float.NaN, 0f, 0f, 0f, 0f)] // one rater's insult, no profanity: not severe
    [InlineData(0f, float.NaN, 0f, 0f, float.NaN)] // one rater's identity attack: unknown
    [InlineData(0f, 0f, 0f, 0.5f, 0.5f)] // soft: one rater's threat
    [InlineData(0.5f, 0f, 1f, 0f, 0.5f)] // soft: profanity and one rater's insult
    [InlineData(0f, 0f, 1f, 0.5f, 0.5f)] // soft: profanity, no insult, one rater's threat
    public void Severe_follows_the_span_types(float insult, float identity, float profanity, float threat, float expected)
    {
        float[] y = [1, float.NaN, insult, identity, profanity, threat];

        Assert.Equal(expected, DatasetLoader.Severe(y));
    }

    [Fact]
    public void An_example_trains_on_its_soft_targets_only_where_it_has_them()
    {
        float[] labels = [1, float.NaN, 1, 0, 1, float.NaN];
        var hard = new Example("toxicspans", "text", labels);
        var soft = new Example("toxicspans", "text", labels) { Targets = [1, 0.5f, 1, 0, 1, 0.5f] };

        Assert.True(float.IsNaN(hard.Target(5)));
        Assert.Equal(0.5f, soft.Target(5));
        Assert.True(float.IsNaN(soft.Labels[5])); // evaluation still reads the label: unknown
    }
}
