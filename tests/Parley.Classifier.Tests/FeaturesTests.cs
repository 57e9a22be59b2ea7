using Parley.Classifier.Lexical;
using Parley.Classifier.Text;
using Parley.Classifier.Training;

namespace Parley.Classifier.Tests;

/// <summary>The hashed features: negation scope, group-name runs, and the threat-intent shape.</summary>
public class FeaturesTests
{
    private const int Dimension = 1 << 19;

    private static HashSet<int> FeatureSet(string text) => [.. FeatureList(text).Select(f => f.Index)];

    private static List<Feature> FeatureList(string text)
    {
        var features = new List<Feature>();
        Features.Extract(TextNormalizer.Default.Normalize(text), Lexicon.Default, Dimension, features);
        return features;
    }

    [Fact]
    public void A_negated_word_is_a_different_feature_until_punctuation_ends_the_scope()
    {
        // "hate" alone: its word, its lexicon category (hostile) and its character grams.
        var hate = FeatureSet("hate");

        Assert.True(hate.IsSubsetOf(FeatureSet("I hate cats")));
        Assert.False(hate.IsSubsetOf(FeatureSet("I do not hate cats"))); // word and category hash apart in the scope
        Assert.True(hate.IsSubsetOf(FeatureSet("I do not, hate cats"))); // the comma ends the scope
        Assert.True(hate.IsSubsetOf(FeatureSet("I do not care about them but hate cats")));
    }

    [Theory]
    [InlineData("stop calling muslims vermin", true)]
    [InlineData("no one should ever call muslims vermin", true)]
    [InlineData("if you think muslims are vermin, think again", true)]
    [InlineData("saying 'muslims are vermin' is wrong", true)]
    [InlineData("I call muslims vermin", false)] // said in one's own voice
    [InlineData("I think muslims are vermin", false)]
    [InlineData("I would never call muslims vermin", true)] // …unless negated
    [InlineData("muslims are vermin", false)]
    [InlineData("don't let muslims in, they are vermin", false)] // a negation alone reports nothing
    [InlineData("'cause muslims are vermin", false)] // one stray apostrophe quotes nothing
    [InlineData("the sign read \"muslims are vermin\" until it was removed", true)]
    public void A_group_name_after_a_verb_of_saying_or_inside_quotes_is_reported(string text, bool reported)
    {
        var norm = TextNormalizer.Default.Normalize(text);
        var group = Enumerable.Range(0, norm.TokenCount).First(i => norm.TokenText(i) is "muslims");

        Assert.Equal(reported, ReportedSpeech.IsReported(norm, group));
    }

    [Fact]
    public void The_attacking_word_after_a_reported_group_is_a_different_feature()
    {
        var vermin = FeatureSet("vermin");

        Assert.True(vermin.IsSubsetOf(FeatureSet("muslims are vermin")));
        Assert.False(vermin.IsSubsetOf(FeatureSet("stop calling muslims vermin")));
        Assert.True(vermin.IsSubsetOf(FeatureSet("I call muslims vermin")));
    }

    [Fact]
    public void The_one_of_no_one_belongs_to_the_negator() =>
        // Scope: "should hate cats". Were "one" counted, "cats" would fall outside it.
        Assert.False(FeatureSet("cats").IsSubsetOf(FeatureSet("no one should hate cats")));

    [Fact]
    public void A_run_of_group_names_counts_once_in_word_features_and_patterns()
    {
        var one = FeatureList("I despise women");
        var four = FeatureList("I despise african american queer women");

        // Masked group names have no character grams; beyond the bigram "despise <group>", the run adds nothing.
        Assert.Equal(one.Count, four.Count);
        Assert.Equal(one.Select(f => f.Index).Order(), four.Select(f => f.Index).Order());
    }

