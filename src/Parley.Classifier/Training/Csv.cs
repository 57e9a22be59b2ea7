using System.Text;

namespace Parley.Classifier.Training;

/// <summary>Minimal RFC 4180 reader (quoted fields may hold commas, quotes and newlines), rows as name→value.</summary>
internal static class Csv
{
    public static IEnumerable<Dictionary<string, string>> Read(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        string[]? header = null;
        foreach (var row in Rows(reader))
        {
            if (header is null)
            {
                header = row.Select(h => h.Trim().TrimStart('\uFEFF')).ToArray();
                continue;
            }

            var dict = new Dictionary<string, string>(header.Length, StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
            {
                dict[header[i]] = i < row.Count ? row[i] : "";
            }

            yield return dict;
        }
    }

    private static IEnumerable<List<string>> Rows(TextReader reader)
    {
        var field = new StringBuilder();
        var row = new List<string>();
        var inQuotes = false;
        var any = false;
        int ch;
        while ((ch = reader.Read()) >= 0)
        {
            var c = (char)ch;
            any = true;
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        field.Append('"');
                        reader.Read();
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                inQuotes = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n' || c == '\r')
            {
                if (c == '\r' && reader.Peek() == '\n')
                {
                    reader.Read();
                }

                row.Add(field.ToString());
                field.Clear();
                yield return row;
                row = [];
                any = false;
            }
            else
            {
                field.Append(c);
            }
        }

        if (any)
        {
            row.Add(field.ToString());
            yield return row;
        }
    }
}
