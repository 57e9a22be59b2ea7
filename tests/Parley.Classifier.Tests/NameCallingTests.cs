using Parley.Classifier.Lexical;
using Parley.Classifier.Text;
using static Parley.Classifier.Tests.ShippedModel;

namespace Parley.Classifier.Tests;

/// <summary>
/// Name-calling without "you are" (NameCalling), stock put-downs (InsultTropes), a person's quality likened to a thing
/// (ReaderInsult.MindOfA) and the colloquial insult words of the lexicon. Our own sentences, not the training set's.
/// </summary>
public class NameCallingTests
{
    [Theory]
    [InlineData("You smug little twerp.")]
    [InlineData("sit down you absolute dingbat")]
    [InlineData("Keep typing, you pompous windbag.")]
    [InlineData("What a blowhard.")]
    [InlineData("what an utter nincompoop that man is")]
    [InlineData("Stop being such a prat.")]
    [InlineData("Great analysis, numpty.")]
    [InlineData("Sure thing, dunderhead.")]
    [InlineData("Shut up you m0r0n")] // the normaliser's leetspeak, then the vocative
    [InlineData("You racist prick.")] // a second review's cases, session 15
    [InlineData("Mate, grow up, idiot.")]
    [InlineData("In my opinion he's such a twat.")]
    public void Calling_someone_a_name_is_an_insult(string text) =>
        AssertFlagged(text, ToxicityLabel.Insult, ToxicityLabel.Toxicity);

    [Theory]
    [InlineData("I'm such a numpty, I left my umbrella on the train.")] // the writer
    [InlineData("What a lovely tribute to the nurses.")]
    [InlineData("You lucky thing, the tickets sold out in minutes.")]
    [InlineData("Thank you, the bin men came early.")]
    public void The_same_shapes_without_a_name_are_civil(string text) =>
        AssertNotFlagged(text, ToxicityLabel.Insult, ToxicityLabel.Toxicity);

    // The rule itself, where the heads alone already flag the insult word: the writer, a list, a report.
    [Theory]
    [InlineData("What a fool I was to trust the estate agent.")]
    [InlineData("I'm such an idiot, I left my umbrella on the train.")]
    [InlineData("The old sitcom gave us numpty, plonker and wazzock.")]
    [InlineData("He shouted \"you idiot\" at the referee, the report says.")]
    [InlineData("Did you spot any blue tits?")] // a verb after "you" (a review's cases, session 15)
    [InlineData("Winners: the banks and you. Losers: pensioners.")] // a sentence ends after "you"
    [InlineData("At the feeder today: robins, finches, tits.")] // a list
    [InlineData("My dad is such a muppet, bless him.")] // the writer's own
    public void Name_calling_leaves_the_writer_lists_and_reports_alone(string text) =>
        Assert.Null(NameCalling.Find(TextNormalizer.Default.Normalize(text), TextNormalizer.Default.Lexicon));

    [Theory]
    [InlineData("The home secretary wouldn't recognise a statistic if it slapped her across the face.")]
    [InlineData("This lot couldn't organise a bake sale if their lives depended on it.")]
    [InlineData("He couldn't find his way out of a paper bag with a torch.")]
    [InlineData("He couldn't find his way out of a paper bag.")] // the figure ends the text
    [InlineData("This journalist wouldn't know a fact if it came up and bit him.")]
    [InlineData("He must have been dropped on his head as a baby.")]
    [InlineData("This guy is the reason shampoo has instructions.")]
    [InlineData("Honestly, the new coach is about as useful as a chocolate kettle.")]
    [InlineData("You're as useful as a chocolate teapot.")] // without "about": its stock useless things
    [InlineData("He's as much use as a screen door on a submarine.")]
    [InlineData("The manager is as useful as an ashtray on a motorbike, sack him.")]
    [InlineData("Your mum should have aborted you.")]
    [InlineData("You should've been aborted.")]
    [InlineData("Your mother should have had you aborted.")] // a review's cases
    [InlineData("Pity you weren't aborted, Steve.")]
    [InlineData("You're as thick as a plank of oak.")]
    [InlineData("That pundit is a few bricks short of a wall.")]
    [InlineData("Our MP is not the brightest bulb in the box.")]
    [InlineData("There's nothing but tumbleweed between your ears.")]
    [InlineData("My goldfish has more common sense than this councillor.")]
    [InlineData("I've seen more political insight in a bag of crisps than in you.")]
    [InlineData("He's the reason microwaves come with warning labels.")]
    [InlineData("Did someone drop you on your head?")]
    [InlineData("She's living proof that evolution can run in reverse.")]
    [InlineData("If brains were chocolate he couldn't fill a Smartie.")]
    [InlineData("The minister has a face like a burst sofa.")]
    [InlineData("Get a life, mate.")]
    [InlineData("People with an IQ the size of their shoe size shouldn't vote on this.")]
    [InlineData("Hush now, the grown-ups are talking.")]
    public void Stock_put_downs_are_insults(string text) =>
        AssertFlagged(text, ToxicityLabel.Insult, ToxicityLabel.Toxicity);

