using Parley.Classifier.Text;

namespace Parley.Classifier.Lexical;

/// <summary>
/// The "echo": triple parentheses around a name or a collective ("(((They))) control the banks", "the (((globalists)))",
/// "(((Soros)))"), an antisemitic code that marks the named as Jewish (catalogued by the ADL as a hate symbol). The
/// normaliser drops punctuation, so neither the heads nor the word lists see it, and an obfuscation suite used it. Not
/// the support forums' "(((hugs)))", nor the reader ("(((you)))").
/// </summary>
internal static class Echo
{
    /// <summary>The first and last token inside the echo, or null.</summary>
    public static (int First, int Last)? Find(NormalizedText text)
    {
        var original = text.Original;
        if (!original.Contains("(((", StringComparison.Ordinal))
        {
            return null;
        }

        var count = Math.Min(text.TokenCount, Features.MaxTokens);
        for (var i = 0; i < count; i++)
        {
            if (!text.GapBefore(i).TrimEnd(' ').EndsWith("((("))
            {
                continue;
            }

            // up to three words before the closing ")))": "(((the media)))", "(((George Soros)))"
            for (var last = i; last < Math.Min(count, i + 3); last++)
            {
                var after = last + 1 < text.TokenCount ? text.GapBefore(last + 1) : original.AsSpan(text.TokensToOriginal(last, last).End);
                if (after.TrimStart(' ').StartsWith(")))"))
                {
                    var named = text.TokenText(i) is "the" && last > i ? i + 1 : i;
                    return IsEchoed(text, named) ? (i, last) : null;
                }
            }
        }

        return null;
    }

    // A collective or a pronoun for people, or a capitalised name; not kindness or the reader.
    private static bool IsEchoed(NormalizedText text, int k)
    {
        var t = text.TokenText(k);
        if (t is "hugs" or "hug" or "love" or "cuddles" or "you" or "u" or "yourself" or "me" or "us" or "we" or "echo" or "hello")
        {
            return false;
        }

        return t is "they" or "them" or "those" or "globalists" or "globalist" or "bankers" or "banker" or "media" or "elites"
                   or "elite" or "hollywood" or "financiers" or "neocons" or "lobby" or "zionists" or "zionist" or "owners"
                   or "journalists" or "academics" or "producers" or "marxists" or "communists" or "bolsheviks" or "merchants"
                   or "landlords" or "people" or "cabal" or "establishment" or "jews" or "jew" or "jewish"
               || PersonName.IsCapitalised(text, k);
    }
}
