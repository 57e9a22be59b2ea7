using static Parley.Classifier.Tests.ShippedModel;

namespace Parley.Classifier.Tests;

/// <summary>
/// Violence said to be a person's due (ViolentDue) and threats whose target or verb the rule did not know (session
/// 13): a subject before a relative clause, a doer no list held ("hunters", "voters"), "deserves to be", harm after
/// "needs" and "deserves", an adjective before the victim, a stated intent carried over "and". Each is paired with
/// civil sentences of the same words. Our own sentences, not from the blind rounds.
/// </summary>
public class ViolentDueTests
{
    [Theory]
    [InlineData("The councillor who approved this should be dragged through the streets and hanged.")]
    [InlineData("That columnist deserves to be beaten senseless.")]
    [InlineData("Every landlord in this city deserves a brick through the window.")]
    [InlineData("This reporter needs his jaw broken.")]
    [InlineData("The judge deserves to be set on fire outside the court.")]
    [InlineData("Whoever leaked this should be shot in the head.")]
    [InlineData("The vicar should be burned alive in his own church.")]
    [InlineData("Honestly the mayor should be kicked to death.")]
    [InlineData("The ref needs a good kicking after that.")]
    [InlineData("Cyclists should be run over, all of them.")]
    [InlineData("Landlords like him should be strung up.")]
    [InlineData("Vegans deserve to be force-fed and then beaten.")]
    [InlineData("Hunters deserve to be shot themselves.")]
    [InlineData("Pundits are parasites and should be hanged.")]
    [InlineData("I'll track you down and cut your throat.")]
    [InlineData("I'm going to drive to your office and smash your face in.")]
    [InlineData("Someone please strangle this smug presenter.")]
    [InlineData("Wish somebody would shoot that useless senator.")]
    [InlineData("Time to hang the traitors in parliament.")]
    [InlineData("Tar and feather every last one of these councillors.")]
    [InlineData("I'll put you in hospital if you say that again.")]
    [InlineData("I swear I'll throw him off the roof.")]
    [InlineData("Slit the throat of the editor who wrote this.")]
    [InlineData("I'd happily pull the trigger on that banker.")]
    [InlineData("Every one of those protesters blocking the road deserves to be run over.")] // the sentence's opening noun
    [InlineData("Anti-vaxxers should be locked in a room and left to die.")]
    [InlineData("Meat eaters should be force fed till they choke.")]
    [InlineData("I'd happily run this MP over if I saw him crossing.")]
    [InlineData("That rapist should be castrated.")] // shapes a review found missing
    [InlineData("The judge needs his knees broken.")]
    [InlineData("The MP deserves a smack in the mouth.")]
    [InlineData("That MP should get a good kicking.")]
    [InlineData("The editor should be given a good hiding.")]
    [InlineData("I'll smash her face in.")]
    [InlineData("Somebody shoot this referee.")]
    [InlineData("I want to see that MP strung up.")]
    [InlineData("The judge should be publicly hanged.")]
    [InlineData("Anyone who votes for this should be strung up.")]
    [InlineData("The plumber deserves to be run over.")] // a doer by its ending, with violence only people suffer
    [InlineData("Disabled scroungers should be put down like dogs.")]
    [InlineData("Anyone who sees the mayor in town should smash his skull in.")] // shapes a fresh round showed (session 13)
    [InlineData("Hope the minister gets dragged out of his car and beaten senseless.")]
    [InlineData("Needs his teeth kicked down his throat, that striker.")]
    [InlineData("I'd happily break every bone in his face.")]
    [InlineData("Somebody torch this councillor's house.")]
    [InlineData("Someone should run that cycling campaigner off the road.")]
    [InlineData("Anyone marching this weekend should be met with fists and boots.")]
    [InlineData("The opposition leader should be dragged through the streets and tarred.")]
    [InlineData("Starmer should be hanged for treason.")] // public figures by name, with violence only people suffer
    [InlineData("Boris Johnson deserves to be strung up.")]
    [InlineData("I hope Sadiq Khan gets stabbed.")]
    [InlineData("Hope Gove chokes to death.")]
    [InlineData("Farage needs a bullet in the head.")]
    [InlineData("I'll stab Sadiq Khan if I ever see him.")]
    [InlineData("I hope Starmer dies in a fire.")]
    [InlineData("The film director should be hanged.")] // people-only violence is violence whatever the sentence's world
    [InlineData("Whoever runs this plugin should be shot in the head.")]
    [InlineData("The MP should be hung from the nearest lamppost.")] // everyday-sense filters keep these (a third review)
    [InlineData("The councillor should be beaten in the street.")]
    [InlineData("That traitor should be put down for good.")]
    [InlineData("I hope you choke on your own vomit.")]
    [InlineData("Line the transport minister up against a wall.")]
    [InlineData("That ref wants his legs broken after tonight.")] // British "wants" for "needs"
    [InlineData("The MP should be tied up in a sack and thrown in the river.")]
    [InlineData("Anti-vaxxers should be rounded up and thrown in a pit.")]
    public void Violence_due_to_a_person_is_a_threat(string text) =>
        AssertFlagged(text, ToxicityLabel.Threat, ToxicityLabel.Toxicity);

