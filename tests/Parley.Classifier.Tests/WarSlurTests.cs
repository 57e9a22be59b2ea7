using static Parley.Classifier.Tests.ShippedModel;

namespace Parley.Classifier.Tests;

/// <summary>
/// Session 27: the slurs of the war threads Parley is built for (Russians, Ukrainians, Palestinians, Israelis and Jews,
/// Muslims and refugees): listed in the lexicon (none is a repair target, and no training text holds them), read as the
/// target of a threat, and read when said to the reader. Each civil case is the word's innocent sense, a surname, the
/// word named rather than used, the word worn by its own people, or a look-alike a review of the rules found flagged.
/// </summary>
public class WarSlurTests
{
    [Theory]
    [InlineData("Vatniks should all be deported.")]
    [InlineData("Typical vatnik propaganda, nothing new.")]
    [InlineData("The khokhols deserve everything coming to them.")]
    [InlineData("Palis are all terrorists.")]
    [InlineData("Refujihadis out!")]
    [InlineData("Moskals go home.")]
    [InlineData("Rashists will pay for this.")]
    [InlineData("Zionazis are murdering children.")]
    [InlineData("Ukronazis shelled Donetsk again.")]
    [InlineData("Those kacaps ruin every country they touch.")]
    [InlineData("Ruzzians only understand force.")]
    [InlineData("Porkistanis cheering again, what a shock.")]
    [InlineData("Khohols begging for more money as usual.")]
    [InlineData("These vatniks derived their views from Kremlin TV.")] // a verb, not the word's history
    [InlineData("v a t n i k s everywhere in this thread")]
    [InlineData("I'd be a bigger fag than the guitar kid.")] // the writer without pride: the insult it is
    public void A_war_threads_slur_for_a_nation_is_an_identity_attack(string text) =>
        AssertFlagged(text, ToxicityLabel.Toxicity, ToxicityLabel.IdentityAttack);

    [Theory]
    [InlineData("Russian state TV routinely calls Ukrainians khokhols.")] // reported
    [InlineData("The word vatnik comes from the cheap padded jacket.")] // named
    [InlineData("Stop calling Palestinians Palis, it is a slur.")]
    [InlineData("Vatnik is a derogatory term for pro-Kremlin Russians.")] // defined
    [InlineData("He studies Pali and Sanskrit texts.")] // a language
    [InlineData("Robert Moskal wrote a good piece on the front line.")] // a surname
    [InlineData("I love sauerkraut and old krautrock records.")]
    [InlineData("My grandfather came home from the camp in a torn vatnik and nothing else.")] // the jacket
    [InlineData("Cossacks shaved their heads but kept a single khokhol, a long tuft of hair.")] // the hairstyle
    [InlineData("We hiked the Pindos mountains in northern Greece last spring.")]
    [InlineData("We call ourselves the vatniks who got away, and we laugh about it.")] // worn by its own people
    [InlineData("My pals is coming over later.")]
    [InlineData("Samo ću ti reći da pališ.")] // Serbo-Croatian, folded to "palis"
    [InlineData("Mr Palis taught us history for six years.")] // a Greek surname
    [InlineData("My grandfather wore a vatnik through two Siberian winters.")]
    [InlineData("The etymology of kacap is disputed; some link it to a goat.")]
    [InlineData("Ruscism is now an official term in Ukrainian law, and rashists is used on state TV every day.")]
    [InlineData("Shoot the pindos trail at dawn for the best light.")]
    public void The_same_words_in_another_sense_or_named_are_not_flagged(string text) =>
        AssertNotFlagged(text, ToxicityLabel.Toxicity, ToxicityLabel.IdentityAttack);

    [Theory]
    [InlineData("Kill every vatnik you find.")]
    [InlineData("Vatniks should be hunted down wherever they live.")]
    [InlineData("Put every vatnik in the ground.")]
    [InlineData("Every khokhol deserves a bullet.")]
    [InlineData("I hope every vatnik dies screaming.")]
    [InlineData("The only good khokhol is a dead khokhol.")]
    [InlineData("The only good Russian is a dead one.")]
    [InlineData("The only good vatniks are the dead ones.")]
    [InlineData("The only good Moskal is a dead Moskal.")]
    [InlineData("Katsaps deserve mass graves.")]
    [InlineData("Shoot the vatniks and take no prisoners.")]
    [InlineData("Shoot the pindos at close range.")]
    [InlineData("Line up every vatnik and give them a bullet each.")]
    [InlineData("Line up every Russian and give them a bullet each.")]
    [InlineData("Russians deserve mass graves.")]
    public void A_threat_to_people_named_by_a_slur_is_a_threat_and_an_identity_attack(string text) =>
        AssertFlagged(text, ToxicityLabel.Threat, ToxicityLabel.Toxicity, ToxicityLabel.IdentityAttack);

