using Parley.Classifier.Lexical;
using Parley.Classifier.Text;
using static Parley.Classifier.Tests.ShippedModel;

namespace Parley.Classifier.Tests;

/// <summary>
/// What an obfuscation suite (bench/blind-rounds/round32-obfuscation.jsonl, session 28) found missing: disguises the
/// normaliser did not read, and attacks that stayed hidden once read (a person pointed at and called a name, a sentence
/// that opens with a name, threats with a word between the shape's parts). Our own sentences, not the suite's.
/// </summary>
public class ObfuscationSuiteTests
{
    private static string Norm(string s) => TextNormalizer.Default.Normalize(s).Text;

    [Theory]
    [InlineData("fvck off you cvnt", "fuck off you cunt")] // a 'v' drawn for a 'u', in four-letter words too
    [InlineData("what a di©k, pure €vil", "what a dick pure evil")] // symbols drawn as letters inside a word
    [InlineData("you are an id¡ot", "you are an idiot")]
    [InlineData("Mus-lims and J.ews and gay_s", "muslims and jews and gays")] // a group's name broken to slip a filter
    [InlineData("Jevvs", "jews")] // two v's drawn as a w
    [InlineData("stoopid idjit", "stupid idiot")] // spellings too far for the one-letter repair
    [InlineData("phuq off you kunt, kiss my azz", "fuck off you cunt kiss my ass")]
    [InlineData("go unalive yourself", "go kill yourself")] // a video platforms' euphemism
    [InlineData("i will ki11 you", "i will kill you")] // a '1' for an 'l' after letters
    [InlineData("go commit sewer slide, kill yo self", "go commit suicide kill yourself")] // two words spelling one
    public void Reads_the_suites_disguises(string input, string expected) => Assert.Equal(expected, Norm(input));

    [Theory]
    [InlineData("©2024 the BBC, ¡Hola!, 5€ a head", "2024 the bbc hola 5 a head")] // signs before or after digits, a Spanish "¡"
    [InlineData("a savvy driver revving the engine", "a savvy driver revving the engine")] // English words with "vv"
    [InlineData("a Tamil's shop, the Muslim's prayer mat", "a tamil s shop the muslim s prayer mat")] // an apostrophe joins nothing
    [InlineData("non-binary and Jewish-American", "nonbinary and jewish american")] // a hyphenated name reads as it means
    [InlineData("Mus lims", "mus lims")] // a plain space does not join
    [InlineData("Windows 11, the 911 call, gate b11", "windows 11 the 911 call gate b11")] // numbers after letters stay
    public void Leaves_the_look_alikes_alone(string input, string expected) => Assert.Equal(expected, Norm(input));

    [Theory]
    [InlineData("Utter plonker, you got the dates wrong again.")] // a sentence that opens by calling someone a name
    [InlineData("Spineless coward.")]
    [InlineData("Hypocrites, the lot of you.")]
    [InlineData("Bastard, you knew all along.")] // a swear word said to someone, because the sentence speaks to them
    [InlineData("Ignore this tosser, he has been wrong about every match this season.")] // a person pointed at and called a name
    [InlineData("Another halfwit who thinks the moon landing was staged.")]
    [InlineData("Those pricks never listen to anyone.")]
    [InlineData("Clearly that buffoon never read the report.")]
    [InlineData("Good piece on the budget. Whoever wrote the comment above is a pathetic moron though.")] // another voice in the thread
    [InlineData("The columnist is a gutless hack who would sell his own mother for a click.")]
    public void A_person_called_a_name_is_an_insult(string text) =>
        AssertFlagged(text, ToxicityLabel.Insult, ToxicityLabel.Toxicity);

    // The rule itself, where the heads already flag the word: a swear word said at the world, an animal or a performer,
    // an idiom, a compound, a thing.
    [Theory]
    [InlineData("Arse, I left my keys at the office.")]
    [InlineData("Bastard, missed the last train.")]
    [InlineData("This clown has entertained children at birthday parties for thirty years.")]
    [InlineData("Another fool's errand from the transport ministry.")]
    [InlineData("This idiot-proof kettle switches itself off.")]
    [InlineData("That bitch of a hill nearly finished me off.")]
    [InlineData("Moron, idiot, imbecile: the words once meant grades of disability.")] // a list
    [InlineData("Up in this bitch all night with the lads.")] // slang for a place
    [InlineData("Fool, the new single by the band, is out on Friday.")] // a title, a pet, a surname, the word itself (a review)
    [InlineData("Muppet, our terrier, has eaten my slippers again.")]
    [InlineData("Coward, Noel, sits between Coward, Jane and Cowell on the shelf.")]
    [InlineData("Scumbag. The style guide bans that word from headlines.")]
    [InlineData("That fool in the Shakespeare play gets the wisest lines.")] // a character, a jab, a puppet, a report
    [InlineData("That prick from the flu jab left a bruise.")]
    [InlineData("This Muppet teaches toddlers to share.")]
    [InlineData("That moron, as the MP called him, got an apology.")]
    public void Names_not_called_at_a_person_are_left_to_the_heads(string text) =>
        Assert.Null(NameCalling.Find(TextNormalizer.Default.Normalize(text), TextNormalizer.Default.Lexicon));

