using Parley.Classifier.Text;

namespace Parley.Classifier.Lexical;

/// <summary>
/// Name-calling without "you are": "You pompous twerp.", "shut up you absolute m0r0n", "What a halfwit.", "Don't be such
/// a prat.", "Nice try, doofus." A fresh set of 150 insults with an insult word (session 15) was flagged only 58 % of the
/// time: the heads read a short text whole and gave the insult word 0.1–0.5 of TOXICITY. Only these shapes, each ending
/// its phrase on a noun of the lexicon's insult or swear words after at most three other words (no verb, article or
/// negation among them): "you …" (the reader addressed), "what a …" (an exclamation about someone; not "What a fool I
/// was", the writer), "such a …" (not of the writer: "I'm such an idiot"), and a bare term of abuse after a comma that
/// ends its sentence ("Cheers for that, dickhead."; not a list of words). Session 28 added a sentence that opens with the
/// name (<see cref="Opener"/>) and a person pointed at and named (<see cref="Demonstrative"/>). Not reported or quoted ("He
/// yelled 'you idiot' at the referee"), which is left to the heads.
/// </summary>
internal static class NameCalling
{
    /// <summary>The first and last token of the name-calling, or null.</summary>
    public static (int First, int Last)? Find(NormalizedText text, Lexicon lexicon)
    {
        var count = Math.Min(text.TokenCount, Features.MaxTokens);
        for (var i = 0; i < count; i++)
        {
            var t = text.TokenText(i);
            int? last = null;
            if (t is "you" or "u" or "ye")
            {
                last = Noun(text, lexicon, i + 1, count);
            }
            else if (t is "what" or "such" && i + 1 < count && text.TokenText(i + 1) is "a" or "an" && !(t is "such" && WriterBefore(text, i)))
            {
                last = Noun(text, lexicon, i + 2, count, exclamation: t is "what");
            }
            else if (t is "this" or "that" or "these" or "those" or "another" or "typical")
            {
                last = Demonstrative(text, lexicon, i + 1, count);
            }
            else if ((i == 0 || Sentences.BreakBefore(text, i)) && (IsAbuse(lexicon, t) || IsModifier(lexicon, t)))
            {
                last = Opener(text, lexicon, i, count);
            }
            else if (i > 0 && text.GapBefore(i).IndexOf(',') >= 0 && !IsAbuse(lexicon, text.TokenText(i - 1))
                     && (i + 1 >= count || Sentences.BreakBefore(text, i + 1)) && IsAbuse(lexicon, t) && !InAList(text, i))
            {
                last = i; // "Nice try, doofus."
            }

            // "Good point, Moskal.", "Happy birthday, zio.": after a friendly turn such a word is someone's name.
            if (last is { } end && !ReportedSpeech.IsReported(text, i) && !ReportedSpeech.IsReported(text, end)
                && !(AddressedSlurIn(text, i, end) is { } named && Friendly(text, named)))
            {
                return (i, end);
            }
        }

        return null;
    }

