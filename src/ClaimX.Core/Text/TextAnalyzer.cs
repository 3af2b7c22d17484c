namespace ClaimX.Core.Text;

/// <summary>
/// Builds a <see cref="TextDocument"/> from text. FIRST CUT (foundation issue): paragraphs by blank lines and
/// double-quote pairs only; no tokens, one sentence per paragraph. The text-analysis issue replaces this.
/// </summary>
public static class TextAnalyzer
{
    public static TextDocument Analyze(string text, int bodyStart = 0)
    {
        var paragraphs = new List<Paragraph>();
        var sentences = new List<Sentence>();
        var quotations = new List<Quotation>();
        int pos = bodyStart;
        while (pos < text.Length)
        {
            int end = text.IndexOf("\n\n", pos, StringComparison.Ordinal);
            if (end < 0)
            {
                end = text.Length;
            }
            var span = Trim(text, pos, end);
            if (!span.IsEmpty)
            {
                int index = paragraphs.Count;
                paragraphs.Add(new Paragraph(span, sentences.Count, 1, 0, 0));
                sentences.Add(new Sentence(span, index, 0, 0));
                FindQuotes(text, span, index, quotations);
            }
            pos = end + 2;
        }
        return new TextDocument(text, bodyStart, [], [.. paragraphs], [.. sentences], [.. quotations]);
    }

    private static TextSpan Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return new TextSpan(start, end);
    }

    private static void FindQuotes(string text, TextSpan paragraph, int index, List<Quotation> quotations)
    {
        int open = -1;
        for (int i = paragraph.Start; i < paragraph.End; i++)
        {
            char c = text[i];
            if (open < 0 && (c == '\u201C' || c == '"'))
            {
                open = i;
            }
            else if (open >= 0 && (c == '\u201D' || c == '"'))
            {
                quotations.Add(new Quotation(new TextSpan(open, i + 1), new TextSpan(open + 1, i), true, -1, 0, index, index));
                open = -1;
            }
        }
    }
}
