using Parley.Classifier.Text;

namespace Parley.Classifier.Lexical;

/// <summary>
/// "You're a victim of the biggest fraud in history.", "You have been the victims of a scam.": the reader cast as
/// the one wronged, which is sympathy, not an insult. The INSULT head reads the words around it ("you're a … the
/// biggest …") and scored that sentence 0.49–0.58 from one training change to the next. Only where the text has no
/// insult, swear word, slur or dehumanising word anywhere and does not turn it on the reader ("a victim of your own
/// stupidity"); the two dataset texts with the phrase show why: "you have been the victim of such an ignorant
/// person" (ToxicSpans, an insult of a third party) keeps its score.
/// </summary>
internal static class ReaderVictim
{
    public static bool Find(NormalizedText text, Lexicon lexicon)
    {
        // Every comment passes here: look for the phrase first, and only then at the rest of the text's words.
        var count = Math.Min(text.TokenCount, Features.MaxTokens);
        var found = false;
        for (var i = 0; i < count && !found; i++)
        {
            found = IsVictimOfAt(text, i, count);
        }

        for (var i = 0; i < count && found; i++)
        {
            var t = text.TokenText(i);
            found = !(t is "your" or "yourself" or "yourselves"
                      || lexicon.Category(t) is LexiconCategory.Insult or LexiconCategory.Profanity or LexiconCategory.Slur or LexiconCategory.Dehumanising);
        }

        return found;
    }

    // "you're / you are / you were / you have been / you've been" + "(a | the)" + "victim(s) of".
    private static bool IsVictimOfAt(NormalizedText text, int i, int count)
    {
        int q;
        if (text.TokenText(i) is "youre")
        {
            q = i + 1;
        }
        else if (text.TokenText(i) is not "you" || i + 1 >= count)
        {
            return false;
        }
        else if (text.TokenText(i + 1) is "re" or "are" or "were")
        {
            q = i + 2;
        }
        else if (i + 2 < count && text.TokenText(i + 1) is "have" or "ve" && text.TokenText(i + 2) is "been")
        {
            q = i + 3;
        }
        else
        {
            return false;
        }

        if (q < count && text.TokenText(q) is "a" or "the" or "all")
        {
            q++;
        }

        return q + 1 < count && text.TokenText(q) is "victim" or "victims" && text.TokenText(q + 1) is "of";
    }
}
