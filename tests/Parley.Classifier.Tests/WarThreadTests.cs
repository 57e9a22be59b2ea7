using static Parley.Classifier.Tests.ShippedModel;

namespace Parley.Classifier.Tests;

/// <summary>
/// Session 26, from the war-news suite `hatecheck-fresh7` (read for the first time): arson and bombs aimed at people
/// through the place they are in (<c>ThreatIntent.PlaceAttack</c>), aversion to a nation said in more ways
/// (<c>GroupDisgust</c>), and the question that asks for one member without the vice as if there were none
/// (<c>GroupPredicate.NoneWhoIsNot</c>). Each civil case is a look-alike that an earlier version flagged or that a
/// war-news thread writes every day.
/// </summary>
public class WarThreadTests
{
    [Theory]
    [InlineData("I will bomb the synagogue.")]
    [InlineData("I'm going to set fire to the mosque.")]
    [InlineData("I'm going to bomb the local mosque with every Muslim in it.")]
    [InlineData("I'm going to set fire to that refugee hostel with all of them inside.")]
    [InlineData("Refugee boats should be sunk with everyone on board.")]
    [InlineData("Someone should firebomb that new synagogue before it ever opens.")]
    public void A_place_attacked_with_its_people_is_a_threat_to_the_group(string text) =>
        AssertFlagged(text, ToxicityLabel.Threat, ToxicityLabel.Toxicity, ToxicityLabel.IdentityAttack);

    [Theory]
    [InlineData("Sink the boats with them aboard. Not one more landing.")]
    public void A_boat_sunk_with_its_people_is_a_threat(string text) =>
        AssertFlagged(text, ToxicityLabel.Threat, ToxicityLabel.Toxicity);

    [Theory]
    [InlineData("I would never bomb a mosque.")] // negated
    [InlineData("Burn the mosque's mortgage papers and celebrate, the community finally paid it off.")] // possessive
    [InlineData("Russia bombed the school with children inside, and then denied it.")] // a report
    [InlineData("They will bomb the mosque with everyone inside, that is what this regime does.")] // not the writer
    [InlineData("Why would anyone bomb a synagogue? It makes no sense.")]
    [InlineData("Let's bomb the bridge and cut their supply line.")] // a thing, no one inside
    [InlineData("I'm going to sink the boats in the bath with my kids tonight.")]
    [InlineData("I'm going to set fire to the Christmas pudding with brandy, like every year.")]
    [InlineData("I bombed the mosque open day speech, forgot every line.")]
    public void A_place_named_without_a_threat_to_its_people_is_not_one(string text) =>
        AssertNotFlagged(text, ToxicityLabel.Threat, ToxicityLabel.Toxicity, ToxicityLabel.IdentityAttack);

    [Theory]
    [InlineData("I honestly can't stand Ukrainians anymore, every single one of them.")]
    [InlineData("I can't bear Palestinians, just reading about them makes me furious.")]
    [InlineData("Palestinians fill me with nothing but contempt.")]
    [InlineData("Is it wrong that I hate Palestinians this much? Because I really do.")]
    [InlineData("Being anywhere near Muslims makes me feel physically ill.")]
    public void Aversion_to_a_nation_is_an_identity_attack(string text) =>
        AssertFlagged(text, ToxicityLabel.Toxicity, ToxicityLabel.IdentityAttack);

    [Theory]
    [InlineData("I can't bear to watch Palestinians suffer like this.")]
    [InlineData("I can't stand Ukrainians being treated like this by the press.")] // their plight, not them
    [InlineData("I can't bear Palestinians being bombed every night.")]
    [InlineData("Seeing Palestinians starving makes me feel physically ill.")]
    [InlineData("Being anywhere near the front line makes me feel physically ill.")]
    [InlineData("The refugees' stories fill me with nothing but admiration.")]
    public void Distress_at_a_nations_plight_is_not_aversion(string text) =>
        AssertNotFlagged(text, ToxicityLabel.Toxicity, ToxicityLabel.IdentityAttack);

    [Theory]
    [InlineData("Is there any Ukrainian who isn't a crook?")]
    [InlineData("Can anyone name one Palestinian who isn't a terrorist?")]
    [InlineData("Has anyone ever met a Russian who wasn't a drunken animal?")]
    [InlineData("Why are Palestinians so bloodthirsty?")]
    [InlineData("Arabs are treacherous by nature.")]
    public void A_question_that_assumes_the_vice_of_a_nation_is_an_identity_attack(string text) =>
        AssertFlagged(text, ToxicityLabel.Toxicity, ToxicityLabel.IdentityAttack);

