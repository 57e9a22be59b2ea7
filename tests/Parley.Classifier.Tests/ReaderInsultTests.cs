using Parley.Classifier.Lexical;
using Parley.Classifier.Text;
using static Parley.Classifier.Tests.ShippedModel;

namespace Parley.Classifier.Tests;

/// <summary>The reader called something that is no insult word alone (ReaderInsult). Our own sentences.</summary>
public class ReaderInsultTests
{
    /// <summary>
    /// TOXICITY is at least a flagged INSULT where the text names no group, not only where it speaks to the reader
    /// (since session 30). Before, each scored TOXICITY below its INSULT (0.40 against 0.53 for the first).
    /// </summary>
    [Theory]
    [InlineData("Honestly the candidates are spineless cowards who never answer a question.")]
    [InlineData("The chairman is a clueless buffoon who should never have been given the job.")]
    [InlineData("That pundit is a pompous windbag and everybody knows it.")]
    [InlineData("The minister is a spineless coward.")]
    public void A_flagged_insult_of_someone_else_is_toxic(string text)
    {
        var result = Model.Score(text);
        Assert.True(result[ToxicityLabel.Insult] >= Threshold(ToxicityLabel.Insult), $"INSULT {result[ToxicityLabel.Insult]:F2}");
        Assert.True(result[ToxicityLabel.Toxicity] >= result[ToxicityLabel.Insult], $"TOXICITY {result[ToxicityLabel.Toxicity]:F2}");
    }

    [Theory]
    [InlineData("Mark, you're the most useless colleague I have ever had.")]
    [InlineData("you're thick as a plank")]
    [InlineData("You are a disgrace to this newspaper.")]
    [InlineData("You're nothing but a fraud.")]
    [InlineData("You are genuinely the thickest person in this thread.")] // a superlative after a filler
    [InlineData("You're easily the dumbest commenter here.")]
    [InlineData("Oh look, he's back to share his one remaining brain cell with us.")] // a sixth blind set's insults
    [InlineData("Nobody cares what you think, mate.")]
    [InlineData("Shut your mouth, you know nothing about this town.")]
    [InlineData("I didn't realise they let people with your IQ vote.")]
    public void Calling_the_reader_useless_or_a_disgrace_is_an_insult(string text) =>
        AssertFlagged(text, ToxicityLabel.Insult, ToxicityLabel.Toxicity);

    [Theory]
    [InlineData("You're not a failure, you just had a bad year.")]
    [InlineData("Thank you, you're a star.")]
    [InlineData("When you're useless at maths, calculators help.")]
    [InlineData("You're by far the best writer on this paper.")]
    [InlineData("Nobody cares what you think about pineapple on pizza, it's your pizza!")]
    [InlineData("The surgeon removed a single brain cell cluster.")]
    [InlineData("People with your IQ score are eligible for Mensa.")]
    public void Negated_kind_or_conditional_uses_are_not_insults(string text) =>
        AssertNotFlagged(text, ToxicityLabel.Toxicity);

    [Theory]
    [InlineData("You're a lonely, bitter nobody.")]
    [InlineData("you are a laughing stock")]
    [InlineData("Bless your heart, you really are slow.")]
    [InlineData("You clearly can't read.")]
    [InlineData("You have the IQ of a houseplant.")]
    [InlineData("You've got the attention span of a goldfish.")]
    [InlineData("Reading comprehension isn't your strong suit, is it?")]
    [InlineData("Do the world a favour and stop breeding.")]
    [InlineData("Go back to where you came from.")]
    [InlineData("The author has the brain of a damp sponge.")]
    [InlineData("Were you dropped on your head as a baby?")]
    [InlineData("Try engaging your one remaining brain cell before you post.")]
    [InlineData("You have the reading comprehension of a potato.")]
    [InlineData("Embarrassing. Delete your account.")]
    [InlineData("Honestly mate, you're embarrassing yourself.")]
    public void Insults_of_the_readers_mind_without_an_insult_word_are_toxic(string text) =>
        AssertFlagged(text, ToxicityLabel.Insult, ToxicityLabel.Toxicity);