    [Theory]
    [InlineData("Shame the sniper didn't finish the job.")] // regret that a killer left people alive
    [InlineData("Pity the bomber never finished the job on the rest of them.")]
    [InlineData("I wish the gunman had finished the job.")]
    [InlineData("pity the shooter didnt finish the job")] // without the apostrophe
    [InlineData("He deserves to get stabbed for what he said about the lads.")] // the words are the reason, not a report
    [InlineData("Starmer needs a bullet between the eyes.")] // a name, as "a bullet in the head" was
    [InlineData("Let the filthy refugees starve.")] // a word of contempt before the group
    [InlineData("Someone should unalive that referee.")]
    [InlineData("Keep talking and you'll catch these hands.")] // a fight promised in slang
    public void The_threats_are_threats(string text) => AssertFlagged(text, ToxicityLabel.Threat, ToxicityLabel.Toxicity);

    [Theory]
    [InlineData("Shame the builders didn't finish the job before winter.")]
    [InlineData("It is a pity the police did not finish the job before the gunman fled.")] // the killer is not who failed
    [InlineData("He should be shot at dawn for the film, the director said, and he was.")]
    [InlineData("Let the tired refugees rest before the next leg of the journey.")]
    [InlineData("The victim was unalived in his flat, police said.")]
    [InlineData("Shame the assassin in the film never finished the job, the plot fell apart.")] // a story, a striker, a pest
    [InlineData("Pity our attacker didn't finish the job, he hit the bar from six yards.")]
    [InlineData("Shame the weed killer didn't finish the job on the patio.")]
    [InlineData("Shame the Hitman didn't finish the job, out for 88 in the final over.")] // a batsman's nickname
    public void The_same_words_without_a_threat_are_civil(string text) =>
        AssertNotFlagged(text, ToxicityLabel.Threat);

    [Theory]
    [InlineData("Neck yourself, nobody reads your posts.")] // telling the reader to kill themselves, in slang
    [InlineData("Just rope yourself already.")]
    [InlineData("Go commit sewer slide.")]
    [InlineData("Commit suicide, you waste of space.")]
    public void Telling_the_reader_to_die_in_slang_is_severe(string text) =>
        AssertFlagged(text, ToxicityLabel.SevereToxicity, ToxicityLabel.Toxicity);

    [Theory]
    [InlineData("Did he commit suicide, or was it murder?")]
    [InlineData("Please do not commit suicide, the helpline is open all night.")]
    [InlineData("Go commit suicide? No. Go and get help, and call the helpline.")]
    [InlineData("Men are three times as likely to commit suicide, the charity says.")]
    public void Suicide_talked_about_is_not_an_order(string text) =>
        AssertNotFlagged(text, ToxicityLabel.SevereToxicity);

    [Theory]
    [InlineData("The Abos can go cry about it.")] // a slur the lexicon lacked (norepair: "ABO" blood groups)
    [InlineData("M-u-z-z-i-e-s out of our town.")]
    [InlineData("Jooz control the newspapers.")] // spellings too far for the one-letter repair
    [InlineData("M0zlems should all be sent back.")]
    [InlineData("(((They))) own the newspapers.")] // the antisemitic echo
    [InlineData("Funny how the (((bankers))) always win.")]
    [InlineData("Of course (((Goldberg))) wrote this article.")]
    [InlineData("Another stabbing in the city centre. Somalis and their knife gangs, same as ever.")] // a group tied to a vice, no verb
    [InlineData("Gypsies and their thieving.")]
    [InlineData("Mus-lims are a disease on this country.")]
    public void Disguised_or_new_slurs_for_a_group_are_identity_attacks(string text) =>
        AssertFlagged(text, ToxicityLabel.IdentityAttack, ToxicityLabel.Toxicity);

    [Theory]
    [InlineData("ABO blood groups matter for transfusions.")]
    [InlineData("Our non-binary and Mus-lim neighbours run the bakery.")]
    [InlineData("The Moslem community in Leeds opened its doors to flood victims.")] // an old spelling, read as "Muslim"
    [InlineData("Sending (((hugs))) to everyone hit by the floods.")] // the support forums' hugs, the reader, the symbol explained
    [InlineData("(((you))) are in our thoughts tonight.")]
    [InlineData("The echo, written (((like this))), is an antisemitic symbol.")]
    [InlineData("Jews and their savings were seized by the state in 1938.")] // a verb makes it a report; no vice
    [InlineData("Muslims and their families gathered in the park for Eid.")]
    public void The_same_spellings_in_civil_use_are_not_flagged(string text) =>
        AssertNotFlagged(text, ToxicityLabel.IdentityAttack, ToxicityLabel.Toxicity);
}
