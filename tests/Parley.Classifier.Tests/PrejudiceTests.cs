using static Parley.Classifier.Tests.ShippedModel;

namespace Parley.Classifier.Tests;

/// <summary>
/// Identity attacks without a slur of session 17 (GroupInsinuation.Prejudice / .Blame, GroupPredicate's habits):
/// prejudice against one person for their group, discrimination the writer declares, a vice as a group's habit, and a
/// group blamed for crime or disease. Each paired with civil sentences of the same words. Our own sentences.
/// </summary>
public class PrejudiceTests
{
    [Theory]
    [InlineData("What else would you expect from a Muslim?", "Muslim")]
    [InlineData("What do you expect from a Jewish editor, honestly.", "Jewish")]
    [InlineData("He only got the job because he's Black, no other reason.", "Black")]
    [InlineData("She was only picked because she's a woman.", "woman")]
    [InlineData("I'd never hire a Muslim, I wouldn't feel safe.", "Muslim")]
    [InlineData("I wouldn't rent to Africans again.", "Africans")]
    [InlineData("I refuse to sit next to a Sikh on a plane.", "Sikh")]
    [InlineData("I won't let my kids play with the Roma children.", "Roma")]
    [InlineData("Typical French, surrender at the first sign of trouble.", "French")]
    [InlineData("Typical Muslim behaviour.", "Muslim")]
    [InlineData("Indians always cheat, in business and in exams.", "Indians")] // a vice as the group's habit
    [InlineData("Mexicans never learn English.", "Mexicans")]
    [InlineData("Somalis simply don't work, look at the figures.", "Somalis")]
    [InlineData("Women just can't handle pressure at that level.", "Women")]
    [InlineData("Black lads can't resist a fight.", "Black")]
    [InlineData("Africans can't run their own countries.", "Africans")]
    [InlineData("Gay men spread HIV, they brought it on themselves.", "Gay")] // blamed for crime or disease
    [InlineData("Mexican immigrants bring the drugs and the violence.", "Mexican")]
    [InlineData("The measles outbreak is thanks to the Roma.", "Roma")]
    [InlineData("Rape stats went up because of the Afghans.", "Afghans")]
    [InlineData("Every second burglary round here is done by Romanians.", "Romanians")]
    public void Prejudice_without_a_slur_is_an_identity_attack(string text, string word) =>
        AssertIdentityAttackExplainedBy(text, word);

    [Theory]
    [InlineData("What do you expect from a Catholic school? Uniforms and prayers.")] // a thing
    [InlineData("What do you expect from a Tory?")] // a party
    [InlineData("I'd happily hire a Muslim, my best engineer is one.")]
    [InlineData("Landlords who refuse to rent to Africans are breaking the law.")]
    [InlineData("I'd never rent a flat in Leeds again.")]
    [InlineData("I refuse to believe that Muslims are all the same.")]
    [InlineData("Why would anyone refuse to sit next to a Muslim on a plane?")]
    [InlineData("A typical Polish breakfast has rye bread and sausage.")]
    [InlineData("Muslims always pray at dawn.")] // customs, not vices
    [InlineData("Orthodox Jews never work on the Sabbath.")]
    [InlineData("Refugees always lie down on the floor of the boat to stay warm.")]
    [InlineData("Autistic people can't handle loud noise in supermarkets.")]
    [InlineData("Women can't run the marathon in under two hours yet.")]
    [InlineData("Asylum seekers can't work while their claims are processed.")]
    [InlineData("Romanians always work hard, my whole shift is Romanian.")]
    [InlineData("Refugees bring skills and energy to this town.")]
    [InlineData("Crime fell because of the Polish community patrols.")]
    [InlineData("The outbreak spread because of poor ventilation, not because of the refugees.")]
    [InlineData("Gay men are disproportionately affected by HIV, which is why PrEP matters.")]
    [InlineData("I reported the comment saying gay men spread disease. It's 1980s bigotry.")] // counter-speech
    [InlineData("The Kalergi plan is an antisemitic conspiracy theory.")]
    [InlineData("Immigrants bring crime, says the leaflet, which is a lie.")]
    [InlineData("What do you expect from Ukrainians? They're defending their homes.")] // a code review's look-alikes
    [InlineData("What do you expect from a Muslim doctor who has just worked a fasting shift?")]
    [InlineData("He was only stopped by police because he's Black.")]
    [InlineData("He wasn't picked just because he's Black, he scored 30 goals last season.")]
    [InlineData("My son gets picked on at school only because he's Black.")]
    [InlineData("Typical Italian, such a warm welcome!")]
    [InlineData("Asylum seekers don't work. The law bans them from working.")]
    [InlineData("Italians can't resist a good espresso.")]
    [InlineData("Kurds can't run their own state while Turkey blocks it.")]
    [InlineData("The measles outbreak was contained thanks to the Somali community.")]
    [InlineData("King Zog of Albania fled in 1939.")]
    public void The_same_words_without_prejudice_are_not_an_attack(string text) =>
        AssertNotFlagged(text, ToxicityLabel.IdentityAttack, ToxicityLabel.Toxicity);

    // The heads already read TOXICITY into these (0.72, 0.86); the blame rule must not add an identity attack.
    [Theory]
    [InlineData("The rapes in Bucha were committed by Russians.")]
    [InlineData("Women carry more HIV than men in southern Africa.")]
    public void A_report_or_a_statistic_is_not_blame(string text) =>
        AssertNotFlagged(text, ToxicityLabel.IdentityAttack);
}
