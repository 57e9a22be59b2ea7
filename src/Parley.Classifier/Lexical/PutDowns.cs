using Parley.Classifier.Text;

namespace Parley.Classifier.Lexical;

/// <summary>
/// Condescending put-downs that are fixed idioms with no insult word, beside <see cref="InsultTropes"/>' figures of
/// speech: "Are you always this slow?", "Imagine being this wrong and this loud.", "Stick to colouring books.", "Who
/// let you near a keyboard?", "Was this written by a child?", "My five-year-old could write a better column than
/// this.", "Did you write this in crayon?", "Do us all a favour and stop typing.", "The lights are on but nobody's
/// home.", "Go back to primary school.", "Your parents must be so disappointed.", "out of his depth in a puddle". Their
/// civil look-alikes lack the words each idiom needs ("Do everyone a favour and check your smoke alarm", "Kids go back
/// to primary school on Monday", "Your parents must be so proud"). Not reported, nor said of the writer ("I hate being
/// this wrong").
/// </summary>
internal static class PutDowns
{
    private static readonly StockPhrases s_phrases = new(
        "are you always this slow|dense|thick|dim|clueless|gullible|naive|ignorant|obtuse|daft|wrong|deluded|useless|incompetent|stupid|dumb|confused",
        "practise|practice|practising|practicing being wrong|this|so",
        "being this|so confidently|consistently|spectacularly|reliably|proudly? slow|dense|thick|dim|clueless|gullible|naive|ignorant|obtuse|daft|wrong|deluded|delusional|useless|incompetent|stupid|dumb|brainwashed|smug|pompous|spineless|entitled|petty|bitter|confused",
        "stick to colouring|coloring|crayons|fingerpainting",
        "stick to finger painting",
        "who let you near|loose|anywhere",
        "was this *? written by a|an child|toddler|chimp|chimpanzee|monkey|infant|baby|hamster|five|5|six|6|seven|7",
        "year old|olds could|would do|write|run|manage|play|make a? better",
        "write|wrote|written this|it in|with crayon|crayons",
        "draw you a picture|diagram",
        "don|dont t? have|got any crayons",
        "favour|favor and stop typing|talking|writing|posting|commenting|breathing",
        "favour|favor and shut up",
        "favour|favor and log off",
        "favour|favor and delete your account",
        "favour|favor and get off the internet",
        "favour|favor and go away",
        "favour|favor and keep your opinions|thoughts to yourself",
        "walking advert|advertisement|advertisment for birth control|contraception|sterilisation|sterilization",
        "your|his|her parents|mum|mom|mother|dad|father|family must|should be so? disappointed|ashamed|embarrassed",
        "out of his|her|your|their depth in a puddle|bath|birdbath",
        "out of his|her|your|their depth in a paddling pool",
        "the reason shampoo|shampoos bottles? have|has instructions",
        "go back to primary|infant|infants|nursery|junior school",
        "go back to nursery|kindergarten|reception|playschool",
        "are you new to words|reading|thinking|logic|numbers|english|facts",
        "ask a|an grown|grownup|adult to? explain|help|read",
        "is there an adult|grownup|grown in the house|room",
        "let you use|have|near scissors",
        "carer|mum|mom|mummy|mother|keeper know|knows you re|are online|on",
        "did your mum|mom|mummy|mother|dad|carer help you spell|write|type",
        "just discovered|learned|learnt the alphabet",
        "doesn|doesnt t? involve|require thinking|reading|a brain",
        "tell me you re|are not allowed to vote|breed|drive",
        "grow up and come back");

    // Put-downs only where the idiom is the whole sentence ("…, which is why we use timer switches" is literal).
    private static readonly StockPhrases s_alone = new(
        "lights are on but nobody|noone|noones s? home|in",
        "lights are on but no one s? home|in");

    /// <summary>The first and last token of the put-down, or null.</summary>
    public static (int First, int Last)? Find(NormalizedText text)
    {
        for (var from = 0; s_phrases.Find(text, from) is var (first, last); from = first + 1)
        {
            if (!ReportedSpeech.IsReported(text, first) && !OfTheWriter(text, first) && Addressed(text, first, last)
                && !StockPhrases.SomeoneElses(text, last))
            {
                return (first, last);
            }
        }

        for (var from = 0; s_alone.Find(text, from) is var (first, last); from = first + 1)
        {
            if (StockPhrases.EndsSentence(text, last) && !ReportedSpeech.IsReported(text, first) && !StockPhrases.SomeoneElses(text, last))
            {
                return (first, last);
            }
        }

        return null;
    }

    // "I hate being this wrong about the weather": being so is the writer's own.
    private static bool OfTheWriter(NormalizedText text, int first)
    {
        if (text.TokenText(first) is not "being")
        {
            return false;
        }

        for (var k = Sentences.Start(text, first); k < first; k++)
        {
            if (text.TokenText(k) is "i" or "im" or "me" or "we")
            {
                return true;
            }
        }

        return false;
    }

    // "Go back to primary school" said to someone (the sentence starts with it, or "just", "you should" precede it), not
    // "The kids go back to primary school on Monday"; a better job by a child is a put-down when it beats this, you or
    // him ("… could write a better column than this"), not "my five-year-old could swim better than I could".
    private static bool Addressed(NormalizedText text, int first, int last)
    {
        var t = text.TokenText(first);
        if (t is "go")
        {
            return first == Sentences.Start(text, first) || text.TokenText(first - 1) is "just" or "should" or "please" or "maybe" or "off";
        }

        // "I'd explain it to you but I don't have any crayons", not "we don't have any crayons left for the kids' table".
        if (t is "don" or "dont")
        {
            for (var k = Sentences.Start(text, first); k < first; k++)
            {
                if (text.TokenText(k) is "explain")
                {
                    return true;
                }
            }

            return false;
        }

        if (t is "year")
        {
            var count = Math.Min(text.TokenCount, Features.MaxTokens);
            for (var k = last + 1; k + 1 < count && !Sentences.BreakBefore(text, k); k++)
            {
                if (text.TokenText(k) is "than")
                {
                    return text.TokenText(k + 1) is "this" or "that" or "you" or "him" or "her" or "them" or "he" or "she" or "these" or "those";
                }
            }

            return false;
        }

        return true;
    }
}
