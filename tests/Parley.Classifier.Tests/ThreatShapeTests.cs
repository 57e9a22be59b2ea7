using static Parley.Classifier.Tests.ShippedModel;

namespace Parley.Classifier.Tests;

/// <summary>
/// Threat shapes the heads scored near 0, each paired with the civil sentence of the same words: a warning that "we
/// are coming for you", a random victim ("the next X"), a grave, a car, a group told where its building is, violence
/// as a norm after a relative clause. Our own sentences.
/// </summary>
public class ThreatShapeTests
{
    [Theory]
    [InlineData("Sikhs better watch out, I'm coming for you tonight.")] // "you" is the group the text addresses
    [InlineData("Tamils on this street: you have three days before we come for you.")]
    [InlineData("I'm going to beat the next Somali who looks at me.")]
    [InlineData("I'll put those Kurds in the ground myself.")]
    [InlineData("Gonna run over some Afghans on the way home.")]
    [InlineData("Uyghurs, we know where your mosque is. Expect us.")]
    [InlineData("Women who talk back should be beaten.")]
    [InlineData("Migrants should be left to drown at sea.")]
    [InlineData("Next Kurd I see on my road is getting his head kicked in.")] // a victim picked at random
    [InlineData("Any Sikh on my site is going to get hurt.")]
    [InlineData("Let the Yazidis starve.")]
    [InlineData("If any more Tamils move in here I'll burn their houses down.")] // arson at a group's homes
    [InlineData("Gonna torch the synagogue on saturday.")]
    [InlineData("Keep bringing migrants here and we'll start stringing them up.")]
    [InlineData("Hindus round here better watch their backs.")]
    [InlineData("We're coming for you trans freaks.")]
    [InlineData("Migrants caught crossing the border should be shot on sight.")]
    [InlineData("Disabled babies should be put down at birth.")]
    [InlineData("I'm going to stab a Sikh the first chance I get.")] // a time after the victim
    [InlineData("I'll shoot a Kurd the moment I see one.")]
    [InlineData("Tamils should be locked up in camps.")] // locked up, as a call: a normative threat
    [InlineData("Lock all the Kurds in cages.")]
    [InlineData("Round up the Tamils and put them in cages.")]
    [InlineData("I'll break a Sikh's legs on Monday.")] // a body part in the possessive of a member
    [InlineData("Roma kids should be taken from their families and beaten.")]
    [InlineData("The mosque on Elm Street burns this weekend.")] // harm foretold, no first person (ForetoldHarm)
    [InlineData("That synagogue will be ash by Friday.")]
    [InlineData("Those Roma camps will burn, mark my words.")]
    [InlineData("Death to all Kurds.")] // HateCheck's threat shapes (session 13)
    [InlineData("I want to cut the throats of all Tamils.")]
    [InlineData("The world would be a better place if all Sikhs were dead.")]
    [InlineData("If I see any Somalis tonight, they are dead.")]
    [InlineData("Refugee hostels make good bonfires.")]
    [InlineData("The gurdwara will go up in flames one of these nights.")]
    [InlineData("It would be a shame if the mosque caught fire.")]
    [InlineData("Jews will be hanging from lampposts soon.")]
    [InlineData("The Pakistanis on my street won't live to see Christmas.")]
    [InlineData("Faggots will hang soon.")] // a plural slur opening the text (its run start was once token -1)
    [InlineData("Burn down the synagogue.")] // an order with its particle, "drown" as an order, a long determiner
    [InlineData("Drown every last one of the Tamils and their kids.")]
    public void A_threat_against_a_group_is_a_threat_and_an_identity_attack(string text) =>
        AssertFlagged(text, ToxicityLabel.Threat, ToxicityLabel.IdentityAttack, ToxicityLabel.Toxicity);

