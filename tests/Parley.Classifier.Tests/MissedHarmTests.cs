using static Parley.Classifier.Tests.ShippedModel;

namespace Parley.Classifier.Tests;

/// <summary>
/// Threat shapes of session 17: regret that someone was not killed (MissedHarm), a first person's progressive ("I'm
/// breaking your arms"), a beating given ("give him a kicking"), an adverb or an intensifier before the verb, and the
/// words a threat calls its victim. Each paired with the civil sentence of the same words. Our own sentences.
/// </summary>
public class MissedHarmTests
{
    [Theory]
    [InlineData("Too bad someone didn't put a bullet between his eyes.")]
    [InlineData("Shame nobody shot him.")]
    [InlineData("Pity they didn't hang the lot of them.")]
    [InlineData("Wish they killed this loser!!")]
    [InlineData("I wish they'd strangled him when they had the chance.")]
    [InlineData("I wish they'd killed him.")]
    [InlineData("Too bad no one put a bullet in his head years ago.")]
    [InlineData("Shame the soldier never shot him.")]
    [InlineData("Such a pity they didn't finish him off.")]
    [InlineData("im breaking both your arms next time you mouth off")] // a first person's progressive
    [InlineData("ONE MORE WORD AND IM COMING ROUND TO SMASH YOUR HEAD IN")]
    [InlineData("I'm stabbing you if you come near my house again.")]
    [InlineData("Anyone who spots that referee in town should give him a proper kicking.")] // a beating given
    [InlineData("I'll give that columnist a good battering.")]
    [InlineData("I'd honestly kill him myself.")] // an adverb before the verb
    [InlineData("I would fucking kill this guy.")]
    [InlineData("I would kill this sick psycho bitch.")] // what the threat calls its victim
    public void A_threat_in_these_shapes_is_a_threat(string text) =>
        AssertFlagged(text, ToxicityLabel.Threat, ToxicityLabel.Toxicity);

    [Theory]
    [InlineData("Shame they killed him, he was a good lad.")] // regret that he was killed
    [InlineData("I wish they hadn't shot him.")]
    [InlineData("I wish they had not killed him.")]
    [InlineData("Too bad they didn't kill the bill.")] // a thing
    [InlineData("Shame the air defence didn't shoot them down.")] // drones
    [InlineData("Too bad they didn't hang him out to dry.")] // an idiom
    [InlineData("What a shame. They didn't kill him, thank God.")] // two sentences
    [InlineData("She wishes they had killed him.")] // someone else's wish
    [InlineData("I don't wish they had killed him.")]
    [InlineData("It's a pity nobody killed the story before it ran.")]
    [InlineData("Pity they didn't finish the job.")]
    [InlineData("I'm killing it at work this week.")] // progressives without a victim
    [InlineData("I'm shooting the bride and groom tomorrow at noon.")]
    [InlineData("I'm breaking the news to my kids tonight.")]
    [InlineData("We're hanging the pictures in the hall.")]
    [InlineData("I'm coming round to fix your boiler on Tuesday.")]
    [InlineData("Give them a kicking on Saturday lads, come on Rovers!")] // a team
    [InlineData("Give him a slap from me when you see him, the cheeky sod.")]
    [InlineData("I'd literally kill for a coffee right now.")]
    [InlineData("Pity they didn't put him in goal instead.")] // a code review's look-alikes
    [InlineData("I wish they had killed him off in the first book.")]
    [InlineData("I wish they'd killed him off in the first book.")] // DeathWish once read "they" as the victim here
    [InlineData("Shame they didn't shoot her in colour, the film looks drab.")]
    [InlineData("Too bad they didn't hang her portrait in the main gallery.")]
    [InlineData("Pity nobody stabbed him in the back, politically speaking.")]
    [InlineData("I'm shooting him for the cover of the spring issue.")]
    [InlineData("I'm going to give her a bullet journal for Christmas.")]
    [InlineData("Let's give this guy a beating at the polls.")]
    public void The_same_words_without_a_threat_are_not_one(string text) =>
        AssertNotFlagged(text, ToxicityLabel.Threat);
}
