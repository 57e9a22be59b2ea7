using static Parley.Classifier.Tests.ShippedModel;

namespace Parley.Classifier.Tests;

/// <summary>Veiled threats (StockThreat) and put-downs (PutDowns) that are fixed idioms. Our own sentences.</summary>
public class StockPhraseTests
{
    [Theory]
    [InlineData("Watch your back.")]
    [InlineData("Watch your back, Starmer.")] // a vocative after the idiom
    [InlineData("People know where you live, mate.")]
    [InlineData("Sleep with one eye open.")]
    [InlineData("You won't see it coming.")]
    [InlineData("You'd better sleep with one eye open, councillor.")]
    [InlineData("You'd better watch yourself.")]
    [InlineData("Accidents happen to people like you.")]
    [InlineData("You're a dead man walking.")]
    [InlineData("I've got your address.")]
    [InlineData("Nice house you've got. Shame if it burned down.")]
    [InlineData("It would be a pity if your car got scratched.")]
    [InlineData("I hope you like hospital food.")]
    [InlineData("Keep talking and see what happens.")]
    [InlineData("Say that to my face and see what happens.")]
    [InlineData("Don't be surprised if someone pays you a visit.")]
    [InlineData("Keep looking over your shoulder.")]
    [InlineData("There are plenty of us who'd like a word with you in a dark alley.")]
    [InlineData("That councillor needs to be dealt with, permanently.")]
    [InlineData("Somebody needs to shut him up for good.")]
    [InlineData("We know where your kids go to school.")]
    [InlineData("Sleep with one eye open tonight.")]
    [InlineData("You can run but you can't hide, councillor.")]
    [InlineData("Would be a shame if anything happened to your shop.")]
    [InlineData("Some of the lads will be paying you a visit.")]
    [InlineData("That's the last column you'll ever write.")]
    [InlineData("I know which bus you take home.")]
    [InlineData("We'll find you.")]
    public void Veiled_threats_are_threats(string text) => AssertFlagged(text, ToxicityLabel.Threat, ToxicityLabel.Toxicity);

    [Theory]
    [InlineData("Watch your back on the stairs, they're slippery.")] // the idiom runs on: literal
    [InlineData("People know where the polling station is, it's in the school.")]
    [InlineData("You won't see it coming on the motorway signs until the last minute.")]
    [InlineData("Your days are numbered.")] // a career's, as often as a life's (BehaviourTests)
    [InlineData("The soldiers learned to sleep with one eye open.")] // told, not said to someone
    [InlineData("Accidents happen on that junction every week, the council must act.")]
    [InlineData("Keep looking over your shoulder when you reverse out of the drive.")]
    [InlineData("I wouldn't want to meet their centre-back in a dark alley.")] // negated: fear of the man
    [InlineData("Nobody knows where he lives now, he moved to Spain.")]
    [InlineData("Keep talking to your MP, it works.")]
    [InlineData("Say that to the minister's face at the hustings next week.")]
    [InlineData("The potholes on Mill Lane need to be dealt with permanently.")] // no person
    [InlineData("It's a shame if your train got cancelled again, complain to the operator.")]
    [InlineData("MPs get letters saying \"watch your back\" and the police do nothing.")] // reported
    [InlineData("I know which train you get home, Dad, I'll meet you with the umbrella.")] // family
    [InlineData("Hope you like hospital food, my mum joked as she packed my lunchbox.")]
    [InlineData("You can run but you can't hide was the slogan of the charity fun run.")]
    [InlineData("Hope you like hospital food, because the new menu at St Luke's is excellent.")] // runs on
    public void Their_literal_and_reported_look_alikes_are_not(string text) =>
        AssertNotFlagged(text, ToxicityLabel.Threat, ToxicityLabel.Toxicity);

    [Theory]
    [InlineData("Are you always this slow or is today a special occasion?")]
    [InlineData("Imagine being this wrong and this loud.")]
    [InlineData("Do you practise being this dense or does it come naturally?")]
    [InlineData("Stick to colouring books, mate.")]
    [InlineData("Who let you near a keyboard?")]
    [InlineData("Was this article written by a child?")]
    [InlineData("My five-year-old could write a better column than this.")]
    [InlineData("Did you write this with crayons?")]
    [InlineData("I'd explain it to you but I don't have any crayons.")]
    [InlineData("Do everyone a favour and stop typing.")]
    [InlineData("Do us all a favour and log off.")]
    [InlineData("The lights are on but nobody's home.")]
    [InlineData("You are a walking advert for birth control.")]
    [InlineData("Go back to primary school and try again.")]
    [InlineData("Your parents must be so disappointed.")]
    [InlineData("The manager is out of his depth in a puddle.")]
    [InlineData("You must be the reason shampoo bottles have instructions.")]
    [InlineData("Do you practise being wrong, or does it come naturally?")]
    [InlineData("Are you new to reading?")]
    [InlineData("Is there an adult in the house we could talk to instead?")]
    [InlineData("Does your carer know you're online?")]
    [InlineData("Did your mum help you spell the long words?")]
    [InlineData("Nice try, but the adults are talking.")]
    [InlineData("Not the sharpest pencil in the case, are we?")]
    public void Put_downs_are_insults(string text) => AssertFlagged(text, ToxicityLabel.Insult, ToxicityLabel.Toxicity);

    [Theory]
    [InlineData("Are you always this busy in December or is this year special?")]
    [InlineData("I hate being this wrong about the weather.")] // the writer's own
    [InlineData("Imagine being this happy at seventy.")]
    [InlineData("Stick to the facts, the article does.")]
    [InlineData("Who let the dogs out at the Grand National? Security was poor.")]
    [InlineData("This memoir was written by a child who survived the siege.")] // not a question about this piece
    [InlineData("My five-year-old could swim better than I could at his age.")]
    [InlineData("We don't have any crayons left for the kids' table.")]
    [InlineData("Do everyone a favour and check your smoke alarm.")]
    [InlineData("The lights are on at the town hall all night, what a waste.")]
    [InlineData("The kids go back to primary school on Monday.")]
    [InlineData("Your parents must be so proud.")]
    [InlineData("The manager is out of his depth in the Champions League, the data says so.")]
    [InlineData("Let me draw the route on the map for you.")]
    [InlineData("Are you always this slow? my kids ask when I walk up the hill.")] // someone's words
    [InlineData("Is there an adult in the house? the electrician asked my teenager.")]
    [InlineData("The lights are on but nobody's home, which is why we use timer switches.")] // runs on: literal
    [InlineData("Stick to colouring inside the lines, I used to tell my son.")]
    [InlineData("Young adults are discussing housing more than ever.")]
    public void Their_look_alikes_are_not(string text) => AssertNotFlagged(text, ToxicityLabel.Insult, ToxicityLabel.Toxicity);
}
