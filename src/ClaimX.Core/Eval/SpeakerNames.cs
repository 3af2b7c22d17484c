namespace ClaimX.Core.Eval;

/// <summary>
/// Compares speaker names the way the gold files intend: case-insensitive, curly and straight apostrophes alike,
/// white space collapsed, surrounding punctuation and a leading "the" ignored.
/// </summary>
public static class SpeakerNames
{
    public static bool Matches(string? predicted, string gold, IReadOnlyList<string> aliases)
    {
        if (string.IsNullOrWhiteSpace(predicted))
        {
            return false;
        }
        string key = Normalize(predicted);
        if (key.Length == 0)
        {
            return false;
        }
        if (key == Normalize(gold))
        {
            return true;
        }
        foreach (var alias in aliases)
        {
            if (key == Normalize(alias))
            {
                return true;
            }
        }
        return false;
    }

    public static string Normalize(string name)
    {
        var builder = new System.Text.StringBuilder(name.Length);
        bool space = false;
        foreach (char raw in name.AsSpan().Trim())
        {
            char c = raw is '\u2019' or '\u2018' ? '\'' : char.ToLowerInvariant(raw);
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }
            if (space)
            {
                builder.Append(' ');
                space = false;
            }
            builder.Append(c);
        }
        var result = builder.ToString().Trim(',', '.', ';', ':', '"', '\u201C', '\u201D', ' ');
        return result.StartsWith("the ", StringComparison.Ordinal) ? result[4..] : result;
    }
}
