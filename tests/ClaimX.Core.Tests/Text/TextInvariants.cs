using ClaimX.Core.Text;

namespace ClaimX.Core.Tests.Text;

/// <summary>The structural guarantees every analysed document must keep, whatever the text.</summary>
internal static class TextInvariants
{
    /// <summary>Checks, naming the offending text (escaped) when a check fails.</summary>
    public static void Run(string text, Action<TextDocument> check, int bodyStart = 0)
    {
        try
        {
            check(TextAnalyzer.Analyze(text, bodyStart));
        }
        catch (Exception e)
        {
            var shown = string.Concat(text.Take(400).Select(c => c < ' ' || c > '~' ? $"\\u{(int)c:X4}" : c.ToString()));
            throw new InvalidOperationException($"{e.Message} in \"{shown}\"", e);
        }
    }

    public static void Check(TextDocument document)
    {
        CheckTokens(document);
        CheckSentences(document);
        CheckQuotations(document);
    }

    public static void CheckTokens(TextDocument document)
    {
        string text = document.Text;
        var tokens = document.Tokens;
        int previousEnd = document.BodyStart;
        var covered = new bool[text.Length];
        foreach (var token in tokens)
        {
            if (token.Length <= 0 || token.Start < previousEnd || token.End > text.Length)
            {
                throw new InvalidOperationException($"token {token.Span} is empty, overlaps the previous one (ending {previousEnd}) or leaves the text");
            }
            if (token.LowerHash != TextHash.Lower(text.AsSpan(token.Start, token.Length)))
            {
                throw new InvalidOperationException($"token {token.Span} has a wrong hash");
            }
            for (int i = token.Start; i < token.End; i++)
            {
                covered[i] = true;
            }
            previousEnd = token.End;
        }
        for (int i = document.BodyStart; i < text.Length; i++)
        {
            if (!covered[i] && !TextChars.IsSpace(text[i]))
            {
                throw new InvalidOperationException($"character U+{(int)text[i]:X4} at {i} is in no token");
            }
        }
    }

    public static void CheckSentences(TextDocument document)
    {
        string text = document.Text;
        int tokenCursor = 0;
        for (int p = 0; p < document.Paragraphs.Count; p++)
        {
            var paragraph = document.Paragraphs[p];
            if (paragraph.SentenceCount < 1)
            {
                throw new InvalidOperationException($"paragraph {p} has no sentence");
            }
            if (paragraph.FirstToken != tokenCursor)
            {
                throw new InvalidOperationException($"paragraph {p} does not start at token {tokenCursor}");
            }
            int position = paragraph.Span.Start;
            int nextToken = paragraph.FirstToken;
            for (int s = paragraph.FirstSentence; s < paragraph.FirstSentence + paragraph.SentenceCount; s++)
            {
                var sentence = document.Sentences[s];
                if (sentence.Paragraph != p || sentence.FirstToken != nextToken || sentence.TokenCount < 1)
                {
                    throw new InvalidOperationException($"sentence {s} is not the next piece of paragraph {p}");
                }
                if (!text.AsSpan(position, sentence.Span.Start - position).ToString().All(TextChars.IsSpace) || sentence.Span.Start < position)
                {
                    throw new InvalidOperationException($"sentence {s} {sentence.Span} leaves a gap or overlaps at {position}");
                }
                position = sentence.Span.End;
                nextToken += sentence.TokenCount;
            }
            if (position != paragraph.Span.End || nextToken != paragraph.FirstToken + paragraph.TokenCount)
            {
                throw new InvalidOperationException($"the sentences of paragraph {p} stop at {position}, not at its end {paragraph.Span.End}");
            }
            tokenCursor += paragraph.TokenCount;
        }
        if (tokenCursor != document.Tokens.Count)
        {
            throw new InvalidOperationException($"paragraphs hold {tokenCursor} of {document.Tokens.Count} tokens");
        }
    }

    public static void CheckQuotations(TextDocument document)
    {
        var quotations = document.Quotations;
        var open = new Stack<int>();
        // The scanner gives every mark a role: none stays ambiguous.
        int ambiguous = document.Tokens.ToList().FindIndex(t => t.Kind == TokenKind.QuoteAmbiguous);
        if (ambiguous >= 0)
        {
            throw new InvalidOperationException($"token {ambiguous} is still an ambiguous quote mark");
        }
        for (int i = 0; i < quotations.Count; i++)
        {
            var q = quotations[i];
            if (!q.Outer.Contains(q.Content) || q.Content.Length < 0 || q.Outer.Start < document.BodyStart || q.Outer.End > document.Text.Length)
            {
                throw new InvalidOperationException($"quotation {i}: content {q.Content} is not inside outer {q.Outer}");
            }
            if (q.FirstParagraph > q.LastParagraph || q.LastParagraph >= document.Paragraphs.Count)
            {
                throw new InvalidOperationException($"quotation {i} has paragraphs {q.FirstParagraph}..{q.LastParagraph}");
            }
            if (i > 0 && quotations[i - 1].Outer.Start >= q.Outer.Start)
            {
                throw new InvalidOperationException($"quotation {i} is out of order");
            }
            if (q.Parent >= 0)
            {
                var parent = quotations[q.Parent];
                if (q.Parent >= i || !parent.Content.Contains(q.Outer) || q.Depth != parent.Depth + 1)
                {
                    throw new InvalidOperationException($"quotation {i} {q.Outer} is not nested in its parent {q.Parent} {parent.Content}");
                }
            }
            else if (q.Depth != 0)
            {
                throw new InvalidOperationException($"top-level quotation {i} has depth {q.Depth}");
            }
            // Quotations come in order of their opening: the ones still open around this one form a stack,
            // and the innermost of them must be its parent and hold it whole (no partial overlap).
            while (open.Count > 0 && quotations[open.Peek()].Outer.End <= q.Outer.Start)
            {
                open.Pop();
            }
            int enclosing = open.Count > 0 ? open.Peek() : -1;
            if (enclosing != q.Parent)
            {
                throw new InvalidOperationException($"quotation {i} {q.Outer} overlaps quotation {enclosing} but its parent is {q.Parent}");
            }
            open.Push(i);
        }
    }
}