    [Theory]
    [InlineData("I'm not the brightest bulb in the box, but the council's maths looks wrong to me.")] // self-deprecation
    [InlineData("I couldn't draw a cat if my life depended on it.")]
    [InlineData("I wouldn't know a good claret if it bit me.")]
    [InlineData("Those two have been thick as thieves since school.")]
    [InlineData("The station is about as far as the town hall from here.")]
    [InlineData("The walls are as thick as a castle's.")]
    [InlineData("The van stopped a few miles short of a petrol station.")]
    [InlineData("She was not the quickest runner in the race, but she finished.")]
    [InlineData("She has more experience than him, which is why she got the job.")] // experience is no mind
    [InlineData("The winger was dropped on his head in the scrum and went off injured.")]
    [InlineData("Evolution gave us thumbs for a reason.")]
    [InlineData("If intelligence were the only measure, she would have won.")]
    [InlineData("She had a grin on her face like a child at Christmas.")]
    [InlineData("The charity helps young offenders get a life back on track.")]
    [InlineData("Most commuters wouldn't notice if it was scrapped.")] // a review's cases, session 15
    [InlineData("She couldn't afford the insulin her life depended on.")]
    [InlineData("Young adults are talking about housing more than ever.")]
    [InlineData("He's not the smartest person in the room, but he hires well.")]
    [InlineData("The new jab is about as effective as a flu vaccine.")]
    [InlineData("She's as useful as a Swiss army knife in the kitchen.")] // praise: no stock useless thing
    [InlineData("This app is as useful as a chocolate teapot.")] // of a thing, not a person
    [InlineData("I'm as useful as a chocolate teapot before my coffee.")] // the writer's own
    [InlineData("She should have aborted, the doctors said, but she kept the baby.")]
    [InlineData("The launch should have been aborted when the warning light came on.")]
    [InlineData("You should have aborted the launch when the warning light came on.")]
    [InlineData("Your mum should have aborted the trip once the snow warnings came out, glad she got home safe.")]
    [InlineData("The inquest heard the pregnancy should have been aborted earlier to save the mother's life.")]
    [InlineData("The manager said VAR was 'as useful as an ashtray on a motorbike' and was fined by the FA.")]
    [InlineData("'You're as useful as a chocolate teapot,' my gran used to tell the telly when the forecast was wrong.")]
    [InlineData("Labour is two MPs short of a majority.")]
    [InlineData("Evolution doesn't go backwards.")]
    [InlineData("If ignorance was the problem, education would fix it.")]
    [InlineData("IQ scores fell by single digits.")]
    [InlineData("Sugar is the reason the new labels were introduced.")]
    [InlineData("Careful, an icicle could drop on your head.")]
    [InlineData("At last the adults are talking.")] // a second review's cases
    [InlineData("If ignorance were the real cause, you'd expect the campaign to have worked.")]
    [InlineData("What's striking is that evolution can run in reverse in cave fish.")]
    [InlineData("There is more common sense in the new housing plan for first time buyers, you know.")]
    public void Their_civil_look_alikes_are_not_insults(string text) =>
        AssertNotFlagged(text, ToxicityLabel.Insult, ToxicityLabel.Toxicity);

    [Theory]
    [InlineData("You've got the charisma of a damp dishcloth.")]
    [InlineData("The striker has the first touch of a fridge freezer.")]
    [InlineData("The minister has all the warmth of a tax demand.")]
    [InlineData("He's got the people skills of a parking meter.")]
    [InlineData("Your comments have the wit of a broken vending machine.")]
    public void A_quality_likened_to_a_thing_is_an_insult(string text) =>
        AssertFlagged(text, ToxicityLabel.Insult, ToxicityLabel.Toxicity);

    [Theory]
    [InlineData("You've got the heart of a lion, well done on the marathon.")]
    [InlineData("The new captain has the makings of a great leader.")]
    [InlineData("She has the voice of an angel.")]
    [InlineData("The winger has the touch of a surgeon.")]
    [InlineData("You have the patience of a saint with this council.")]
    [InlineData("This house has the charm of a country cottage.")] // a thing, not a person
    [InlineData("At 38 the striker still has the energy of a 20 year old.")] // an age
    [InlineData("You have the gift of a natural storyteller.")]
    public void A_quality_likened_to_praise_or_of_a_thing_is_civil(string text) =>
        AssertNotFlagged(text, ToxicityLabel.Insult, ToxicityLabel.Toxicity);

    [Fact]
    public void The_name_calling_span_covers_the_vocative()
    {
        var norm = TextNormalizer.Default.Normalize("Keep typing, you pompous windbag.");
        var (first, last) = NameCalling.Find(norm, TextNormalizer.Default.Lexicon)!.Value;
        var (begin, end) = norm.TokensToOriginal(first, last);
        Assert.Equal("you pompous windbag", "Keep typing, you pompous windbag."[begin..end]);
    }

    [Theory]
    [InlineData("twerp")]
    [InlineData("nincompoop")]
    [InlineData("windbag")]
    [InlineData("dunderhead")]
    public void Colloquial_insult_words_are_in_the_lexicon(string word) =>
        Assert.Equal(LexiconCategory.Insult, TextNormalizer.Default.Lexicon.Category(word));

    // One letter from a new insult word is an ordinary word, never "repaired" into the insult (lexicon column "norepair").
    [Theory]
    [InlineData("wonk")] // twonk
    [InlineData("boos")] // bozos
    [InlineData("rigs")] // prigs
    [InlineData("terps")] // twerps
    [InlineData("twts")] // twits and twats: ambiguous, as before the new words
    public void Words_one_letter_from_a_colloquial_insult_are_not_repaired_into_it(string word) =>
        Assert.Null(TextNormalizer.Default.Lexicon.Repair(word));

    [Theory]
    [InlineData("git")] // software
    [InlineData("jerk")] // knee-jerk, jerk chicken
    [InlineData("wally")] // Where's Wally
    public void Words_too_often_innocent_are_left_out(string word) =>
        Assert.Equal(LexiconCategory.None, TextNormalizer.Default.Lexicon.Category(word));
}
