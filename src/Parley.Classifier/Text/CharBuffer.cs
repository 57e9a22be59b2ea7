namespace Parley.Classifier.Text;

/// <summary>A growable char array with, per char, the original range [Start, End) it came from.</summary>
internal sealed class CharBuffer(int capacity)
{
    public char[] Chars = new char[Math.Max(capacity, 4)];
    public int[] Start = new int[Math.Max(capacity, 4)];
    public int[] End = new int[Math.Max(capacity, 4)];

    public int Count { get; private set; }

    public void Clear() => Count = 0;

    /// <summary>Drops everything after the first <paramref name="count"/> chars.</summary>
    public void Truncate(int count) => Count = Math.Min(Count, count);

    public void Add(char c, int start, int end)
    {
        if (Count == Chars.Length)
        {
            Array.Resize(ref Chars, Count * 2);
            Array.Resize(ref Start, Count * 2);
            Array.Resize(ref End, Count * 2);
        }

        Chars[Count] = c;
        Start[Count] = start;
        End[Count] = end;
        Count++;
    }

    public void AppendFrom(CharBuffer other, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            Add(other.Chars[k], other.Start[k], other.End[k]);
        }
    }

    public ReadOnlySpan<char> Span => Chars.AsSpan(0, Count);

    /// <summary>Replaces the content with <paramref name="text"/>, every char mapped to the old overall range.</summary>
    public void ReplaceAll(ReadOnlySpan<char> text)
    {
        var start = int.MaxValue;
        var end = 0;
        for (var k = 0; k < Count; k++)
        {
            start = Math.Min(start, Start[k]);
            end = Math.Max(end, End[k]);
        }

        Clear();
        foreach (var c in text)
        {
            Add(c, start, end);
        }
    }

    /// <summary>Keeps the chars where <paramref name="keep"/> is true; a dropped char widens the kept one before it.</summary>
    public void Compact(ReadOnlySpan<bool> keep)
    {
        var w = 0;
        for (var k = 0; k < Count; k++)
        {
            if (keep[k] || w == 0)
            {
                Chars[w] = Chars[k];
                Start[w] = Start[k];
                End[w] = End[k];
                w++;
            }
            else
            {
                End[w - 1] = Math.Max(End[w - 1], End[k]);
            }
        }

        Count = w;
    }

    public int[] StartArray() => Start.AsSpan(0, Count).ToArray();

    public int[] EndArray() => End.AsSpan(0, Count).ToArray();

    public override string ToString() => new(Chars, 0, Count);
}
