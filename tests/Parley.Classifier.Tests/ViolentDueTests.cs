using static Parley.Classifier.Tests.ShippedModel;

namespace Parley.Classifier.Tests;

/// <summary>
/// Violence said to be a person's due (ViolentDue) and threats whose target or verb the rule did not know (session
/// 13): a subject before a relative clause, a doer no list held ("hunters", "voters"), "deserves to be", harm after
/// "needs" and "deserves", an adjective before the victim, a stated intent carried over "and". Each is paired with
/// civil sentences of the same words. Our own sentences, not from the blind rounds.
/// </summary>
public class ViolentDueTests
{
    [Theory]
    [InlineData("The councillor who approved this should be dragged through the streets and hanged.")]
    [InlineData("That columnist deserves to be beaten senseless.")]
    [InlineData("Every landlord in this city deserves a brick through the window.")]
    [InlineData("This reporter needs his jaw broken.")]
    [InlineData("The judge deserves to be set on fire outside the court.")]
    [InlineData("Whoever leaked this should be shot in the head.")]
    [InlineData("The vicar should be burned alive in his own church.")]
    [InlineData("Honestly the mayor should be kicked to death.")]
    [InlineData("The ref needs a good kicking after that.")]
    [InlineData("Cyclists should be run over, all of them.")]
    [InlineData("Landlords like him should be strung up.")]
    [InlineData("Vegans deserve to be force-fed and then beaten.")]
    [InlineData("Hunters deserve to be shot themselves.")]
    [InlineData("Pundits are parasites and should be hanged.")]
    [InlineData("I'll track you down and cut your throat.")]
    [InlineData("I'm going to drive to your office and smash your face in.")]
    [InlineData("Someone please strangle this smug presenter.")]
    [InlineData("Wish somebody would shoot that useless senator.")]
    [InlineData("Time to hang the traitors in parliament.")]
    [InlineData("Tar and feather every last one of these councillors.")]
    [InlineData("I'll put you in hospital if you say that again.")]
    [InlineData("I swear I'll throw him off the roof.")]
    [InlineData("Slit the throat of the editor who wrote this.")]
    [InlineData("I'd happily pull the trigger on that banker.")]
    public void Violence_due_to_a_person_is_a_threat(string text) =>
        AssertFlagged(text, ToxicityLabel.Threat, ToxicityLabel.Toxicity);

    [Theory]
    [InlineData("The referee should be shot on film from three angles so VAR works.")]
    [InlineData("The bill should be killed in committee before it does more damage.")]
    [InlineData("Poachers should be jailed for life, not fined.")]
    [InlineData("Those responsible for the massacre should be hunted down and brought to justice.")]
    [InlineData("Hamas commanders who planned the attack should be killed, the minister said.")]
    [InlineData("The militants should be destroyed before they regroup.")]
    [InlineData("My dog is old and the vet says he should be put down soon.")]
    [InlineData("The character should be killed off in season two.")]
    [InlineData("The paintings should be hung in the main gallery.")]
    [InlineData("Voters deserve to be heard, not ignored.")]
    [InlineData("The striker deserves a rest after ninety minutes.")]
    [InlineData("Nobody deserves to be shot for shoplifting.")]
    [InlineData("He didn't deserve to be killed like that.")]
    [InlineData("The players should be beaten comfortably on Saturday.")]
    [InlineData("Farmers should burn the stubble earlier in the year.")]
    [InlineData("Hunters should be licensed and checked every year.")]
    [InlineData("The posters should be hung in every classroom.")]
    [InlineData("You need to put down the phone and go outside.")]
    [InlineData("The referee who gave that penalty deserves a kicking from the FA.")]
    [InlineData("People who decide the bear should die for being a bear make me sad.")]
    [InlineData("I'll find you and buy you a pint next time you're in town.")]
    [InlineData("We'll go round there and beat them 3-0 on Sunday.")]
    [InlineData("Somebody please just call the PM already and ask.")]
    [InlineData("I wish someone would help this poor old man.")]
    [InlineData("He was knocked out in the third round by a better boxer.")]
    [InlineData("Lynch mob thugs surrounded the court, the report says.")]
    public void The_same_words_without_a_threat_are_not_one(string text) =>
        AssertNotFlagged(text, ToxicityLabel.Threat);

    [Fact]
    public void A_threat_to_a_party_is_no_identity_attack() =>
        AssertNotFlagged("Republicans need to be shot into the sun.", ToxicityLabel.IdentityAttack);
}
