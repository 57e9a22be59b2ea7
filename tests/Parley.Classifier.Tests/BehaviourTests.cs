namespace Parley.Classifier.Tests;

/// <summary>Required behaviour of the shipped default model, on our own sentences (none taken from a dataset).</summary>
public class BehaviourTests
{
    private static readonly IToxicityClassifier Model = ToxicityClassifiers.LoadDefault();

    private static float Score(string text, ToxicityLabel label = ToxicityLabel.Toxicity,
        TextKind kind = TextKind.Comment) => Model.Score(text, kind)[label];

    private static float Threshold(ToxicityLabel label) => ShippedModel.Threshold(label);

    private static void AssertNoLabelFlagged(string text) => ShippedModel.AssertNotFlagged(text, ToxicityLabels.All);

    [Theory]
    [InlineData("The coalition vowed to destroy the militants' last stronghold.")]
    [InlineData("Rebels attacked the convoy near the river, and the army promised to fight back.")]
    [InlineData("The tribunal ruled that the massacre of the villagers amounted to genocide.")]
    [InlineData("Two suspected terrorists were arrested before the attack could take place.")]
    [InlineData("Militants shelled the hospital overnight; aid groups condemned the strike.")]
    [InlineData("Opposition MPs attacked the budget, saying it would destroy rural schools.")]
    [InlineData("Our troops will fight to defend the city, the general told reporters.")]
    [InlineData("Critics argue the sanctions will not stop the regime from bombing civilians.")]
    [InlineData("Kill counts are propaganda on both sides, don't trust either.")] // no group: the confident head does not lift
    public void Civil_war_and_politics_news_is_not_flagged(string text) => AssertNoLabelFlagged(text);

    [Theory]
    [InlineData("I am a proud gay Muslim woman")]
    [InlineData("My grandmother is Jewish and she taught me to bake bread.")]
    [InlineData("Black and white residents packed the town hall to discuss the new park.")]
    [InlineData("As a transgender teacher, I found this article thoughtful and fair.")]
    [InlineData("Many Mexican immigrants work at the local hospital.")]
    [InlineData("The lesbian couple next door runs the best bakery in town.")]
    public void Identity_words_in_neutral_or_positive_use_are_not_flagged(string text)
    {
        Assert.True(Score(text) < Threshold(ToxicityLabel.Toxicity), $"TOXICITY {Score(text):F2}: {text}");
        Assert.True(Score(text, ToxicityLabel.IdentityAttack) < Threshold(ToxicityLabel.IdentityAttack));
    }

    [Theory]
    [InlineData("your brain is a wet sponge")]
    [InlineData("Nobody with half a brain would agree with you, you clown.")]
    [InlineData("You are a pathetic excuse for a journalist.")]
    [InlineData("Only an imbecile could write something this dumb.")]
    [InlineData("What an absolute prat you are.")] // British insults added to the lexicon, 2026-12-05
    [InlineData("You sound like a complete muppet.")]
    public void Insults_without_swear_words_are_flagged(string text)
    {
        Assert.True(Score(text) >= Threshold(ToxicityLabel.Toxicity), $"TOXICITY {Score(text):F2}: {text}");
        Assert.True(Score(text, ToxicityLabel.Insult) >= Threshold(ToxicityLabel.Insult), $"INSULT {Score(text, ToxicityLabel.Insult):F2}");
    }

    [Theory]
    [InlineData("you are a m0r0n")]
    [InlineData("shut up you 1d10t")]
    [InlineData("what an id**t")]
    [InlineData("f*ck off")]
    [InlineData("you are an i d i o t")]
    [InlineData("you are a bi+ch")]
    [InlineData("kys")]
    [InlineData("you absolute ｍｏｒｏｎ")]
    [InlineData("you st\u200Bupid c\u200Blown")]
    [InlineData("youareanidiot")]
    public void Obfuscated_attacks_are_flagged(string text) =>
        Assert.True(Score(text) >= Threshold(ToxicityLabel.Toxicity), $"TOXICITY {Score(text):F2}: {text}");

    [Theory]
    [InlineData("Mus1ims are vermin")]
    [InlineData("muslms are parasites and should be thrown out")]
    [InlineData("jwes are vermin")]
    [InlineData("killallmuslims")]
    [InlineData("Blackpeoplearedisgusting")]
    [InlineData("muzlims are vermin")]
    public void Identity_attacks_with_obfuscated_group_names_are_flagged(string text)
    {
        Assert.True(Score(text) >= Threshold(ToxicityLabel.Toxicity), $"TOXICITY {Score(text):F2}: {text}");
        Assert.True(Score(text, ToxicityLabel.IdentityAttack) >= Threshold(ToxicityLabel.IdentityAttack),
            $"IDENTITY_ATTACK {Score(text, ToxicityLabel.IdentityAttack):F2}: {text}");
    }

