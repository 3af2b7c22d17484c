namespace ClaimX.Cli.Compare;

/// <summary>
/// Tells a claims file from an article by its first bytes, for inputs whose name does not say (standard input,
/// "claims.out"). Only shapes that news prose never takes count as data: "[" then "{" or "]" (a JSON array of
/// objects), "{" then a '"' (JSON lines), or a first line of comma-separated bare names with no spaces (a CSV header).
/// Anything else is an article. The bytes are UTF-8 (the caller converts a UTF-16 head first). Data that is not claims (a CSV header without "article" and "quote") is an error,
/// so it is never extracted as if it were news.
/// </summary>
public static class ClaimsFormatSniffer
{
    /// <summary>How many leading bytes <see cref="Detect"/> needs to decide: the longest CSV header line it reads.</summary>
    public const int HeadLength = 8192;

    // Fewer fields could be a short headline ("Ice,Snow"); "article,quote" alone is still read as claims.
    private const int MinimumForeignCsvFields = 3;

    /// <summary>The claims format of an input starting with <paramref name="head"/> (at most <see cref="HeadLength"/>
    /// bytes; the whole input when shorter), null for an article, or a one-line reason when it is data but not claims.</summary>
    public static (ClaimsFormat? Format, string? Error) Detect(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("\uFEFF"u8))
        {
            head = head[3..];
        }
        int first = SkipWhitespace(head, 0);
        if (first < head.Length)
        {
            int next = SkipWhitespace(head, first + 1);
            byte following = next < head.Length ? head[next] : (byte)0;
            if (head[first] == '[' && following is (byte)'{' or (byte)']')
            {
                return (ClaimsFormat.Json, null);
            }
            if (head[first] == '{' && following == '"')
            {
                return (ClaimsFormat.JsonLines, null);
            }
        }
        return CsvHeader(head);
    }

    private static (ClaimsFormat? Format, string? Error) CsvHeader(ReadOnlySpan<byte> head)
    {
        int end = head.IndexOf((byte)'\n');
        if (end < 0)
        {
            end = head.Length;
        }
        var line = head[..end].TrimEnd("\r"u8);
        if (line.IndexOf((byte)',') < 0)
        {
            return (null, null);
        }
        int fields = 0;
        bool article = false, quote = false;
        foreach (var range in line.Split((byte)','))
        {
            var field = line[range];
            if (field.Length >= 2 && field[0] == '"' && field[^1] == '"')
            {
                field = field[1..^1];
            }
            if (!IsBareName(field))
            {
                return (null, null);
            }
            fields++;
            article |= field.SequenceEqual("article"u8);
            quote |= field.SequenceEqual("quote"u8);
        }
        if (article && quote)
        {
            return (ClaimsFormat.Csv, null);
        }
        return fields >= MinimumForeignCsvFields
            ? (null, "a CSV file without 'article' and 'quote' columns, not claims from 'claimx extract' (nor an article)")
            : (null, null);
    }

    private static bool IsBareName(ReadOnlySpan<byte> field)
    {
        if (field.IsEmpty || !(char.IsAsciiLetter((char)field[0]) || field[0] == '_'))
        {
            return false;
        }
        foreach (byte b in field)
        {
            if (!(char.IsAsciiLetterOrDigit((char)b) || b is (byte)'_' or (byte)'-' or (byte)'.'))
            {
                return false;
            }
        }
        return true;
    }

    private static int SkipWhitespace(ReadOnlySpan<byte> bytes, int at)
    {
        while (at < bytes.Length && bytes[at] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            at++;
        }
        return at;
    }
}
