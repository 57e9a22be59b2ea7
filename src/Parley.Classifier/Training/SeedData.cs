using System.Text.RegularExpressions;
using Parley.Classifier.Text;

namespace Parley.Classifier.Training;

/// <summary>
/// Expands the curated templates (models/seed/templates.txt, our own sentences) into training examples.
/// Deterministic: each template gets a fixed set of slot choices from a seeded generator.
/// </summary>
public static partial class SeedData
{
    public const string Source = "seed";

    public static List<Example> Load(int variantsPerTemplate = 10, float weight = 3f)
    {
        var slots = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var templates = new List<(string Labels, string Template)>();
        foreach (var line in Resources.Lines("templates.txt"))
        {
            if (line.StartsWith('@'))
            {
                var space = line.IndexOf(' ');
                slots[line[1..space]] = line[(space + 1)..].Split('|');
            }
            else if (line.IndexOf('\t') is var tab and > 0)
            {
                templates.Add((line[..tab], line[(tab + 1)..]));
            }
        }

        var examples = new List<Example>();
        for (var t = 0; t < templates.Count; t++)
        {
            var (labelText, template) = templates[t];
            var labels = Parse(labelText);
            var rng = new Random(1000 + t);
            var hasSlots = SlotRegex().IsMatch(template);
            var variants = !hasSlots ? 1 : template.Contains("{group") ? variantsPerTemplate * 2 : variantsPerTemplate;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var v = 0; v < variants; v++)
            {
                var text = SlotRegex().Replace(template, m =>
                    slots.TryGetValue(m.Groups[1].Value, out var values)
                        ? values[rng.Next(values.Length)]
                        : throw new FormatException($"Unknown slot {m.Value} in seed template '{template}'."));
                if (seen.Add(text))
                {
                    examples.Add(new Example(Source, text, (float[])labels.Clone(), weight, civil: labelText == "-"));
                }
            }
        }

        return examples;
    }

    private static float[] Parse(string labels)
    {
        var result = Example.AllZero();
        if (labels == "-")
        {
            return result;
        }

        foreach (var c in labels)
        {
            var index = "TSIAPH".IndexOf(c);
            if (index < 0)
            {
                throw new FormatException($"Unknown seed label '{c}'.");
            }

            result[index] = 1;
        }

        return result;
    }

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex SlotRegex();
}
