using static Parley.Classifier.Tests.ShippedModel;

namespace Parley.Classifier.Tests;

/// <summary>
/// Session 18: the functional-test shapes a fresh HateCheck-style suite (bench/blind-rounds/hatecheck-fresh.jsonl) showed
/// missing whole templates: contempt behind a degree adverb, contempt as a group's due, equality refused, the company of a
/// group disgusting the writer, and a place's decline blamed on a group moving in. Each paired with civil sentences of the
/// same words. Our own sentences, not the suite's. Also the threats of that session: harm verbs the lexicon does not list,
/// and injury foretold to a person.
/// </summary>
public class FunctionalShapesTests
{
    [Theory]
    [InlineData("Why are Jews always so unbelievably filthy?", "Jews")]
    [InlineData("Trans women are utterly repulsive.", "Trans")]
    [InlineData("Sikhs deserve nothing but contempt.", "Sikhs")]
    [InlineData("Refugees keep asking for help, but they deserve nothing but scorn.", "they")] // the span is on the pronoun
    [InlineData("Lesbians deserve to be treated like dirt.", "Lesbians")]
    [InlineData("I will never see Pakistanis as my equals.", "Pakistanis")]
    [InlineData("I'll never accept Black people as fellow citizens.", "Black")]
    [InlineData("Being around Hindus makes my skin crawl.", "Hindus")]
    [InlineData("Just seeing Roma in the park fills me with revulsion.", "Roma")]
    [InlineData("Typical, the town went to the dogs the moment the Somalis moved in.", "Somalis")]
    [InlineData("Since the Kurds moved in, the whole estate has gone downhill.", "Kurds")]
    [InlineData("The estate went to pot the day the Romanians arrived.", "Romanians")]
    [InlineData("Lesbians should be banned from adopting.", "Lesbians")] // barred from ordinary life, as "not allowed to"
    [InlineData("I hate allmuslims.", "allmuslims")] // a missing word boundary (WordSegmenter's two-part group splits)
    [InlineData("Disabledpeople are a burden on all of us.", "Disabledpeople")]
    [InlineData("Hindus should all be barred from public office.", "Hindus")]
    [InlineData("Since the Eritreans turned up they've wrecked the place.", "Eritreans")]
    public void Functional_hate_shapes_are_identity_attacks(string text, string word) =>
        AssertIdentityAttackExplainedBy(text, word);

    [Theory]
    [InlineData("Refugees deserve our compassion, not contempt.")]
    [InlineData("Nurses deserve nothing but praise after this winter.")]
    [InlineData("He was found in contempt of court; immigrants deserve better than his firm gave them.")]
    [InlineData("Gay couples deserve to be treated fairly by adoption agencies.")]
    [InlineData("I'll never see Italians as rivals, we share a border and a love of pasta.")]
    [InlineData("I would never see a Muslim neighbour as a threat.")]
    [InlineData("Seeing Syrian children in those camps fills me with disgust at our government.")]
    [InlineData("The pub went downhill after the new landlord moved in.")]
    [InlineData("Since the Somalis moved in, the street has come alive.")]
    [InlineData("Muslims are incredibly generous during Ramadan.")]
    [InlineData("The blackout in Whitehall lasted three hours.")] // real words are never split
    [InlineData("Did house prices go downhill when Roma families moved in? The Land Registry says no.")] // a question
    [InlineData("Since the Ukrainians arrived, the floods have ruined the harvest twice.")]
    [InlineData("Drink drivers should be banned from driving for life.")] // the law's work, not a group's exclusion
    [InlineData("Drink drivers shouldn't be allowed to drive.")]
    [InlineData("Women were barred from voting until 1918.")]
    [InlineData("Should Muslims be banned from public office? Of course not.")]
    [InlineData("The Romanians arrived in 2007 and the town went downhill after the mill closed.")]
    public void The_same_words_without_hate_are_not_an_attack(string text) =>
        AssertNotFlagged(text, ToxicityLabel.IdentityAttack, ToxicityLabel.Toxicity);

    // Harm verbs the lexicon does not list (ThreatIntent.Harm): threats only in the threat rule's own shape.
    [Theory]
    [InlineData("Say that again and I'll gut you like a mackerel.")]
    [InlineData("I'd drown that landlord in his own bathtub.")]
    [InlineData("I'm gonna shank you outside the chippy.")]
    [InlineData("I'll glass the next bloke who says that.")]
    [InlineData("Someone should push that judge in front of a train at Euston.")] // a station is no game
    [InlineData("I'll stamp on his face till he stops talking.")]
    [InlineData("I will throttle you with my bare hands.")]
    [InlineData("I'll kneecap him.")]
    public void Harm_verbs_aimed_at_a_person_are_threats(string text) =>
        AssertFlagged(text, ToxicityLabel.Threat, ToxicityLabel.Toxicity);