    [Theory]
    [InlineData("The referee should be shot on film from three angles so VAR works.")]
    [InlineData("The bill should be killed in committee before it does more damage.")]
    [InlineData("Poachers should be jailed for life, not fined.")]
    [InlineData("Those responsible for the massacre should be hunted down and brought to justice.")]
    [InlineData("Hamas commanders who planned the attack should be killed, the minister said.")]
    [InlineData("The militants should be destroyed before they regroup.")]
    [InlineData("My dog is old and the vet says he should be put down soon.")]
    [InlineData("The character should be killed off in season two.")]
    [InlineData("The paintings should be hung in the main gallery.")]
    [InlineData("Voters deserve to be heard, not ignored.")]
    [InlineData("The striker deserves a rest after ninety minutes.")]
    [InlineData("Nobody deserves to be shot for shoplifting.")]
    [InlineData("He didn't deserve to be killed like that.")]
    [InlineData("The players should be beaten comfortably on Saturday.")]
    [InlineData("Farmers should burn the stubble earlier in the year.")]
    [InlineData("Hunters should be licensed and checked every year.")]
    [InlineData("The posters should be hung in every classroom.")]
    [InlineData("You need to put down the phone and go outside.")]
    [InlineData("The referee who gave that penalty deserves a kicking from the FA.")]
    [InlineData("People who decide the bear should die for being a bear make me sad.")]
    [InlineData("I'll find you and buy you a pint next time you're in town.")]
    [InlineData("We'll go round there and beat them 3-0 on Sunday.")]
    [InlineData("Somebody please just call the PM already and ask.")]
    [InlineData("I wish someone would help this poor old man.")]
    [InlineData("He was knocked out in the third round by a better boxer.")]
    [InlineData("Lynch mob thugs surrounded the court, the report says.")]
    [InlineData("Every one of those nurses working nights deserves to be paid more.")]
    [InlineData("The team should be knocked out of the cup by March.")]
    [InlineData("I'll run the kids over to school in the morning.")]
    [InlineData("The old barn should be burned down, it's a fire hazard.")]
    [InlineData("Church roofs should be replaced before winter.")]
    [InlineData("The mosque Hamas used as a base should be bombed, the army says.")]
    [InlineData("The dogs that attacked the boy should be put down.")] // a review's civil sentences the first version flagged
    [InlineData("Photos of the councillors should be hung in the lobby.")]
    [InlineData("The idle workers should be killed and restarted every night.")]
    [InlineData("Badgers should be culled to stop the spread of TB.")]
    [InlineData("The peppers should be burnt slightly under the grill.")]
    [InlineData("The sweaters should be hung to dry.")]
    [InlineData("The separatists should be wiped out before the winter.")]
    [InlineData("He should have shot first time instead of taking a touch.")]
    [InlineData("The missing hikers must be dead by now.")]
    [InlineData("She must be dying of embarrassment after that interview.")]
    [InlineData("The volunteers should be run over the procedures on their first day.")]
    [InlineData("The plumbers should bleed out the radiators before winter.")]
    [InlineData("The players need a beating heart in midfield.")]
    [InlineData("The refugees need a hiding place from the shelling.")]
    [InlineData("The climbers need a rope and a helmet for this route.")]
    [InlineData("The builders need a brick to finish the wall.")]
    [InlineData("The chancellor deserves a kicking over this budget.")]
    [InlineData("The surgeon said the boy needs his legs broken and reset.")]
    [InlineData("I'll shoot the happy couples on the beach at sunset.")]
    [InlineData("We'll knock the French out in the semi-final.")]
    [InlineData("I'll come round later and knock you out with my lasagne.")]
    [InlineData("We'll put the kids in the hospital creche while we visit.")]
    [InlineData("We'll pull the trigger on a new chief executive if results don't improve.")]
    [InlineData("None of the protesters deserved to be beaten.")]
    [InlineData("Whether he deserves to die is for the jury.")]
    [InlineData("The Democrats should be slaughtered in the midterms.")]
    [InlineData("The new councillors should be shot for the newsletter next week.")]
    [InlineData("The ministers should burn the rulebook and start again.")]
    [InlineData("The bosses should be thrown to the wolves by the shareholders.")]
    [InlineData("We will kill them on Saturday, their defence is a shambles.")]
    [InlineData("The farmer's old horse deserves to be put down humanely.")]
    [InlineData("The fans deserve to be set on fire by this team again, metaphorically speaking.")]
    [InlineData("Anyone who sees the new exhibition should visit the cafe too.")]
    [InlineData("The new minister was met with applause at the conference.")]
    [InlineData("The table needs its legs fixed before the party.")]
    [InlineData("Everyone who reads this should share it with a friend.")]
    [InlineData("Chelsea deserve to be beaten on Sunday.")] // a name may be a team's or a firm's
    [InlineData("Arsenal should be slaughtered.")]
    [InlineData("I hope Twitter dies.")]
    [InlineData("Keir Starmer should be sacked.")]
    [InlineData("Orphaned child processes should be killed by the supervisor.")] // a second review (session 13): other worlds
    [InlineData("Flash players should just die, they were a security nightmare.")]
    [InlineData("The waste timber should be set alight on a calm day.")]
    [InlineData("Sunflowers should be left to die back so the birds get the seeds.")]
    [InlineData("The poster should be hung from the picture rail.")]
    [InlineData("Egg whites should be beaten until stiff peaks form.")]
    [InlineData("The French should be beaten in Paris if Ireland play like that.")]
    [InlineData("Babies should be put down on their backs to sleep.")]
    [InlineData("Young children should be knocked out with a general anaesthetic for an MRI.")]
    [InlineData("He should hang up his boots after this season.")]
    [InlineData("If he believes the policy is right, he should die on that hill.")]
    [InlineData("You should hang in there, it gets easier.")]
    [InlineData("Tory MPs must be whipped into line.")]
    [InlineData("The boy must have been stabbed from behind.")]
    [InlineData("The man should be thrown off the train at the next stop.")]
    [InlineData("England's bowlers deserve a hiding after that spell.")]
    [InlineData("Our defenders need a slap in the face after that.")]
    [InlineData("The guy should be burned at eight sharp, then the fireworks start.")]
    [InlineData("I hope the kids are dead tired after the trip.")]
    [InlineData("I'll put her in hospital tonight if this fever doesn't break.")]
    [InlineData("I'll run the guys over later, the car's free.")]
    [InlineData("We'll slaughter the Scots at Murrayfield.")]
    [InlineData("Stay out in this sun without cream and you should get burned within the hour.")]
    [InlineData("The kid wants a new bike for Christmas.")]
    [InlineData("The cuttings should be thrown in the river.")]
    [InlineData("Hooligans should be thrown off the plane, not fined.")] // removed, not thrown from a height
    [InlineData("I hope Chelsea get beaten again.")] // a third review: names that are teams, firms, fiction and places
    [InlineData("I hope Spurs get slaughtered this weekend.")]
    [InlineData("Ryanair deserves to be crucified for this.")]
    [InlineData("Thames Water should be hanged, drawn and quartered.")]
    [InlineData("Internet Explorer deserved to be murdered.")]
    [InlineData("Poldark should be hanged in the last episode.")]
    [InlineData("Mill Lane should be tarred before winter.")]
    [InlineData("The Rothkos should be hanged at eye level.")]
    [InlineData("Glastonbury should be run over five days.")]
    [InlineData("Dangerous Rottweilers should be put down, the owners prosecuted.")]
    [InlineData("I hope the landlord gets shot of the damp.")]
    [InlineData("Gingerbread men should be beheaded first, obviously.")]
    [InlineData("Hang the kids' paintings in the hall.")]
    [InlineData("Tomorrow I'll shoot the kids in their Halloween costumes.")]
    [InlineData("We'll murder the kids at Mario Kart tonight.")]
    [InlineData("The man who shouted that Sunak deserved to be stabbed got 18 months.")]
    [InlineData("In the last scene the church should be set alight, it's the climax of the film.")]
    public void The_same_words_without_a_threat_are_not_one(string text) =>
        AssertNotFlagged(text, ToxicityLabel.Threat);