    [Theory]
    [InlineData("This is fucking ridiculous.")]
    [InlineData("What a load of b u l l s h i t")]
    public void Profanity_scores_as_profanity(string text) =>
        Assert.True(Score(text, ToxicityLabel.Profanity) >= Threshold(ToxicityLabel.Profanity));

    [Theory]
    [InlineData("I know where you live and I will hurt you.")]
    [InlineData("Say that again and I will kill you.")]
    public void Threats_score_as_threat(string text) =>
        Assert.True(Score(text, ToxicityLabel.Threat) >= Threshold(ToxicityLabel.Threat), $"THREAT {Score(text, ToxicityLabel.Threat):F2}");

    [Theory]
    [InlineData("I'm going to stab the next Jew I see.", "I'm going to stab the next Jew")]
    [InlineData("We will beat up any of you who show up.", "We will beat up any of you")]
    [InlineData("I'll strangle him when he gets home.", "I'll strangle him")]
    [InlineData("I'm going to stab the first deaf person I find tonight.", "I'm going to stab the first deaf")]
    [InlineData("Keep talking and I'll punch your face in.", "I'll punch your face")]
    [InlineData("I will kill your family.", "I will kill your family")]
    [InlineData("Somebody should wipe out the refugees in that camp.", "Somebody should wipe out the refugees")]
    public void Stated_intent_to_harm_a_person_or_group_is_a_threat_explained_by_its_words(string text, string span)
    {
        var result = Model.Score(text);

        Assert.True(result[ToxicityLabel.Threat] >= Threshold(ToxicityLabel.Threat), $"THREAT {result[ToxicityLabel.Threat]:F2}");
        Assert.True(result[ToxicityLabel.Toxicity] >= Threshold(ToxicityLabel.Toxicity), $"TOXICITY {result[ToxicityLabel.Toxicity]:F2}");
        var s = Assert.Single(result.Spans[(int)ToxicityLabel.Threat]);
        Assert.Equal(span, text[s.Begin..s.End]);
    }

    [Theory]
    [InlineData("just kill yourself", true)]
    [InlineData("kys loser", true)]
    [InlineData("Go hang yourselves, all of you.", true)]
    [InlineData("Please don't kill yourself, talk to someone tonight.", false)]
    [InlineData("No. Kill yourself.", true)] // the negation belongs to the sentence before
    [InlineData("You'll shoot yourself in the foot with that plan.", false)] // idioms
    [InlineData("Take some pressure off yourself this week.", false)]
    [InlineData("Now you can go die, you have become very tiresome.", true)] // the order to die itself
    [InlineData("Go die in a fire.", true)]
    [InlineData("Go and die in a fire.", true)]
    [InlineData("He tried to kill himself last year and now campaigns for better care.", false)] // reported
    [InlineData("Anyone who feels they need to kill themselves should call the Samaritans.", false)]
    [InlineData("Surrounded, some conscripts just shoot themselves rather than be captured.", false)]
    [InlineData("It's so cute you could just die.", false)]
    [InlineData("Die Linke won seats in the east.", false)] // a German article, not an order
    [InlineData("Old soldiers never die, they just fade away.", false)]
    public void Telling_the_reader_to_kill_themselves_is_severe(string text, bool severe)
    {
        var result = Model.Score(text);

        Assert.Equal(severe, result[ToxicityLabel.SevereToxicity] >= Threshold(ToxicityLabel.SevereToxicity));
        Assert.Equal(severe, result[ToxicityLabel.Toxicity] >= Threshold(ToxicityLabel.Toxicity));
    }

    [Theory]
    [InlineData("I'm going to stab the next Jew I see.", true)]
    [InlineData("We will kill all Muslims.", true)]
    [InlineData("I'll strangle him when he gets home.", false)]
    public void A_threat_against_a_group_is_an_identity_attack_too(string text, bool group)
    {
        var result = Model.Score(text);

        Assert.Equal(group, result[ToxicityLabel.IdentityAttack] >= Threshold(ToxicityLabel.IdentityAttack));
        Assert.True(!group || result.Spans[(int)ToxicityLabel.IdentityAttack].Count > 0); // explained when flagged
    }

