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
    [InlineData("Every one of those protesters blocking the road deserves to be run over.")] // the sentence's opening noun
    [InlineData("Anti-vaxxers should be locked in a room and left to die.")]
    [InlineData("Meat eaters should be force fed till they choke.")]
    [InlineData("I'd happily run this MP over if I saw him crossing.")]
    [InlineData("That rapist should be castrated.")] // shapes a review found missing
    [InlineData("The judge needs his knees broken.")]
    [InlineData("The MP deserves a smack in the mouth.")]
    [InlineData("That MP should get a good kicking.")]
    [InlineData("The editor should be given a good hiding.")]
    [InlineData("I'll smash her face in.")]
    [InlineData("Somebody shoot this referee.")]
    [InlineData("I want to see that MP strung up.")]
    [InlineData("The judge should be publicly hanged.")]
    [InlineData("Anyone who votes for this should be strung up.")]
    [InlineData("The plumber deserves to be run over.")] // a doer by its ending, with violence only people suffer
    [InlineData("Disabled scroungers should be put down like dogs.")]
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
    [InlineData("Every one of those nurses working nights deserves to be paid more.")]
    [InlineData("The team should be knocked out of the cup by March.")]
    [InlineData("I'll run the kids over to school in the morning.")]
    [InlineData("The old barn should be burned down, it's a fire hazard.")]
    [InlineData("Church roofs should be replaced before winter.")]
    [InlineData("The mosque Hamas used as a base should be bombed, the army says.")]
    [InlineData("The dogs that attacked the boy should be put down.")] // a review's civil sentences the first version flagged
    [InlineData("Photos of the councillors should be hung in the lobby.")]
    [InlineData("The idle workers should be killed and restarted every night.")]
    [InlineData("Badgers should be culled to stop the spread of TB.")]
    [InlineData("The peppers should be burnt slightly under the grill.")]
    [InlineData("The sweaters should be hung to dry.")]
    [InlineData("The separatists should be wiped out before the winter.")]
    [InlineData("He should have shot first time instead of taking a touch.")]
    [InlineData("The missing hikers must be dead by now.")]
    [InlineData("She must be dying of embarrassment after that interview.")]
    [InlineData("The volunteers should be run over the procedures on their first day.")]
    [InlineData("The plumbers should bleed out the radiators before winter.")]
    [InlineData("The players need a beating heart in midfield.")]
    [InlineData("The refugees need a hiding place from the shelling.")]
    [InlineData("The climbers need a rope and a helmet for this route.")]
    [InlineData("The builders need a brick to finish the wall.")]
    [InlineData("The chancellor deserves a kicking over this budget.")]
    [InlineData("The surgeon said the boy needs his legs broken and reset.")]
    [InlineData("I'll shoot the happy couples on the beach at sunset.")]
    [InlineData("We'll knock the French out in the semi-final.")]
    [InlineData("I'll come round later and knock you out with my lasagne.")]
    [InlineData("We'll put the kids in the hospital creche while we visit.")]
    [InlineData("We'll pull the trigger on a new chief executive if results don't improve.")]
    [InlineData("None of the protesters deserved to be beaten.")]
    [InlineData("Whether he deserves to die is for the jury.")]
    [InlineData("The Democrats should be slaughtered in the midterms.")]
    [InlineData("The new councillors should be shot for the newsletter next week.")]
    [InlineData("The ministers should burn the rulebook and start again.")]
    [InlineData("The bosses should be thrown to the wolves by the shareholders.")]
    [InlineData("We will kill them on Saturday, their defence is a shambles.")]
    [InlineData("The farmer's old horse deserves to be put down humanely.")]
    [InlineData("The fans deserve to be set on fire by this team again, metaphorically speaking.")]
    public void The_same_words_without_a_threat_are_not_one(string text) =>
        AssertNotFlagged(text, ToxicityLabel.Threat);

    [Theory]
    [InlineData("Roma camps should be torched at night.")]
    [InlineData("Their mosques should be burned to the ground.")]
    [InlineData("Gypsy caravans should be set on fire.")]
    [InlineData("Let's go bash the gays tonight.")] // queer-bashing: "bash" with a group, not a body part
    public void Arson_and_bashing_called_for_against_a_group_is_a_threat_and_an_identity_attack(string text) =>
        AssertFlagged(text, ToxicityLabel.Threat, ToxicityLabel.IdentityAttack);

    [Fact]
    public void A_threat_to_a_party_is_no_identity_attack() =>
        AssertNotFlagged("Republicans need to be shot into the sun.", ToxicityLabel.IdentityAttack);
}
