using static Parley.Classifier.Tests.ShippedModel;

namespace Parley.Classifier.Tests;

/// <summary>
/// Session 29: implicit derogation in four stock moves (ImplicitDerogation): praise granted as an exception, mock
/// surprise that an offender belongs to a group, a good place spoiled by a group's arrival, and a group cast as
/// freeloaders. Our own sentences; each shape has civil sentences that keep its words and group.
/// </summary>
public class ImplicitDerogationTests
{
    [Theory]
    [InlineData("Very well spoken for a Pakistani, I'll give him that.", "Pakistani")]
    [InlineData("Honestly she's quite clever for a Somali girl.", "Somali")]
    [InlineData("Decent bloke for a Gypsy, paid me back on time.", "Gypsy")]
    [InlineData("He's one of the good Muslims, keeps his head down and works.", "Muslims")]
    [InlineData("One of the few decent Albanians I've met.", "Albanians")]
    public void Praise_granted_as_an_exception_is_an_identity_attack(string text, string word) =>
        AssertIdentityAttackExplainedBy(text, word);

    [Theory]
    [InlineData("Car dealership scam in Leeds. Of course he turns out to be Albanian.", "Albanian")]
    [InlineData("Another benefit fraud case. Let me guess, Somali? Nobody's surprised.", "Somali")]
    [InlineData("Phone theft ring busted at the station. Romanians, naturally.", "Romanians")]
    [InlineData("Jewellery robbery on the high street and the suspect is Nigerian. What did we expect.", "Nigerian")]
    [InlineData("Drugs gang busted in Hull. Another Albanian. Shocking, I know.", "Albanian")]
    [InlineData("Somali man charged with fraud in Bristol. Who could possibly have seen that coming.", "Somali")]
    [InlineData("Polish driver. Crashed into the bus shelter on Friday night. Can't say anyone's surprised.", "Polish")]
    [InlineData("Funny how the Somali community always has its hand out.", "Somali")]
    public void Mock_surprise_that_an_offender_belongs_to_a_group_is_an_identity_attack(string text, string word) =>
        AssertIdentityAttackExplainedBy(text, word);

    [Theory]
    [InlineData("This was a lovely quiet village. Then the Syrian families moved in.", "Syrian")]
    [InlineData("Our park used to be safe until they housed the asylum seekers in the old barracks.", "asylum")]
    [InlineData("The estate went downhill right after the Kurds took over the shops.", "Kurds")]
    [InlineData("You can always tell when Albanians have moved onto a street.", "Albanians")]
    public void A_place_spoiled_by_a_group_arriving_is_an_identity_attack(string text, string word) =>
        AssertIdentityAttackExplainedBy(text, word);

    [Theory]
    [InlineData("Somalis only come here for the free housing.", "Somalis")]
    [InlineData("Half the Pakistani families round here have never done a day's work.", "Pakistani")]
    [InlineData("Eritreans straight onto benefits the day they land.", "Eritreans")]
    [InlineData("I feel Somalis only come here for the free housing.", "Somalis")] // the writer's own voice, not a report
    public void A_group_cast_as_freeloaders_is_an_identity_attack(string text, string word) =>
        AssertIdentityAttackExplainedBy(text, word);

    [Theory]
    [InlineData("It is normal for a Muslim to fast during Ramadan.")] // what is usual, not an exception
    [InlineData("It was a brave choice for a Black candidate in that seat.")]
    [InlineData("Good news for a Somali family who waited six years for a visa.")]
    [InlineData("She's done really well for a first novel.")]
    [InlineData("The charity is one of the good causes helping Syrian refugees.")]
    [InlineData("Of course the Somali community condemned the attack at once.")] // no offence pinned on them
    [InlineData("A Nigerian nurse was stabbed on her way home. Of course the police took three hours to arrive. What did we expect.")]
    [InlineData("Of course she's Jewish, she told us at the Seder.")]
    [InlineData("Hindu temple in Leicester robbed again. Who could have seen that coming, after the council cut the CCTV budget?")]
    [InlineData("Somali man robbed on his way home. Can't say anyone's surprised, the street lights have been out for weeks.")]
    [InlineData("This was a lovely quiet village. Then the Syrian families moved in and opened the bakery everyone now queues at.")]
    [InlineData("My street used to be quiet. Then the Romanians arrived, and they are the friendliest neighbours I've had.")]
    [InlineData("The estate went downhill after the council sold off the shops, not after the Kurds took them over.")]
    [InlineData("You can always tell when the Albanian family next door has guests: the whole street smells of baking.")]
    [InlineData("Did the town really go downhill after the Polish families moved in? The figures say no.")]
    public void The_same_words_without_derogation_are_not_identity_attacks(string text) =>
        AssertNotFlagged(text, ToxicityLabel.IdentityAttack);

    [Theory]
    [InlineData("Somalis don't come here for the free housing, they come to escape a war.")]
    [InlineData("Asylum seekers aren't allowed to work, so they have never done a day's work here, not by choice.")]
    [InlineData("They say Somalis only come here for the free housing, which is nonsense.")]
    public void Denied_or_explained_freeloading_is_not_an_identity_attack(string text) =>
        AssertNotFlagged(text, ToxicityLabel.IdentityAttack);