    [Theory]
    [InlineData("Kill all the Muslims.", "Kill all the Muslims", true)]
    [InlineData("Just shoot every immigrant you see.", "Just shoot every immigrant", true)]
    [InlineData("Gas the Jews.", "Gas the Jews", true)]
    [InlineData("Kill him now.", "Kill him", false)]
    [InlineData("I hope all the Arabs die.", "I hope all the Arabs die", true)]
    [InlineData("I'd love to see every Jew hanging from a tree.", "I'd love to see every Jew hanging", true)]
    [InlineData("I really hope your whole family dies in a fire.", "I really hope your whole family dies", false)]
    [InlineData("I hope you get cancer.", "I hope you get cancer", false)]
    public void Orders_to_kill_and_death_wishes_are_threats_explained_by_their_words(string text, string span, bool group)
    {
        var result = Model.Score(text);

        Assert.True(result[ToxicityLabel.Threat] >= Threshold(ToxicityLabel.Threat), $"THREAT {result[ToxicityLabel.Threat]:F2}");
        Assert.True(result[ToxicityLabel.Toxicity] >= Threshold(ToxicityLabel.Toxicity), $"TOXICITY {result[ToxicityLabel.Toxicity]:F2}");
        Assert.Equal(span, text[result.Spans[(int)ToxicityLabel.Threat][0].Begin..result.Spans[(int)ToxicityLabel.Threat][0].End]);
        // Aimed at a group, the rule makes it an identity attack too (against a person the head decides).
        Assert.True(!group || result[ToxicityLabel.IdentityAttack] >= Threshold(ToxicityLabel.IdentityAttack),
            $"IDENTITY_ATTACK {result[ToxicityLabel.IdentityAttack]:F2}");
    }

    [Theory]
    [InlineData("Just shoot the bastard.", "Just shoot the bastard")] // an insult that names a person is a target
    [InlineData("Kill the traitors.", "Kill the traitors")]
    [InlineData("And then we would wipe them off the map.", "we would wipe them")]
    [InlineData("Just cut off their hands.", "Just cut off their hands")]
    [InlineData("I will gouge out your eyes.", "I will gouge out your eyes")]
    public void Violence_against_an_insulted_person_or_a_body_part_is_a_threat_explained_by_its_words(string text, string span)
    {
        var result = Model.Score(text);

        Assert.True(result[ToxicityLabel.Threat] >= Threshold(ToxicityLabel.Threat), $"THREAT {result[ToxicityLabel.Threat]:F2}");
        Assert.Equal(span, text[result.Spans[(int)ToxicityLabel.Threat][0].Begin..result.Spans[(int)ToxicityLabel.Threat][0].End]);
    }

    [Theory]
    [InlineData("Good set pieces, we just need to execute them better.")]
    [InlineData("As her deputy, I will execute her plan in full.")]
    [InlineData("Be careful not to cut your hands on the glass.")]
    [InlineData("The government should cut off their funding.")]
    [InlineData("Cut your mum some slack, she's doing her best.")] // family is no body part for "cut"
    [InlineData("Let's cut their children's benefits too.")]
    [InlineData("Brexit? Cut off your nose to spite your face.")]
    [InlineData("Iran vowed to wipe Israel off the map, the paper reported.")]
    [InlineData("\"We will wipe them off the map,\" the minister said.")] // quoted
    [InlineData("I hope the paedophile rots in jail.")] // punishment, not death
    public void Execute_cut_wipe_and_rot_in_civil_or_reported_use_are_not_threats(string text) =>
        Assert.True(Score(text, ToxicityLabel.Threat) < Threshold(ToxicityLabel.Threat), $"THREAT {Score(text, ToxicityLabel.Threat):F2}");

    [Theory]
    [InlineData("I know where you live, reporter.", "I know where you live")]
    [InlineData("We know which school your kids go to.", "We know which school your kids go")]
    [InlineData("I know where you and your family live.", "I know where you and your family live")]
    [InlineData("You'd better watch your back.", "watch your back")]
    [InlineData("Keep writing this and see what happens to you.", "see what happens to you")]
    [InlineData("It would be a shame if something happened to your family.", "shame if something happened to your")]
    public void Threats_to_the_reader_without_a_violent_word_are_threats_explained_by_their_words(string text, string span)
    {
        var result = Model.Score(text);

        Assert.True(result[ToxicityLabel.Threat] >= Threshold(ToxicityLabel.Threat), $"THREAT {result[ToxicityLabel.Threat]:F2}");
        Assert.True(result[ToxicityLabel.Toxicity] >= Threshold(ToxicityLabel.Toxicity), $"TOXICITY {result[ToxicityLabel.Toxicity]:F2}");
        Assert.Equal(span, text[result.Spans[(int)ToxicityLabel.Threat][0].Begin..result.Spans[(int)ToxicityLabel.Threat][0].End]);
    }

