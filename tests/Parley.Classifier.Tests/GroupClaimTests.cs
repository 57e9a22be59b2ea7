using Parley.Classifier.Lexical;
using Parley.Classifier.Text;
using static Parley.Classifier.Tests.ShippedModel;

namespace Parley.Classifier.Tests;

/// <summary>
/// Contemptuous claims about a whole group (GroupPredicate), aversion to a group (GroupDisgust) and glued words, on our
/// own sentences. Each shape is paired with the counter-speech, reporting or news sentence it must leave alone.
/// </summary>
public class GroupClaimTests
{
    // Hate behind a frame (GroupInsinuation): a disclaimer, an ethnic joke, two tropes.
    [Theory]
    [InlineData("I'm not racist, but they should all go back where they came from.")]
    [InlineData("I have nothing against Sikhs, I just don't think they should be allowed to teach.")]
    [InlineData("Some of my best friends are Tamil, but let's be honest, they run every corner shop racket.")]
    [InlineData("I'm not homophobic, I just think they should keep it behind closed doors.")]
    [InlineData("What do you call a Kurd with a suitcase? A benefits claim.")]
    [InlineData("Why did the Albanian cross the road? To nick your bike.")]
    [InlineData("How many Somalis does it take to ruin a street? Just one.")]
    [InlineData("What's the difference between a Kurd and a leech? The leech lets go.")]
    [InlineData("They come over here and take our jobs.")]
    [InlineData("Trans women are just men in dresses.")]
    public void Hate_behind_a_disclaimer_a_joke_or_a_trope_is_an_identity_attack(string text) =>
        AssertFlagged(text, ToxicityLabel.IdentityAttack, ToxicityLabel.Toxicity);

    [Theory]
    [InlineData("I'm not racist, but I do think immigration numbers should be debated openly.")]
    [InlineData("Some of my best friends are Muslim, and they all came to the wedding.")]
    [InlineData("I have nothing against the new bus lanes, I just think they should be wider.")]
    [InlineData("He said he's not racist, but then he told that joke about Pakistanis.")]
    [InlineData("Why did the chicken cross the road?")]
    [InlineData("How many lawyers does it take to change a light bulb?")]
    [InlineData("What's the difference between a Sikh and a Hindu? The article explains it well.")]
    [InlineData("There is a relatively small difference between the Hungarian and Indian samples, the study found.")]
    [InlineData("Refugees come here and take the jobs nobody else will do, and we should thank them.")]
    [InlineData("Trans women are women.")]
    [InlineData("My best friend is Muslim and she just got married; they all came to the wedding.")] // a review, 2026-12-05
    [InlineData("I'm not homophobic, I just think they should have debated the bill for longer.")]
    [InlineData("What do you call a female firefighter these days?")]
    [InlineData("Migrants come here and take our jobs, say the tabloids, but the data disagrees.")]
    [InlineData("Immigrants have never done anything wrong here.")]
    [InlineData("Is there a decent Indian in town?")]
    [InlineData("There's nothing good about refugees drowning in the Channel.")]
    [InlineData("China continues to lock Uyghurs in camps.")]
    [InlineData("Why don't we let Afghan refugees stay here?")]
    [InlineData("Refugees simply cannot work legally for a year.")]
    [InlineData("Kurds have no state of their own.")]
    [InlineData("Kurds have no respect for the ceasefire, the Turkish army claimed.")]
    public void The_same_frames_without_hate_are_not_identity_attacks(string text) =>
        AssertNotFlagged(text, ToxicityLabel.IdentityAttack);

