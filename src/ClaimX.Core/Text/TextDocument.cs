namespace ClaimX.Core.Text;

/// <summary>
/// One article's text and the layers the analysis stages add over it (paragraphs, sentences, tokens,
/// quotations), each as spans with character offsets into <see cref="Text"/>. Immutable once built.
/// </summary>
public sealed class TextDocument
{
    public TextDocument(
        string text,
        int bodyStart,
        TokenData[] tokens,
        Paragraph[] paragraphs,
        Sentence[] sentences,
        Quotation[] quotations)
    {
        Text = text;
        BodyStart = bodyStart;
        Tokens = tokens;
        Paragraphs = paragraphs;
        Sentences = sentences;
        Quotations = quotations;
    }

    public string Text { get; }

    /// <summary>Offset where the article body starts (after any front matter).</summary>
    public int BodyStart { get; }

    public IReadOnlyList<TokenData> Tokens { get; }

    public IReadOnlyList<Paragraph> Paragraphs { get; }

    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>Quotations in order of their opening mark; nested ones follow their parent.</summary>
    public IReadOnlyList<Quotation> Quotations { get; }

    public Token Token(int index) => new(this, index);

    public ReadOnlySpan<char> Slice(TextSpan span) => Text.AsSpan(span.Start, span.Length);

    /// <summary>Index of the first token whose end lies after <paramref name="offset"/>, or Tokens.Count.</summary>
    public int TokenIndexAtOrAfter(int offset) => LowerBound(Tokens, offset, static t => t.End);

    /// <summary>Index of the paragraph holding <paramref name="offset"/>, or of the nearest one before it; -1 if none.</summary>
    public int ParagraphIndexAt(int offset) => LowerBound(Paragraphs, offset, static p => p.Span.End) is var i && i < Paragraphs.Count && Paragraphs[i].Span.Start <= offset ? i : i - 1;

    /// <summary>Index of the sentence holding <paramref name="offset"/>, or of the nearest one before it; -1 if none.</summary>
    public int SentenceIndexAt(int offset) => LowerBound(Sentences, offset, static s => s.Span.End) is var i && i < Sentences.Count && Sentences[i].Span.Start <= offset ? i : i - 1;

    // First index whose key(item) > offset, for lists sorted by that key.
    private static int LowerBound<T>(IReadOnlyList<T> items, int offset, Func<T, int> key)
    {
        int lo = 0, hi = items.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (key(items[mid]) > offset)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