    [Theory]
    [InlineData("I don't know where you live, but the embassy can help.")]
    [InlineData("Do you know where you live? The form asks for it.")]
    [InlineData("You know where I live, come by any time.")]
    [InlineData("Watch your back in that market, pickpockets are everywhere.")]
    [InlineData("I worry about what happens to you after the war.")]
    [InlineData("Try the recipe and see what happens to your bread.")]
    [InlineData("His days are numbered as party leader.")]
    [InlineData("Sunak, your days are numbered.")] // a politician's career
    [InlineData("The soldiers learned to sleep with one eye open.")]
    [InlineData("MPs have received notes saying \"we know where you live\".")] // reported
    [InlineData("Try protesting in Moscow and see what happens to you.")] // a report of repression
    [InlineData("I'd hate to see what happens to your kids if the NHS is privatised.")]
    [InlineData("Did you see what happened to your house in the flood?")]
    [InlineData("I know where you go wrong: you ignore inflation.")]
    public void Idioms_of_menace_that_are_advice_concern_or_report_are_not_threats(string text) =>
        Assert.True(Score(text, ToxicityLabel.Threat) < Threshold(ToxicityLabel.Threat), $"THREAT {Score(text, ToxicityLabel.Threat):F2}");

    [Theory]
    [InlineData("Kill the bill, say the protesters outside parliament.")]
    [InlineData("Kill them with kindness, my grandmother used to say.")]
    [InlineData("Don't kill them, the medic shouted.")]
    [InlineData("I hope the people who died in the siege are never forgotten.")]
    [InlineData("I hope you don't die of boredom reading my long reply.")]
    [InlineData("I hope nobody dies crossing the river tonight.")]
    [InlineData("We pray that the hostages are released alive.")]
    public void Orders_and_wishes_without_a_victim_or_a_death_are_not_threats(string text) =>
        Assert.True(Score(text, ToxicityLabel.Threat) < Threshold(ToxicityLabel.Threat), $"THREAT {Score(text, ToxicityLabel.Threat):F2}");

    [Theory]
    [InlineData("The refugees fled to Poland with nothing.")]
    [InlineData("The Jews of Warsaw were murdered by the Nazis.")]
    [InlineData("Thousands of Palestinians were killed in the bombing.")]
    [InlineData("The Armenians were deported and massacred in 1915.")]
    [InlineData("The plight of the Rohingya deserves far more attention.")]
    [InlineData("Women and children were killed in the Russian strike.")]
    [InlineData("Thousands of Armenians were killed by the Turks.")] // the heads' IDENTITY_ATTACK and SEVERE_TOXICITY are damped
    [InlineData("I hope the Yazidis killed by ISIS get justice.")]
    [InlineData("Hundreds of Palestinians die in the bombing every week.")] // the present tense (session 25)
    [InlineData("Israelis still die in rocket attacks and nobody reports it.")]
    [InlineData("Many elderly people die alone every winter.")]
    [InlineData("Every winter dozens of elderly people die in a fire caused by faulty plug-in heaters.")] // a review's case
    public void A_group_named_as_the_victims_in_a_news_comment_is_not_flagged(string text) => AssertNoLabelFlagged(text);

    [Theory]
    [InlineData("Palestinians should die.")] // a modal between the group and its death: a wish, not a report
    [InlineData("Let the Palestinians die.")]
    [InlineData("I hope all Jews die in a fire.")]
    [InlineData("Russians die like the animals they are.")] // a dehumanising word voids the report
    public void A_death_wished_on_a_group_in_the_present_tense_stays_an_identity_attack(string text) =>
        ShippedModel.AssertFlagged(text, ToxicityLabel.IdentityAttack, ToxicityLabel.Toxicity);

