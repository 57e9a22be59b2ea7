using Parley.Classifier.Text;

namespace Parley.Classifier.Lexical;

/// <summary>
/// Condescending put-downs that are fixed idioms with no insult word, beside <see cref="InsultTropes"/>' figures of
/// speech: "Are you always this slow?", "Imagine being this wrong and this loud.", "Stick to colouring books.", "Who
/// let you near a keyboard?", "Was this article written by a child?", "My five-year-old could write a better column
/// than this.", "Did you write this in crayon?", "The lights are on but nobody's
/// home.", "Does your carer know you're online?", "out of his depth in a puddle" ("Do us all a favour and log off" is
/// <see cref="ReaderInsult"/>'s). Each needs the reader, the writer of
/// the piece or a person as its target: a code review of the first version (session 16) found 30 civil sentences it
/// flagged ("Sorry for being so slow to reply", "Do yourself a favour and log off for a week", "Our toddler just learnt
/// the alphabet!", "Children should ask an adult to help with the experiment"); being so needs "you" or "imagine" before
/// it, so the writer's own ("Sorry for being so slow to reply") is not read. Not reported, not said to family
/// (<see cref="StockPhrases.SomeoneElses"/>).
/// </summary>
internal static class PutDowns
{
    private static readonly StockPhrases s_phrases = new(
        "are you always this|so slow|dense|thick|dim|clueless|gullible|naive|ignorant|obtuse|daft|wrong|deluded|useless|incompetent|stupid|dumb|confused",
        "imagine being this|that confidently? slow|dense|thick|dim|clueless|gullible|naive|ignorant|obtuse|daft|wrong|deluded|delusional|useless|incompetent|stupid|dumb|brainwashed|smug|pompous|spineless|entitled|petty|bitter|confused",
        "you *? being this|that confidently? slow|dense|thick|dim|clueless|gullible|naive|ignorant|obtuse|daft|wrong|deluded|delusional|useless|incompetent|stupid|dumb|brainwashed|smug|pompous|spineless|entitled|petty|bitter|confused",
        "you practise|practice being wrong|this|so",
        "stick to colouring|coloring|crayons|fingerpainting",
        "who let you near|anywhere",
        "was this article|column|piece|comment|rubbish|drivel|nonsense|garbage|editorial? written by a|an child|toddler|chimp|chimpanzee|monkey|infant|baby|hamster|five|5|six|6|seven|7|eight|8|nine|9|ten|10|eleven|11|twelve|12",
        "year old|olds could|would do|write|run|manage|play|make a? better",
        "my dog|cat|goldfish|hamster|budgie|nan|gran|granny could|would do|write|run|manage|play|make a? better",
        "you write|wrote this|it in|with crayon|crayons",
        "was this|it written in|with crayon|crayons",
        "need to draw you a picture|diagram",
        "need me to draw you a picture|diagram",
        "don|dont t? have|got any crayons",
        "walking advert|advertisement|advertisment for birth control",
        "walking advert|advertisement|advertisment for contraception|sterilisation|sterilization",
        "your parents|mum|mom|mother|dad|father|family must be so? disappointed|ashamed|embarrassed in|of|by you",
        "out of his|her|your|their depth in a puddle|bath|birdbath",
        "out of his|her|your|their depth in a paddling pool",
        "go back to primary|infant|infants|nursery|junior school",
        "go back to nursery|kindergarten|reception|playschool",
        "are you new to words|thinking|logic|facts",
        "ask a|an grown up? to explain",
        "ask a|an grownup|adult to explain",
        "is there an adult in the house|room",
        "is there a grown|grownup up? in the house|room",
        "do they let you use|have|near|touch scissors",
        "carer|keeper|mum|mom|mummy|mother know|knows you re|are online",
        "carer|keeper|mum|mom|mummy|mother know|knows you re|are on here",
        "carer|keeper|mum|mom|mummy|mother know|knows you re|are on the internet",
        "did your mum|mom|mummy|mother|dad|carer help you spell",
        "did your mum|mom|mummy|mother|dad|carer help you write|type this|that|it",
        "you *? just discovered|learned|learnt the alphabet",
        "grow up and come back",
        // session 26 (known misses of session 25): wishing the reader gone, ashamed of living, mocked as mentally ill
        "nobody|noone would|will even? miss you if|when",
        "no one would|will even? miss you if|when",
        "world|internet|thread would be a? better without you",
        "world|internet|thread|country would be a better place without you",
        "you should be ashamed to be alive|breathing",
        "go take|and your meds|pills|medication",
        "go and take your meds|pills|medication",
        "you re|are off your meds|pills|medication",
        "are you off your meds|pills|medication",
        "did you forget|skip|stop your meds|pills|medication",
        "did you forget|skip to take your meds|pills|medication");

    // Put-downs only where the idiom is the whole sentence ("…, which is why we use timer switches" is literal).
    private static readonly StockPhrases s_alone = new(
        "lights are on but nobody|noone|noones s? home|in",
        "lights are on but no one s? home|in",
        "lights are on but nobody|noone is home|in",
        "your parents|mum|mom|mother|dad|father|family must be so? disappointed|ashamed|embarrassed",
        "nobody|noone would|will even? miss you",
        "no one would|will even? miss you");

    /// <summary>The first and last token of the put-down, or null.</summary>
    public static (int First, int Last)? Find(NormalizedText text)
    {
        for (var from = 0; s_phrases.Find(text, from) is var (first, last); from = first + 1)
        {
            if (!ReportedSpeech.IsReported(text, first) && Addressed(text, first, last)
                && !StockPhrases.SomeoneElses(text, first, last))
            {
                return (first, last);
            }
        }

        for (var from = 0; s_alone.Find(text, from) is var (first, last); from = first + 1)
        {
            if (StockPhrases.EndsSentence(text, last) && !ReportedSpeech.IsReported(text, first) && !StockPhrases.SomeoneElses(text, first, last))
            {
                return (first, last);
            }
        }

        return null;
    }

    // Said to someone: the imperative idioms open their sentence (or follow "just", "now", "mate", "go and"), not "We
    // should go back to junior school sports days", "For toddlers, stick to colouring books", "Children should ask an
    // adult to help"; a better job by a child is a put-down when it beats this, you or him ("… could write a better column
    // than this"), not "my five-year-old could swim better than I could".
    private static bool Addressed(NormalizedText text, int first, int last)
    {
        var t = text.TokenText(first);
        if (t is "go" or "stick" or "ask" or "grow")
        {
            // "Ok boomer, go take your meds": the order to take one's medication after a vocative and a comma too.
            var meds = text.TokenText(last) is "meds" or "pills" or "medication" && text.GapBefore(first).IndexOf(',') >= 0;
            return meds || first == Sentences.Start(text, first) || text.TokenText(first - 1) is "just" or "now" or "mate" or "and" or "please" or "off";
        }

        if (t is "don" or "dont")
        {
            // "I'd explain it to you but I don't have any crayons", not "we don't have any crayons left for the kids".
            for (var k = Sentences.Start(text, first); k < first; k++)
            {
                if (text.TokenText(k) is "explain")
                {
                    return true;
                }
            }

            return false;
        }

        if (t is "year" or "my")
        {
            // "My five-year-old could do a better job." beats whoever the comment is about.
            var count = Math.Min(text.TokenCount, Features.MaxTokens);
            if (last + 1 < count && text.TokenText(last + 1) is "job" && StockPhrases.EndsSentence(text, last + 1))
            {
                return true;
            }

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