    // An age word is a group only as a noun or before a person noun; as the adjective of another noun it is description.
    // Implicit derogation in the frame rather than a word (GroupStereotype; a fifth blind set scored these 0.03–0.23).
    [Theory]
    [InlineData("There's no such thing as an honest Kurd.")]
    [InlineData("Is there a single decent Albanian anywhere? Thought not.")]
    [InlineData("I've never met an intelligent Somali.")]
    [InlineData("Turks have never once told the truth about anything.")]
    [InlineData("Not one Afghan has ever done anything useful here.")]
    [InlineData("No Hindu can ever be trusted.")]
    [InlineData("Nigerians breed like rats.")]
    [InlineData("Muslim women aren't clever enough to run a business.")]
    [InlineData("Pakistanis are too lazy to learn the language.")]
    [InlineData("The Albanians on our street were dealing again. It's in their blood.")]
    [InlineData("Gypsies moved in next door and the place is a tip, like they always do.")]
    [InlineData("Has a Tamil ever invented anything? Genuine question.")]
    [InlineData("Sure, Somalis are people too, but they bring crime and filth wherever they go.")] // a concession, then contempt
    [InlineData("We need more Hindus in this country like we need a hole in the head.")]
    [InlineData("Tamils simply cannot live peacefully alongside anyone else.")] // the sixth blind set's generalisations
    [InlineData("Kurds have no respect for human life.")]
    [InlineData("Gypsies can't integrate.")]
    [InlineData("I've never met a Tamil who wasn't sly.")] // HateCheck-style templates (2026-12-05)
    [InlineData("There is nothing good about Kurds.")]
    [InlineData("I honestly think Somalis ruin everything they touch.")]
    [InlineData("Why do we even let Albanians live among us?")]
    [InlineData("Lock the Roma in camps and be done with it.")]
    [InlineData("A Hindu is just a rat in a suit.")]
    [InlineData("Every Afghan is a liar.")]
    [InlineData("Somalis deserve to live in peace, in Somalia, not here.")] // a kind phrase turned round is not damped
    [InlineData("Muslims should be welcomed back to where they came from.")]
    [InlineData("Here's my idea: Kurds breed like rabbits.")] // "idea" reports only in "the idea that"
    [InlineData("Tamil kids are too dim to cope with grammar school.")]
    [InlineData("I ahte Sikhs.")] // a hostile verb misspelt
    [InlineData("I despse Tamils.")]
    [InlineData("Name one good Albanian.")]
    [InlineData("Show me an honest Somali and I'll eat my hat.")]
    [InlineData("You'll never find a decent Kurd, however hard you look.")]
    [InlineData("Not one Afghan in this town has ever contributed anything.")]
    [InlineData("The Albanians can't stop themselves from dealing drugs, it's genetic.")]
    [InlineData("Kurds have never contributed anything of value.")] // "of value", "to society" after "anything"
    [InlineData("Sikhs have never contributed anything to this country.")]
    [InlineData("A Tamil person is just a rat in a suit.")] // "a X person / man / woman" names any member
    [InlineData("A Kurdish man is nothing but an animal.")]
    public void A_group_denied_any_good_or_given_vice_as_nature_is_an_identity_attack(string text) =>
        AssertFlagged(text, ToxicityLabel.IdentityAttack, ToxicityLabel.Toxicity);

    [Theory]
    [InlineData("There's no such thing as a good war.")]
    [InlineData("Is there a decent Indian restaurant near the station?")]
    [InlineData("I have never met a clever Frenchman who didn't love cheese.")]
    [InlineData("Is there a single honest politician anywhere?")]
    [InlineData("Not one Ukrainian soldier has ever surrendered here.")]
    [InlineData("Not one Israeli has ever been charged for this, the report found.")]
    [InlineData("Kurds have never once been given a fair hearing in this debate.")]
    [InlineData("Sikhs wear turbans, it's just what they do.")]
    [InlineData("Music is in their blood, the Roma musicians played all night.")]
    [InlineData("The Irish will celebrate St Patrick's Day like they always do.")]
    [InlineData("The Sikh community raised thousands; generosity is in their blood.")]
    [InlineData("It's not true that Roma kids steal, but some papers keep saying it's in their blood.")]
    [InlineData("Leave it to the Germans to build a perfect car.")]
    [InlineData("Women aren't strong enough to lift this alone, the manual says two people are needed.")]
    [InlineData("It's a myth that women aren't smart enough to be surgeons.")]
    [InlineData("Saying there's no such thing as a decent Gypsy is racist.")]
    [InlineData("Jews have never told the truth, say the trolls in this thread. Report them.")]
    [InlineData("The pamphlet claimed no Muslim can ever be a loyal citizen, which is a lie.")]
    [InlineData("The idea that immigrants breed like rabbits is an old trope, and the birth-rate data debunk it.")]
    [InlineData("Has a Kurd ever won this award before?")]
    [InlineData("Hospitality is in their culture, the Syrian family fed the whole street.")]
    public void The_same_frames_without_contempt_for_a_group_are_not_identity_attacks(string text) =>
        AssertNotFlagged(text, ToxicityLabel.IdentityAttack);

    [Theory]
    [InlineData("Old soldiers never die, they just fade away.", false)]
    [InlineData("We sold the old house and the young trees with it.", false)]
    [InlineData("Old people should not be left alone in winter.", true)]
    [InlineData("The young are leaving the villages.", true)]
    [InlineData("Muslim soldiers fought in both world wars.", true)]
    public void An_age_word_as_an_adjective_names_no_group(string text, bool names) =>
        Assert.Equal(names, LexicalClassifier.NamesAGroup(TextNormalizer.Default.Normalize(text), TextNormalizer.Default.Lexicon));