    [Theory]
    [InlineData("Glad the Jews were gassed.", "Jews were gassed")]
    [InlineData("Good riddance, the refugees drowned.", "refugees drowned")]
    [InlineData("Another boat of migrants got bombed lol", "migrants got bombed")]
    [InlineData("Refugees die in the Channel? Good.", "Refugees die")]
    [InlineData("Send the boats back. Migrants drown, problem solved.", "Migrants drown")] // round 10's, session 25
    [InlineData("The lives of Sikhs do not matter at all.", "Sikhs do not matter")]
    [InlineData("The lives of deaf people do not matter.", "deaf people do not matter")]
    [InlineData("Jews disgust me.", "Jews disgust me")]
    public void Joy_at_harm_done_to_a_group_or_denying_its_lives_worth_is_an_identity_attack_explained_by_its_words(string text, string span)
    {
        var result = Model.Score(text);

        Assert.True(result[ToxicityLabel.IdentityAttack] >= Threshold(ToxicityLabel.IdentityAttack), $"IDENTITY_ATTACK {result[ToxicityLabel.IdentityAttack]:F2}");
        Assert.True(result[ToxicityLabel.Toxicity] >= Threshold(ToxicityLabel.Toxicity), $"TOXICITY {result[ToxicityLabel.Toxicity]:F2}");
        var s = Assert.Single(result.Spans[(int)ToxicityLabel.IdentityAttack]);
        Assert.Equal(span, text[s.Begin..s.End]);
    }

    [Theory]
    [InlineData("I will shoot you an email tomorrow.")]
    [InlineData("I could kill for a coffee right now.")]
    [InlineData("I hurt my back lifting boxes last week.")]
    [InlineData("I will never hurt you, I promise.")]
    [InlineData("The army said it will shoot anyone who crosses the border.")]
    [InlineData("We will wipe out the deficit by 2030.")]
    [InlineData("Did someone hurt you? Tell me.")] // "someone" threatens only when called on ("someone should …")
    [InlineData("Police said they will shoot anyone who fires at them.")]
    public void Violent_verbs_without_a_stated_intent_against_a_target_are_not_threats(string text) =>
        Assert.True(Score(text, ToxicityLabel.Threat) < Threshold(ToxicityLabel.Threat), $"THREAT {Score(text, ToxicityLabel.Threat):F2}");

    [Theory]
    [InlineData("I truly loathe immigrants.")]
    [InlineData("Honestly, I despise every Hindu I have met.")]
    public void Hatred_of_a_group_is_an_identity_attack(string text)
    {
        Assert.True(Score(text) >= Threshold(ToxicityLabel.Toxicity), $"TOXICITY {Score(text):F2}");
        Assert.True(Score(text, ToxicityLabel.IdentityAttack) >= Threshold(ToxicityLabel.IdentityAttack),
            $"IDENTITY_ATTACK {Score(text, ToxicityLabel.IdentityAttack):F2}");
    }

    [Theory]
    [InlineData("I don't hate Muslims, I just think the cleric is wrong.")]
    [InlineData("I have never despised anyone for being Jewish.")]
    public void Denying_hatred_of_a_group_is_not_flagged(string text)
    {
        Assert.True(Score(text) < Threshold(ToxicityLabel.Toxicity), $"TOXICITY {Score(text):F2}");
        Assert.True(Score(text, ToxicityLabel.IdentityAttack) < Threshold(ToxicityLabel.IdentityAttack));
    }

    [Theory]
    [InlineData("Please stop calling refugees cockroaches.")]
    [InlineData("Calling gay people animals is how persecution begins.")]
    [InlineData("If you believe women are inferior, read some history.")]
    [InlineData("My neighbour said Jews are vermin and I reported him.")]
    public void Counter_speech_that_names_the_attack_is_not_flagged(string text)
    {
        Assert.True(Score(text) < Threshold(ToxicityLabel.Toxicity), $"TOXICITY {Score(text):F2}");
        Assert.True(Score(text, ToxicityLabel.IdentityAttack) < Threshold(ToxicityLabel.IdentityAttack));
    }

    [Theory]
    [InlineData("I call Muslims vermin.")]
    [InlineData("I think immigrants are inferior.")]
    [InlineData("We all know women are inferior.")]
    public void The_attack_said_in_ones_own_voice_is_still_flagged(string text) =>
        Assert.True(Score(text) >= Threshold(ToxicityLabel.Toxicity), $"TOXICITY {Score(text):F2}");

