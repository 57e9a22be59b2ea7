using Parley.Classifier.Lexical;
using Parley.Classifier.Text;
using static Parley.Classifier.Tests.ShippedModel;

namespace Parley.Classifier.Tests;

/// <summary>
/// A slur used as one is an identity attack (Homonyms.FindSlur); the same word in its innocent sense, or named rather
/// than used, is not. Our own sentences.
/// </summary>
public class SlurTests
{
    [Theory]
    [InlineData("Some pajeet at the call centre hung up on me.", "pajeet")]
    [InlineData("That tranny at the bar wouldn't leave us alone.", "tranny")]
    [InlineData("Get those wetbacks off my street.", "wetbacks")]
    [InlineData("Bloody wogs everywhere you look these days.", "wogs")] // lexicon additions, 2026-12-05
    [InlineData("The muzzies on my road are at it again.", "muzzies")]
    [InlineData("Shitskins get council houses while our veterans sleep rough.", "Shitskins")] // session 13
    [InlineData("Lezzers and poofters, the whole cast.", "Lezzers")]
    [InlineData("The kaffirs are taking over the town.", "kaffirs")]
    public void A_slur_is_an_identity_attack_explained_by_the_slur(string text, string slur) =>
        AssertIdentityAttackExplainedBy(text, slur);

    [Theory]
    [InlineData("Stack the faggots of firewood by the hearth.")]
    [InlineData("It wasn't my comment that got deleted. Poof. Gone.")] // words left out of the session-13 additions
    [InlineData("He took roids for a season and got caught.")]
    [InlineData("Refugees landing on Lesbos need shelter.")]
    [InlineData("Alison Hymes is a recognised expert in the field.")]
    [InlineData("The old dyke kept the floodwater off the farmland.")]
    [InlineData("She stepped outside to smoke a fag before the meeting.")]
    [InlineData("A chink of sunlight came through the blinds.")]
    [InlineData("Cold weather will retard the growth of the seedlings.")]
    [InlineData("Homo sapiens left Africa around 70,000 years ago.")]
    [InlineData("My grandmother kept the kitchen spic and span.")]
    [InlineData("The hounds treed a coon behind the barn.")]
    [InlineData("Their striker found the only chink in our back line.")]
    [InlineData("Early restrictions helped retard the spread of the virus.")]
    [InlineData("Woops, wrong thread. Sorry everyone.")] // a stretched "wops" would be a slur: the list leaves it out
    public void A_slur_word_in_its_innocent_sense_is_not_flagged(string text) =>
        AssertNotFlagged(text, ToxicityLabel.Toxicity, ToxicityLabel.IdentityAttack, ToxicityLabel.SevereToxicity);

    // The rule itself: the heads may still weigh a named slur, but the rule does not call it used.
    [Theory]
    [InlineData("He said the word faggot on live TV and was fired.")]
    [InlineData("Stop calling people retards, it's cruel.")]
    [InlineData("\"Go home, you spic\" was sprayed on the wall.")] // quoted
    [InlineData("My nigga, we finally did it!")] // in-group slang, left to the heads
    [InlineData("That plan was retarded.")] // said of a thing
    [InlineData("No homo, but that jacket is great.")]
    [InlineData("Only you would think they are kikes.")] // someone else's belief
    [InlineData("She called my cousin a tranny at the party and I left.")] // named, with the victim between
    [InlineData("We're two middle-aged dykes who run a bookshop.")] // reclaimed, said of the writers
    [InlineData("Me and my boyfriend are the dullest fags in town.")]
    [InlineData("Stop calling disabled people retards.")] // the people called so are named between
    [InlineData("It isn't 'political correctness' to stop calling Roma 'gyppos'.")] // quoted after an apostrophe and another quotation
    public void The_slur_rule_does_not_read_these_as_a_slur_used(string text) =>
        Assert.Null(Homonyms.FindSlur(TextNormalizer.Default.Normalize(text), TextNormalizer.Default.Lexicon));

    [Theory]
    [InlineData("I think they are kikes.")] // the writer's own belief
    [InlineData("Smoke the fags out of this town.")] // no cigarette in sight
    [InlineData("I'm just realising this tranny is an actor.")] // "I'm realising": no predicate of the writer
    [InlineData("I call gay men faggots because that's what they are.")] // the writer's own naming is no mention
    public void The_slur_rule_reads_these_as_a_slur_used(string text) =>
        Assert.NotNull(Homonyms.FindSlur(TextNormalizer.Default.Normalize(text), TextNormalizer.Default.Lexicon));
}