    [Theory]
    [InlineData("He only got the captaincy because the club wanted a Muslim in the team photo.", "Muslim")]
    [InlineData("New head teacher is a Sikh woman. Which I'm sure was the main qualification.", "Sikh")]
    [InlineData("Nigerian consultant on the cardiology ward. Ticks a box for HR, I suppose.", "Nigerian")]
    public void A_member_s_place_put_down_to_the_group_is_an_identity_attack(string text, string word) =>
        AssertIdentityAttackExplainedBy(text, word);

    [Theory]
    [InlineData("A Sikh boy with Punjabi parents is never really British, is he.", "Sikh")]
    [InlineData("Wave all the flags you like, Somalis will always be guests here.", "Somalis")]
    [InlineData("Born in Leeds or not, she'll always be Pakistani first.", "Pakistani")]
    public void Belonging_denied_to_a_group_s_members_is_an_identity_attack(string text, string word) =>
        AssertIdentityAttackExplainedBy(text, word);

    [Fact]
    public void A_generalising_question_about_a_group_closed_by_a_wink_is_an_identity_attack() =>
        AssertIdentityAttackExplainedBy("Why do Roma families always end up on the front page? Pure coincidence, I'm sure.", "Roma");

    [Theory]
    [InlineData("She didn't get the captaincy just because the club wanted a Muslim; she's the best bowler we have.")]
    [InlineData("The new head teacher is a Sikh woman, and the papers wrote as if that were the main qualification. She has run three schools.")]
    [InlineData("Critics smeared her as a diversity hire, which is nonsense.")]
    [InlineData("A Sikh boy with Punjabi parents is as British as anyone in this town.")]
    [InlineData("Somalis will always be welcome here.")]
    [InlineData("Somalis are often told they'll always be guests here, however long they stay.")]
    [InlineData("Born in Leeds, she says she's a Yorkshire lass first and Pakistani second.")]
    [InlineData("Ever noticed how it's always the Somali shops that get blamed when there's trouble? Just asking.")]
    [InlineData("Why do Roma families always end up on the front page? Because editors know fear sells.")] // answered
    [InlineData("Is the Somali community in Bristol bigger than in Cardiff? Genuine question.")] // asks in good faith
    [InlineData("Why is the Polish deli always out of pierogi by noon? Just asking.")] // a shop, not its people
    [InlineData("Not a real Irishman, he joked, holding his third pint of Guinness.")]
    public void Belonging_hiring_and_questions_without_derogation_are_not_identity_attacks(string text) =>
        AssertNotFlagged(text, ToxicityLabel.IdentityAttack);

    // A review's civil sentences against the first version of these shapes (all were flagged by it).
    [Theory]
    [InlineData("This is one of the good Ethiopian places in the city - the injera is made fresh every morning.")]
    [InlineData("A Muslim shopkeeper sheltered the staff during the robbery. No surprise there to anyone who knows Mr Rahman - he's looked after this street for 30 years.")]
    [InlineData("Our Jewish neighbour was the victim of the burglary, and no, nobody's shocked that the police took three days to show up.")]
    [InlineData("The scam targeted Pakistani families with fake visa offers. What did we expect when the Home Office website is impossible to use?")]
    [InlineData("Our street was quiet and a bit lonely until the Syrian families moved in - now there's kids playing out and someone always brings food round at Eid.")]
    [InlineData("My grandad always said Kilburn used to be a nice place before the Irish arrived - and he was Irish. It was his favourite joke.")]
    [InlineData("You can always tell when Italians have moved in - suddenly there's basil on every windowsill. My nonna did exactly that in Leichhardt.")]
    [InlineData("My Irish grandmother came over for the NHS - to work in it, as a nurse, in 1958. She retired as a ward sister.")]
    [InlineData("The new Sikh police commissioner has 30 years' service, which was the main qualification and the only one that mattered.")]
    [InlineData("The new CEO, an Indian-born engineer, has 25 years in the industry. Anyone calling that a diversity hire hasn't read his CV.")]
    [InlineData("Indigenous elders say they've been made to feel they will always be guests on their own land. That's what the Voice debate was about.")]
    [InlineData("Why do women always get asked about childcare in interviews when men never are? Think about it.")]
    [InlineData("Ever noticed how every time a trans person is in the news, the comments fill with people who've never met one? Make of that what you will.")]
    public void A_review_s_civil_sentences_are_not_identity_attacks(string text) =>
        AssertNotFlagged(text, ToxicityLabel.IdentityAttack);