    // Injury foretold to a person with the writer's hand in the comment (InjuryForetold).
    [Theory]
    [InlineData("Keep running your mouth and you'll wake up in A&E.")]
    [InlineData("That referee is getting glassed next time he drinks in our pub.")]
    [InlineData("Say that again and you won't leave here in one piece.")]
    [InlineData("When I find you, you'll be leaving in a body bag.")]
    [InlineData("ur getting shanked on sight")]
    [InlineData("Next time that journalist comes round here he's getting his head kicked in.")]
    [InlineData("Someone should drive a van into the Eid crowd.")] // a vehicle into a crowd, wished or called for
    [InlineData("I hope a lorry ploughs straight through the Pride march.")]
    [InlineData("Throw the lot of them off the top of a tower block.")]
    [InlineData("I hope that ref gets glassed.")]
    public void Injury_foretold_with_the_writers_hand_is_a_threat(string text) =>
        AssertFlagged(text, ToxicityLabel.Threat, ToxicityLabel.Toxicity);

    [Theory]
    [InlineData("You'll end up in hospital if you keep drinking like that.")]
    [InlineData("He'll be in a wheelchair for six weeks after the op.")]
    [InlineData("When I saw him he was getting battered by the critics.")]
    [InlineData("When I see my nan she'll be in hospital for another week.")]
    [InlineData("I know where he is: he'll be in intensive care until Monday.")]
    [InlineData("Mark my words, the bill will end up in the bin.")]
    [InlineData("Keep smiling, the keeper is getting stabbed in the back by his own board.")]
    [InlineData("My lads are getting battered 4-0 at half time.")]
    [InlineData("A man drove a van into the crowd in Nice and killed 86 people.")]
    [InlineData("I hope nobody drives a car into the parade this year, the barriers are flimsy.")]
    [InlineData("We drove the tractor into the field for the village fete.")]
    [InlineData("I hope he gets poisoned by that dodgy kebab shop, the food is grim.")]
    [InlineData("The van stopped short of the crowd at the carnival.")]
    public void Injury_foretold_without_a_threat_is_not_one(string text) =>
        AssertNotFlagged(text, ToxicityLabel.Threat, ToxicityLabel.Toxicity);

    // A code review of session 18 found these flagged by the first version of the new rules; each rule was narrowed.
    [Theory]
    [InlineData("If I were Starmer I'd throw him under the bus tomorrow.")]
    [InlineData("Fare dodgers? I'd throw them off the train at the next stop.")]
    [InlineData("I'll shove the kids into the car and be there by six.")]
    [InlineData("We'll drown them out with singing if they turn up again.")]
    [InlineData("If I were the Chancellor, I'd knife the PM at the first opportunity.")]
    [InlineData("We must stamp on the people smugglers before summer.")]
    [InlineData("I'd push him into the river for a swim, he loves it.")]
    [InlineData("I'll deck him out in the new kit for the photo.")]
    [InlineData("We'll kneecap them at the ballot box in May.")]
    [InlineData("I hope the team bus goes through the crowd slowly so we can all see the trophy.")]
    [InlineData("I'll drive the van into the church car park tomorrow and unload the jumble sale stuff.")]
    [InlineData("I worry someone will drive a van into the crowd at the Christmas market unless they put barriers up.")]
    [InlineData("Mark my words, she'll be in a cast for months after that ski trip.")]
    [InlineData("Next time the heating fails, she'll end up in hospital again.")]
    [InlineData("Mark my words, the PM won't come out of this alive.")]
    [InlineData("When I'm done with the makeover, your mum won't recognise you!")]
    [InlineData("Next time the trains strike, the ref is getting shot of his season ticket.")]
    [InlineData("If I see him I'll tell him, he'll be in hospital with that cough if he doesn't rest.")]
    [InlineData("The house was a dump when the Polish couple moved in, and they've done it up beautifully.")]
    [InlineData("Since the Ukrainian refugees arrived, the village has not gone downhill at all, it's thrived.")]
    [InlineData("Since the Polish family moved in next door, the garden has gone from a tip to a showpiece.")]
    [InlineData("I will never see Muslims as people who need to integrate more than anyone else.")]
    [InlineData("Being around Muslims fills me with loathing for the people who spread lies about them.")]
    [InlineData("Women deserve hate-free online spaces.")]
    public void A_reviews_look_alikes_are_not_flagged(string text) =>
        AssertNotFlagged(text, ToxicityLabel.Threat, ToxicityLabel.IdentityAttack, ToxicityLabel.Toxicity);

    [Theory]
    [InlineData("I'll gut the trout and you light the barbecue.")]
    [InlineData("I'm going to batter the haddock tonight.")]
    [InlineData("We'll batter them on Saturday, lads.")]
    [InlineData("I'll drown you in paperwork if you ask for every receipt.")]
    [InlineData("I'll smother her with kisses when she lands.")]
    [InlineData("I'll slap him with a parking fine if he stops there again.")]
    [InlineData("I'll throw him a party for his sixtieth.")]
    [InlineData("I'll push him to train harder before the trials.")]
    [InlineData("I'm going to knife the ferry budget, says the minister.")]
    [InlineData("I'll stamp out racism in this club.")]
    [InlineData("I'll throw you off the scent with a fake clue.")]
    [InlineData("Drown the kids in sun cream before they go out.")]
    public void Harm_verbs_in_their_innocent_senses_are_not_threats(string text) =>
        AssertNotFlagged(text, ToxicityLabel.Threat, ToxicityLabel.Toxicity);
}