    [Theory]
    [InlineData("Roma camps should be torched at night.")]
    [InlineData("Their mosques should be burned to the ground.")]
    [InlineData("Gypsy caravans should be set on fire.")]
    [InlineData("Let's go bash the gays tonight.")] // queer-bashing: "bash" with a group, not a body part
    [InlineData("Gays should be thrown off rooftops.")]
    [InlineData("Chinese takeaways should be burned out.")]
    public void Arson_and_bashing_called_for_against_a_group_is_a_threat_and_an_identity_attack(string text) =>
        AssertFlagged(text, ToxicityLabel.Threat, ToxicityLabel.IdentityAttack);

    [Theory]
    [InlineData("Their mosques should be set on")] // a code review: arson's "set on" ran past the text's end when spans were asked
    [InlineData("Their mosques should be set")]
    [InlineData("Starmer should be")]
    [InlineData("I'll stab")]
    public void A_rule_cut_short_by_the_end_of_the_text_scores_without_error(string text)
    {
        var result = Model.Score(text);
        Assert.All(result.Spans.SelectMany(s => s), span => Assert.InRange(span.End, span.Begin, text.Length));
    }

    [Theory]
    [InlineData("The mosque should be set on the corner plot.")] // a code review's findings
    [InlineData("I want to see Chelsea beaten.")]
    [InlineData("I hope Arsenal get hit by a bus.")]
    [InlineData("Russian tanks? I hope they get bombed.")]
    [InlineData("The tribunal ruled he should be hanged.")]
    [InlineData("By next year the slogan will be: Hail Caesar! Death To All Who Refuse!")] // title case names no one
    public void A_code_reviews_civil_sentences_are_not_threats(string text) =>
        AssertNotFlagged(text, ToxicityLabel.Threat);

    [Theory]
    [InlineData("He should be whipped to death.")]
    [InlineData("I'll stab the journo who's posted this.")]
    [InlineData("I think he should be hanged.")]
    [InlineData("I will shoot him in his sleep.")]
    [InlineData("That ref needs a slap round the face.")]
    public void A_code_reviews_threats_are_threats(string text) =>
        AssertFlagged(text, ToxicityLabel.Threat);

    [Fact]
    public void A_threat_to_a_party_is_no_identity_attack() =>
        AssertNotFlagged("Republicans need to be shot into the sun.", ToxicityLabel.IdentityAttack);
}