    [Theory]
    [InlineData("Hiring a Somali is basically a charity project, not a business decision.", "Somali")]
    [InlineData("Any firm that hires a Sikh deserves to go bankrupt.", "Sikh")]
    [InlineData("I'd rather have a rat in my kitchen than a Kurd living next door.", "Kurd")]
    [InlineData("The only job Somalis are fit for is cleaning toilets.", "Somalis")]
    [InlineData("Somalis are only good for cleaning toilets.", "Somalis")]
    [InlineData("I'd never let a Sikh near my kids.", "Sikh")]
    [InlineData("If the article had mentioned the suspects were Somalis, nobody would have been surprised.", "Somalis")]
    public void Exclusion_dressed_as_good_sense_is_an_identity_attack(string text, string word) =>
        AssertIdentityAttackExplainedBy(text, word);

    [Theory]
    [InlineData("Hiring a disabled person isn't charity, it's good business.")]
    [InlineData("Hiring a Somali nurse was the best decision our practice made; losing her would be a mistake.")]
    [InlineData("I'd rather have a rat in my kitchen than a Tory MP living next door.")]
    [InlineData("Somalis are only allowed to work after six months.")]
    [InlineData("Why would anyone say the only job Somalis are fit for is cleaning?")]
    [InlineData("I'd never let a stranger near my kids.")]
    [InlineData("Would you let a Sikh near your kids? Of course, my son's godfather is one.")]
    public void The_same_words_without_exclusion_are_not_identity_attacks(string text) =>
        AssertNotFlagged(text, ToxicityLabel.IdentityAttack);

    [Theory]
    [InlineData("Somalis are fine for driving taxis, but keep them away from the council.", "Somalis")]
    [InlineData("Sikhs are great cooks. Leave the running of the country to the rest of us.", "Sikhs")]
    public void A_place_granted_and_the_rest_refused_is_an_identity_attack(string text, string word) =>
        AssertIdentityAttackExplainedBy(text, word);

    // A second review's civil sentences against the exclusion shapes' first version (all were flagged by it), and our own.
    [Theory]
    [InlineData("Somalis are welcome here, and we should keep them safe from the thugs who attacked the mosque.")]
    [InlineData("Kurds are brilliant neighbours; leave the politics to the politicians.")]
    [InlineData("Refugees are welcome in our town; we must keep them away from the traffickers.")]
    [InlineData("Leicester hiring an Italian manager looked a huge gamble at the time, and then they won the title.")]
    [InlineData("I run a small café in Cork, and hiring a Ukrainian chef was the opposite of wasting money; the borscht sells out every day.")]
    [InlineData("I'd rather be a Muslim teaching maths in Bradford than a Muslim teaching anywhere else; the kids here are brilliant and I'm proud to be both.")]
    [InlineData("The court clarified that Hindus are only qualified for the temple trust board if they have been resident in the district for five years.")]
    [InlineData("The attackers were Dutch, Ajax's front three tearing us apart, and no one would have been surprised, since they've played that way since Cruyff.")]
    [InlineData("The suspects were Sikh, according to a fake WhatsApp forward, and nobody would be shocked by how fast it spread, but Punjab police have traced it to a paid troll network.")]
    [InlineData("The attackers were Hindu nationalists, the paper reported, and no one would be surprised that the church in Odisha had been threatened before.")]
    public void A_second_review_s_civil_sentences_are_not_identity_attacks(string text) =>
        AssertNotFlagged(text, ToxicityLabel.IdentityAttack);

    // HateCheck-style templates of a later helper's suite (hatecheck-fresh8), in our own words.
    [Theory]
    [InlineData("Somalis should be grateful we tolerate them at all.", "Somalis")]
    [InlineData("You can't expect Somalis to understand anything complicated.", "Somalis")]
    [InlineData("Why would anyone want a Sikh as a neighbour?", "Sikh")]
    [InlineData("Wow, a Somali who can hold a proper conversation. Now I've seen everything.", "Somali")]
    [InlineData("Sure, let Somalis run the council. What could possibly go wrong?", "Somalis")]
    [InlineData("Of course a Sikh got the promotion. It certainly wasn't for his skills.", "Sikh")]
    [InlineData("I'd never let a Sikh look after my children.", "Sikh")]
    [InlineData("This town was so much nicer before the Somalis started moving in.", "Somalis")]
    [InlineData("Somalis are fine, as long as they stay where nobody has to look at them.", "Somalis")]
    public void Implicit_derogation_templates_are_identity_attacks(string text, string word) =>
        AssertIdentityAttackExplainedBy(text, word);

    [Theory]
    [InlineData("Somalis shouldn't have to be grateful for being treated as equals.")]
    [InlineData("Saying you can't expect Somalis to understand anything complicated is plain prejudice.")]
    [InlineData("You can't expect refugees to understand the forms when they're only in English.")]
    [InlineData("Why would anyone not want a Sikh as a neighbour? Mine are lovely.")]
    [InlineData("Refugee support cut again before winter. What could possibly go wrong?")]
    [InlineData("When a Sikh colleague got the promotion, nobody doubted it was for his skills.")]
    [InlineData("I'd never refuse to let a Sikh look after my children.")]
    [InlineData("This town was not nicer before the Somalis started moving in; that's nostalgia talking.")]
    public void The_templates_words_without_derogation_are_not_identity_attacks(string text) =>
        AssertNotFlagged(text, ToxicityLabel.IdentityAttack);
}
