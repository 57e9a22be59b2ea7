using Parley.Classifier.Text;

namespace Parley.Classifier.Tests;

public class NormalizerTests
{
    private static string Norm(string s, TextKind kind = TextKind.Comment) =>
        TextNormalizer.Default.Normalize(s, kind).Text;

    [Theory]
    [InlineData("ＨＥＬＬＯ there", "hello there")] // fullwidth
    [InlineData("𝐟𝐮𝐜𝐤 this", "fuck this")] // mathematical bold
    [InlineData("you 🅸🅳🅸🅾🆃", "you idiot")] // negative squared letters (no compatibility decomposition)
    [InlineData("you 🅘🅓🅘🅞🅣", "you idiot")] // negative circled letters
    [InlineData("you 🄸🄳🄸🄾🅃", "you idiot")] // squared letters (NFKC folds these)
    [InlineData("Café NAÏVE", "cafe naive")] // diacritics and case
    [InlineData("іdіоt", "idiot")] // Cyrillic look-alikes
    [InlineData("ιdιοt", "idiot")] // Greek look-alikes
    [InlineData("id\u200Bi\u200Dot", "idiot")] // zero-width characters
    [InlineData("\u202Emoron\u202C", "moron")] // bidi controls
    [InlineData("you m0r0n", "you moron")]
    [InlineData("1d10t", "idiot")]
    [InlineData("@ss", "ass")]
    [InlineData("b u l l s h i t", "bullshit")]
    [InlineData("f.u.c.k off", "fuck off")]
    [InlineData("stuuuupid", "stupid")]
    [InlineData("soooo good", "soo good")]
    [InlineData("f*ck", "fuck")]
    [InlineData("id**t", "idiot")]
    [InlineData("idoit", "idiot")] // swapped letters
    [InlineData("muslms", "muslims")] // dropped letter
    [InlineData("the 2nd of May at 5pm, 2020", "the 2nd of may at 5pm 2020")]
    [InlineData("I will be there.", "i will be there")]
    [InlineData("youareanidiot", "you are an idiot")] // missing word boundaries
    [InlineData("y o u a r e a n i d i o t", "you are an idiot")]
    [InlineData("what a m o r o n", "what a moron")] // a leading "a" is a word of its own, not part of the run
    [InlineData("I h a t e you", "i hate you")]
    [InlineData("i d i o t", "idiot")]
    [InlineData("a s s h o l e", "asshole")]
    [InlineData("the therapist took a classic assassin story", "the therapist took a classic assassin story")]
    [InlineData("muzlims and chrystians", "muslims and christians")] // one sound-alike letter
    [InlineData("you bytch", "you bitch")]
    [InlineData("you are a bi+ch", "you are a bitch")] // '+' between letters is a 't'
    [InlineData("c++ and 1+1 and an A+", "c and 1 1 and an a")] // …and nowhere else
    [InlineData("kys", "kill yourself")] // abbreviations of attacks
    [InlineData("just stfu", "just shut the fuck up")]
    [InlineData("phuck this, fuq that", "fuck this fuck that")] // spellings too far for the one-letter repair
    [InlineData("ƒuck ᴛʜɪꜱ", "fuck this")] // hooked letters and small capitals
    [InlineData("you are a 🤡", "you are a clown")] // emoji used as insults
    [InlineData("b!+ch", "bitch")]
    [InlineData("u b i t c h", "u bitch")] // any single letter before a spaced-out word stands alone when that reads
    [InlineData("what a puuuussy", "what a pussy")] // a stretched letter shrinks to one, the word's own double stays
    [InlineData("PUSSYYY", "pussy")]
    [InlineData("k*ll them", "kill them")] // masks resolve to violent verbs too
    [InlineData("what an @$$", "what an ass")] // a word of symbols only
    [InlineData("you a$$ hole", "you asshole")] // a swear word split in two
    [InlineData("what an a-hole", "what an asshole")]
    [InlineData("you are a dumb ass", "you are a dumbass")]
    [InlineData("go f yourself, f off", "go fuck yourself fuck off")]
    [InlineData("she is a b i t c h a lot", "she is a bitch a lot")] // letters standing alone on both sides
    [InlineData("pu55135 and n*ggers", "pussies and niggers")] // plurals of offensive words are disguise targets too
    [InlineData("there is a hole in the road, as she said", "there is a hole in the road as she said")] // …not real words
    [InlineData("it cost US$ 5, not 455", "it cost us 5 not 455")] // a currency sign and a number stay
    [InlineData("allmuslimsareterrorists", "all muslims are terrorists")] // glued common words around a group name
    [InlineData("#MexicansAreCriminals", "mexicans are criminals")]
    [InlineData("Muslimsareacancer", "muslims are a cancer")] // "are|a" is cheaper than "area"
    [InlineData("ImGonnaBurnYourHouseDown", "im gonna burn your house down")] // a violent verb before its object
    [InlineData("yourmomisawhore", "your mom is a whore")] // an article before a lexicon word
    [InlineData("gokillyourself", "go kill yourself")]
    [InlineData("Ireallyhate them", "i really hate them")] // a hostile verb ending a split the writer opens
    [InlineData("they are totallyworthlesstrash", "they are totally worthless trash")] // two abusive words need no function word
    [InlineData("Iamreallyhappy, totallyamazingshow", "iamreallyhappy totallyamazingshow")]
    [InlineData("Penistone, assorted, endorsements", "penistone assorted endorsements")] // names and inflections stay whole
    [InlineData("meningitis in San Diego, a transistor", "meningitis in san diego a transistor")]
    [InlineData("sandiego pewdiepie homologated", "sandiego pewdiepie homologated")] // no object after "die", no word after "a"
    [InlineData("the sexual cops in the tail", "the sexual cops in the tail")] // a common word is no misspelling of a lexicon word
    [InlineData("should be g a s s e d", "should be gassed")] // a spaced-out common word stays one word
    [InlineData("i h8 them", "i hate them")]
    [InlineData("k1ll 4ll of them", "kill all of them")] // digits before letters read as a common word
    [InlineData("trans poeple desreve it", "trans people deserve it")] // words of attacks outside the lexicon are repaired too
    public void Normalises_obfuscations(string input, string expected) => Assert.Equal(expected, Norm(input));

