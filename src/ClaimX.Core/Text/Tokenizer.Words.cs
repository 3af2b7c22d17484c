namespace ClaimX.Core.Text;

/// <summary>Words: letters with inner apostrophes and hyphens, initialisms and abbreviations keeping their period, links and e-mail addresses.</summary>
public static partial class Tokenizer
{
    private static int ScanWord(ReadOnlySpan<char> text, int end, int pos, TextLexicons lexicon, out TokenKind kind, ref TokenFlags flags)
    {
        if (MayStartLink(text, end, pos))
        {
            int url = UrlEnd(text, end, pos);
            if (url > pos)
            {
                kind = TokenKind.Url;
                return url;
            }
        }
        var shape = new WordShape();
        int i = ScanWordBody(text, end, pos, pos, ref shape);
        if (!shape.Abbreviation && i < end)
        {
            if (text[i] == '.')
            {
                int link = DomainWithPathEnd(text, end, pos);
                if (link > i)
                {
                    kind = TokenKind.Url;
                    return link;
                }
                var abbreviation = i + 1 - pos <= lexicon.LongestAbbreviation ? lexicon.Classify(text.Slice(pos, i + 1 - pos)) : AbbreviationClass.None;
                if (abbreviation == AbbreviationClass.None)
                {
                    // (D-Calif.), ex-Gov.: the abbreviation is the last part of a hyphenated word.
                    abbreviation = LastSegmentAbbreviation(text, pos, i, lexicon);
                }
                if (abbreviation != AbbreviationClass.None)
                {
                    i++;
                    flags |= TokenFlags.Abbreviation | (abbreviation == AbbreviationClass.Title ? TokenFlags.Title : TokenFlags.None);
                }
                else if (i - pos == 1 && shape.Uppers == 1)
                {
                    i++;
                    flags |= TokenFlags.Initial;
                }
            }
            else if (text[i] == '@')
            {
                int email = EmailEnd(text, end, i);
                if (email > i)
                {
                    kind = TokenKind.Url;
                    return email;
                }
            }
        }
        if (shape.Abbreviation)
        {
            flags |= TokenFlags.Abbreviation;
        }
        flags |= shape.Flags;
        if (shape.LetterCount == i - pos && !shape.NonAscii)
        {
            // Each ASCII letter counted one character: no digit, mark or period went into the word.
            flags |= TokenFlags.AsciiLetters;
        }
        kind = TokenKind.Word;
        return i;
    }

    private static AbbreviationClass LastSegmentAbbreviation(ReadOnlySpan<char> text, int pos, int period, TextLexicons lexicon)
    {
        for (int h = period - 1; h > pos && period - h <= lexicon.LongestAbbreviation; h--)
        {
            if (text[h] == '-')
            {
                return h + 1 < period ? lexicon.Classify(text.Slice(h + 1, period + 1 - (h + 1))) : AbbreviationClass.None;
            }
        }
        return AbbreviationClass.None;
    }

    private struct WordShape
    {
        public int LetterCount;
        public int Uppers;
        public bool FirstLetterUpper;
        public bool Abbreviation;
        public bool NonAscii;

        public readonly TokenFlags Flags =>
            (FirstLetterUpper ? TokenFlags.Capitalized : TokenFlags.None)
            | (LetterCount >= 2 && Uppers == LetterCount ? TokenFlags.AllCaps : TokenFlags.None);

        public void Letters(int count, int uppers, bool firstUpper)
        {
            if (LetterCount == 0)
            {
                FirstLetterUpper = firstUpper;
            }
            LetterCount += count;
            Uppers += uppers;
        }

        public void Letter(bool upper)
        {
            if (LetterCount == 0)
            {
                FirstLetterUpper = upper;
            }
            LetterCount++;
            if (upper)
            {
                Uppers++;
            }
        }
    }

    /// <summary>
    /// Scans word characters from <paramref name="from"/>: letters, digits, combining marks, and apostrophes or
    /// hyphens with word characters on both sides; an initialism (U.S., a.m., Ph.D.) keeps its periods.
    /// </summary>
    private static int ScanWordBody(ReadOnlySpan<char> text, int end, int tokenStart, int from, ref WordShape shape)
    {
        int i = from;
        // The current hyphen-separated segment: an initialism may start one (D-N.C., U.S.-led).
        int segmentStart = from;
        bool segmentLetters = from == tokenStart;
        var scan = text[..end];
        while (i < end)
        {
            // Runs of ASCII letters, the bulk of any text, are counted in locals rather than through the reference.
            int run = i, runUppers = 0;
            while ((uint)i < (uint)scan.Length && TextChars.IsAsciiLetter(scan[i]))
            {
                runUppers += scan[i] <= 'Z' ? 1 : 0;
                i++;
            }
            if (i > run)
            {
                shape.Letters(i - run, runUppers, scan[run] <= 'Z');
                if (i >= end)
                {
                    break;
                }
            }
            char c = text[i];
            if (c < 0x80)
            {
                if (TextChars.IsAsciiDigit(c))
                {
                    segmentLetters = false;
                    i++;
                    continue;
                }
                if (c == '.')
                {
                    if (segmentLetters && i - segmentStart is 1 or 2)
                    {
                        int initialism = InitialismEnd(text, end, i, ref shape);
                        if (initialism > i)
                        {
                            i = initialism;
                            // U.S.-Taliban: a hyphenated compound that starts with an initialism.
                            if (i + 1 < end && text[i] == '-' && TextChars.IsWordChar(text, i + 1))
                            {
                                shape.Abbreviation = false;
                                i++;
                                segmentStart = i;
                                segmentLetters = true;
                                continue;
                            }
                            shape.Abbreviation = true;
                        }
                    }
                    return i;
                }
                if (i > tokenStart
                    && ((c == '-' && i + 1 < end && TextChars.IsWordChar(text, i + 1))
                        || ((c == '\'' || c == '`') && i + 1 < end && TextChars.IsLetterAt(text, i + 1))
                        || (c == '&' && i + 1 < end && char.IsAsciiLetterUpper(text[i + 1]) && char.IsAsciiLetterUpper(text[i - 1]))))
                {
                    i++;
                    segmentStart = i;
                    segmentLetters = c == '-';
                    continue;
                }
                return i;
            }
            if (char.IsHighSurrogate(c))
            {
                if (!TextChars.IsWordChar(text[..end], i))
                {
                    return i;
                }
                shape.Letter(false);
                shape.NonAscii = true;
                i += 2;
                continue;
            }
            if (char.IsLetter(c))
            {
                shape.Letter(TextChars.IsUpper(c));
                shape.NonAscii = true;
                i++;
                continue;
            }
            if (char.IsDigit(c))
            {
                segmentLetters = false;
                i++;
                continue;
            }
            if (TextChars.IsWordJoiner(c) && i > tokenStart)
            {
                i++;
                continue;
            }
            if ((((c == '\u2019' || c == '\u2018' || c == '\u00B4') && i + 1 < end && TextChars.IsLetterAt(text, i + 1))
                || ((c == '\u2010' || c == '\u2011') && i + 1 < end && TextChars.IsWordChar(text, i + 1)))
                && i > tokenStart)
            {
                i++;
                segmentStart = i;
                segmentLetters = c is '\u2010' or '\u2011';
                continue;
            }
            return i;
        }
        return i;
    }

