using Parley.Classifier.Text;

namespace Parley.Classifier.Lexical;

/// <summary>
/// Veiled threats that are fixed idioms and name no violence, so the THREAT head reads them as civil: "Watch your
/// back.", "Sleep with one eye open.", "People know where you live, mate.", "Don't be surprised if someone pays you a
/// visit.", "I hope you like hospital food.", "Say that to my face and see what happens.", "That councillor needs to be
/// dealt with, permanently." Most are threats only when said on their own; running on, the same words are literal
/// ("Watch your back on the stairs", "We'll be paying you a visit at the open day, save us a seat"), so those must end
/// their sentence. Not reported or quoted (ThreatIntent.FindRule checks; StockPhrases.SomeoneElses), negated or feared
/// ("I'd hate to meet him in a dark alley"), asked ("Do people know where you live?"), or advice after a question
/// ("Lifting heavy boxes this weekend? Watch your back."). A code review of the first version (session 16) listed 23
/// civil sentences it flagged; each family of them is excluded here and a test.
/// </summary>
internal static class StockThreat
{
    // Threats only where the idiom is the whole sentence (a trailing vocative allowed).
    private static readonly StockPhrases s_alone = new(
        "watch your back",
        "sleep with one eye open",
        "better watch yourself|yourselves",
        "i|we ve? got|have your home? address",
        "keep|keeping|always looking|look over your shoulder",
        "i|we ll|will find you",
        "your number s|is up",
        "hope you ve|have got a good dentist",
        "hope you like hospital food",
        "you can|cannot t? hide forever",
        "run but you can|cannot t? hide",
        "i|we ll|will be paying you a little? visit",
        "last face you ll|will ever? see",
        "shame|pity if it burned|burnt down", // before the shorter pattern that opens at the same word (StockPhrases.Find)
        "shame|pity if it got|was|caught? scratched|smashed|torched|keyed|vandalised|vandalized|burned|burnt|fire|broken",
        "say that|it to my face",
        "keep running|flapping your mouth and see what happens",
        "one more word and see what happens");

    // Threats wherever they stand in the sentence.
    private static readonly StockPhrases s_anywhere = new(
        "people|someone|somebody|lads|plenty know|knows where you live",
        "catch these hands",
        "know|knows where your kids|children|family|wife|husband|mum|mother live|lives|go|goes|work|works",
        "you re|are a dead man|woman walking",
        "accidents can? happen to people like you",
        "say that|it to my face and see what happens",
        "come and say that|it to my face",
        "keep talking and see what happens",
        "say that|it again and see what happens",
        "someone|somebody|lads|boys pays|pay|will|ll pay? you a little? visit",
        "someone|somebody|lads|boys will|ll be paying you a little? visit",
        "word with you|him|her in a dark alley",
        "meet|catch you|him|her in a dark alley",
        "shame|pity if your|his|her *? got|was|were|caught? scratched|smashed|torched|keyed|vandalised|vandalized|burned|burnt|fire|broken|slashed",
        "shame|pity if anything|something happened|happens to you|your",
        "shame|pity if anything|something were to happen to you|your",
        "dealt with permanently",
        "shut him|her|you up for good|permanently|forever",
        "last article|column|piece|comment you ll|will ever write|post",
        "gone missing for less",
        "sleep with one eye open if i were|was you");

    /// <summary>The first and last token of the idiom and its target (the first token), or null.</summary>
    public static (int First, int Last, int Target)? Find(NormalizedText text)
    {
        for (var from = 0; s_alone.Find(text, from) is var (first, last); from = first + 1)
        {
            if (StockPhrases.EndsSentence(text, last) && Said(text, first, last) && Imperative(text, first) && Opens(text, first))
            {
                return (first, last, first);
            }
        }

        for (var from = 0; s_anywhere.Find(text, from) is var (first, last); from = first + 1)
        {
            if (Said(text, first, last) && (text.TokenText(first) is not "dealt" || PersonDue(text, first)))
            {
                return (first, last, first);
            }
        }

        return null;
    }

    // Said by the writer, as a statement: not negated or feared, not a question, not someone else's words.
    private static bool Said(NormalizedText text, int first, int last) =>
        !Negated(text, first) && !Sentences.EndsInQuestion(text, last, Math.Min(text.TokenCount, Features.MaxTokens))
        && !StockPhrases.SomeoneElses(text, first, last);

    // "Sleep with one eye open.", "You'd better watch your back.", not "The soldiers learned to sleep with one eye open",
    // nor advice after a question ("Cycling in town? Always look over your shoulder.").
    private static bool Imperative(NormalizedText text, int first)
    {
        if (text.TokenText(first) is not ("sleep" or "watch" or "keep" or "keeping" or "always" or "look"))
        {
            return true;
        }

        var start = Sentences.Start(text, first);
        return first == start ? start == 0 || !text.GapBefore(start).Contains('?')
            : text.TokenText(first - 1) is "better" or "should" or "d" or "just" or "now" or "so";
    }

    // "We'll find you.", "I've got your address.", "Your number's up." open their sentence: not "If you get separated at the
    // festival, we'll find you", "It's fine, we have your address", "wait until your number is up".
    private static bool Opens(NormalizedText text, int first) =>
        text.TokenText(first) is not ("i" or "we" or "your") || first == Sentences.Start(text, first);

    // "I wouldn't want to meet him in a dark alley", "I'd hate to meet him …", "no one knows where he lives", and
    // "Don't be surprised if someone pays you a visit" keeps its warning (the negation is before the "if").
    private static bool Negated(NormalizedText text, int first)
    {
        for (var k = first - 1; k >= Math.Max(0, first - 5) && !Sentences.BreakBefore(text, k + 1) && text.TokenText(k) is not "if"; k--)
        {
            var t = text.TokenText(k);
            if (Features.IsNegator(t, k > 0 ? text.TokenText(k - 1) : default) || t is "hate" or "scared" or "afraid" or "dread" or "fear")
            {
                return true;
            }
        }

        return false;
    }

    // "That councillor needs to be dealt with, permanently": the person is the subject of "needs to be dealt with", not
    // "The problem he raised needs to be dealt with permanently".
    private static bool PersonDue(NormalizedText text, int first)
    {
        var k = first - 1;
        while (k >= 0 && text.TokenText(k) is "be" or "to" or "needs" or "need" or "should" or "must" or "has" or "have" or "ought" or "got")
        {
            k--;
        }

        // "Judge Patterson needs to be dealt with": a role before a name.
        static bool Person(ReadOnlySpan<char> t) => t is "he" or "she" or "you" or "guy" or "bloke" or "man" or "woman"
            || ThreatIntent.IsRole(t) || ReaderInsult.IsPlayer(t);
        return k >= 0 && k < first - 1 && (Person(text.TokenText(k)) || (k > 0 && ThreatIntent.IsRole(text.TokenText(k - 1))));
    }
}