    /// <summary>
    /// The disguises the model card's obfuscation table measures, on words the lexicon knows: each must read back
    /// as the plain word, except a dropped letter (often another real word: "shit" → "sit"), which the card reports
    /// as the weak spot.
    /// </summary>
    [Theory]
    [InlineData("idiot")]
    [InlineData("moron")]
    [InlineData("bitch")]
    [InlineData("stupid")]
    [InlineData("asshole")]
    [InlineData("faggot")]
    [InlineData("bullshit")]
    public void Every_measured_disguise_but_a_dropped_letter_reads_back(string word)
    {
        foreach (var d in Parley.Classifier.Training.ObfuscationProbe.Disguises.Where(d => !d.Name.Contains("dropped")))
        {
            var disguised = d.Apply(word, new Random(7));
            Assert.True(Norm($"you are a {disguised} ok") == $"you are a {word} ok", $"{d.Name}: {disguised} → {Norm(disguised)}");
        }
    }

    [Fact]
    public void Display_names_split_on_case_and_underscores() =>
        Assert.Equal("hate all muslims", Norm("HateAll_Muslims", TextKind.DisplayName));

    [Fact]
    public void Real_words_near_lexicon_words_are_not_repaired() =>
        Assert.Equal("i wore a hose near the niger river with a canker and dikes on the site",
            Norm("I wore a hose near the Niger river with a canker and dikes on the site"));

    [Fact]
    public void Every_word_of_an_expanded_abbreviation_maps_to_the_abbreviation()
    {
        const string input = "ok kys now";
        var n = TextNormalizer.Default.Normalize(input);

        Assert.Equal(["ok", "kill", "yourself", "now"], Enumerable.Range(0, n.TokenCount).Select(i => n.TokenText(i).ToString()));
        Assert.Equal("kys", input[n.TokensToOriginal(1, 1).Begin..n.TokensToOriginal(1, 1).End]);
        Assert.Equal("kys", input[n.TokensToOriginal(2, 2).Begin..n.TokensToOriginal(2, 2).End]);
    }

    [Theory]
    [InlineData("you are an 1d10t!", "1d10t")]
    [InlineData("what a m\u200Bo\u200Br\u200Bo\u200Bn.", "m\u200Bo\u200Br\u200Bo\u200Bn")]
    [InlineData("ok 𝐢𝐝𝐢𝐨𝐭 ok", "𝐢𝐝𝐢𝐨𝐭")]
    [InlineData("ok 🅸🅳🅸🅾🆃 ok", "🅸🅳🅸🅾🆃")] // surrogate pairs, two UTF-16 units a letter
    [InlineData("so f . u . c . k it", "f . u . c . k")]
    [InlineData("stuuuupid thing", "stuuuupid")]
    [InlineData("ok 🖕 off", "🖕")]
    [InlineData("you a$$ hole!", "a$$ hole")] // a joined word spans both halves and the gap
    [InlineData("go f yourself", "f")]
    [InlineData("what a PUSSYYY", "PUSSYYY")]
    public void Token_spans_map_back_to_original_offsets(string input, string expectedOriginal)
    {
        var n = TextNormalizer.Default.Normalize(input);
        var idx = Enumerable.Range(0, n.TokenCount)
            .First(i => n.TokenText(i) is "idiot" or "moron" or "fuck" or "stupid" or "asshole" or "pussy");
        var (b, e) = n.TokensToOriginal(idx, idx);
        Assert.Equal(expectedOriginal, input[b..e]);
    }
}
