using static Parley.Classifier.Tests.ShippedModel;

namespace Parley.Classifier.Tests;

/// <summary>
/// Session 22: the shapes four HateCheck-style suites (bench/blind-rounds/hatecheck-fresh2.jsonl to hatecheck-fresh5.jsonl,
/// development sets since then) showed missing: a virtue denied to a group, words glued after a degree adverb or after
/// "I", threats to a group spoken to, the writer's disgust, claims foretold, felt or called common knowledge, riddance
/// asked as a question, a non-restrictive "who", a fault made a superlative of the reader, an insult word said of a
/// person by their role, and a cigarette. Our own sentences, not the suites', each paired with civil sentences of the
/// same words.
/// </summary>
public class HateCheckGapsTests
{
    [Theory]
    [InlineData("Pakistanis are definitely not decent people.", "Pakistanis")]
    [InlineData("Honestly, lesbians are simply not trustworthy.", "lesbians")]
    [InlineData("Roma aren't even human.", "Roma")]
    [InlineData("Nothing makes my skin crawl like sitting next to Somalis.", "Somalis")]
    [InlineData("Nothing fills me with more disgust than seeing a Jew walk into my cafe.", "Jew")]
    [InlineData("Spend a week with Kurds and you'll soon find that they are completely useless.", "they")]
    [InlineData("I honestly feel like Hindus are the dumbest people alive.", "Hindus")]
    [InlineData("Sikhs don't deserve an ounce of respect.", "Sikhs")]
    [InlineData("Wouldn't this country be a far safer place without Somalis in it?", "Somalis")] // a question that asserts
    [InlineData("Frankly, Kurds moving onto our estate makes me sick to my stomach.", "Kurds")]
    [InlineData("Anyone who has lived next to Albanians knows they are dishonest.", "they")]
    [InlineData("Whatever the census says, Pakistanis will never be decent neighbours.", "Pakistanis")]
    [InlineData("No matter what the papers claim, Romanians will never be honest people.", "Romanians")]
    [InlineData("Tamils are a bunch of shitheads.", "Tamils")]
    [InlineData("This report reminded me how much Kurds disgust me.", "Kurds")]
    [InlineData("Nothing makes my blood boil like seeing more Somalis on our estate.", "Somalis")]
    [InlineData("A piece about Albanians again. They really are the worst sort of people.", "They")]
    [InlineData("The column is about Eritreans, who frankly are a plague on this town.", "Eritreans")]
    [InlineData("Pakistanis are not decent human beings, whatever the census says.", "Pakistanis")]
    [InlineData("I have never met a single Romanian person who was worth anything.", "Romanian")]
    [InlineData("There's no such thing as a decent Muslim and that is a fact.", "Muslim")]
    public void Group_claims_in_these_shapes_are_identity_attacks(string text, string word) =>
        AssertIdentityAttackExplainedBy(text, word);

    [Theory]
    [InlineData("Refugees are not good at paperwork, and nobody could be with these forms.")]
    [InlineData("Immigrants are not happy with the ruling.")]
    [InlineData("He claimed that Jews are not trustworthy, and the court fined him.")]
    [InlineData("Nothing makes me sicker than seeing Syrian families in those camps.")]
    [InlineData("Nothing makes me happier than seeing a Muslim family at the market.")]
    [InlineData("You'll soon find that refugees are hard-working people.")]
    [InlineData("I feel like Muslims are treated unfairly by the press.")]
    [InlineData("I don't think the world would be better without Muslims.")]
    [InlineData("The world would not be better without immigrants.")]
    [InlineData("Wouldn't the town be a nicer place without the bypass?")]
    [InlineData("Jews are not a danger to anyone, stop pretending they are.")] // the denial does not turn
    [InlineData("Refugees drowning in the Channel makes me sick.")] // sick at their plight
    [InlineData("He claims Pakistanis will never be decent neighbours.")] // reported
    [InlineData("I spoke to Sikhs at the gurdwara, who are wonderful hosts.")]
    [InlineData("I've never met a Sikh who was any good at cricket.")] // a narrow claim, not "no good one"
    [InlineData("Round up the kids and take them home before the storm.")]
    // a code review's civil sentences against the first version of these shapes
    [InlineData("Gay bashing in the tabloids makes me sick.")] // a group word as an adjective
    [InlineData("Jews leaving Britain out of fear makes me sick.")]
    [InlineData("Nothing makes my blood boil like seeing a Russian flag over Mariupol.")]
    [InlineData("Nothing makes my blood boil like hearing Muslims called terrorists.")] // anger on their behalf
    [InlineData("Nothing makes my blood boil like seeing more refugees drown in the Channel.")]
    [InlineData("In Victorian England, the Irish were not respectable.")] // history
    [InlineData("If you only read the Mail, you'll soon learn that migrants are criminals.")] // mocks the paper
    [InlineData("The referee's decisions were bollocks.")] // the decisions, not the person
    [InlineData("If you say \"I hate Kurds\", people will call you a bigot.")] // a quoted attack, condemned
    public void The_same_shapes_without_hate_are_not_an_attack(string text) =>
        AssertNotFlagged(text, ToxicityLabel.IdentityAttack, ToxicityLabel.Toxicity);

