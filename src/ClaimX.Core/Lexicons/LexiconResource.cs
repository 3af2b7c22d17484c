using System.Reflection;

namespace ClaimX.Core.Lexicons;

/// <summary>
/// Reads a lexicon shipped as an embedded text resource: one entry per line, '#' starts a comment, blank lines
/// are skipped. Lexicons are data so that they can grow without touching the code that uses them.
/// </summary>
public static class LexiconResource
{
    public static IReadOnlyList<string> ReadLines(string fileName)
    {
        var assembly = typeof(LexiconResource).Assembly;
        using var stream = assembly.GetManifestResourceStream("ClaimX.Lexicons." + fileName)
            ?? throw new InvalidOperationException($"lexicon '{fileName}' is not embedded in {assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            int hash = line.IndexOf('#');
            var entry = (hash >= 0 ? line[..hash] : line).Trim();
            if (entry.Length > 0)
            {
                lines.Add(entry);
            }
        }
        return lines;
    }
}