    // A claim is read in any sentence, so one inside a long civil comment is not diluted by the others; "thieving" is
    // a generalisation on the way to "vermin" (2026-12-05: this comment scored TOXICITY 0.72 from the heads alone).
    [Fact]
    public void A_claim_inside_a_long_civil_comment_is_an_identity_attack() =>
        AssertFlagged("Turnout was high in the east ward. The count was slow but fair. Gypsies are thieving vermin. The result is due at noon.",
            ToxicityLabel.IdentityAttack, ToxicityLabel.Toxicity);

    [Theory]
    [InlineData("Sikhs are greedy.", "Sikhs")]
    [InlineData("Honestly, Somali people are just freeloaders.", "Somali")]
    [InlineData("Why are lesbians always so sneaky?", "lesbians")]
    [InlineData("Why do Hindus have to be so dirty?", "Hindus")]
    [InlineData("I reckon Kurds are a burden on every town they settle in.", "Kurds")]
    [InlineData("Some Afghans moved in downstairs. They are filthy thieves.", "They")]
    [InlineData("Gay ppl are disgusting", "Gay")]
    [InlineData("Syrian lives aren't worth a penny.", "Syrian")]
    [InlineData("Bisexuals are not human.", "Bisexuals")]
    [InlineData("Deaf people don't deserve basic rights.", "Deaf")]
    [InlineData("Pakistanis belong in cages.", "Pakistanis")]
    [InlineData("Elderly disabled people should be kept away from everyone else.", "disabled")]
    [InlineData("Personally, I feel Sikhs are less intelligent.", "Sikhs")] // an opinion
    [InlineData("It's my firm belief that Kurds are lazy.", "Kurds")]
    [InlineData("Isn't it obvious that Uyghurs are primitive?", "Uyghurs")] // a question that asserts
    [InlineData("Who else thinks Somalis are genetically inferior?", "Somalis")]
    [InlineData("Why can't Hindus stop being so greedy?", "Hindus")]
    [InlineData("Aren't Afghans just parasites living off our taxes?", "Afghans")]
    [InlineData("The world would be better off without Kurds.", "Kurds")] // wanting a group gone
    [InlineData("We would all be better off if Tamils simply did not exist.", "Tamils")]
    [InlineData("We should get rid of all the Tamils in this town.", "Tamils")]
    [InlineData("Sikhs control the banks and the media.", "Sikhs")] // a conspiracy trope
    [InlineData("The Tamils in those flats are wild dogs.", "Tamils")] // a place does not narrow contempt
    [InlineData("I reckon Kurds are behind most of the wars in the region.", "Kurds")]
    [InlineData("imo koreans are soulless and creepy", "koreans")]
    [InlineData("I met plenty of Tamils at work. They're sly, grasping and cruel, the lot of them.", "They")] // a list's contempt may come last
    [InlineData("The Welsh are arrogant.", "Welsh")] // a people named by its adjective (session 13)
    [InlineData("The French are drunks.", "French")]
    [InlineData("Asylum seekers are rapists in waiting.", "Asylum")]
    [InlineData("Africans have built nothing in 60 years.", "Africans")]
    [InlineData("The Scots are a race of drunks.", "Scots")]
    [InlineData("Hindus spread like a virus through the suburbs.", "Hindus")]
    [InlineData("Mexicans bring drugs and crime across the border.", "Mexicans")]
    public void A_contemptuous_claim_about_a_protected_group_is_an_identity_attack_explained_by_the_group(string text, string group) =>
        // The rule's span (group to claim) where it decides; the heads' spans include the group where they were surer.
        AssertIdentityAttackExplainedBy(text, group);

    [Theory]
    [InlineData("Kurds ought to be exterminated.")]
    [InlineData("Every Roma in this city must be put down.")]
    [InlineData("Lesbians deserve to be stoned.")]
    [InlineData("Kurds deserve to be bombed into the sea.")]
    [InlineData("Somalis should be rounded up and shot.")]
    [InlineData("Kikes should burn.")] // a plural slur names the group
    [InlineData("Muslims need culling.")] // the gerund of a cull, as of pests
    [InlineData("Roma need shooting, the lot of them.")]
    public void A_group_claim_that_calls_for_violence_is_a_threat_and_an_identity_attack(string text) =>
        AssertFlagged(text, ToxicityLabel.Threat, ToxicityLabel.IdentityAttack, ToxicityLabel.Toxicity);

