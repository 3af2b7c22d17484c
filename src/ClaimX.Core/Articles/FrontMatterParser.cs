using System.Globalization;

namespace ClaimX.Core.Articles;

/// <summary>
/// Reads the optional metadata block at the very top of an article:
/// <code>
/// ---
/// title: ...
/// source: The Washington Post
/// date: 2020-03-04
/// ---
/// </code>
/// Only a block that opens on the first line and closes with its own "---" line counts; anything else (an article
/// that starts with a horizontal rule, a block never closed, a line that is not "key: value") is body text, so
/// nothing is cut from an article by mistake. Unknown keys are ignored. The offsets of the text are not changed:
/// <see cref="FrontMatter.BodyStart"/> says where the body begins.
/// </summary>
public static class FrontMatterParser
{
    private const int MaxLines = 64;

    public static FrontMatter Parse(string text)
    {
        int pos = 0;
        if (!TryReadLine(text, ref pos, out var first) || !IsFence(text.AsSpan(first.Start, first.Length)))
        {
            return FrontMatter.None;
        }

        string? title = null, source = null, url = null, author = null;
        DateOnly? date = null;
        var warnings = new List<string>();
        for (int lines = 0; lines < MaxLines && TryReadLine(text, ref pos, out var line); lines++)
        {
            var content = text.AsSpan(line.Start, line.Length);
            if (IsFence(content))
            {
                var metadata = new ArticleMetadata(title, source, date, url, author);
                return new FrontMatter(metadata, pos, warnings);
            }
            var trimmed = content.Trim();
            if (trimmed.IsEmpty || trimmed[0] == '#')
            {
                continue;
            }
            int colon = trimmed.IndexOf(':');
            if (colon <= 0)
            {
                return FrontMatter.None;
            }
            var key = trimmed[..colon].Trim();
            string? value = Unquote(trimmed[(colon + 1)..].Trim());
            if (key.Equals("title", StringComparison.OrdinalIgnoreCase)) title = value;
            else if (key.Equals("source", StringComparison.OrdinalIgnoreCase)) source = value;
            else if (key.Equals("url", StringComparison.OrdinalIgnoreCase)) url = value;
            else if (key.Equals("author", StringComparison.OrdinalIgnoreCase)) author = value;
            else if (key.Equals("date", StringComparison.OrdinalIgnoreCase))
            {
                date = ParseDate(value);
                if (date is null && value is not null)
                {
                    warnings.Add($"front matter date '{value}' is not a date (yyyy-MM-dd); ignored");
                }
            }
        }
        return FrontMatter.None;
    }

    /// <summary>Accepts yyyy-MM-dd, optionally followed by a time ("2020-03-04T10:15:00Z"): the date part counts.</summary>
    public static DateOnly? ParseDate(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length < 10)
        {
            return null;
        }
        if (value.Length > 10 && value[10] is not ('T' or ' '))
        {
            return null;
        }
        return DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture,
            DateTimeStyles.None, out var d) ? d : null;
    }

    private static bool IsFence(ReadOnlySpan<char> line) => line.TrimEnd().SequenceEqual("---");

    private static string? Unquote(ReadOnlySpan<char> value)
    {
        if (value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[^1] == value[0])
        {
            value = value[1..^1];
        }
        return value.IsEmpty ? null : value.ToString();
    }

    // One line without its terminator (\n, \r\n or \r); pos moves past the terminator.
    private static bool TryReadLine(string text, ref int pos, out (int Start, int Length) line)
    {
        if (pos >= text.Length)
        {
            line = default;
            return false;
        }
        int end = text.AsSpan(pos).IndexOfAny('\n', '\r');
        if (end < 0)
        {
            line = (pos, text.Length - pos);
            pos = text.Length;
            return true;
        }
        line = (pos, end);
        pos += end;
        pos += text[pos] == '\r' && pos + 1 < text.Length && text[pos + 1] == '\n' ? 2 : 1;
        return true;
    }
}
