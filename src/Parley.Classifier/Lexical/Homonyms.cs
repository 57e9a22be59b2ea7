using Parley.Classifier.Text;

namespace Parley.Classifier.Lexical;

/// <summary>
/// Slurs that are also ordinary English: a faggot of sticks, a Dutch dyke holding back the sea, a fag smoked outside
/// the pub, a coon raiding the bins, a chink in the curtains, a chemical that retards growth, a truck's tranny, Homo
/// sapiens, spic and span. The heads scored such sentences 0.86–0.98 on every attack label (a functional test suite's
/// "non-hateful homonyms of slurs"). Swear words are left alone: tweets pun on their double meaning ("no pussy cats
/// in my dog house"), and PROFANITY is right there. A word
/// is read in its innocent sense only where the sense's own vocabulary stands next to it or within a few words
/// ("smoked a fag", "faggots and gravy", "the dyke … the river"); then the model sees a neutral placeholder instead
/// of the word, and the slur rule and the group rules do not count it.
/// </summary>
internal static class Homonyms
{
    private const int Window = 8;

    // Words of each innocent sense, anywhere within Window tokens of the homonym.
    private static readonly Dictionary<string, HashSet<string>> s_senses = Build(new()
    {
        ["fag"] = "cigarette cigarettes ciggy ciggie ciggies tobacco lighter ashtray smoko rollie",
        ["faggot"] = "sticks stick firewood kindling fireplace hearth gravy peas mash onion onions butcher pork liver "
                     + "meatballs recipe brisket bundle bundles twigs",
        ["dyke"] = "river rivers sea seas flood floods flooding floodwater water waters dam dams dutch holland netherlands "
                   + "breach breached embankment canal canals levee levees polder polders tide tides drainage ditch offa "
                   + "storm farmland marsh marshes fens fen",
        ["coon"] = "raccoon raccoons hound hounds hunting henhouse chicken chickens hens trash bins bin garbage treed possum "
                   + "possums critter critters trap trapped squirrels skunks deer opossum",
        ["chink"] = "armour armor curtain curtains wall walls door doors gap blinds fence shutters cloud clouds sunlight "
                    + "window windows",
        ["retard"] = "growth combustion corrosion chemical chemicals compound mould mold rust evaporation ageing aging "
                     + "germination ripening",
        ["tranny"] = "truck car gearbox transmission clutch engine miles fluid rebuild rebuilt mechanic van gears axle",
        // The war threads' slurs were things first: a padded jacket, a Cossack's tuft of hair, a Greek mountain range.
        // Only the things' own words: verbs ("wearing a Z"), "prisoners", "haircut", "range" and "trail" also stand
        // next to the slurs ("Shoot the vatniks and take no prisoners", "Shoot the pindos at close range").
        ["vatnik"] = "jacket jackets coat coats padded quilted cotton sleeves garment wool torn ragged patched buttoned "
                     + "flea hooks hanger",
        ["khokhol"] = "tuft forelock topknot shaved shaven cossack cossacks scalp",
        ["pindos"] = "mountains mountain greece greek epirus thessaly hiking hiker hikers",
    });

    // Plurals and inflections read as their entry.
    private static readonly Dictionary<string, string> s_forms = new(StringComparer.Ordinal)
    {
        ["fag"] = "fag",
        ["fags"] = "fag",
        ["faggot"] = "faggot",
        ["faggots"] = "faggot",
        ["dyke"] = "dyke",
        ["dykes"] = "dyke",
        ["coon"] = "coon",
        ["coons"] = "coon",
        ["chink"] = "chink",
        ["chinks"] = "chink",
        ["retard"] = "retard",
        ["retards"] = "retard",
        ["retarded"] = "retard",
        ["retarding"] = "retard",
        ["tranny"] = "tranny",
        ["trannies"] = "tranny",
        ["homo"] = "homo",
        ["spic"] = "spic",
        ["gook"] = "gook",
        ["vatnik"] = "vatnik",
        ["vatniks"] = "vatnik",
        ["khokhol"] = "khokhol",
        ["khokhols"] = "khokhol",
        ["pindos"] = "pindos",
        ["palis"] = "palis",
    };

    // Read for every token of every comment (Features.Extract): looked up once, not per call.
    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> s_formsLookup =
        s_forms.GetAlternateLookup<ReadOnlySpan<char>>();

