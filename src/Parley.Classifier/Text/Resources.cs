using System.Reflection;

namespace Parley.Classifier.Text;

/// <summary>Reads the artefacts embedded from models/ (see the csproj) so callers never need a path.</summary>
internal static class Resources
{
    public static Stream? Open(string name) =>
        typeof(Resources).Assembly.GetManifestResourceStream("Parley.Classifier." + name);

    public static IEnumerable<string> Lines(string name)
    {
        using var stream = Open(name) ?? throw new InvalidOperationException($"Embedded resource {name} is missing.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                yield return line;
            }
        }
    }
}
