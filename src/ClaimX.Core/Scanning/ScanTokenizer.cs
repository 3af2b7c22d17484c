namespace ClaimX.Core.Scanning;

/// <summary>
/// Splits a stretch of text into the coarse tokens the number and date scanners need. Finer than words on
/// purpose: "F-16", "2.5bn" and "10-year-old" stay several tokens, and adjacency (no space between tokens) is
/// how the scanners tell a code or a compound from a list.
/// </summary>
internal static class ScanTokenizer
{
    // Reused per thread: every claim tokenizes up to three context windows, and a fresh list sized for the
    // window plus its copy was most of the pipeline's garbage.
    [ThreadStatic]
    private static List<ScanToken>? s_buffer;

    public static ScanToken[] Tokenize(string text, int start, int end)
    {
        var tokens = s_buffer ??= new List<ScanToken>(256);
        tokens.Clear();
        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            int tokenStart = i;
            if (char.IsDigit(c))
            {
                i++;
                while (i < end)
                {
                    if (char.IsDigit(text[i]))
                    {
                        i++;
                    }
                    else if ((text[i] == ',' || text[i] == '.') && i + 1 < end && char.IsDigit(text[i + 1])
                             && (text[i] == '.' || IsThousandsGroup(text, i + 1, end)))
                    {
                        i++;
                    }
                    else
                    {
                        break;
                    }
                }
                tokens.Add(new ScanToken(tokenStart, i, ScanTokenKind.Number));
            }
            else if (char.IsLetter(c))
            {
                i++;
                while (i < end)
                {
                    if (char.IsLetter(text[i]))
                    {
                        i++;
                    }
                    else if (IsApostrophe(text[i]) && i + 1 < end && char.IsLetter(text[i + 1]) && char.IsLetter(text[i - 1])
                             && !IsPossessive(text, i, end))
                    {
                        i++;
                    }
                    else
                    {
                        break;
                    }
                }
                tokens.Add(new ScanToken(tokenStart, i, ScanTokenKind.Word));
            }
            else
            {
                i += char.IsHighSurrogate(c) && i + 1 < end ? 2 : 1;
                tokens.Add(new ScanToken(tokenStart, i, ScanTokenKind.Symbol));
            }
        }
        return [.. tokens];
    }

    public static bool IsApostrophe(char c) => c == '\'' || c == '\u2019';

    // "Tuesday's", "the bank's": the possessive ending is split off so that the word itself can be looked up.
    private static bool IsPossessive(string text, int apostrophe, int end) =>
        apostrophe + 1 < end && (text[apostrophe + 1] == 's' || text[apostrophe + 1] == 'S')
        && (apostrophe + 2 >= end || !char.IsLetter(text[apostrophe + 2]));

    // "5,000" groups by three; "4,5" (a list written tightly) does not.
    private static bool IsThousandsGroup(string text, int digitStart, int end)
    {
        int n = 0;
        int i = digitStart;
        while (i < end && char.IsDigit(text[i]))
        {
            n++;
            i++;
        }
        return n == 3;
    }
}
