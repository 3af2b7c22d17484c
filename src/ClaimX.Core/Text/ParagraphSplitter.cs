using System.Buffers;

namespace ClaimX.Core.Text;

/// <summary>
/// Splits text into paragraphs. Paragraphs are separated by blank lines (or U+2029); a text with no blank line
/// between two lines of text is taken to be written one paragraph per line, and so is a block of long or
/// sentence-final lines between blank lines. Spans are trimmed of white space.
/// </summary>
public static class ParagraphSplitter
{
    // The line breaks (TextChars.IsLineBreak) outside the \n-\r range (see LineEnd).
    private static readonly SearchValues<char> RareLineBreaks = SearchValues.Create("\u2028\u2029\u0085");

    public static TextSpan[] Split(string text, int start = 0)
    {
        var output = new List<TextSpan>();
        Split(text ?? string.Empty, start, output);
        return [.. output];
    }

    internal static void Split(ReadOnlySpan<char> text, int start, List<TextSpan> output)
    {
        start = Math.Clamp(start, 0, text.Length);
        bool blankSeparated = HasBlankLineBetweenText(text, start);
        var block = new List<TextSpan>();
        int pos = start;
        while (pos < text.Length)
        {
            int lineEnd = LineEnd(text, pos, out int next);
            var (s, e) = Trim(text, pos, lineEnd);
            if (s == e)
            {
                FlushBlock(text, block, output);
            }
            else if (!blankSeparated)
            {
                output.Add(new TextSpan(s, e));
            }
            else
            {
                block.Add(new TextSpan(s, e));
            }
            if (lineEnd < text.Length && text[lineEnd] == '\u2029')
            {
                FlushBlock(text, block, output);
            }
            pos = next;
        }
        FlushBlock(text, block, output);
    }

    // Longest line that hard-wrapped prose is expected to have; longer lines are whole paragraphs.
    private const int WrappedLineLimit = 100;

    /// <summary>
    /// Emits a block of lines between blank lines: one paragraph if it reads as hard-wrapped prose (short lines,
    /// some ending mid-sentence), else one paragraph per line, as in files that put a blank line only after
    /// the headline and one paragraph on each line after it.
    /// </summary>
    private static void FlushBlock(ReadOnlySpan<char> text, List<TextSpan> block, List<TextSpan> output)
    {
        if (block.Count == 0)
        {
            return;
        }
        bool wrapped = true;
        bool endsMidSentence = false;
        for (int i = 0; i < block.Count - 1; i++)
        {
            var line = block[i];
            if (line.Length > WrappedLineLimit)
            {
                wrapped = false;
                break;
            }
            endsMidSentence |= !EndsSentence(text[line.End - 1]);
        }
        if (block.Count == 1 || (wrapped && endsMidSentence))
        {
            output.Add(new TextSpan(block[0].Start, block[^1].End));
        }
        else
        {
            output.AddRange(block);
        }
        block.Clear();
    }

    private static bool EndsSentence(char c) =>
        c is '.' or '!' or '?' or ':' or '\u2026' || QuoteMarks.Glyph(c) == QuoteGlyph.Closing || c == '"' || c == ')';

    /// <summary>True when some blank line (or paragraph separator) lies between two lines of text.</summary>
    private static bool HasBlankLineBetweenText(ReadOnlySpan<char> text, int start)
    {
        bool seenText = false, gap = false;
        int pos = start;
        while (pos < text.Length)
        {
            int lineEnd = LineEnd(text, pos, out int next);
            var (s, e) = Trim(text, pos, lineEnd);
            if (s == e)
            {
                gap |= seenText;
            }
            else
            {
                if (gap)
                {
                    return true;
                }
                seenText = true;
            }
            if (lineEnd < text.Length && text[lineEnd] == '\u2029')
            {
                gap |= seenText;
            }
            pos = next;
        }
        return false;
    }

    // End of the line starting at pos, and the start of the next one (\r\n counts as one break).
    internal static int LineEnd(ReadOnlySpan<char> text, int pos, out int next)
    {
        // \n, \v, \f and \r are one range, searched at full vector speed whatever the text; a search for all seven
        // breaks at once slowed down at every non-ASCII character (curly quotes). The three others are rare and are
        // looked for only before the first of those.
        var rest = text[pos..];
        int at = rest.IndexOfAnyInRange('\n', '\r');
        int rare = (at < 0 ? rest : rest[..at]).IndexOfAny(RareLineBreaks);
        if (rare >= 0)
        {
            at = rare;
        }
        if (at < 0)
        {
            next = text.Length;
            return text.Length;
        }
        int end = pos + at;
        next = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
        return end;
    }

    private static (int Start, int End) Trim(ReadOnlySpan<char> text, int start, int end)
    {
        while (start < end && TextChars.IsSpace(text[start]))
        {
            start++;
        }
        while (end > start && TextChars.IsSpace(text[end - 1]))
        {
            end--;
        }
        return (start, end);
    }
}