    /// <summary>
    /// At the period after a first segment of one or two letters: the end of an initialism such as U.S., D.C.,
    /// a.m. or Ph.D. (segments of one or two letters, each followed by a period, at least two of them), else -1.
    /// </summary>
    private static int InitialismEnd(ReadOnlySpan<char> text, int end, int dot, ref WordShape shape)
    {
        int i = dot;
        int segments = 1;
        int lastEnd = -1;
        int letters = 0, uppers = 0;
        while (i < end && text[i] == '.')
        {
            int j = i + 1;
            int k = j;
            while (k < end && k - j < 3 && TextChars.IsAsciiLetter(text[k]))
            {
                k++;
            }
            if (k == j || k - j > 2 || k >= end || text[k] != '.')
            {
                break;
            }
            for (int l = j; l < k; l++)
            {
                letters++;
                if (text[l] <= 'Z')
                {
                    uppers++;
                }
            }
            segments++;
            lastEnd = k + 1;
            i = k;
        }
        if (segments < 2)
        {
            return -1;
        }
        for (int l = 0; l < letters; l++)
        {
            shape.Letter(l < uppers);
        }
        // Counting upper-case letters first keeps FirstLetterUpper from the first segment, already recorded.
        return lastEnd;
    }

    private static int EmailEnd(ReadOnlySpan<char> text, int end, int at)
    {
        int i = at + 1;
        bool dot = false;
        while (i < end && (TextChars.IsAsciiLetter(text[i]) || TextChars.IsAsciiDigit(text[i]) || text[i] is '.' or '-' or '_'))
        {
            dot |= text[i] == '.';
            i++;
        }
        while (i > at + 1 && text[i - 1] is '.' or '-' or '_')
        {
            i--;
        }
        return dot && i > at + 1 ? i : -1;
    }

    private static int UrlEnd(ReadOnlySpan<char> text, int end, int pos)
    {
        var rest = text[pos..end];
        if (!(rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase)))
        {
            return -1;
        }
        return LinkEnd(text, end, pos, pos);
    }

    /// <summary>A link written without its scheme: host labels joined by periods, then a path (t.co/x, pic.twitter.com/x).</summary>
    private static int DomainWithPathEnd(ReadOnlySpan<char> text, int textEnd, int pos)
    {
        int end = textEnd;
        // A host name has at most 253 characters; the bound keeps a long run of "word." linear.
        end = Math.Min(end, pos + 256);
        int i = pos;
        int labels = 0;
        while (true)
        {
            int labelStart = i;
            while (i < end && (TextChars.IsAsciiLetter(text[i]) || TextChars.IsAsciiDigit(text[i]) || text[i] == '-'))
            {
                i++;
            }
            if (i == labelStart)
            {
                return -1;
            }
            labels++;
            if (i < end && text[i] == '.')
            {
                i++;
                continue;
            }
            break;
        }
        if (labels < 2 || i + 1 >= end || text[i] != '/' || TextChars.IsSpace(text[i + 1]))
        {
            return -1;
        }
        return LinkEnd(text, textEnd, pos, i);
    }

    // The end of a link from its host onwards: up to white space or a quote mark, without trailing sentence punctuation.
    private static int LinkEnd(ReadOnlySpan<char> text, int end, int pos, int from)
    {
        int i = from;
        int openParens = 0;
        while (i < end)
        {
            char c = text[i];
            if (TextChars.IsSpace(c) || c is '<' or '>' or '"' || (c >= 0x80 && (QuoteMarks.IsQuoteChar(c) || (TextChars.IsDash(c) && c != '\u2010'))))
            {
                break;
            }
            if (c == '(')
            {
                openParens++;
            }
            else if (c == ')')
            {
                openParens--;
            }
            i++;
        }
        // Sentence punctuation after a link belongs to the sentence.
        while (i > pos)
        {
            char last = text[i - 1];
            if (last is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or ']' or '}')
            {
                i--;
            }
            else if (last == ')' && openParens < 0)
            {
                openParens++;
                i--;
            }
            else
            {
                break;
            }
        }
        return i;
    }
}