    [Theory]
    [InlineData("Lobbyists are parasites.")]
    [InlineData("Bureaucrats are just brainless clowns.")]
    [InlineData("Landlords are vermin.")] // a dehumanising word said of a trade names no protected group
    [InlineData("Politicians are all lying scum.")]
    [InlineData("Republicans are complete idiots.")] // a party
    [InlineData("Lobbyists are greedy vermin.")] // a generalisation as an adjective on the way to the insult
    [InlineData("Tory voters are braindead.")] // the words that say which voters
    [InlineData("Remainers are traitors.")]
    [InlineData("Football fans are knuckle-dragging thugs.")] // a hyphenated adjective
    [InlineData("Brexiteers are thick as mince.")]
    [InlineData("Cyclists are a menace and should be banned from the roads.")]
    public void Contempt_for_a_trade_is_an_insult_not_an_identity_attack(string text)
    {
        AssertFlagged(text, ToxicityLabel.Toxicity, ToxicityLabel.Insult);
        AssertNotFlagged(text, ToxicityLabel.IdentityAttack);
    }

    [Theory]
    [InlineData("Somalis are not criminals.")]
    [InlineData("No, bisexual people aren't perverts.")]
    [InlineData("I don't think Hindus are inferior to anyone.")]
    [InlineData("Not all Afghans are terrorists.")]
    [InlineData("Tamils are not a threat to anyone.")] // TOXICITY 0.74 before: "threat" read as a claim only when denied
    [InlineData("Refugees are no danger to anybody here.")]
    public void Denying_a_contemptuous_claim_about_a_group_is_not_flagged(string text) =>
        AssertNotFlagged(text, ToxicityLabel.Toxicity, ToxicityLabel.IdentityAttack, ToxicityLabel.Insult);

    [Theory]
    [InlineData("Not every Russian wants this war to go on.")] // TOXICITY 0.74 before: "every" next to a group name
    [InlineData("Not all Hindus vote for the BJP, and not every Muslim in Delhi is religious.")] // 0.78
    [InlineData("Not every single Afghan supports the Taliban.")]
    public void Denying_a_generalisation_about_a_group_is_not_flagged(string text) =>
        AssertNotFlagged(text, ToxicityLabel.Toxicity, ToxicityLabel.IdentityAttack, ToxicityLabel.Insult);

    [Theory]
    [InlineData("Not all Muslims are bad, but most of them are thieves.")] // a twist after the denial
    [InlineData("Every Kurd is a liar.")] // "every X" stands for all of them
    public void A_generalisation_after_a_denial_or_about_every_X_is_still_an_identity_attack(string text) =>
        AssertFlagged(text, ToxicityLabel.Toxicity, ToxicityLabel.IdentityAttack);

    [Theory]
    [InlineData("Tamils have contributed nothing but trouble.")] // "contributed nothing" needs no "never"
    [InlineData("Albanians bring nothing but crime.")]
    [InlineData("Sikhs have never contributed anything of value to anyone.")]
    [InlineData("Not all Kurds are thieves, but most of them are.")] // a denial that concedes a little to make the claim
    [InlineData("Sure, not all Tamils are liars, but the majority are.")]
    [InlineData("Afghans should go home.")] // told to leave
    [InlineData("Somalis need to go back home now.")]
    [InlineData("I'd sooner starve than work with a Sikh.")] // anything sooner than contact with them
    [InlineData("I would rather eat glass than let my son marry a Kurd.")]
    [InlineData("If a Tamil family moves onto your road, sell your house.")] // the neighbourhood trope
    [InlineData("Whenever I saw a Sikh at the market I wanted to vomit.")] // the sight of them, in an everyday place
    [InlineData("Just looking at Kurds makes me sick.")]
    [InlineData("Seeing lesbians holding hands makes me sick.")] // the gerund opening the text
    [InlineData("Not all Tamils steal, the rest just beg.")] // a twist after the denial keeps the heads' reading
    [InlineData("Sikhs are not a threat, they are THE threat.")]
    public void Hate_behind_a_concession_a_preference_or_a_sight_is_an_identity_attack(string text) =>
        AssertFlagged(text, ToxicityLabel.IdentityAttack, ToxicityLabel.Toxicity);

