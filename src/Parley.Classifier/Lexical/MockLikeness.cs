using Parley.Classifier.Text;

namespace Parley.Classifier.Lexical;

/// <summary>
/// A person likened, in how they look, sound, write, move or play, to a thing or a sorry figure: "You look like a
/// startled ferret.", "That keeper dives like a sack of potatoes.", "He sings like a cat being fed through a mangle.",
/// "You argue like a toddler who's been told no biscuit." (session 17: 38 of `insults-dev`'s 268 missed insults had
/// this shape, each with a different likeness, so the rule reads the frame and refuses praise rather than listing
/// the things). The subject is the reader, "he" / "she", or a person named by role ("the keeper", "that columnist");
/// the likeness is "a / an" and a noun phrase with no praise in it (<see cref="ReaderInsult"/>'s list: "like a lion",
/// "like a seasoned pro", "like a natural") and no kind word ("a lovely lad", "an incredible woman"), and is not a
/// person in a state ("like a broken man", "like a woman who has been through hell"). A short plain likeness ("like a
/// gazelle", "like a rally driver") praises as often as it mocks, so the likeness must be elaborate ("a sack of potatoes",
/// "a cat being fed through a mangle"), a dim thing ("a potato") or mocked ("a startled ferret"). The writer's own likeness
/// ("I look like a drowned rat") is self-mockery and does not match.
/// </summary>
internal static class MockLikeness
{
    public static (int First, int Last)? Find(NormalizedText text)
    {
        var count = Math.Min(text.TokenCount, Features.MaxTokens);
        for (var i = 1; i + 3 < count; i++)
        {
            if (text.TokenText(i + 1) is not "like" || !IsMannerVerb(text.TokenText(i)) || ThreatIntent.SentenceBreakBefore(text, i + 1)
                || text.TokenText(i + 2) is not ("a" or "an"))
            {
                continue;
            }

            var subject = Subject(text, i);
            if (subject < 0)
            {
                continue;
            }

            // The likeness runs to the clause's end, a comma or a circumstance ("a ghost after the chemo"); none of its words
            // praise, are kind or name a plain person or a trade.
            var last = -1;
            var mocking = false;
            var words = 0;
            for (var k = i + 3; k < Math.Min(count, i + 10) && !ThreatIntent.SentenceBreakBefore(text, k)
                                && (k == i + 3 || text.GapBefore(k).IndexOf(',') < 0); k++)
            {
                var t = text.TokenText(k);
                if (t is "after" or "since" or "when" or "during" or "because" or "between" or "in" or "at" or "for" or "and" or "but")
                {
                    break;
                }

                if (ReaderInsult.IsPraise(t) || IsKind(t) || ThreatIntent.IsRole(t) || ReaderInsult.IsPlayer(t) || t is "driver" or "drivers")
                {
                    last = -1;
                    break;
                }

                // A sorry figure: an elaborate likeness ("a sack of potatoes", "a cat being fed through a mangle", "a toddler
                // who's been told no"), a dim thing, or a mocking adjective ("a startled ferret"). A short plain likeness
                // ("like a gazelle", "like a rally driver") praises as often.
                mocking |= t is "of" or "being" or "who" or "whos" or "that" or "which" or "someone" or "with" || ReaderInsult.IsDimThing(t)
                           || IsMocking(t);
                words++;
                last = k;
            }

            if (last >= 0 && (mocking || words >= 3))
            {
                return (subject, last);
            }
        }

        return null;
    }

    private static bool IsMocking(ReadOnlySpan<char> t) =>
        t is "startled" or "frightened" or "confused" or "disappointed" or "melted" or "boiled" or "soggy" or "damp" or "wet"
            or "drunk" or "lost" or "deflated" or "bewildered" or "stunned" or "panicked" or "demented" or "sulking" or "sulky"
            or "sad" or "malfunctioning" or "rusty" or "leaky" or "headless" or "blindfolded" or "bored" or "stuffed";

    private static bool IsMannerVerb(ReadOnlySpan<char> t) =>
        t is "look" or "looks" or "sound" or "sounds" or "write" or "writes" or "argue" or "argues" or "type" or "types" or "move"
            or "moves" or "dive" or "dives" or "turn" or "turns" or "dress" or "dresses" or "talk" or "talks" or "sing" or "sings"
            or "defend" or "defends" or "waddle" or "waddles" or "kick" or "kicks" or "run" or "runs" or "dance" or "dances"
            or "drive" or "drives" or "tackle" or "tackles" or "shoot" or "shoots" or "act" or "acts" or "smell" or "smells"
            or "reason" or "reasons" or "debate" or "debates" or "think" or "thinks";

    // The person whose manner it is, ending right before the verb: "you", "he", "she", "the keeper", "that columnist",
    // "your face / voice / singing". Returns its first token, or -1.
    private static int Subject(NormalizedText text, int verb)
    {
        var s = verb - 1;
        var t = text.TokenText(s);
        if (t is "you" or "u" or "ya" or "he" or "she")
        {
            // "I think you look like …" is still the writer's likeness of you; "if you look like a …" is a condition
            return s > 0 && text.TokenText(s - 1) is "if" or "when" or "whether" ? -1 : s;
        }

        if (s > 0 && text.TokenText(s - 1) is "your" or "his" or "her" && t is "face" or "voice" or "singing" or "writing" or "acting"
                or "hair" or "haircut" or "spelling" or "comment" or "comments" or "column" or "columns" or "article" or "posts" or "team"
                or "tactics" or "argument" or "arguments" or "logic" or "defending" or "finishing" or "keeper")
        {
            return s - 1;
        }

        return s > 0 && (ThreatIntent.IsRole(t) || ReaderInsult.IsPlayer(t)) && t is not ("man" or "woman" or "guy" or "bloke" or "lad")
                     && text.TokenText(s - 1) is "the" or "that" or "this" or "our" or "their" or "your"
            ? s - 1 : -1;
    }

    // Kindness in a likeness: "sounds like a lovely lad", "looks like a proper pro", "like a little lion".
    private static bool IsKind(ReadOnlySpan<char> t) =>
        t is "lovely" or "incredible" or "proper" or "natural" or "great" or "brilliant" or "amazing" or "wonderful" or "fine"
            or "good" or "nice" or "beautiful" or "gorgeous" or "future" or "seasoned" or "real" or "true" or "little" or "young"
            or "new" or "happy" or "gentle" or "kind" or "lucky" or "million" or "dream" or "charm" or "champ" or "boss" or "broken"
            or "tired" or "changed" or "different" or "possessed" or "reasonable" or "sensible" or "decent" or "smart" or "clever"
            or "giant" or "tank" or "wand" or "rock" or "wall" or "breath" or "magic" or "whirlwind" or "rocket" or "pro"
            or "barrister" or "professional" or "person" or "people" or "human" or "adult" or "grown";
}