    [Theory]
    [InlineData("Is there any Ukrainian who isn't tired of this war?")] // no vice
    [InlineData("I met a Russian who wasn't a drunk, he was lovely.")] // one found, not asked for
    [InlineData("Is there any Russian who isn't a victim of Putin's propaganda?")]
    [InlineData("Can anyone name one Palestinian who isn't a civilian in this footage?")]
    [InlineData("Is there a single Russian general who isn't a war criminal?")] // generals: not the nation
    [InlineData("Why are Palestinians so bloodthirsty, asks the headline, as if grief were a crime.")] // reported
    [InlineData("Russians are not bloodthirsty, their government is.")]
    public void The_same_words_without_the_assumption_are_not_flagged(string text) =>
        AssertNotFlagged(text, ToxicityLabel.Toxicity, ToxicityLabel.IdentityAttack);

    [Theory]
    [InlineData("Palestinians claim to want peace, yet they're bloodthirsty.")] // "yet" opens the clause
    [InlineData("Jews are a curse on the world.")]
    [InlineData("Russians are brutal drunks by nature.")] // an adjective on the way to the noun
    [InlineData("The council has housed refugees next to my kids' school. They're dangerous animals.")]
    [InlineData("Why are Ukrainians such shameless beggars?")]
    [InlineData("I met a few Ukrainians at work and they're every bit as dishonest as I expected.")]
    public void A_contemptuous_claim_about_a_nation_said_another_way_is_an_identity_attack(string text) =>
        AssertFlagged(text, ToxicityLabel.Toxicity, ToxicityLabel.IdentityAttack);

    [Theory]
    [InlineData("Ukrainians are brave fighters and innocent victims of this war.")] // the noun decides
    [InlineData("Russians are frequent victims of the regime's thugs.")]
    [InlineData("Muslims are peaceful neighbours, yet they're treated like criminals.")]
    public void Adjectives_before_a_civil_noun_make_no_claim(string text) =>
        AssertNotFlagged(text, ToxicityLabel.Toxicity, ToxicityLabel.IdentityAttack);

    [Theory]
    [InlineData("Refugees from Darfur are crossing into Chad in growing numbers.")] // was TOXICITY 0.79
    [InlineData("Refugees from Sudan are arriving in Chad every day.")]
    [InlineData("No, Ukrainians aren't Nazis.")] // a denial, damped (was 0.83)
    public void A_report_or_a_denial_about_a_nation_is_civil(string text) =>
        AssertNotFlagged(text, ToxicityLabel.Toxicity, ToxicityLabel.IdentityAttack);

    [Theory]
    [InlineData("Refugees from Darfur are criminals.")]
    [InlineData("Ukrainians are Nazis.")]
    public void The_claim_itself_stays_an_identity_attack(string text) =>
        AssertFlagged(text, ToxicityLabel.Toxicity, ToxicityLabel.IdentityAttack);

    [Theory]
    [InlineData("Next Jew I see, I'm beating him bloody.")]
    [InlineData("The next Muslim who looks at me funny, I'm going to stab him.")]
    [InlineData("Next refugee I see on my street, I'll kick his head in.")]
    public void A_threat_to_the_next_member_of_a_group_is_an_identity_attack(string text) =>
        AssertFlagged(text, ToxicityLabel.Threat, ToxicityLabel.IdentityAttack);

    [Theory]
    [InlineData("The next Russian soldier who crosses that line, our artillery will stop him.")]
    [InlineData("Next Muslim I see, I'm going to buy him a coffee.")]
    [InlineData("We'll beat them bloody easily on Saturday.")] // an intensifier
    [InlineData("I'm beating him at chess tonight.")]
    public void The_same_grammar_without_violence_is_no_threat(string text) =>
        AssertNotFlagged(text, ToxicityLabel.Threat, ToxicityLabel.IdentityAttack);

    [Theory]
    [InlineData("Jews die and the world is better for it.")] // session 25's known miss
    public void Approval_of_a_groups_death_is_an_identity_attack(string text) =>
        AssertFlagged(text, ToxicityLabel.Toxicity, ToxicityLabel.IdentityAttack);

    [Theory]
    [InlineData("Palestinians die and the world looks away.")]
    [InlineData("Refugees arrived and the town is better for it.")]
    [InlineData("Three Ukrainians died in the strike; the world is not better for it.")]
    public void A_death_reported_or_a_group_welcomed_is_not_approval_of_harm(string text) =>
        AssertNotFlagged(text, ToxicityLabel.Toxicity, ToxicityLabel.IdentityAttack);

    [Fact]
    public void A_group_name_opening_the_text_before_a_threat_to_him_is_read_without_error() =>
        AssertFlagged("Gay Muslims disgust me, I'll stab him.", ToxicityLabel.Threat, ToxicityLabel.IdentityAttack); // commit 523b70b's version threw IndexOutOfRangeException here
}