    private static Dictionary<string, HashSet<string>> Build(Dictionary<string, string> senses) =>
        senses.ToDictionary(kv => kv.Key, kv => kv.Value.Split(' ').ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

    /// <summary>
    /// Whether a display name's word is a slur's innocent sense, read from the name's other words ("VatnikJacketShop",
    /// "PindosTrail"): the sense's own words, or for the mountains the words of walking.
    /// </summary>
    public static bool IsInnocentInName(string word, IReadOnlyList<string> others)
    {
        if (!s_forms.TryGetValue(word, out var entry) || !s_senses.TryGetValue(entry, out var cues))
        {
            return false;
        }

        return others.Any(o => cues.Contains(o) || (entry is "pindos" && o is "trail" or "trails" or "range" or "hiker" or "trek"));
    }

    /// <summary>Whether the token at <paramref name="i"/> is a slur of the lexicon, not in an innocent sense.</summary>
    public static bool IsSlur(NormalizedText text, int i, Lexicon lexicon) =>
        lexicon.Category(text.TokenText(i)) is LexiconCategory.Slur && !IsInnocent(text, i);

    /// <summary>Whether the token at <paramref name="i"/> is a slur or swear word used in its innocent sense.</summary>
    public static bool IsInnocent(NormalizedText text, int i)
    {
        if (!s_formsLookup.TryGetValue(text.TokenText(i), out var entry))
        {
            return false;
        }

        var count = Math.Min(text.TokenCount, Features.MaxTokens);
        var prev = i > 0 ? text.TokenText(i - 1) : default;
        var next = i + 1 < count ? text.TokenText(i + 1) : default;
        switch (entry)
        {
            case "homo":
                return next is "sapiens" or "sapien" or "erectus" or "habilis" or "neanderthalensis" or "floresiensis" or "ergaster"
                    or "heidelbergensis" or "naledi" or "economicus" or "bi" or "hetero" or "heterosexual" or "bisexual"
                    || prev is "genus"; // and "homo, bi, pan" listing orientations
            case "spic":
                return next is "and" && i + 2 < count && text.TokenText(i + 2) is "span";
            case "chink" when next is "in" or "of":
                return true; // "a chink in our defence", "a chink of light"
            case "gook":
                return prev is "de" or "dy" or "di" or "gobbledy" or "gobblede"; // "gobbledygook"
            case "palis":
                // Serbo-Croatian "pališ" ("you're burning"; "get lost"), folded to "palis"; the Greek surname after a title or
                // a given name ("Mr Palis", "Nikos Palis")
                return !IsAscii(text, i) || prev is "mr" or "mrs" or "ms" or "dr" or "miss" or "prof" || (i > 0 && PersonName.Ends(text, i - 1));
            case "vatnik" when prev is "his" or "her" or "my" or "your" or "their" or "our" or "old" or "warm" or "vintage"
                               || WornBefore(text, i):
                return true; // the jacket someone owns or wears: "wears his old vatnik", "wore a vatnik through two winters"
            case "pindos" when next is "mountains" or "mountain" or "range" or "trail" or "massif" or "national":
                return true; // "the Pindos range", "the Pindos trail"
            case "fag" when prev is "smoked" or "smoking" or "smoke" or "bum" or "rolled" or "rolling" or "lit" or "spare"
                                  or "cadge" or "fancy" || next is "packet" or "packets" or "end" or "ends" or "break" or "papers"
                            || (prev is "a" && i >= 2 && text.TokenText(i - 2) is "smoke" or "smoked" or "smoking" or "bum" or "roll" or "rolled"
                                or "light" or "lit" or "spare" or "cadge" or "fancy" or "need" or "have" or "had")
                            // "a quick fag", "nipping out for a fag"
                            || (prev is "quick" or "crafty" && i >= 2 && text.TokenText(i - 2) is "a")
                            || (prev is "a" && i >= 3 && text.TokenText(i - 2) is "for"
                                && text.TokenText(i - 3) is "out" or "outside" or "nipping" or "nipped" or "popping" or "popped" or "going" or "went"):
                return true;
            case "retard" when next is "the" or "its" or "their" or "growth" or "progress" or "development"
                               && prev is "to" or "will" or "can" or "may" or "could" or "might" or "would" or "which" or "that"
                                   or "does" or "did" or "helps" or "help" or "helped" or "helping" or "and" or "or" or "further":
                return true; // the verb: "will retard the growth"
        }

        if (!s_senses.TryGetValue(entry, out var cues))
        {
            return false;
        }

        var lookup = cues.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var j = Math.Max(0, i - Window); j < Math.Min(count, i + Window + 1); j++)
        {
            if (j != i && lookup.Contains(text.TokenText(j)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The first slur the writer uses as a slur: not in its innocent sense, not quoted or reported ("calling someone a
    /// X is vile", "the word X"), not "retarded" said of a thing, not the idiom "no homo", and not a word that in-group
    /// slang has taken back ("nigga"); those are left to the heads.
    /// </summary>
    public static int? FindSlur(NormalizedText text, Lexicon lexicon)
    {
        var count = Math.Min(text.TokenCount, Features.MaxTokens);
        for (var i = 0; i < count; i++)
        {
            var t = text.TokenText(i);
            if (lexicon.Category(t) == LexiconCategory.Slur && t is not ("nigga" or "niggas" or "retarded") && !IsInnocent(text, i)
                && !ReportedSpeech.IsReported(text, i) && !Mentioned(text, lexicon, i) && !(t is "homo" && i > 0 && text.TokenText(i - 1) is "no")
                && !SaidOfOurselves(text, i))
            {
                return i;
            }
        }

        return null;
    }

    // Reclaimed, said of the writer: "We're just two old dykes running a bakery", "me and my husband are the most boring
    // fags you'll meet", "I'm a proud dyke", "I'll happily be a X", "we call ourselves the Xs". A first-person subject,
    // a copula (or "call ourselves"), and no other person between.
    private static bool SaidOfOurselves(NormalizedText text, int i)
    {
        for (var j = i - 1; j >= Math.Max(0, i - 6) && !ThreatIntent.SentenceBreakBefore(text, j + 1); j--)
        {
            var t = text.TokenText(j);
            if (t is "you" or "u" or "he" or "she" or "they" or "them" or "him" or "her" or "his" or "their" or "this" or "that"
                or "these" or "those")
            {
                return false;
            }

            if ((t is "ourselves" or "myself" or "themselves" && j > 0 && text.TokenText(j - 1) is "call" or "calls" or "called")
                || (t is "be" && WriterWillBe(text, j)))
            {
                return true;
            }

            if (t is "am" or "m" or "are" or "re")
            {
                // "I'm just realizing this X is …": a progressive verb, not a predicate.
                var after = j + 1;
                while (after < i && text.TokenText(after) is "just" or "still" or "now" or "only")
                {
                    after++;
                }

                if (after < i && text.TokenText(after).EndsWith("ing"))
                {
                    return false;
                }

                // The copula's subject: the nearest pronoun before it ("me and my husband are", not "I think they are").
                for (var k = j - 1; k >= Math.Max(0, j - 5); k--)
                {
                    var w = text.TokenText(k);
                    if (w is "i" or "we" or "me" or "us")
                    {
                        return true;
                    }

                    if (w is "you" or "u" or "he" or "she" or "they" or "it" or "this" or "that" or "these" or "those")
                    {
                        return false;
                    }
                }

                return false;
            }
        }

        return false;
    }

    // "I'll happily be a X", "we'd proudly be Xs": the writer's own future, worn with pride; not "you'll be", and not
    // without the pride ("I'd be a bigger X than the guitar kid" uses the word as the insult it is).
    private static bool WriterWillBe(NormalizedText text, int be)
    {
        var k = be - 1;
        var proud = false;
        while (k >= 0 && text.TokenText(k) is "happily" or "gladly" or "proudly")
        {
            proud = true;
            k--;
        }

        return proud && k >= 1 && text.TokenText(k) is "ll" or "will" or "d" or "would" && text.TokenText(k - 1) is "i" or "we";
    }

    // A verb of wearing before the word ("wore a vatnik"); after it, the slur's person wears something ("every vatnik
    // wearing a Z").
    private static bool WornBefore(NormalizedText text, int i)
    {
        for (var k = i - 1; k >= Math.Max(0, i - 3); k--)
        {
            if (text.TokenText(k) is "wore" or "wears" or "wear" or "wearing" or "worn" or "donned")
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAscii(NormalizedText text, int i)
    {
        var (begin, end) = text.TokensToOriginal(i, i);
        return System.Text.Ascii.IsValid(text.Original.AsSpan(begin, end - begin));
    }

    // The word defined: "Vatnik is an old slur for Russians", "X was a derogatory term". After "is a" or "was an" and
    // on the word itself, so "Xs are a slur on this country" is not read, and neither are "X is the right word for
    // them" (no article) or "X is a fitting word" (no word of offence before it).
    private static bool DefinedAsASlur(NormalizedText text, int i)
    {
        if (AboutTheWord(text, i))
        {
            return true;
        }

        // "rashists is used on state TV every day": a plural with "is" is the word, not the people
        if (i + 2 < text.TokenCount && text.TokenText(i + 1) is "is" && text.TokenText(i + 2) is "used" or "heard" or "said" or "spelled" or "spelt"
            && text.TokenText(i).EndsWith('s'))
        {
            return true;
        }

        if (i + 3 >= text.TokenCount || text.TokenText(i + 1) is not ("is" or "was") || text.TokenText(i + 2) is not ("a" or "an"))
        {
            return false;
        }

        for (var j = i + 3; j < Math.Min(text.TokenCount, i + 6) && !ThreatIntent.SentenceBreakBefore(text, j); j++)
        {
            var w = text.TokenText(j);
            if (w is "slur" or "epithet" or "surname"
                || (w is "term" or "word" && text.TokenText(j - 1) is "derogatory" or "offensive" or "racist" or "racial"
                    or "ethnic" or "pejorative" or "abusive" or "hateful" or "insulting"))
            {
                return true;
            }
        }

        return false;
    }

    // The word's history or meaning near it ("Katsap comes from a Turkic word, though linguists argue", "The etymology
    // of X is disputed", "X means a tuft of hair").
    private static bool AboutTheWord(NormalizedText text, int i)
    {
        var count = Math.Min(text.TokenCount, Features.MaxTokens);
        for (var k = Math.Max(0, i - 8); k < Math.Min(count, i + 9); k++)
        {
            // Only words about words: "derived" and "translates" also carry a use ("vatniks derived their views from TV").
            if (text.TokenText(k) is "etymology" or "etymological" or "etymologically" or "linguists" or "loanword" or "pronounced"
                || (k == i + 1 && text.TokenText(k) is "means" or "meant"))
            {
                return true;
            }
        }

        return false;
    }

    // The word named rather than used: "the word X", "the slur X", "he was called a X", "he called my brother a X",
    // "calling them Xs", "you think they are Xs" (someone else's belief; the writer's own "I think they are Xs" is used).
    // "I call", "we call them": the writer names people so; "stop calling", "he called" do not.
    private static bool CalledByMe(NormalizedText text, int verb) =>
        text.TokenText(verb) is "call" or "calls" && verb > 0 && text.TokenText(verb - 1) is "i" or "we";

    private static bool Mentioned(NormalizedText text, Lexicon lexicon, int i)
    {
        if (DefinedAsASlur(text, i))
        {
            return true;
        }

        if (i > 0 && text.TokenText(i - 1) is "a" or "an")
        {
            for (var j = i - 2; j >= Math.Max(0, i - 6) && !ThreatIntent.SentenceBreakBefore(text, j + 1); j--)
            {
                if (text.TokenText(j) is "called" or "calling" or "call" or "calls" or "named" or "labelled" or "labeled")
                {
                    return !CalledByMe(text, j);
                }
            }
        }

        for (var j = i - 1; j >= Math.Max(0, i - 5); j--)
        {
            var w = text.TokenText(j);
            // A comma or a full stop ends the clause ("Nobody cares what you think, X" calls the reader X), except
            // between the words of a list ("calling people Xs, Ys or Zs").
            if (ThreatIntent.SentenceBreakBefore(text, j + 1) && lexicon.Category(w) is not LexiconCategory.Slur)
            {
                return false;
            }

            if (w is "word" or "words" or "term" or "terms" or "slur" or "slurs" or "called" or "calling" or "call" or "calls"
                or "label" or "labelled" or "labeled" or "named")
            {
                return !CalledByMe(text, j); // "I call gay men X" is the writer's own
            }

            if (w is "think" or "thinks" or "believe" or "believes" or "say" or "says" or "said")
            {
                return j == 0 || text.TokenText(j - 1) is not ("i" or "we");
            }

            // "stop calling disabled people retards": the people called so may be named
            if (w is not ("a" or "an" or "the" or "me" or "him" or "her" or "them" or "they" or "you" or "us" or "it" or "was"
                or "were" or "are" or "being" or "been" or "is" or "as" or "all" or "people" or "someone" or "somebody" or "anyone"
                or "others" or "kids" or "children" or "men" or "women" or "or" or "and")
                && lexicon.Category(w) is not (LexiconCategory.Identity or LexiconCategory.Slur)) // "calling people Xs, Ys or Zs"
            {
                return false;
            }
        }

        return false;
    }
}