    [Theory]
    [InlineData("I'm going to hurt the next woman I meet", true)]
    [InlineData("im gonna stab you", true)]
    [InlineData("we're going to beat up anyone who comes", true)]
    [InlineData("let's strangle them", true)]
    [InlineData("I will never hurt you", false)]
    [InlineData("I'll shoot you some photos tomorrow", false)]
    [InlineData("the police shot him", false)]
    [InlineData("I could kill for a coffee", false)]
    [InlineData("we will beat them on Sunday", false)]
    [InlineData("Kill all the jews.", true)] // an order opening its sentence
    [InlineData("They came at night. Now shoot every one of them", true)]
    [InlineData("hang them all", true)]
    [InlineData("Don't kill them", false)]
    [InlineData("the mob wanted to kill them", false)] // no first person, no order
    [InlineData("Kill the bill", false)]
    [InlineData("kill them with kindness", false)]
    [InlineData("I always hang my coat there", false)]
    [InlineData("Great article\nKill all the jews", true)] // a line break opens a sentence too
    [InlineData("Murder of the Jews was Nazi policy.", false)] // a noun, not an order
    [InlineData("Murder, rape, torture: the Yazidis went through hell.", false)]
    [InlineData("Hang the Ukrainian flag from every window.", false)] // a group name as an adjective is no target
    [InlineData("Shoot every Iranian drone down before it hits Kyiv.", false)]
    [InlineData("Their orders were simple: shoot anyone who moves.", false)] // reported after a colon
    [InlineData("Protesters chanted \"Gas the Jews!\"", false)] // quoted
    [InlineData("\"Gas the Jews\" was chanted outside the Opera House.", false)]
    [InlineData("ISIS had one rule in Sinjar, kill the men and enslave the women.", false)] // after a comma: reported
    [InlineData("I'll break your neck", true)] // a body part makes these verbs violent
    [InlineData("I will smash your face in", true)]
    [InlineData("we will smash them in the final", false)]
    [InlineData("I'll break your record next season", false)]
    public void Threat_intent_needs_a_first_person_subject_a_violent_verb_and_a_target(string text, bool threat) =>
        Assert.Equal(threat, ThreatIntent.Find(TextNormalizer.Default.Normalize(text), Lexicon.Default) is not null);

    [Theory]
    [InlineData("I hope you die", true)]
    [InlineData("i really wish every gay muslim person would drop dead", true)]
    [InlineData("we pray that all the refugees drown", true)]
    [InlineData("I'd like to see them dead", true)]
    [InlineData("I hope you get cancer.", true)]
    [InlineData("I hope you get cancer screening soon", false)]
    [InlineData("I don't wish you dead", false)]
    [InlineData("I hope you don't die", false)]
    [InlineData("I hope the people who died are remembered", false)]
    [InlineData("they hope you die", false)] // not the speaker's wish: a report
    [InlineData("I hope you guys die", true)]
    [InlineData("I'd love to see every Jew hanging from a tree", true)]
    [InlineData("I hope the Palestinians dying of hunger in Gaza get help soon.", false)] // descriptions, not wishes
    [InlineData("I pray the Armenians murdered in 1915 are remembered.", false)]
    [InlineData("I hope they get shot down before they reach Kyiv.", false)] // aircraft
    [InlineData("Russian tanks? I hope they all burn.", false)] // a pronoun may stand for things
    [InlineData("I hope you get shot down in the debate", false)] // shot down is no death
    [InlineData("I hope the Ukrainians killed yesterday in Kherson rest in peace.", false)]
    public void A_death_wish_needs_a_first_person_wish_a_victim_and_a_death(string text, bool wish) =>
        Assert.Equal(wish, DeathWish.Find(TextNormalizer.Default.Normalize(text), Lexicon.Default) is not null);

    [Theory]
    [InlineData("The refugees fled to Poland with nothing.", true)]
    [InlineData("Thousands of Palestinians were killed in the bombing.", true)]
    [InlineData("The suffering of Ukrainians deserves more coverage.", true)]
    [InlineData("Jews killed Jesus.", false)] // the group is the agent, not the victim: an old slander
    [InlineData("Glad the Jews were gassed.", false)] // joy voids it
    [InlineData("The Jews were gassed and they deserve it.", false)]
    [InlineData("Muslims are vermin.", false)]
    [InlineData("Jews are the ones who killed Jesus.", false)] // no passive: the participle must follow its auxiliary
    [InlineData("The refugees fled. Muslims are all terrorists.", false)] // every group named must be a victim
    [InlineData("The refugees fled to Poland. I hope they find peace.", true)]
    [InlineData("I pray the Armenians murdered in 1915 are remembered.", true)]
    [InlineData("Thousands of Armenians were killed by the Turks.", true)] // the perpetrators are not reported on
    [InlineData("Women and children were killed in the Russian strike.", true)] // an adjective is no group named
    [InlineData("Jews, Roma and gays were murdered in the Holocaust.", true)]
    [InlineData("Remember the massacre of the Armenians\nTurks are all liars", false)]
    [InlineData("The Armenians were slaughtered and got what they deserved.", false)] // approval
    public void A_group_is_reported_as_the_victim_only_in_the_passive_or_with_verbs_of_fleeing_and_dying(string text, bool victim) =>
        Assert.Equal(victim, GroupVictim.Reported(TextNormalizer.Default.Normalize(text), Lexicon.Default));