    [Theory]
    [InlineData("To the reporter: we know your home address. Think about that.")]
    [InlineData("I'll be waiting outside your office tomorrow, Mr Patel.")]
    [InlineData("Hope the reporter steps on a landmine.")] // a wish that opens its sentence, a death by accident
    [InlineData("I hope you get hit by a bus.")]
    [InlineData("I hope someone runs you over.")]
    [InlineData("I hope someone stabs the editor.")]
    [InlineData("Hope your house burns down with you in it.")]
    [InlineData("This editor needs a bullet in the head.")] // violence deserved
    [InlineData("Whoever wrote this article deserves a beating.")]
    [InlineData("I'd happily strangle the author with my bare hands.")] // a role as the target
    [InlineData("I'd love to punch this author in the face.")]
    [InlineData("Wait till I find out where you live.")]
    [InlineData("Keep talking and you'll be eating through a straw.")]
    [InlineData("You'll be found in a ditch one day.")]
    [InlineData("You'll end up in a body bag.")]
    [InlineData("Your family won't be safe much longer.")]
    [InlineData("You won't live to see your next birthday.")]
    [InlineData("You will not live to see Christmas.")]
    [InlineData("The senator should be hanged for treason.")] // a person's due, as a group's
    [InlineData("That judge should be dragged out of court and beaten senseless.")]
    [InlineData("Our MP should be strung up from the nearest tree.")]
    [InlineData("Wishing a slow, painful death on the journo who wrote this.")]
    [InlineData("Hope that referee gets his legs broken in the car park.")]
    [InlineData("I'd pay good money to watch the CEO get his head kicked in.")]
    [InlineData("You're dead meat, Mark.")]
    [InlineData("The ministers should be hanged for this.")] // people named by role or insult, "whoever" (2026-12-05 morning)
    [InlineData("Honestly the minister should be shot for this.")]
    [InlineData("That lying hack should be hanged.")]
    [InlineData("Whoever approved this should be shot.")]
    [InlineData("Those freaks should be beaten until they stop.")]
    [InlineData("I'd love to see every Kurd in this city hanging from a lamppost.")] // a place after the victim
    [InlineData("I'll break both his arms if he comes back.")]
    [InlineData("I hope someone shanks the editor in the car park.")]
    [InlineData("Sick f**ks like this should just be shot.")] // "like this" after the insult (ToxicSpans' threats, 2026-12-05)
    [InlineData("Garbage like you should be incinerated!")]
    [InlineData("The coward should be hung by his thumbs.")]
    [InlineData("I wish this moron would have been shot to death.")]
    [InlineData("Just execute the bastard.")]
    [InlineData("Lovely house. Be a shame if something happened to it, and to you.")] // veiled threats (fifth blind set)
    [InlineData("That columnist? She'd better watch her back.")]
    [InlineData("I hope your family gets what's coming to them, journalist.")]
    [InlineData("You'll get what's coming to you, just wait.")]
    [InlineData("If I see that reporter again I'll beat him until he stops moving.")] // a beating that hurts
    [InlineData("There are Kurds on my street, who I wish would all drop dead.")] // the wish's victim before "who"
    [InlineData("Hang the nonce from the nearest lamppost.")] // a review's misses (2026-12-05)
    [InlineData("Line the Tamils up against a wall.")]
    [InlineData("Next time I see that MP I'm going to batter him till he can't get up.")]
    [InlineData("Nice house you've got. Be a pity if it went up in flames with you in it.")]
    [InlineData("The columnist who wrote this should be dragged out of her house and shot.")] // a sixth blind set's misses
    [InlineData("I hope the editor of this rag gets hit by a bus.")]
    [InlineData("Somebody should put a bullet in the mayor.")]
    [InlineData("All the councillors who voted for this deserve a rope and a lamppost.")]
    [InlineData("Say that to my face and you'll leave in an ambulance.")]
    [InlineData("Hope your family gets burgled and beaten.")]
    [InlineData("The Chancellor should face a firing squad.")]
    [InlineData("That pundit needs a good slap.")]
    [InlineData("Shame the bomb missed him.")]
    [InlineData("Once they name the judge, I'll be waiting outside his house.")]
    [InlineData("Hope he gets cancer and dies slowly.")] // a seventh blind set's misses
    [InlineData("I'll break that guy's jaw.")] // a body part in the possessive
    [InlineData("Hang every banker in Canary Wharf from a lamppost.")] // people by trade: no rule saw a person before
    [InlineData("Someone should stab that lawyer.")]
    [InlineData("I hope the cop dies.")]
    [InlineData("I hope the mayor's car goes off a bridge with him in it.")]
    [InlineData("The synagogue on Mill Lane would look a lot better on fire.")]
    [InlineData("Hang the lot of them from lampposts, traitors.")]
    public void Threats_to_a_reporter_are_threats(string text) =>
        AssertFlagged(text, ToxicityLabel.Threat, ToxicityLabel.Toxicity);

