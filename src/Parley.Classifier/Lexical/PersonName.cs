using Parley.Classifier.Text;

namespace Parley.Classifier.Lexical;

/// <summary>
/// A person named by name ("Starmer should be hanged", "I hope Sadiq Khan gets stabbed"): a second review's threats
/// named public figures 16 times and the rules caught 3, because a name is in no list. Read from the original letter
/// case: a capitalised word inside a sentence, a first and last name, or a capitalised word opening the sentence that
/// is no common English word. Teams, companies and places are capitalised too ("Arsenal", "Chelsea", "Twitter"), so
/// the rules give a name only violence people alone suffer (<see cref="ViolentDue"/>).
/// </summary>
internal static class PersonName
{
    /// <summary>Whether the token at <paramref name="k"/> ends a name.</summary>
    public static bool Ends(NormalizedText text, int k)
    {
        if (!IsCapitalised(text, k))
        {
            return false;
        }

        // "Mill Lane", "Thames Water", "Aston Villa", "Internet Explorer": a place, a firm, a team or a product
        if (text.TokenText(k) is "street" or "road" or "lane" or "avenue" or "square" or "park" or "water" or "rail" or "airways"
            or "illuminations" or "explorer" or "vista" or "stadia" or "shades" or "city" or "united" or "rovers" or "town" or "athletic"
            or "wanderers" or "albion" or "villa" or "palace" or "ham" or "forest" or "county" or "hotspur" or "rangers" or "celtic"
            or "energy" or "bank" or "group" or "council" or "airport" or "station" or "hospital" or "school" or "college" or "university")
        {
            return false;
        }

        // "Death To All Who Refuse!": title case capitalises the commonest words too; no name is one of them
        var rank = EnglishWords.Rank(text.TokenText(k));
        if (rank is > 0 and <= 500)
        {
            return false;
        }

        var opens = k == 0 || Sentences.BreakBefore(text, k);
        if (!opens)
        {
            // "… and Macron should …": inside a sentence a capital marks a name, unless the word before was one too
            // and opened the sentence (then the pair is a first and last name, also a name).
            return true;
        }

        // Opening the sentence, every word is capitalised: only a word no dictionary holds ("Starmer", "Farage").
        return !EnglishWords.IsWordOrInflection(text.TokenText(k));
    }

    /// <summary>The first token of the name ending at <paramref name="last"/> ("Sadiq Khan" → "Sadiq").</summary>
    public static int Start(NormalizedText text, int last) =>
        last > 0 && !Sentences.BreakBefore(text, last) && IsCapitalised(text, last - 1) ? last - 1 : last;

    internal static bool IsCapitalised(NormalizedText text, int k)
    {
        var token = text.TokenText(k);
        if (token.Length < 3 || token.ContainsAnyExceptInRange('a', 'z'))
        {
            return false;
        }

        var (begin, end) = text.TokensToOriginal(k, k);
        var original = text.Original.AsSpan(begin, end - begin);
        // "Starmer", "McDonald"; not "NATO" or "THIS" (shouting) and not "iPhone"
        return original.Length >= 2 && char.IsUpper(original[0]) && char.IsLower(original[1]);
    }
}