    [Theory]
    [InlineData("Not all Kurds are terrorists, but most terrorists I read about were radicalised online.")] // "most" of another noun
    [InlineData("Not all refugees are criminals, but most people still believe they are, sadly.")]
    [InlineData("I reported the post that said \"Sikhs are all worthless\" because it's disgusting hate.")] // the writer's verdict
    [InlineData("Someone wrote \"Tamils are vermin\" on the wall. It's disgusting.")]
    [InlineData("Kurds want to go home.")] // their wish, not an order
    [InlineData("I'd rather be treated by a Sikh doctor than wait six months.")] // the group preferred
    [InlineData("When a Somali family moved in next door, we baked them a cake.")]
    [InlineData("The reforms have contributed nothing to growth.")]
    [InlineData("Whenever I see Tamil children I feel sick with grief.")] // a code review's civil sentences (2026-12-05)
    [InlineData("When I saw Afghan women on TV I felt sick.")]
    [InlineData("When I hear Kurdish children screaming I feel sick.")]
    [InlineData("Not all Sikhs are extremists, but the vast majority are peaceful.")]
    [InlineData("Not all refugees are criminals, only a tiny percent are.")]
    [InlineData("A Tamil is no threat to anyone.")]
    [InlineData("A Kurdish man is no terrorist.")]
    [InlineData("When Black families moved into the suburbs in the 1960s, many white homeowners rushed to sell up.")]
    [InlineData("I'd rather quit than work in a place where Sikhs are mocked.")]
    [InlineData("Syrian refugees brought nothing but a suitcase.")]
    public void Their_civil_twins_are_not_flagged(string text) =>
        AssertNotFlagged(text, ToxicityLabel.Toxicity, ToxicityLabel.IdentityAttack, ToxicityLabel.Insult);

    [Theory]
    [InlineData("Calling refugees rapists is racist.")]
    [InlineData("Telling women they belong in the kitchen is sexist and unacceptable.")]
    [InlineData("A man on the bus said \"gay people should be put down\" and I reported him.")]
    [InlineData("\"Tamils should be shot\"? Comments like that have no place here.")] // a quoted threat, condemned
    [InlineData("Saying Kurds are less than human is never acceptable.")]
    [InlineData("I blocked him after he kept posting bigoted rubbish about Sikhs.")]
    [InlineData("Someone sprayed \"I hate Albanians\" on the bus shelter and it made me furious.")]
    public void Condemning_a_named_attack_is_not_flagged(string text) =>
        AssertNotFlagged(text, ToxicityLabel.Toxicity, ToxicityLabel.IdentityAttack, ToxicityLabel.Insult);

    [Theory]
    [InlineData("Calling refugees rapists is racist.", true)]
    [InlineData("\"Jews control the banks\" is an antisemitic myth.", true)]
    [InlineData("\"Afghans are vermin\" - finally someone says it.", false)] // quoted, but not condemned
    [InlineData("What a racist you are for saying \"white people\".", false)] // a verdict on the reader
    [InlineData("Calling refugees rapists is racist, and refugees are vermin anyway.", false)] // a group in the writer's own words
    public void Counter_speech_is_a_condemned_quotation_with_no_group_or_attack_of_the_writers_own(string text, bool counter) =>
        Assert.Equal(counter, ReportedSpeech.IsCounterSpeech(TextNormalizer.Default.Normalize(text), TextNormalizer.Default.Lexicon));

    [Fact]
    public void A_denial_next_to_an_insult_keeps_the_insult() =>
        AssertFlagged("Somalis are not criminals, you moron.", ToxicityLabel.Toxicity, ToxicityLabel.Insult);

    [Theory]
    [InlineData("Claiming that Kurds are terrorists is Ankara's oldest trick.")] // reported: the group follows a verb of saying
    [InlineData("'Sikhs are greedy' is the kind of slur our grandparents heard.")] // quoted
    [InlineData("So Afghans are criminals now? Based on one court case?")] // asked by a critic
    [InlineData("Russian tanks are useless in the mud.")] // a group adjective of something else
    [InlineData("Syrian refugees are living in dirty, crowded camps.")] // the attribute describes the camps
    [InlineData("Ukrainian soldiers are exhausted after a year at the front.")]
    [InlineData("Refugees should be allowed to work while their claims are processed.")]
    [InlineData("Migrant workers deserve basic rights and fair pay.")]
    [InlineData("Russian jets were shot down over the Black Sea.")]
    [InlineData("Kurds should hang out with their neighbours more, the mayor told the festival.")]
    public void Reports_quotes_questions_and_descriptions_are_not_group_claims(string text) =>
        AssertNotFlagged(text, ToxicityLabel.IdentityAttack, ToxicityLabel.Threat);