    [Theory]
    [InlineData("Glad the Jews were gassed.", true)]
    [InlineData("Refugees drowned again lol", true)]
    [InlineData("Good riddance, the refugees drowned.", true)]
    [InlineData("The Jews were gassed, hooray.", true)]
    [InlineData("Not gonna lie, glad the Jews got gassed", true)] // a negation elsewhere in the sentence is not the joy's
    [InlineData("I'm glad no Jews were killed in the attack.", false)] // negated group
    [InlineData("Thousands of Palestinians were killed and they did not deserve that.", false)] // negated joy
    [InlineData("The Yazidis were slaughtered and never got the justice they deserved.", false)]
    [InlineData("It's sickening to see people celebrate when Jews are murdered.", false)]
    [InlineData("Glad someone finally said it: the Armenians were massacred by the Ottomans.", false)] // another clause
    [InlineData("Lol the Russians burned their own tanks", false)] // the group acts
    [InlineData("Glad the Ukrainians are the ones who shot down that jet", false)]
    [InlineData("The Armenians were slaughtered and got what they deserved.", true)]
    [InlineData("Glad the Russians retreated from Kherson before more civilians died.", false)] // another clause's harm
    [InlineData("Ukrainian children were killed in their beds and some people say they deserved it.", false)] // reported
    [InlineData("Lol the Russians ran away when their tanks got shelled.", false)]
    [InlineData("Glad someone finally reports that Uyghurs are tortured in the camps.", false)]
    [InlineData("I'm glad the refugees were rescued.", false)] // no harm
    [InlineData("Muslims were killed in the attack. I'm glad the police caught the killer.", false)] // another sentence
    [InlineData("Good reporting on how the Jews of Warsaw were murdered.", false)] // "good" is joy only as a sentence
    [InlineData("The Jews were murdered; good.", true)] // or a sentence of joy right after
    public void Joy_at_harm_needs_the_group_the_harm_and_the_joy_in_one_sentence(string text, bool celebrated) =>
        Assert.Equal(celebrated, GroupVictim.Celebrated(TextNormalizer.Default.Normalize(text), Lexicon.Default) is not null);

    [Theory]
    [InlineData("The lives of women do not matter at all.", true)]
    [InlineData("Black lives don't matter.", true)]
    [InlineData("Immigrant lives dont matter", true)]
    [InlineData("The lives of trans people do not matter at all.", true)] // the group name as adjective of "people"
    [InlineData("The lives of black men don't matter to the police.", false)]
    [InlineData("So the lives of Palestinian children don't matter?", false)] // the critic's question
    [InlineData("Apparently the lives of Israeli families do not matter.", false)]
    [InlineData("Palestinian lives don't matter to the regime.", false)] // criticism of someone else's view
    [InlineData("It's as if Ukrainian lives don't matter to anyone.", false)]
    [InlineData("Israeli lives don't matter less than anyone's.", false)]
    [InlineData("He said black lives don't matter, and he was fired.", false)] // reported
    [InlineData("Black lives matter.", false)]
    public void Denying_a_group_s_lives_worth_is_found_but_not_in_criticism_or_report(string text, bool found) =>
        Assert.Equal(found, NegatedWorth.Find(TextNormalizer.Default.Normalize(text), Lexicon.Default) is not null);

