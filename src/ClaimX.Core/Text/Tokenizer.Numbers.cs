namespace ClaimX.Core.Text;

/// <summary>Numbers, ordinals, periods and ellipses, handles and hashtags.</summary>
public static partial class Tokenizer
{
    /// <summary>Digits with thousands separators, decimals, times, fractions and ranges (5,000 3.5 10:30 3/4 97-1).</summary>
    private static int ScanNumber(ReadOnlySpan<char> text, int end, int tokenStart, int pos, out TokenKind kind, ref TokenFlags flags)
    {
        int i = pos;
        bool separated = false;
        while (i < end && TextChars.IsDigit(text[i]))
        {
            i++;
        }
        while (i + 1 < end)
        {
            char c = text[i];
            if (c == ',')
            {
                if (i + 3 < end && TextChars.IsAsciiDigit(text[i + 1]) && TextChars.IsAsciiDigit(text[i + 2]) && TextChars.IsAsciiDigit(text[i + 3])
                    && (i + 4 == end || !TextChars.IsDigit(text[i + 4])))
                {
                    i += 4;
                    separated = true;
                    continue;
                }
                break;
            }
            if ((c is '.' or ':' or '/' or '-') && TextChars.IsDigit(text[i + 1]))
            {
                i += 2;
                separated = true;
                while (i < end && TextChars.IsDigit(text[i]))
                {
                    i++;
                }
                continue;
            }
            break;
        }
        if (i < end && (TextChars.IsLetterAt(text, i) || (text[i] == '-' && i + 1 < end && TextChars.IsLetterAt(text, i + 1))))
        {
            if (!separated && i + 1 < end && IsOrdinalSuffix(text[i], text[i + 1]) && (i + 2 == end || !TextChars.IsWordChar(text, i + 2)))
            {
                kind = TokenKind.Ordinal;
                return i + 2;
            }
            // 1990s, 24-hour, 5km, 3D: a word that starts with digits.
            var shape = new WordShape();
            i = ScanWordBody(text, end, tokenStart, i, ref shape);
            flags |= shape.Flags & ~TokenFlags.Capitalized;
            kind = TokenKind.Word;
            return i;
        }
        kind = TokenKind.Number;
        return i;
    }

    private static bool IsOrdinalSuffix(char a, char b)
    {
        a = (char)(a | 0x20);
        b = (char)(b | 0x20);
        return (a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') || (a == 't' && b == 'h');
    }

    private static int ScanPeriod(ReadOnlySpan<char> text, int end, int pos, out TokenKind kind, ref TokenFlags flags)
    {
        if (pos + 1 < end && text[pos + 1] is '.' or '\u2026')
        {
            kind = TokenKind.Ellipsis;
            return RunOf(text, end, pos, static ch => ch is '.' or '\u2026');
        }
        // ". . ." written with spaces between the dots.
        if (pos + 4 < end && text[pos + 1] == ' ' && text[pos + 2] == '.' && text[pos + 3] == ' ' && text[pos + 4] == '.')
        {
            int i = pos + 5;
            while (i + 1 < end && text[i] == ' ' && text[i + 1] == '.')
            {
                i += 2;
            }
            kind = TokenKind.Ellipsis;
            return i;
        }
        // .5 percent: a decimal without its leading zero.
        if (pos + 1 < end && TextChars.IsAsciiDigit(text[pos + 1]))
        {
            return ScanNumber(text, end, pos, pos + 1, out kind, ref flags);
        }
        kind = TokenKind.Punctuation;
        return pos + 1;
    }


    private static int ScanTag(ReadOnlySpan<char> text, int start, int end, int pos, TokenKind tagKind, out TokenKind kind)
    {
        int i = pos + 1;
        bool letter = false;
        bool afterWord = pos > start && TextChars.IsWordChar(text, pos - 1);
        while (i < end && (text[i] == '_' || TextChars.IsWordChar(text[..end], i)))
        {
            letter |= text[i] != '_' && !TextChars.IsDigit(text[i]);
            i += char.IsHighSurrogate(text[i]) ? 2 : 1;
        }
        if (afterWord || !letter)
        {
            kind = TokenKind.Symbol;
            return pos + 1;
        }
        kind = tagKind;
        return i;
    }
}