    [Fact]
    public void Gladness_at_a_group_moving_in_is_no_disgust() =>
        // IDENTITY_ATTACK only: TOXICITY reads "Kurds moving into our" at 0.84 (the model's n-grams, older than the rule).
        AssertNotFlagged("Kurds moving into our street makes me glad, the shop reopened.", ToxicityLabel.IdentityAttack);

    [Fact]
    public void Praise_that_says_not_just_is_no_denied_virtue() =>
        // IDENTITY_ATTACK only: the TOXICITY head reads "Muslims are not" as 0.72 here (a false positive of the model's
        // n-grams, older than the rule and left to it).
        AssertNotFlagged("Muslims are not just decent neighbours, they are the backbone of this street.", ToxicityLabel.IdentityAttack);

    [Theory]
    [InlineData("Women are absolutelydisgusting.")] // a missing word boundary after a degree adverb
    [InlineData("Ihate Muslims so much.")] // the writer glued to the verb
    public void Glued_words_are_split_and_read(string text) =>
        AssertFlagged(text, ToxicityLabel.Toxicity, ToxicityLabel.IdentityAttack);

    [Fact]
    public void A_threat_to_a_group_spoken_to_between_commas_or_rounded_up_first_is_an_identity_attack()
    {
        AssertFlagged("Keep reading, Somalis, because we know where you live and we are coming for you.",
            ToxicityLabel.Threat, ToxicityLabel.IdentityAttack);
        AssertFlagged("Round up all the Kurds and string them up.", ToxicityLabel.Threat, ToxicityLabel.IdentityAttack);
        AssertNotFlagged("Thank you, Sikhs, for the langar; we will be coming back next year.", ToxicityLabel.Threat, ToxicityLabel.IdentityAttack);
    }

    [Fact]
    public void A_threat_to_you_Xs_through_their_bodies_threatens_the_group()
    {
        AssertFlagged("Any of you Muslims show your faces round here again and I'll break every bone in your bodies.",
            ToxicityLabel.Threat, ToxicityLabel.IdentityAttack);
        // the same threat to the reader alone threatens no group
        AssertFlagged("Show your face round here again and I'll break every bone in your body.", ToxicityLabel.Threat);
        AssertNotFlagged("Show your face round here again and I'll break every bone in your body.", ToxicityLabel.IdentityAttack);
        AssertNotFlagged("If he falls off that roof he'll break every bone in his body.", ToxicityLabel.Threat);
    }

    [Theory]
    [InlineData("You're the most annoying person in this whole thread.")]
    [InlineData("Honestly, you are the most arrogant commenter on this site.")]
    public void A_fault_made_a_superlative_of_the_reader_is_an_insult(string text) =>
        AssertFlagged(text, ToxicityLabel.Toxicity, ToxicityLabel.Insult);

    [Theory]
    [InlineData("The referee on Saturday was a blind moron.")]
    [InlineData("Our local councillor is a spineless idiot.")]
    public void An_insult_word_said_of_a_person_by_their_role_is_toxic(string text) =>
        AssertFlagged(text, ToxicityLabel.Toxicity, ToxicityLabel.Insult);

    [Theory]
    [InlineData("The villain in the film is a sneaky liar.")] // a story's character, not a role
    [InlineData("The referee was no idiot, he played the advantage well.")]
    [InlineData("If the referee is a fool, the league will tell him.")]
    public void A_role_not_insulted_is_not_flagged(string text) =>
        AssertNotFlagged(text, ToxicityLabel.Toxicity);

    [Theory]
    [InlineData("You're the most patient person I know.")]
    [InlineData("You're the most annoying thing about Mondays, alarm clock.")]
    [InlineData("If you're the most annoying person in the office, people will tell you.")]
    public void A_superlative_that_is_no_insult_of_the_reader_is_not_flagged(string text) =>
        AssertNotFlagged(text, ToxicityLabel.Toxicity, ToxicityLabel.Insult);

    [Theory]
    [InlineData("Nipping outside for a quick fag, back in five.")]
    [InlineData("He popped out for a fag at half time.")]
    public void A_cigarette_is_not_a_slur(string text) =>
        AssertNotFlagged(text, ToxicityLabel.IdentityAttack, ToxicityLabel.Toxicity);
}