    [Theory]
    [InlineData("The taxman is coming for you if you don't file on time.")]
    [InlineData("Liverpool, we're coming for you next season!")]
    [InlineData("I'm coming for the food, not the speeches.")]
    [InlineData("We will beat every team in the league this season.")]
    [InlineData("I'll put the kids in the car and drive to the coast.")]
    [InlineData("Gonna run over the figures again before the meeting.")]
    [InlineData("The police know where your car is parked.")]
    [InlineData("Expect us to cover the summit live from Geneva.")]
    [InlineData("People who lie should be fired.")]
    [InlineData("Our grandparents were left to die in the camps.")]
    [InlineData("The wounded were put in a body bag only when the medics gave up.")]
    [InlineData("Spur, you deserve what's coming to you after that promotion.")]
    [InlineData("The next patient I see is getting a new hip.")]
    [InlineData("Any student who finishes early is getting a sticker.")]
    [InlineData("Let them eat cake.")]
    [InlineData("Let the wounded rest.")]
    [InlineData("I'll be waiting outside the station at six.")]
    [InlineData("Firefighters could not stop the blaze, which went on to burn the houses on the hill.")]
    [InlineData("We will hunt down the bugs in this code.")]
    [InlineData("Migrants caught crossing the border should be given a fair hearing.")]
    [InlineData("Refugees should be housed and fed.")]
    [InlineData("I hope the reporter doesn't step on a landmine out there.")]
    [InlineData("Hope nobody gets hit by a bus on that crossing.")]
    [InlineData("I hope someone shoots a documentary about him.")]
    [InlineData("I hope someone kills the bill in committee.")]
    [InlineData("The referee needs a new pair of glasses.")]
    [InlineData("He deserved a slap on the wrist at most.")]
    [InlineData("The summary needs a bullet point for each claim.")]
    [InlineData("The author needs a better editor.")]
    [InlineData("If you keep drinking like that you'll end up in a ditch.")]
    [InlineData("Drive like that and you'll end up in a ditch.")]
    [InlineData("I found out where you can buy the book.")]
    [InlineData("I'd love to meet this author.")]
    [InlineData("The synagogue burned in 1938 during Kristallnacht.")]
    [InlineData("The factory will be ash by Friday if the fire spreads, firefighters said.")]
    [InlineData("The old Roma camp will be demolished, the council said.")]
    [InlineData("Many Jews did not live to see the liberation.")]
    [InlineData("You won't live to see the end of this war, and nor will I.")]
    [InlineData("Your kids won't be safe much longer if the council cuts the crossing patrols.")]
    [InlineData("The temple burns incense every morning.")]
    [InlineData("The synagogue will be rebuilt by Friday.")]
    [InlineData("It would be a shame if the library closed.")]
    [InlineData("No journalist deserves a bullet for doing their job.")] // review, 2026-12-05 night
    [InlineData("Russian convoy spotted near Kyiv, hope they get hit by a missile.")] // "they" may be vehicles
    [InlineData("Hope somebody beats them on Saturday.")]
    [InlineData("The old Methodist church on High Street will be razed to make way for flats.")]
    [InlineData("At this rate, Ukrainian homes in Bakhmut will be rubble by spring.")]
    [InlineData("Candles at the synagogue will burn tonight for the victims.")]
    [InlineData("If Putin wins, Ukrainians in the occupied east won't be safe for long.")]
    [InlineData("If you smoke forty a day you won't live to see your next birthday.")]
    [InlineData("The minister should be sacked for this.")]
    [InlineData("The judge should be removed from the case.")]
    [InlineData("Wishing a speedy recovery to the journalist who was hurt.")]
    [InlineData("I'd pay good money to watch the final again.")]
    [InlineData("Hope that referee gets his eyes tested.")]
    [InlineData("You're dead right about the budget.")]
    [InlineData("The picture should be hung in the lobby.")]
    [InlineData("Drown your sorrows at the pub tonight.")]
    [InlineData("I'll drown out the noise with headphones.")]
    [InlineData("Drown the onions in butter and wait.")]
    [InlineData("The ministers should be sacked for this.")]
    [InlineData("The new cabinet should be hung at eye level.")]
    [InlineData("An injured cow should be shot humanely rather than left to suffer.")]
    [InlineData("The official should be shot at from every angle by our photographers.")]
    [InlineData("The manager should be thrown a lifeline by the board.")]
    [InlineData("The party leader should be beaten comfortably in the leadership contest.")]
    [InlineData("I hope every politician. In the end all die anyway.")] // a place phrase never crosses a sentence
    [InlineData("I'd love to see every politician in this city hanging on every word of the report.")]
    [InlineData("Whoever approved this should be fired.")]
    [InlineData("The film should be shot in colour.")]
    [InlineData("The plan should be executed carefully.")]
    [InlineData("The referee should be beaten at his own game.")]
    [InlineData("I hope the people in this town killed in the flood are remembered.")]
    [InlineData("I'll break both records this season.")]
    [InlineData("I hope someone shanks a clearance into their own net.")]
    [InlineData("Dogs like that should be put down.")]
    [InlineData("Films like this should be shot in colour.")]
    [InlineData("People like that should be celebrated.")]
    [InlineData("Thugs like him should be locked up for years.")]
    [InlineData("We need to execute the plan before winter.")]
    [InlineData("Execute the order.")]
    [InlineData("I wish it would have been shot in colour.")]
    [InlineData("The fraudsters will get what's coming to them in court.")]
    [InlineData("I hope the winners get what's coming to them: a parade through town.")]
    [InlineData("He'd better watch his back on the ice, their defender is brutal.")]
    [InlineData("It would be a shame if something happened to the old pier.")]
    [InlineData("We'll beat them until they give up the title.")]
    [InlineData("My grandparents, who I wish were still alive, died in 1990.")]
    [InlineData("The firing squad would line the prisoners up against a wall, the historian wrote.")]
    [InlineData("We'll keep hitting them until they stop scoring.")]
    [InlineData("I love a cosy cabin with a fire burning and you in it.")]
    [InlineData("The linesman had better watch his back, because the replay shows that call was wrong.")]
    [InlineData("After that budget, the Chancellor had better watch her back.")] // a pundit's warning, not the writer's threat
    [InlineData("I hope the nurses get what's coming to them - a decent pay rise.")]
    [InlineData("I'll be waiting outside his school at 3pm as usual.")]
    [InlineData("Line the kids up against the wall for the class photo.")]
    [InlineData("Unfortunately the bullet missed her lung but hit her spine.")]
    [InlineData("You'll go home in a box of goodies if you win the raffle.")]
    [InlineData("I hope she dies peacefully in her sleep at 100, she deserves it.")]
    [InlineData("This barbecue would be better on fire.")]
    [InlineData("We drove over the bridge with him in the back seat.")]
    [InlineData("The coach went off the bridge with them in it.")] // a report, not a wish
    [InlineData("The house burned down with them inside, police said.")]
    [InlineData("The reporter who broke this story should be given an award.")]
    [InlineData("I hope the author of this book gets the prize.")]
    [InlineData("He put a bullet in the chamber and then cleaned the gun.")]
    [InlineData("Shame the bus missed him, he had to walk home.")]
    [InlineData("The minister who signed it should be hanging his head in shame.")]
    [InlineData("If you faint at the concert you'll leave in an ambulance.")]
    [InlineData("I'll be waiting outside her house to drive her to the airport.")]
    [InlineData("The referee who gave that penalty deserves a kicking from the FA.")]
    [InlineData("The ministers who signed it deserve a rope to climb out of this mess.")]
    [InlineData("China continues to lock Uyghurs in camps.")] // news, not a call
    [InlineData("Uyghurs are being held in camps far from home.")]
    [InlineData("I'm going to call a plumber the next chance I get.")]
    [InlineData("I'll break the guy's heart.")]
    [InlineData("I will cut the kid's hair tomorrow.")]
    [InlineData("We will shoot the teachers for the school magazine tomorrow.")] // a photo shoot
    [InlineData("We'll shoot the doctors for the hospital's new brochure next week.")]
    [InlineData("I'll murder the vicar at bingo.")] // a contest or a figure of speech
    [InlineData("I'm going to kill the doctors with questions tomorrow.")]
    [InlineData("Police shot the protester, witnesses said.")] // a report
    [InlineData("Death to tyranny.")]
    [InlineData("The crowd chanted 'death to America' outside the embassy.")]
    [InlineData("If I see any friends tonight, they are welcome.")]
    [InlineData("The world would be a better place if all cars were electric.")]
    [InlineData("I cut the throats of the chickens myself, as my gran did.")]
    public void The_same_words_without_a_threat_are_not_one(string text) =>
        AssertNotFlagged(text, ToxicityLabel.Threat, ToxicityLabel.IdentityAttack);

    [Fact]
    public void Sending_a_group_back_to_camps_is_no_threat() =>
        AssertNotFlagged("Send the refugees back to the camps.", ToxicityLabel.Threat); // harsh, and an identity attack, but no violence
}
