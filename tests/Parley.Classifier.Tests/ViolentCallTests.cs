using static Parley.Classifier.Tests.ShippedModel;

namespace Parley.Classifier.Tests;

/// <summary>The threat rule's sixth shape (ViolentCall). Our own sentences.</summary>
public class ViolentCallTests
{
    [Theory]
    [InlineData("It's time to start stabbing these councillors, they never listen.")]
    [InlineData("Let's start hanging a few traitors and see who talks then.")]
    [InlineData("Keep posting and I'll come round and make you bleed.")]
    [InlineData("One more word and I will make you scream.")]
    [InlineData("Someone should set his house on fire while he sleeps.")]
    [InlineData("I really hope the referee gets his skull caved in after the match.")]
    [InlineData("Hoping that pundit breaks his neck on the stairs.")]
    [InlineData("Say that again down the pub and you're leaving in a body bag.")]
    [InlineData("Hopefully someone tampers with the brakes on the mayor's Jaguar.")]
    [InlineData("Honestly wish somebody would run that pundit over.")]
    [InlineData("I'd happily throw that columnist through a shop window.")]
    [InlineData("Post my name again and I will end you.")]
    [InlineData("Keep it up and I'll make sure you never walk again.")]
    [InlineData("Don't make me drive over there and break every bone in your body.")]
    [InlineData("That referee will get a visit from me and my claw hammer.")] // a weapon brought
    [InlineData("We'll run the Roma out of town with pitchforks.")]
    [InlineData("Give me ten minutes alone with that councillor.")]
    [InlineData("I hope he falls and breaks his neck.")] // a second review's cases
    [InlineData("I'm gonna make you bleed.")]
    [InlineData("I'll make sure you can't walk again.")]
    public void Calls_wishes_and_promises_of_harm_are_threats(string text) =>
        AssertFlagged(text, ToxicityLabel.Threat, ToxicityLabel.Toxicity);

    [Theory]
    [InlineData("Time to start shooting the Jews at the border.")]
    [InlineData("Round the Roma up in their camp and set it alight.")]
    public void Against_a_group_they_are_identity_attacks_too(string text) =>
        AssertFlagged(text, ToxicityLabel.Threat, ToxicityLabel.IdentityAttack, ToxicityLabel.Toxicity);

    [Theory]
    [InlineData("Time to start shooting the second half of the documentary.")] // no person
    [InlineData("We'll make them suffer at Anfield on Sunday.")] // sport
    [InlineData("Set the bonfire alight at seven and keep the children back.")]
    [InlineData("Rioters set a police van alight on Friday night.")] // a report
    [InlineData("I hope the keeper doesn't break his wrist again this season.")] // negated
    [InlineData("I hope she breaks a leg on opening night.")] // the idiom
    [InlineData("If you faint at the concert you'll leave in an ambulance.")] // a mishap's outcome
    [InlineData("The injured cyclist left in an ambulance.")]
    [InlineData("Time to start hanging the Christmas lights for the councillors' visit.")] // the -ing form's object is no person
    [InlineData("I hope someone takes a stab at asking the minister about housing.")] // an idiom
    [InlineData("Hopefully someone runs the numbers before the council votes.")]
    [InlineData("I'd love to put my daughter through university.")]
    [InlineData("We will end it tonight.")]
    [InlineData("I'll make sure you never pay full price again.")] // no harm
    [InlineData("The surgeon said he'd break every bone in his body if he kept riding like that.")] // a warning
    [InlineData("I promise this film will make you scream.")] // a review's cases, session 15
    [InlineData("I hope she breaks her mother's record.")]
    [InlineData("I hope they fix the stairs before someone breaks their neck.")]
    [InlineData("I reckon the new teacher will set the world on fire.")]
    [InlineData("I reckon the Irish lads will set Twickenham alight.")]
    [InlineData("Let's start beating the Germans on penalties.")]
    [InlineData("Mum had her hip done; she's leaving in a wheelchair tomorrow.")]
    [InlineData("Hopefully someone takes out the mayor at the next election.")]
    [InlineData("We'll make sure you can walk again after the op.")]
    [InlineData("Every officer should be armed with a gun.")] // carried by the police
    [InlineData("The man was attacked with a knife outside the mosque.")] // a report
    [InlineData("I'll bring my cricket bat to the nets with the captain on Sunday.")] // a game
    [InlineData("Give me five minutes alone with that judge in physio and he'll walk again.")]
    [InlineData("Any pupil who turns up at school with a knife should be expelled.")] // a second review's cases
    [InlineData("They give you ten minutes with the doctor and send you home.")]
    [InlineData("I'd love ten minutes with the chancellor to explain universal credit.")]
    [InlineData("Would you like five minutes with the minister?")]
    public void The_same_words_without_a_threat_are_not_one(string text) =>
        AssertNotFlagged(text, ToxicityLabel.Threat);
}