    // After "you" / "what a": up to three modifiers, then a term of abuse that ends the phrase.
    private static int? Noun(NormalizedText text, Lexicon lexicon, int from, int count, bool exclamation = false)
    {
        for (var q = from; q < Math.Min(count, from + 4); q++)
        {
            if (ThreatIntent.SentenceBreakBefore(text, q)) // "Winners: the banks and you. Losers: …"
            {
                return null;
            }

            var t = text.TokenText(q);
            if (IsAbuse(lexicon, t)
                && (q + 1 == count || ThreatIntent.SentenceBreakBefore(text, q + 1)
                    || (exclamation && text.TokenText(q + 1) is "this" or "that" or "he" or "she" or "they" or "you" or "the")))
            {
                return q;
            }

            // Only words that describe ("you pompous little …", "what an utter …"): a verb or a determiner ends the search
            // ("Did you spot any blue tits?"); in a question a verb's -ing or -ed form right after "you" is a verb ("Have you
            // considered feeding tits?").
            if (!IsModifier(lexicon, t) || (q == from && !exclamation && (t.EndsWith("ing") || t.EndsWith("ed"))
                                             && Sentences.EndsInQuestion(text, q, count)))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// A sentence that opens by calling the reader a name: "Utter plonker, you got the dates wrong.", "Coward, get off the
    /// thread.", or the name alone when the text ends there or the next sentence speaks to the reader ("Spineless
    /// coward.", "Idiot. Did you even read it?"). A review's civil sentences decided the limits: a name followed by an
    /// apposition or a mention is a title, a pet, a surname or the word itself ("Fool, the new album by …", "Muppet, our
    /// cocker spaniel, …", "Coward, Noel, …", "Scumbag. That was the word the style guide banned.").
    /// </summary>
    private static int? Opener(NormalizedText text, Lexicon lexicon, int from, int count)
    {
        for (var q = from; q < Math.Min(count, from + 4); q++)
        {
            var t = text.TokenText(q);
            if (q > from && Sentences.BreakBefore(text, q))
            {
                return null;
            }

            if (IsAbuse(lexicon, t) && !HasLiteralSense(t))
            {
                // "Arse, left my umbrella on the train.", "Bastard, missed it!": a swear word said at the world.
                var interjection = t is "arse" or "fuck" or "bastard" or "bugger" or "piss" or "dammit" or "fuckin";
                if (q + 1 == count)
                {
                    return interjection ? null : q;
                }

                if (Sentences.BreakBefore(text, q + 1))
                {
                    return !interjection && ReaderAfter(text, q + 1, count) ? q : null;
                }

                var next = text.TokenText(q + 1);
                return text.GapBefore(q + 1).IndexOf(',') >= 0 && !IsAbuse(lexicon, next) && !IsModifier(lexicon, next)
                    && (ReaderAfter(text, q + 1, count) || s_orders.Contains(next)) ? q : null;
            }

            if (!IsModifier(lexicon, t))
            {
                return null;
            }
        }

        return null;
    }

    // Orders that open the clause after a name: "Coward, get off the thread."
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_orders = new HashSet<string>(
    [
        "get", "go", "stop", "shut", "sit", "grow", "read", "learn", "try", "quit", "give", "take", "jog", "sod", "bugger",
        "piss", "naff", "wind", "pipe", "crawl", "log", "clear", "do", "don",
    ], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"you", "your" … from <paramref name="from"/> to the end of that sentence (the next one, after a break).</summary>
    private static bool ReaderAfter(NormalizedText text, int from, int count)
    {
        for (var k = from; k < count && (k == from || !Sentences.BreakBefore(text, k)); k++)
        {
            if (text.TokenText(k) is "you" or "your" or "u" or "ur" or "yourself")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A person pointed at and called a name: "Ignore this tosser, he …", "Another halfwit who thinks …", "Clearly that
    /// buffoon never read it". A verb or "who" follows, or a comma and the person ("…, he …"), or the sentence ends. Not "that
    /// bitch of a hill", "this idiot-proof lock", "another fool's errand", a character or a place ("that fool in the
    /// Shakespeare play", "that prick from the flu jab": a review's civil sentences), a capitalised name ("This Muppet
    /// teaches toddlers"), or a comma before someone's report ("That moron, as the MP called him, …").
    /// </summary>
    private static int? Demonstrative(NormalizedText text, Lexicon lexicon, int from, int count)
    {
        for (var q = from; q < Math.Min(count, from + 3); q++)
        {
            if (Sentences.BreakBefore(text, q))
            {
                return null;
            }

            var t = text.TokenText(q);
            if (IsAbuse(lexicon, t) && !HasLiteralSense(t))
            {
                if (PersonName.IsCapitalised(text, q)) // title case only: "THIS IDIOT NEEDS TO GO" names no one
                {
                    return null;
                }

                if (q + 1 == count || Sentences.BreakBefore(text, q + 1))
                {
                    return q;
                }

                var gap = text.GapBefore(q + 1).Trim(' ');
                var next = text.TokenText(q + 1);
                return (gap.IsEmpty && s_afterNamed.Contains(next)) || (gap is "," && next is "he" or "she" or "they" or "who" or "you")
                    ? q : null;
            }

            if (!IsModifier(lexicon, t))
            {
                return null;
            }
        }

        return null;
    }

    // What follows a person called a name: who they are or what they do.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_afterNamed = new HashSet<string>(
    [
        "who", "thinks", "think", "is", "are", "was", "were", "has", "have", "had", "needs", "should", "wants", "just", "keeps",
        "kept", "again", "here", "clearly", "really", "actually", "still", "can", "could", "will", "would", "did", "does",
        "doesn", "didn", "isn", "wasn", "said", "says", "wrote", "writes", "posted", "claims", "claimed", "knows", "seems",
        "never", "always", "even", "thinking", "trying", "gets", "got", "deserves", "must", "reckons",
        "believes", "calls", "ever", "won", "wouldn", "couldn", "shouldn", "lied", "lies",
    ], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Words of abuse that also name a thing or an animal ("this clown has entertained children for years", "that ass
    // pulled the cart", "those tits on the feeder"), swear at a thing ("this shite"), or are slang for a place, a thing
    // or a friend ("up in this bitch", "Bitch, ya betta!", in the tweets of the training data): not a person called a name.
    private static bool HasLiteralSense(ReadOnlySpan<char> t) =>
        t is "clown" or "clowns" or "ass" or "asses" or "cock" or "dick" or "dicks" or "tits" or "pussy" or "hoes" or "creep"
            or "shite" or "wtf" or "stfu" or "shits" or "bitch" or "bitches";

    private static bool IsAbuse(Lexicon lexicon, ReadOnlySpan<char> t) =>
        (lexicon.Category(t) is LexiconCategory.Insult or LexiconCategory.Profanity && !IsAdjective(t)) || IsAddressedSlur(t);

    /// <summary>
    /// War threads' slurs that are also a language, a surname or an Italian uncle ("Pali", "Moskal", "Kraut", "zio"), so
    /// the lexicon leaves them out: said to the reader in scorn ("Cry harder, Pali.", "you zio shill", "what a kraut")
    /// they are slurs, and the rule that reads this name-calling also flags an identity attack. A friendly turn before
    /// the name ("Good point, Moskal.", "Happy birthday, zio.") is someone's name (<see cref="Friendly"/>).
    /// </summary>
    internal static bool IsAddressedSlur(ReadOnlySpan<char> t) =>
        t is "pali" or "zio" or "moskal" or "russki" or "ruski" or "kraut" or "ukrop";

    /// <summary>The first token from <paramref name="from"/> to <paramref name="to"/> that is such a word, or null.</summary>
    internal static int? AddressedSlurIn(NormalizedText text, int from, int to)
    {
        for (var k = from; k <= to; k++)
        {
            if (IsAddressedSlur(text.TokenText(k)))
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>Thanks, praise or greeting in the sentence: the name after it is a friend's.</summary>
    private static bool Friendly(NormalizedText text, int at)
    {
        for (var k = at - 1; k >= 0 && !Sentences.BreakBefore(text, k + 1); k--)
        {
            if (text.TokenText(k) is "thanks" or "thank" or "cheers" or "good" or "great" or "nice" or "well" or "happy" or "grazie"
                or "congrats" or "congratulations" or "welcome" or "agree" or "agreed" or "fair" or "love" or "hi" or "hello"
                or "morning" or "evening" or "ciao" or "dear" or "hey")
            {
                return true;
            }
        }

        return false;
    }

    // The lexicon's insult and swear words that are adjectives or exclamations, not names: "you lazy …" needs its noun.
    private static bool IsAdjective(ReadOnlySpan<char> t) =>
        t is "stupid" or "dumb" or "pathetic" or "worthless" or "inferior" or "lazy" or "dishonest" or "uncivilized" or "uncivilised"
            or "ignorant" or "ugly" or "disgusting" or "incompetent" or "brainless" or "clueless" or "vile" or "nasty"
            or "repulsive" or "despicable" or "revolting" or "hideous" or "idiotic" or "moronic" or "imbecilic" or "cretinous"
            or "halfwitted" or "dimwitted" or "braindead" or "stupidity" or "fucking" or "fuckin" or "fucked" or "shitty"
            or "crappy" or "bitchy" or "pissed" or "damn" or "goddamn" or "wtf" or "stfu" or "bullshit" or "horseshit"
            or "crap" or "shit" or "bollocks" or "piss";

    // "I'm such an idiot", "I was such a fool", "My dad is such a muppet, bless him": the writer or the writer's own.
    private static bool WriterBefore(NormalizedText text, int i)
    {
        for (var k = i - 1; k >= Math.Max(0, i - 4) && !Sentences.BreakBefore(text, k + 1); k--)
        {
            if (text.TokenText(k) is "you" or "u" or "he" or "she" or "they" || ThreatIntent.SentenceBreakBefore(text, k + 1))
            {
                return false; // "Oh my god, you're such a moron", "In my opinion he's such a twat"
            }

            if (text.TokenText(k) is "i" or "im" or "we" or "me" or "myself" or "my" or "our")
            {
                return true;
            }
        }

        return false;
    }

    // A list of words ("robins, finches, tits."; "Banned: numpty, plonker, wazzock."): a colon in the sentence, or the
    // segment before the comma is one or two words after another comma (not "Yeah, cheers for that, dickhead.").
    private static bool InAList(NormalizedText text, int i)
    {
        for (var k = i; k > 0 && !Sentences.BreakBefore(text, k); k--)
        {
            var gap = text.GapBefore(k);
            if (gap.IndexOf(':') >= 0)
            {
                return true;
            }

            if (k < i && gap.IndexOf(',') >= 0)
            {
                // the comma before the previous segment; not a retort ("Oh, shut up, idiot.", "Mate, grow up, idiot.")
                return i - k <= 2 && text.TokenText(i - 1) is not ("up" or "off" or "away" or "lost" or "it" or "one" or "done" or "on"
                    or "mate" or "pal" or "then" or "try" or "chief" or "sunshine");
            }
        }

        return false;
    }

    // Intensifiers and adjectives: the lexicon's insult adjectives, a few common ones, and words with an adjective's
    // ending ("pompous", "whiny", "smug" is listed, "self-righteous" splits).
    private static bool IsModifier(Lexicon lexicon, ReadOnlySpan<char> t) =>
        lexicon.Category(t) is LexiconCategory.Insult or LexiconCategory.Profanity || IsAddressedSlur(t)
        || t is "absolute" or "utter" or "complete" or "total" or "little" or "big" or "massive" or "right" or "silly" or "daft"
            or "dozy" or "smug" or "sad" or "fat" or "thick" or "dense" or "dim" or "old" or "young" or "mere" or "proper" or "prize"
            or "bloody" or "arrogant" or "entitled" or "sanctimonious" or "insufferable" or "obnoxious" or "self" or "righteous"
            or "gutless" or "spineless" or "clueless" or "brainless" or "vapid" or "snivelling" or "sniveling" or "bumbling"
            or "irritating" or "annoying" or "stuck" or "up" or "two" or "faced" or "lying" or "miserable" or "bitter" or "ignorant"
            or "sick" or "evil" or "weird" or "rude" or "woke" or "tory" or "lefty" or "dirty" or "filthy" or "cheeky" or "bent"
        || (t.Length > 4 && !IsFunctionWord(t) && (t.EndsWith("ous") || t.EndsWith("ish") || t.EndsWith("less") || t.EndsWith("ful")
            || t.EndsWith("ive") || t.EndsWith("ic") || t.EndsWith("ist") || t.EndsWith("ing") || t.EndsWith("ed")))
        || (t.Length > 3 && t.EndsWith("y") && !IsFunctionWord(t) && t is not ("any" or "many" or "every" or "very" or "only"));

    private static bool IsFunctionWord(ReadOnlySpan<char> t) =>
        t is "a" or "an" or "the" or "and" or "or" or "but" or "of" or "to" or "for" or "with" or "in" or "on" or "at" or "by"
            or "from" or "as" or "like" or "if" or "when" or "that" or "this" or "who" or "what" or "is" or "are" or "re" or "was"
            or "were" or "be" or "been" or "have" or "ve" or "has" or "had" or "can" or "could" or "should" or "would" or "will"
            or "ll" or "d" or "do" or "did" or "don" or "t" or "not" or "no" or "call" or "called" or "calling" or "say" or "said"
            or "think" or "know" or "s" or "m" or "my" or "your" or "his" or "her" or "their" or "our" or "its" or "i" or "me"
            or "we" or "they" or "he" or "she" or "it" or "them" or "him" or "us" or "all" or "guys" or "people" or "lot";
}
