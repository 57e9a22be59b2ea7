using Parley.Classifier.Lexical;
using Parley.Classifier.Text;
using static Parley.Classifier.Tests.ShippedModel;

namespace Parley.Classifier.Tests;

/// <summary>Veiled threats (StockThreat) and put-downs (PutDowns) that are fixed idioms. Our own sentences.</summary>
public class StockPhraseTests
{
    [Fact]
    public void The_matcher_finds_a_pattern_in_one_sentence_with_optional_and_any_word_elements()
    {
        var phrases = new StockPhrases("shame if your *? got scratched", "watch your back");

        Assert.Equal((2, 7), phrases.Find(TextNormalizer.Default.Normalize("Be a shame if your car got scratched.")));
        Assert.Equal((2, 6), phrases.Find(TextNormalizer.Default.Normalize("Be a shame if your got scratched."))); // "*?" skipped
        Assert.Null(phrases.Find(TextNormalizer.Default.Normalize("A shame if your. Car got scratched."))); // across a break
        Assert.True(StockPhrases.EndsSentence(TextNormalizer.Default.Normalize("Watch your back, mate."), 2));
        Assert.False(StockPhrases.EndsSentence(TextNormalizer.Default.Normalize("Watch your back on the stairs."), 2));
    }

    [Theory]
    [InlineData("so? much")] // an optional first element
    [InlineData("* much")]
    [InlineData("walking advert for birth| control")] // an empty alternative
    public void A_pattern_the_matcher_cannot_use_is_refused_at_start_up(string pattern) =>
        Assert.Throws<ArgumentException>(() => new StockPhrases(pattern));

    [Theory]
    [InlineData("Watch your back.")]
    [InlineData("Watch your back, Starmer.")] // a vocative after the idiom
    [InlineData("People know where you live, mate.")]
    [InlineData("Sleep with one eye open.")]
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
    [InlineData("We'll find you.")]
    [InlineData("Nice car in your photo. Be a shame if it caught fire one night.")]
    [InlineData("Judge Hartley needs to be dealt with permanently.")]
    [InlineData("I'd sleep with one eye open if I were you.")]
    [InlineData("Say it to my face, I dare you.")]
    [InlineData("One more word and see what happens.")]
    [InlineData("I have your home address.")]
    [InlineData("It would be a shame if something were to happen to you.")]
    [InlineData("Watch your back pal.")]
    [InlineData("Watch your back, you little grass.")]
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
    [InlineData("If you get separated from the group at the festival, we'll find you.")] // a clause before it
    [InlineData("It's fine, we have your address.")]
    [InlineData("Please take a ticket and wait until your number is up.")]
    [InlineData("The twist is brilliant. You won't see it coming.")]
    [InlineData("Lifting heavy boxes this weekend? Watch your back.")] // advice after a question
    [InlineData("Do you know which bus you need for the stadium?")]
    [InlineData("We will pay you a visit on Tuesday to fit the new meter.")]
    [InlineData("We'll be paying you a visit at the open day, save us a seat.")]
    [InlineData("It would be a real shame if anything happened to them, they are the last breeding pair in Wales.")]
    [InlineData("It would be a shame if the pier burned down again, it is a listed structure.")]
    [InlineData("Her voice was silenced forever when she died in 1998.")]
    [InlineData("The problem he raised needs to be dealt with permanently.")]
    [InlineData("I'd hate to meet him in a dark alley, he is six foot five.")] // feared
    [InlineData("The last face you'll see before surgery is the anaesthetist's.")]
    [InlineData("Do people know where you live? The form asks for it.")]
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
    [InlineData("Are you new to words?")]
    [InlineData("Is there an adult in the house we could talk to instead?")]
    [InlineData("Does your carer know you're online?")]
    [InlineData("Did your mum help you spell the long words?")]
    [InlineData("Nice try, but the adults are talking.")]
    [InlineData("Not the sharpest pencil in the case, are we?")]
    [InlineData("My five-year-old could do a better job.")]
    [InlineData("My dog could write a better column than this.")]
    [InlineData("I swear you enjoy being this wrong.")]
    [InlineData("The grown-ups are talking.")]
    [InlineData("Is there a grown-up in the room?")]
    [InlineData("Ask a grown-up to explain it to you.")]
    [InlineData("You're a walking advert for contraception.")]
    [InlineData("Are you always this slow? Ask anyone.")] // an order after the question, not a speaker
    [InlineData("Nobody would miss you if you disappeared.")] // session 26: session 25's known misses
    [InlineData("You should be ashamed to be alive.")]
    [InlineData("Ok boomer, go take your meds.")]
    [InlineData("Are you off your meds again?")]
    [InlineData("The thread would be better without you.")]
    [InlineData("Honestly the world would be a better place without you.")]
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
    [InlineData("Meanwhile, the adults are discussing the budget.")]
    [InlineData("Sorry for being so slow to reply, I was on holiday.")] // the writer's own
    [InlineData("Scientists practise being wrong; it is how they learn.")]
    [InlineData("Our toddler just learnt the alphabet!")]
    [InlineData("Our children grow up and come back home for Christmas.")]
    [InlineData("I can draw you a diagram of the new roundabout layout if that helps.")]
    [InlineData("Do yourself a favour and log off for a week, it does wonders.")]
    [InlineData("Her family must be so disappointed by the verdict.")]
    [InlineData("We should go back to junior school sports days with egg and spoon races.")]
    [InlineData("Children should ask an adult to help with the experiment.")]
    [InlineData("Airports won't let you have scissors in hand luggage.")]
    [InlineData("Does your mum know you're on the school trip list?")]
    [InlineData("Did your mum help you write your personal statement?")]
    [InlineData("For toddlers, stick to colouring books and play dough.")]
    [InlineData("She wrote it in crayon on the fridge door.")]
    [InlineData("Was this poem written by a child? It's lovely.")]
    [InlineData("Lawsuits are the reason shampoo bottles have instructions.")]
    [InlineData("Remember to take your meds before bed.")]
    [InlineData("If you feel dizzy, go and take your meds and lie down.")]
    [InlineData("Nobody would miss you at the meeting if you left early, so go.")]
    [InlineData("I would miss you if you left the forum, your posts are great.")]
    [InlineData("Doctors say you should never stop your meds without advice.")]
    [InlineData("Would the world be better without nuclear weapons?")]
    [InlineData("Taking the motorway is not the quickest option in the case of roadworks.")]
    public void Their_look_alikes_are_not(string text) => AssertNotFlagged(text, ToxicityLabel.Insult, ToxicityLabel.Toxicity);