    // The heads learnt "Xs are a …" from a hate forum (TOXICITY 0.77–0.94 on these before); a neutral description with
    // no attacking word is damped like a denial (GroupPredicate.Describes).
    [Theory]
    [InlineData("The Kurds are a nation without a state.")]
    [InlineData("Kurds are the largest ethnic group without a country.")]
    [InlineData("Palestinians are a people under occupation.")]
    [InlineData("Refugees are a small share of migrants.")]
    [InlineData("Ukrainians are the worst hit by the blackouts.")]
    [InlineData("The Yazidis are a religious minority in northern Iraq.")]
    [InlineData("The Russians were incapable of taking Kyiv.")] // history, not an opinion ("were")
    [InlineData("The Nazis said Jews were vermin.")]
    [InlineData("Historically Roma were seen as thieves, a prejudice that persists.")]
    [InlineData("I've always thought Mexicans were kind.")]
    [InlineData("Personally I think Somalis are wonderful neighbours.")]
    [InlineData("We had Roma neighbours once. They were lovely.")]
    [InlineData("Can someone explain why Pakistanis are so underrepresented in parliament?")]
    [InlineData("Really can't stand the heat.")]
    [InlineData("Go back to the article and read the second paragraph.")]
    [InlineData("After the floods, the Roma are bearing the brunt.")] // a doing, not an accusation
    [InlineData("Tory voters are thick on the ground in Surrey.")]
    [InlineData("Chelsea fans are travelling to Madrid tonight.")]
    [InlineData("Women can't drive in Saudi Arabia until 2018, the law said.")]
    [InlineData("Refugees can't work legally for a year.")]
    [InlineData("Why do Jews always end up being blamed?")]
    [InlineData("Gay men shouldn't be afraid to hold hands.")]
    [InlineData("Ukrainians are brave, resilient and tired of corrupt officials.")]
    [InlineData("The Irish are warm, funny and great company.")]
    [InlineData("Muslims are kind, generous and not dangerous at all.")]
    [InlineData("Lesbian couples have every right to foster children.")] // kind opinions (GroupPredicate.Supports)
    [InlineData("Kurds and Turks both deserve to live in peace.")]
    [InlineData("Trans men are men, and they should be treated with respect.")]
    [InlineData("Refugees deserve dignity and a fair hearing.")]
    [InlineData("We need more Black women in parliament.")] // wanting more of a group where power is
    [InlineData("Sikhs make this country stronger.")]
    [InlineData("Why do we let Ukrainian refugees stay here on three-year visas only? They need certainty.")]
    [InlineData("The councillor was suspended after asking why we even let Polish families stay here.")]
    [InlineData("I've never met a Tamil who wasn't kind to me.")]
    [InlineData("There are Kurds in my street, who I hope will find peace here.")]
    [InlineData("Any refugee is welcome here.")]
    [InlineData("The camps where Roma were held in the war are now museums.")]
    [InlineData("The floods ruin everything they touch.")]
    [InlineData("English is a hard language to learn.")]
    [InlineData("We are both speaking English, aren't we?")]
    [InlineData("The Welsh won the match on Saturday.")]
    [InlineData("The Irish have built a lot in thirty years.")]
    [InlineData("The Irish were hit hardest by the famine.")]
    [InlineData("We went dutch on the bill.")]
    [InlineData("Migrants bring skills the NHS needs.")]
    [InlineData("Rumours spread like a virus online.")]
    [InlineData("The floods brought disease to the camps.")]
    [InlineData("The Irish are great fun at weddings, it's how they're raised.")] // no vice named
    [InlineData("I rang my Sikh neighbours to ask how they are.")]
    [InlineData("Disabled children shouldn't be left out of mainstream schools.")] // not barred: left out
    [InlineData("Deaf people shouldnt have to fight for interpreters in hospitals.")]
    [InlineData("Black people shouldn't be in fear of the police.")] // a review's cases, session 15
    [InlineData("Disabled people shouldn't be in hospitals for months.")]
    [InlineData("Asylum seekers should not be in the country for years waiting for a decision.")]
    [InlineData("Disabled children shouldn't be in mainstream schools without support.")]
    [InlineData("Black Britons are 4 percent of the population but 12 percent of Covid cases.")]
    [InlineData("Hindus are the second biggest religious group in Britain.")] // ranks and shares (session 15: 0.73–0.91 before)
    [InlineData("Muslims are the biggest religious minority in France.")]
    [InlineData("Jews are less than a fifth of one percent of the world's population.")]
    [InlineData("Black women are more than a third of the nurses in London.")]
    [InlineData("Immigrants are more than half of the workforce in care homes.")]
    public void Neutral_descriptions_history_and_kind_opinions_of_groups_are_civil(string text) =>
        AssertNotFlagged(text, ToxicityLabel.Toxicity, ToxicityLabel.IdentityAttack);