    [Theory]
    [InlineData("As you can't read Russian, here is a translation.")]
    [InlineData("Sorry, you can't read this article without a subscription.")]
    [InlineData("You have the memory of your grandfather's stories to keep.")]
    [InlineData("You have the right to remain silent.")]
    [InlineData("Bowling was never your strong point.")]
    [InlineData("Maths was never my strong suit.")]
    [InlineData("Do yourself a favour and read the full report.")]
    [InlineData("Do the world a favour and vote on Thursday.")]
    [InlineData("You're a slow reader but a careful one.")]
    [InlineData("You're a brave, honest reporter.")]
    [InlineData("Don't feel that you're slow with this, most editors are behind you.")]
    [InlineData("The shelling is so loud you can't think.")] // review, 2026-12-05 night
    [InlineData("You have the memory of an elephant.")]
    [InlineData("You're a victim of the biggest fraud in history.")]
    [InlineData("You have been the victims of the biggest scam this town has seen.")]
    [InlineData("You're slow to condemn Hamas.")]
    [InlineData("The author has the brain of a scientist and the heart of a poet.")]
    [InlineData("You have the reading comprehension of a professional editor.")]
    [InlineData("Every brain cell in your body is replaced over time, apparently.")]
    [InlineData("To delete your account, go to settings.")]
    [InlineData("I don't think you're embarrassing yourself at all.")]
    public void The_same_words_without_the_insult_are_civil(string text) =>
        AssertNotFlagged(text, ToxicityLabel.Insult, ToxicityLabel.Toxicity);

    // An insult aimed at the reader is toxic (Perspective's reading): the INSULT head flagged these while TOXICITY
    // stayed below 0.5.
    [Theory]
    [InlineData("Nobody asked for your opinion, troll.")]
    [InlineData("What a sad little man you are.")]
    [InlineData("You must be the least intelligent person on this site.")]
    public void An_insult_at_the_reader_is_toxic(string text) =>
        AssertFlagged(text, ToxicityLabel.Insult, ToxicityLabel.Toxicity);

    // PersonInsult: one sentence calling someone an insult inside a long, otherwise civil comment (the heads read the
    // whole text and scored such comments near 0). The civil ones keep the frame: a thing as the subject, a negation,
    // a condition, a report.
    private const string Before = "The council published the figures last night and they are worth reading. Turnout was higher than expected. ";
    private const string After = " Anyway, the count for the east ward is due this morning.";

    [Theory]
    [InlineData(Before + "The returning officer is a useless, bumbling idiot." + After)]
    [InlineData(Before + "Honestly the candidates are spineless cowards who never answer a question." + After)]
    [InlineData(Before + "That columnist was a smug little moron from start to finish." + After)]
    [InlineData(Before + "The presenter is a pompous prat who never lets anyone finish." + After)]
    public void Calling_someone_an_insult_in_a_long_comment_is_an_insult(string text) =>
        AssertFlagged(text, ToxicityLabel.Insult, ToxicityLabel.Toxicity);

    [Theory]
    [InlineData(Before + "The returning officer is a careful, patient woman." + After)]
    [InlineData(Before + "This whole process is a joke, frankly." + After)]
    public void The_same_frame_without_calling_someone_an_insult_is_civil(string text) =>
        AssertNotFlagged(text, ToxicityLabel.Insult, ToxicityLabel.Toxicity);

    // The rule's own exceptions, read by the rule alone: the INSULT head still scores these 0.65–0.83 on "idiot" (model card,
    // limitations), so the whole classifier would not show whether the rule stayed out.
    [Theory]
    [InlineData(Before + "The returning officer is no idiot." + After)]
    [InlineData(Before + "If the returning officer is an idiot, the count will show it." + After)]
    [InlineData(Before + "The mayor said the protesters were idiots, which was a poor choice of words." + After)]
    [InlineData(Before + "I didn't mean to imply the returning officer was an idiot." + After)]
    [InlineData(Before + "I was an idiot to believe the polls." + After)] // the writer
    [InlineData(Before + "The villain is a creep, which is the point." + After)] // a story's character
    [InlineData(Before + "The candidates were cowards, the editor wrote." + After)] // reported after the insult
    [InlineData(Before + "Does that mean everyone who disagrees is an idiot?" + After)] // a question
    [InlineData(Before + "The shares are now worthless." + After)] // an adjective in -less, not a plural
    [InlineData(Before + "The Greens were the big losers on the night." + After)]
    [InlineData(Before + "The entertainers were clowns from the local circus." + After)]
    [InlineData(Before + "This whole process is an idiotic joke." + After)]
    [InlineData(Before + "Homer is a lovable oaf, and that is the joke." + After)] // fondness
    [InlineData("More of this nonsense: https://example.org/2017/08/the-war-on-facts-is-a-myth-and-an-idiot-one")]
    public void Negated_conditional_reported_or_glued_insults_are_not_the_rule(string text) =>
        Assert.Null(PersonInsult.Find(TextNormalizer.Default.Normalize(text), TextNormalizer.Default.Lexicon));

    // The reader as the one wronged is sympathy (ReaderVictim), unless an insult is there too or it turns on the reader.
    [Theory]
    [InlineData("You're the biggest fraud in history.")]
    [InlineData("You're a victim of your own stupidity.")]
    [InlineData("You're a victim of the media, you brainwashed moron.")]
    public void The_reader_as_a_victim_is_still_insulted_where_the_text_insults(string text) =>
        AssertFlagged(text, ToxicityLabel.Insult);
}
