using System.Buffers;

namespace ClaimX.Core.Text;

/// <summary>
/// Splits text into paragraphs. Paragraphs are separated by blank lines (or U+2029); a text with no blank line
/// between two lines of text is taken to be written one paragraph per line. Spans are trimmed of white space.
/// </summary>
public static class ParagraphSplitter
{
    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\n\r\u2028\u2029\u0085\v\f");

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
        int paragraphStart = -1, paragraphEnd = -1;
        int pos = start;
        while (pos < text.Length)
        {
            int lineEnd = LineEnd(text, pos, out int next);
            var (s, e) = Trim(text, pos, lineEnd);
            if (s == e)
            {
                Flush(output, ref paragraphStart, paragraphEnd);
            }
            else if (!blankSeparated)
            {
                output.Add(new TextSpan(s, e));
            }
            else
            {
                if (paragraphStart < 0)
                {
                    paragraphStart = s;
                }
                paragraphEnd = e;
            }
            if (lineEnd < text.Length && text[lineEnd] == '\u2029')
            {
                Flush(output, ref paragraphStart, paragraphEnd);
            }
            pos = next;
        }
        Flush(output, ref paragraphStart, paragraphEnd);
    }

    private static void Flush(List<TextSpan> output, ref int paragraphStart, int paragraphEnd)
    {
        if (paragraphStart >= 0)
        {
            output.Add(new TextSpan(paragraphStart, paragraphEnd));
            paragraphStart = -1;
        }
    }

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
    private static int LineEnd(ReadOnlySpan<char> text, int pos, out int next)
    {
        int at = text[pos..].IndexOfAny(LineBreaks);
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