    [Theory]
    [InlineData("Ukrainians are nothing but a nation of beggars and crooks.")] // not neutral: what the nation is made of
    [InlineData("Palestinians are a nation of liars and fanatics.")]
    [InlineData("Jews are the shittiest people on earth.")] // a superlative of contempt
    [InlineData("Chinese people are the dirtiest people alive.")]
    [InlineData("I'd say Nigerians are the laziest people on earth.")]
    [InlineData("Asians are the worst drivers.")]
    [InlineData("I've always thought Mexicans were criminals.")] // "were" after an opinion verb
    [InlineData("We had Roma neighbours once. They were all thieves.")]
    [InlineData("Personally I think Somalis are lazy.")] // softeners before the writer's "I"
    [InlineData("Can someone explain why Pakistanis are so dirty?")] // an embedded question
    [InlineData("Isn't it obvious by now that women are too emotional to lead?")]
    [InlineData("Why do lesbians always turn out to be liars?")]
    [InlineData("Somalis are taking over our towns and they are nothing but trouble.")] // an accusation, and contempt later
    [InlineData("Somalis can't drive.")] // a basic ability denied
    [InlineData("Arabs can't think for themselves.")]
    [InlineData("Roma can't be trusted with money.")]
    [InlineData("Muslim men don't respect women.")] // a habit hate says the group lacks
    [InlineData("Gypsies don't wash.")]
    [InlineData("Why do Jews always end up running the media?")] // the trope after a question's fillers
    [InlineData("Gay men shouldn't be allowed anywhere near schools.")]
    [InlineData("Romanians will rob you blind and smile about it. It's how they're raised.")] // vice as upbringing
    [InlineData("Deaf people shouldn't be allowed to teach in mainstream schools.")] // barred from ordinary life
    [InlineData("blind people shouldnt be allowed near a jury, they cant judge anyone")] // "shouldnt" as one token
    [InlineData("Muslim women should not be allowed in parliament.")]
    [InlineData("Gays shouldn't be allowed in our society.")]
    [InlineData("Somalis are half of the problem in this city.")] // a share that blames
    [InlineData("Migrants are a third of all the crime round here.")]
    public void Claims_in_superlatives_past_opinions_and_embedded_questions_are_identity_attacks(string text) =>
        AssertFlagged(text, ToxicityLabel.IdentityAttack, ToxicityLabel.Toxicity);

    [Theory]
    [InlineData("I can't stand Kurds.")]
    [InlineData("Nothing disgusts me more than Sikh people.")]
    [InlineData("My hatred for Somalis grows by the day.")]
    [InlineData("Hindus make my skin crawl.")]
    [InlineData("Afghans fill me with rage.")]
    [InlineData("I am sick and tired of Sikhs, every single one.")]
    [InlineData("Pure contempt is all I feel for Uyghurs.")]
    [InlineData("Nothing fills me with more disgust than Somalis.")]
    [InlineData("Kurds make my blood boil.")]
    [InlineData("Nothing fills me with more disgust than lesbian couples.")]
    [InlineData("Some Tamils moved in next door. I can't stand them.")] // "them" stands for the group
    [InlineData("So many Afghans in my street now, honestly they make me sick.")]
    [InlineData("The Hindus marched past my house today. I hope they all drown.")] // a death wish against "they"
    [InlineData("Really can't stand gay people.")] // the "I" left out
    [InlineData("Cant stand Somalis.")]
    [InlineData("I have nothing but contempt for Kurds.")]
    public void Aversion_to_a_group_is_an_identity_attack(string text) =>
        AssertFlagged(text, ToxicityLabel.IdentityAttack, ToxicityLabel.Toxicity);

    [Theory]
    [InlineData("I can't stand Russian propaganda.")]
    [InlineData("He said he can't stand Kurds, which got him fired.")]
    [InlineData("The way they treat Afghans fills me with rage.")]
    [InlineData("I hate Russians being killed for nothing.")] // the group does not end the clause: what is hated is the killing
    [InlineData("I can't stand liberals.")] // a party is no identity-attack target
    [InlineData("I have nothing but contempt for this budget.")]
    [InlineData("He has nothing but contempt for Kurds, his neighbours say.")]
    public void Aversion_to_a_thing_or_reported_aversion_is_not_an_identity_attack(string text) =>
        AssertNotFlagged(text, ToxicityLabel.IdentityAttack);