    [Fact]
    public void A_threat_in_one_sentence_of_a_long_civil_comment_is_a_threat_explained_by_that_sentence()
    {
        const string civil = "The council meeting ran late and the budget was discussed at length. Many residents " +
            "spoke about the new park, the bus routes and the library hours, and most of them were polite. " +
            "The mayor promised a vote next month.";
        const string threat = " If you show up at the next meeting I will kill you.";

        var result = Model.Score(civil + threat);

        Assert.True(Score(civil, ToxicityLabel.Threat) < 0.1f, $"civil part alone: THREAT {Score(civil, ToxicityLabel.Threat):F2}");
        Assert.True(result[ToxicityLabel.Threat] >= Threshold(ToxicityLabel.Threat), $"THREAT {result[ToxicityLabel.Threat]:F2}");
        Assert.True(result[ToxicityLabel.Toxicity] >= Threshold(ToxicityLabel.Toxicity));
        var spans = result.Spans[(int)ToxicityLabel.Threat];
        Assert.NotEmpty(spans);
        Assert.All(spans, s => Assert.True(s.Begin >= civil.Length, $"span {s.Begin}–{s.End} lies in the civil sentences"));
    }

    [Theory]
    [InlineData("KillAllMuslims")]
    [InlineData("gays_are_vermin")]
    [InlineData("FeministsAreCancer")]
    [InlineData("communistsmustdie")]
    [InlineData("ihatejews")]
    [InlineData("JewHater88")] // a number after the words
    [InlineData("DickHead")] // the swear word, not the given name
    [InlineData("IHateSikhs")] // a one-letter word before a capitalised one
    [InlineData("KKKRules")] // the Klan's initials, not a stretched "kk"
    [InlineData("allkurdsarevermin")] // glued common words
    [InlineData("NoMoreSynagogues")] // a group's places shut out
    [InlineData("SikhsNotWelcome")]
    [InlineData("DeportThemAll_UK")]
    [InlineData("Wh1tePower14")] // white-power words and numbers
    [InlineData("Aryan88")]
    [InlineData("dykebasher1")] // a slur glued to "basher"
    [InlineData("SikhFreeZone")] // a place without the group
    [InlineData("HangTheJournos")] // an order against a trade
    [InlineData("BurnTheTorah_1")] // a holy book burned
    [InlineData("SikhsAreOurMisfortune")] // an old slogan's words
    [InlineData("Women_R_Property")]
    [InlineData("DeathToCommies2024")] // an ideology attacked
    [InlineData("Death2Jews")] // digits and leet as comments read them (session 25)
    [InlineData("Death2Israel")] // a nation in the chant
    [InlineData("DeathToRussia")]
    [InlineData("H8Muslims")]
    [InlineData("MuslimH8r")]
    [InlineData("JewRatz")] // a plural in "z"
    [InlineData("Zio_Hunter")]
    public void Display_names_attacking_a_group_or_ideology_are_flagged(string name) =>
        Assert.True(Score(name, ToxicityLabel.Toxicity, TextKind.DisplayName) >= Threshold(ToxicityLabel.Toxicity));

    [Theory]
    [InlineData("ProudGayMuslim")]
    [InlineData("Jane Smith")]
    [InlineData("Scunthorpe_Fan")]
    [InlineData("ClassicalMusicLover")]
    [InlineData("jewish_historian")]
    [InlineData("Dick_Smith")] // a given name that is also a swear word
    [InlineData("Sarah2024")]
    [InlineData("NYCGuy")]
    [InlineData("kk_thanks")]
    [InlineData("Dave88")] // a number alone is no hate symbol
    [InlineData("NoMoreWar")]
    [InlineData("RefugeesWelcome")]
    [InlineData("WhiteRoseFan")]
    [InlineData("BanTheBomb")]
    [InlineData("GlutenFreeZone")]
    [InlineData("ProudJourno")]
    [InlineData("BibleStudyGroup")]
    [InlineData("QuranReader")]
    [InlineData("DeathByChocolate")]
    [InlineData("LiberalMum")]
    [InlineData("PropertyLawyer")]
    [InlineData("ZioMario")] // "zio" is an uncle
    [InlineData("Gaza4ever")]
    [InlineData("Boyz2Men")]
    [InlineData("Road2Recovery")]
    [InlineData("IsraelTravelTips")]
    [InlineData("Love2Visit_Russia")]
    [InlineData("DeathStar2")]
    public void Ordinary_display_names_are_not_flagged(string name) =>
        Assert.True(Score(name, ToxicityLabel.Toxicity, TextKind.DisplayName) < Threshold(ToxicityLabel.Toxicity));
}
