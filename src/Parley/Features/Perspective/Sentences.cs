namespace Parley.Features.Perspective;

/// <summary>
/// Splits a comment into sentences for <c>spanScores</c>: Perspective scores spans per sentence
/// ("What kind of idiot name is foo? Sorry, I like your name." → [0,31) and [32,56)). Offsets are
/// UTF-16 indexes into the original text, end exclusive, surrounding whitespace left out.
/// </summary>
internal static class Sentences
{
    public static List<(int Begin, int End)> Split(string text)
    {
        var spans = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r')
            {
                Add(spans, text, start, i);
                start = i + 1;
            }
            else if (c is '.' or '!' or '?' or '…')
            {
                // Runs of terminators and closing quotes stay with their sentence ("Really?!" / "no.")").
                var end = i + 1;
                while (end < text.Length && text[end] is '.' or '!' or '?' or '…' or '"' or '\'' or ')' or '”' or '’')
                {
                    end++;
                }

                if (end == text.Length || char.IsWhiteSpace(text[end]))
                {
                    Add(spans, text, start, end);
                    start = end;
                }

                i = end - 1;
            }
        }

        Add(spans, text, start, text.Length);
        return spans;
    }

    private static void Add(List<(int, int)> spans, string text, int begin, int end)
    {
        while (begin < end && char.IsWhiteSpace(text[begin]))
        {
            begin++;
        }

        while (end > begin && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > begin)
        {
            spans.Add((begin, end));
        }
    }
}