    [Theory]
    [InlineData("ihatesikhs")]
    [InlineData("somalisdeservetodrown")]
    [InlineData("deafpeopleareuseless")]
    [InlineData("allsikhsareterrorists")] // common words around the group
    [InlineData("#KurdsAreCriminals")]
    public void Group_attacks_glued_into_one_word_are_flagged(string text) =>
        AssertFlagged(text, ToxicityLabel.IdentityAttack);

    // The rule itself, where the heads' own scores would hide what it decides.
    [Theory]
    [InlineData("These men are fools for driving through the flood.")] // particular men, not the sex
    [InlineData("Afghans are thieves, the leaflet said, and the council did nothing.")] // reported after the claim
    [InlineData("Israelis should be killed? No — nobody here said that.")] // asked
    [InlineData("Saying 'Sikhs are greedy' is bigotry.")] // quoted
    [InlineData("Russian tanks are useless in the mud.")] // an adjective of something else
    [InlineData("Kurds should hang out with their neighbours more.")] // no violence
    [InlineData("Europe would be better off without Russian gas.")] // an adjective of something else
    [InlineData("Ukraine is better off without Russians running its grid.")] // the group does not end the clause
    [InlineData("Our town would not be better off without the Kurds.")] // negated at the verb
    [InlineData("We would not be better off if Tamils did not exist.")]
    [InlineData("We would be better off if refugees were allowed to work.")]
    [InlineData("We shouldn't get rid of the Tamils who run the clinic.")]
    [InlineData("The fact that Somalis are criminals is a myth.")] // "the fact that" is no opinion frame; "the fact is" is
    [InlineData("I'm not convinced that Kurds are lazy.")] // a negated frame
    [InlineData("Who else thinks Israelis are tired of this war?")] // no contempt
    [InlineData("Kurds run the bakery on our corner.")] // no institution of power
    [InlineData("Refugees in those camps are living in terrible conditions.")]
    [InlineData("Refugees don't pay tax on their allowance because there is none.")] // the heads still read "don't pay tax"
    [InlineData("In my view, the Chinese cannot be trusted as a partner in the talks.")]
    [InlineData("The Russians don't respect the ceasefire.")] // review, 2026-12-05 night
    [InlineData("Jews running the media is an antisemitic myth.")]
    [InlineData("Women are the worst victims of every war.")]
    [InlineData("I always thought Romanians were lazy until I worked with them.")]
    [InlineData("The badgers need culling, farmers say.")]
    [InlineData("The picture needs hanging in the hall.")]
    [InlineData("Jews should be shooting more films in Poland.")] // a gerund after "be" is no call
    [InlineData("In Saudi Arabia, women can't drive.")] // a law somewhere, not a claim
    public void The_group_claim_rule_does_not_read_these_as_the_writers_claim(string text)
    {
        var reading = GroupPredicate.Read(TextNormalizer.Default.Normalize(text), TextNormalizer.Default.Lexicon);

        Assert.Null(reading.Claim);
        Assert.False(reading.Denied);
    }

    [Theory]
    [InlineData("If a Sikh insults me, I hate them back.")] // the pronoun does not end the clause
    [InlineData("The Kurds arrived last week. I hope they get the help they need.")]
    [InlineData("So many Syrians in my town now, honestly they make me proud.")]
    [InlineData("I am sick and tired of Russians dying for nothing.")]
    public void The_aversion_rule_does_not_read_these_as_aversion_to_a_group(string text) =>
        Assert.Null(GroupDisgust.Find(TextNormalizer.Default.Normalize(text), TextNormalizer.Default.Lexicon));

    [Theory]
    [InlineData("Somalis are not criminals.", true)]
    [InlineData("I think Somalis are not criminals.", true)]
    [InlineData("I don't think Somalis should be executed.", true)]
    [InlineData("Not all Afghans are terrorists.", true)]
    [InlineData("Somalis are not criminals, you moron.", false)] // another attacking word
    [InlineData("Somalis are not criminals. Kurds are greedy.", false)] // a claim made as well
    public void A_denial_is_read_only_where_the_text_makes_no_claim_and_attacks_with_no_other_word(string text, bool denied)
    {
        var reading = GroupPredicate.Read(TextNormalizer.Default.Normalize(text), TextNormalizer.Default.Lexicon);

        Assert.Equal(denied, reading.Denied);
    }
}