    [Theory]
    [InlineData("All immigrants are criminals.", true)]
    [InlineData("Saying \"all immigrants are criminals\" is bigoted nonsense.", false)] // counter-speech: reported
    [InlineData("No one should ever say that Muslims are terrorists.", false)]
    [InlineData("Thousands of Armenians were killed by the Turks.", false)] // victims only
    [InlineData("Kill counts are propaganda on both sides, don't trust either.", false)] // no group
    public void A_confident_identity_attack_head_lifts_toxicity_only_where_the_writer_names_a_group(string text, bool lifts) =>
        Assert.Equal(lifts, LexicalClassifier.ConfidentHeadMayLift(TextNormalizer.Default.Normalize(text), Lexicon.Default));

    [Theory]
    [InlineData("Jews disgust me.", true)]
    [InlineData("Gay people really disgust me.", true)]
    [InlineData("Immigrants make me want to throw up.", true)]
    [InlineData("Muslims don't disgust me.", false)] // negated
    [InlineData("The way he treats immigrants disgusts me.", false)] // the group is an object
    [InlineData("He said Jews make him sick.", false)] // someone else's disgust
    [InlineData("Israelis make me sick with worry when the sirens go.", false)] // concern
    [InlineData("Does it disgust you that refugees drown?", false)]
    [InlineData("Every time I see a Sikh I feel sick.", true)] // the sight of the group sickens the writer
    [InlineData("When I see Kurdish couples holding hands I want to throw up.", true)]
    [InlineData("When I see a Sikh woman attacked I feel sick.", false)] // harm done to them
    [InlineData("Every time I see a refugee boat on the news I feel sick.", false)] // their plight, not them
    [InlineData("When I see Syrian children starving I feel sick.", false)]
    [InlineData("When I see Palestinians I feel sick for them.", false)]
    public void Disgust_at_a_group_needs_the_group_as_subject_and_the_writer_as_object(string text, bool found) =>
        Assert.Equal(found, GroupDisgust.Find(TextNormalizer.Default.Normalize(text), Lexicon.Default) is not null);

    [Theory]
    [InlineData("Now you can go die.", true)]
    [InlineData("Just die already.", true)]
    [InlineData("If you can't afford insurance, you can just die.", false)] // a critic's paraphrase (the head still scores it)
    [InlineData("Young men go die in wars for old men's lies.", false)] // a subject: no order
    [InlineData("She should just kill herself.", false)] // urging someone else: left to the heads
    [InlineData("get raped", true)] // the order to suffer violence
    [InlineData("Go get killed already.", true)]
    [InlineData("Soldiers get killed in action every day.", false)]
    [InlineData("Don't get killed out there.", false)]
    [InlineData("Get shot of him, he is useless.", false)] // "get rid of"
    public void The_self_harm_rule_takes_orders_to_die_but_not_paraphrase_or_description(string text, bool found) =>
        Assert.Equal(found, ThreatIntent.FindIncitementToSelfHarm(TextNormalizer.Default.Normalize(text)) is not null);

    [Theory]
    [InlineData("I will kill all the jews", true)]
    [InlineData("Hamas leaders said \"we will kill Jews everywhere\". Horrifying.", false)] // quoted: left to the heads
    public void The_threat_rule_leaves_a_quoted_threat_against_a_group_to_the_heads(string text, bool rule) =>
        Assert.Equal(rule, ThreatIntent.FindRule(TextNormalizer.Default.Normalize(text), Lexicon.Default) is not null);

    [Fact]
    public void The_pair_the_group_is_no_feature_so_a_news_report_does_not_inherit_a_hate_forum_s_reading()
    {
        // "the refugees" is its two words; "these refugees" (a generalisation) keeps its pair.
        Assert.Equal(FeatureSet("the").Count + FeatureSet("refugees").Count, FeatureSet("the refugees").Count);
        Assert.Equal(FeatureSet("these").Count + FeatureSet("refugees").Count + 1, FeatureSet("these refugees").Count);
    }

    [Fact]
    public void Heads_vote_on_the_epoch_only_with_enough_validation_positives_else_all_vote()
    {
        var many = Enumerable.Range(0, 60).Select(i => new Example("v", $"text {i}", [1, 0, 0, 0, 0, 0])).ToList();
        var voters = LexicalTrainer.EpochVoters(many);
        Assert.Equal([true, false, false, false, false, false], voters);

        var few = many.Take(10).ToList();
        Assert.All(LexicalTrainer.EpochVoters(few), Assert.True);
    }
}