    [Theory]
    [InlineData("Muslims in my town run the food bank every Friday.")]
    [InlineData("The Irish have always been generous to refugees.")]
    [InlineData("Immigrants volunteered at the flood shelter all week.")]
    [InlineData("Hindus have done so much for this country.")]
    [InlineData("Immigrants have given so much to this town.")]
    [InlineData("Women shouldn't be afraid to walk home at night.")] // spared fear
    [InlineData("Muslims should not have to hide their faith to get a job.")]
    public void A_groups_good_deeds_and_warm_traits_are_kind(string text) =>
        AssertNotFlagged(text, ToxicityLabel.Toxicity, ToxicityLabel.IdentityAttack);

    [Theory]
    [InlineData("Jews run the banks and the media.")] // "run" needs a good cause
    [InlineData("Muslims in this country are generous to terrorists.")] // a motive after the trait
    [InlineData("Immigrants fed off our benefits for years.")]
    [InlineData("The Irish have always been generous, unlike the Poles who rob us blind.")]
    [InlineData("Jews have given so much to Israel and nothing to Britain.")] // a turn after the deed
    [InlineData("Immigrants have done so much damage to this town.")]
    [InlineData("Women should be afraid to walk home at night, and they will be.")] // not spared
    [InlineData("Immigrants shouldn't be afraid to go home.")] // spared, but sent away (a code review)
    [InlineData("Jews shouldn't be afraid because soon there will be none left.")]
    [InlineData("Women shouldn't be scared to stay in the kitchen where they belong.")]
    public void Hate_in_their_words_is_not_damped(string text) => AssertFlagged(text, ToxicityLabel.Toxicity);

    [Theory]
    [InlineData("Every Polish builder I've met was a cowboy, it's in their blood.")] // vice as nature
    [InlineData("Africans have done nothing for the world.")] // denied any good
    [InlineData("Immigrants have never contributed a penny.")]
    [InlineData("Muslims only understand violence.")] // ruled by force
    [InlineData("Russians only respect force, history shows it.")]
    [InlineData("Asians all look the same anyway.")] // no faces of their own
    public void Group_stereotypes_without_a_slur_are_identity_attacks(string text) =>
        AssertFlagged(text, ToxicityLabel.Toxicity, ToxicityLabel.IdentityAttack);

    [Theory]
    [InlineData("Muslims fast through Ramadan, it's their religion.")]
    [InlineData("Polish builders are brilliant, it's in their blood.")]
    [InlineData("Immigrants have done nothing wrong by claiming asylum.")]
    [InlineData("Jews have contributed a great deal to British science.")]
    [InlineData("Twins all look the same at that age.")] // no group
    [InlineData("The council did nothing. Muslims did nothing. Nobody came to help.")] // one day, not a people's worth
    [InlineData("Muslims only understand violence? That is a lie.")] // asked to be refuted
    [InlineData("White people all look the same to me, joked the Nigerian comedian.")]
    [InlineData("Asylum seekers never contributed a penny? They are banned from working.")]
    [InlineData("The Kurds only understand one language: freedom.")]
    [InlineData("Hindus only understand cricket, ha.")]
    public void Their_look_alikes_are_not_identity_attacks(string text) =>
        AssertNotFlagged(text, ToxicityLabel.Toxicity, ToxicityLabel.IdentityAttack);
}