    [Theory]
    [InlineData("Burn the faggots in the fireplace tonight, it is freezing.")] // sticks
    [InlineData("I'll shoot the coons raiding my bins.")] // raccoons
    [InlineData("Let's kill the coons in the henhouse before they get the chickens.")]
    [InlineData("The only good bug is a dead bug.")] // pest control
    [InlineData("The only good thing about the summit is that it is dead in the water.")]
    [InlineData("Give them a bullet-proof vest and send them in.")]
    [InlineData("Give them a bullet point summary, they won't read more.")]
    [InlineData("The victims deserve better than mass graves.")]
    [InlineData("The families deserve to know where the mass graves are.")]
    [InlineData("The families deserve a mass grave investigation by the UN.")]
    [InlineData("The only good guy in town is dead by the end of the film.")]
    [InlineData("Give them a bullet and a rusty rifle and send them to die: that is how Russia treats its conscripts.")]
    [InlineData("The only good Ukrainian striker is dead tired after 120 minutes.", false)] // the heads read "Ukrainian" (0.55)
    public void Violence_against_an_innocent_sense_or_a_thing_is_no_threat(string text, bool identityAttackToo = true)
    {
        AssertNotFlagged(text, ToxicityLabel.Threat);
        if (identityAttackToo)
        {
            AssertNotFlagged(text, ToxicityLabel.IdentityAttack);
        }
    }

    [Theory]
    [InlineData("Cry harder, Pali.")]
    [InlineData("Yeah right, zio. Who's paying you this week?")]
    [InlineData("Get lost you Zio shill.")]
    [InlineData("What a kraut.")]
    public void The_reader_called_by_a_slur_with_an_innocent_sense_is_an_identity_attack(string text) =>
        AssertFlagged(text, ToxicityLabel.Toxicity, ToxicityLabel.IdentityAttack);

    [Theory]
    [InlineData("He studies Pali, Sanskrit and Prakrit.")]
    [InlineData("I read it in Pali.")]
    [InlineData("The orc in the film was terrifying.")]
    [InlineData("My uncle Moskal runs the bakery on Main Street.")]
    [InlineData("Good point, Moskal.")] // a friendly turn: someone's name
    [InlineData("Happy birthday, zio.")]
    [InlineData("Thanks for the tip, Pali.")]
    [InlineData("What an orc that boss was, it took us six tries.")]
    public void The_same_words_not_said_to_the_reader_are_not_flagged(string text) =>
        AssertNotFlagged(text, ToxicityLabel.Toxicity, ToxicityLabel.IdentityAttack);

    [Theory]
    [InlineData("Ukrainians are swine.")]
    [InlineData("Russians are zombified hordes.")]
    [InlineData("Ukrainians are snakes, every one of them.")]
    public void A_nation_called_an_animal_is_an_identity_attack(string text) =>
        AssertFlagged(text, ToxicityLabel.Toxicity, ToxicityLabel.IdentityAttack);

    [Theory]
    [InlineData("The swine flu outbreak hit Mexico first.")]
    [InlineData("Snakes are common in Gaza's farmland.")]
    [InlineData("Jackals circled the camp at night.")]
    public void The_animals_themselves_are_not_an_attack(string text) =>
        AssertNotFlagged(text, ToxicityLabel.Toxicity, ToxicityLabel.IdentityAttack);

    [Theory]
    [InlineData("VatnikHunter")]
    [InlineData("KhokholHater")]
    public void A_display_name_built_on_a_war_slur_is_flagged(string name) =>
        Assert.True(NameToxicity(name) >= Threshold(ToxicityLabel.Toxicity), name);

    [Theory]
    [InlineData("Khokhol_Killer")]
    [InlineData("Katsap_Slayer")]
    [InlineData("VatnikExterminator")]
    [InlineData("Muslim_Slayer")]
    [InlineData("JewKiller88")]
    public void A_display_name_that_kills_a_people_is_a_threat(string name)
    {
        var result = Model.Score(name, TextKind.DisplayName);
        Assert.True(result[ToxicityLabel.Threat] >= Threshold(ToxicityLabel.Threat), $"THREAT {result[ToxicityLabel.Threat]:F2} for {name}");
        Assert.True(result[ToxicityLabel.IdentityAttack] >= Threshold(ToxicityLabel.IdentityAttack), $"IDENTITY_ATTACK for {name}");
    }

    [Theory]
    [InlineData("PestExterminator")]
    [InlineData("DragonSlayer99")]
    [InlineData("SerialKillerFan")]
    [InlineData("FagsBurnInHell")] // a damnation: toxic, not a threat
    [InlineData("GermanSlayerFan")] // the band
    [InlineData("JewishKillerWhaleFan")]
    public void A_killer_word_without_a_people_or_a_damnation_is_no_threat(string name) =>
        Assert.True(Model.Score(name, TextKind.DisplayName)[ToxicityLabel.Threat] < Threshold(ToxicityLabel.Threat), name);

    [Theory]
    [InlineData("RussiaHater1991")]
    [InlineData("UkraineHaters")]
    public void A_display_name_that_hates_a_country_attacks_its_people(string name) =>
        Assert.True(Model.Score(name, TextKind.DisplayName)[ToxicityLabel.IdentityAttack] >= Threshold(ToxicityLabel.IdentityAttack), name);

    [Theory]
    [InlineData("RobertMoskal")]
    [InlineData("Moskal_1987")]
    [InlineData("SauerKrautFan")]
    [InlineData("PaliStudent")]
    [InlineData("ZioMario")]
    [InlineData("TurkeyHater")]
    [InlineData("VatnikJacketShop")]
    [InlineData("PindosTrail")]
    [InlineData("IrishExterminators")]
    [InlineData("RussiaTraveller")]
    [InlineData("UkraineSupporter")]
    public void A_display_name_with_a_look_alike_is_not_flagged(string name) =>
        Assert.True(NameToxicity(name) < Threshold(ToxicityLabel.Toxicity), name);

    private static float NameToxicity(string name) => Model.Score(name, TextKind.DisplayName)[ToxicityLabel.Toxicity];
}
