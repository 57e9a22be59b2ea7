using Parley.Classifier.Text;

namespace Parley.Classifier.Lexical;

/// <summary>
/// Veiled threats that are fixed idioms and name no violence, so the THREAT head reads them as civil: "Watch your
/// back.", "Sleep with one eye open.", "People know where you live, mate.", "Don't be
/// surprised if someone pays you a visit.", "I hope you like hospital food.", "Say that to my face and see what
/// happens.", "She needs to be dealt with, permanently." Most are threats only when said on their own; running on,
/// the same words are literal ("Watch your back on the stairs", "Keep looking over your shoulder when you reverse"),
/// so those must end their sentence. Not reported or quoted (ThreatIntent.FindRule checks), nor negated ("I wouldn't
/// want to meet him in a dark alley" fears the man).
/// </summary>
internal static class StockThreat
{
    // Threats only where the idiom is the whole sentence (a trailing vocative allowed).
    private static readonly StockPhrases s_alone = new(
        "watch your back",
        "sleep with one eye open",
        "you won|wont t? see it coming",
        "better watch yourself|yourselves",
        "i|we ve got|have your address",
        "keep|keeping|always looking|look over your shoulder",
        "you re|are|will|ll be next",
        "i|we ll|will find you",
        "your number s|is up",
        "hope you ve|have got a good dentist",
        "hope you like hospital food",
        "you can|cannot t? hide forever",
        "run but you can|cannot t? hide");

    // Threats wherever they stand in the sentence.
    private static readonly StockPhrases s_anywhere = new(
        "people|everyone|everybody|someone|somebody|they|folk|lads|plenty know|knows where you|he|she live|lives",
        "know|knows where your kids|children|family|wife|husband|mum|mother live|lives|go|goes|work|works",
        "you re|are a dead man|woman walking",
        "accidents can? happen to people like you|him|her",
        "say that|it to my face and see what happens",
        "come and say that|it to my face",
        "keep talking and see what happens",
        "say that|it again and see what happens",
        "someone|somebody|we|they|lads|people pays|pay|will|ll pay? you a little? visit",
        "word with you|him|her in a dark alley",
        "meet|catch you|him|her in a dark alley",
        "shame|pity if your|his|her|the|it *? got|was|were|caught? scratched|smashed|torched|keyed|vandalised|vandalized|burned|burnt|fire",
        "dealt with permanently",
        "silenced permanently|forever",
        "shut him|her|you|them up for good|permanently|forever",
        "shame|pity if anything|something happened|happens|were to it|you|your|him|her|them",
        "will|ll be paying you a little? visit",
        "last article|column|piece|thing|word|comment you ll|will ever write|post|say",
        "last face you ll|will ever? see",
        "know which|what train|bus|route|gym|pub you",
        "gone missing for less");

    /// <summary>The first and last token of the idiom and its target (the first token), or null.</summary>
    public static (int First, int Last, int Target)? Find(NormalizedText text)
    {
        for (var from = 0; s_alone.Find(text, from) is var (first, last); from = first + 1)
        {
            if (StockPhrases.EndsSentence(text, last) && !Negated(text, first) && Imperative(text, first) && !StockPhrases.SomeoneElses(text, last))
            {
                return (first, last, first);
            }
        }

        for (var from = 0; s_anywhere.Find(text, from) is var (first, last); from = first + 1)
        {
            if (!Negated(text, first) && (text.TokenText(first) is not ("dealt" or "silenced") || PersonBefore(text, first))
                && !StockPhrases.SomeoneElses(text, last))
            {
                return (first, last, first);
            }
        }

        return null;
    }

    // "Sleep with one eye open.", "You'd better watch your back.", not "The soldiers learned to sleep with one eye open":
    // an idiom that starts with its verb is a threat when told to someone.
    private static bool Imperative(NormalizedText text, int first) =>
        text.TokenText(first) is not ("sleep" or "watch" or "keep" or "keeping" or "always" or "look")
        || first == Sentences.Start(text, first) || text.TokenText(first - 1) is "better" or "should" or "d" or "just" or "now" or "so";

    // "I wouldn't want to meet him in a dark alley", "no one knows where he lives", "you'd never see it coming".
    private static bool Negated(NormalizedText text, int first)
    {
        // "Don't be surprised if someone pays you a visit": the negation is the warning's, before its "if".
        for (var k = first - 1; k >= Math.Max(0, first - 4) && !Sentences.BreakBefore(text, k + 1) && text.TokenText(k) is not "if"; k--)
        {
            if (text.TokenText(k) is "not" or "never" or "t" or "wouldnt" or "dont" or "didnt" or "no" or "nobody" or "noone")
            {
                return true;
            }
        }

        return false;
    }

    // "That councillor needs to be dealt with, permanently", not "The potholes need to be dealt with permanently".
    private static bool PersonBefore(NormalizedText text, int first)
    {
        for (var k = first - 1; k >= 0 && !Sentences.BreakBefore(text, k + 1); k--)
        {
            var t = text.TokenText(k);
            if (t is "you" or "he" or "she" or "him" or "her" or "they" or "them" or "guy" or "bloke" or "man" or "woman"
                || ThreatIntent.IsRole(t) || ReaderInsult.IsPlayer(t))
            {
                return true;
            }
        }

        return false;
    }
}
