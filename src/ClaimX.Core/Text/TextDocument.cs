namespace ClaimX.Core.Text;

/// <summary>
/// One article's text and the layers the analysis stages add over it (paragraphs, sentences, tokens,
/// quotations), each as spans with character offsets into <see cref="Text"/>. Immutable once built.
/// </summary>
public sealed class TextDocument
{
    // The tokens are the first _tokenCount of _tokens: an array of the shared pool for a document the pipeline
    // analyses and drops within one article (see TextAnalyzer.AnalyzePooled), else exactly the tokens.
    private TokenData[] _tokens;
    private readonly int _tokenCount;
    private readonly IReadOnlyList<TokenData> _tokenList;
    private readonly bool _pooled;
    private readonly Paragraph[] _paragraphs;
    private readonly Sentence[] _sentences;
    private readonly Quotation[] _quotations;

    public TextDocument(
        string text,
        int bodyStart,
        TokenData[] tokens,
        Paragraph[] paragraphs,
        Sentence[] sentences,
        Quotation[] quotations)
        : this(text, bodyStart, tokens, tokens.Length, pooled: false, paragraphs, sentences, quotations)
    {
    }

    internal TextDocument(
        string text,
        int bodyStart,
        TokenData[] tokens,
        int tokenCount,
        bool pooled,
        Paragraph[] paragraphs,
        Sentence[] sentences,
        Quotation[] quotations)
    {
        Text = text;
        BodyStart = bodyStart;
        _tokens = tokens;
        _tokenCount = tokenCount;
        _tokenList = tokenCount == tokens.Length ? tokens : new ArraySegment<TokenData>(tokens, 0, tokenCount);
        _pooled = pooled;
        _paragraphs = paragraphs;
        _sentences = sentences;
        _quotations = quotations;
    }

    public string Text { get; }

    /// <summary>Offset where the article body starts (after any front matter).</summary>
    public int BodyStart { get; }

    public IReadOnlyList<TokenData> Tokens => _tokenList;

    public IReadOnlyList<Paragraph> Paragraphs => _paragraphs;

    public IReadOnlyList<Sentence> Sentences => _sentences;

    /// <summary>Quotations in order of their opening mark; nested ones follow their parent.</summary>
    public IReadOnlyList<Quotation> Quotations => _quotations;

    /// <summary>The sentences as a span, for loops on the hot path (no interface calls).</summary>
    internal ReadOnlySpan<Sentence> SentenceSpan => _sentences;

    /// <summary>The tokens as a span, for loops on the hot path (no interface calls).</summary>
    public ReadOnlySpan<TokenData> TokenSpan => _tokens.AsSpan(0, _tokenCount);

    public Token Token(int index) => new(this, index);

    public ReadOnlySpan<char> Slice(TextSpan span) => Text.AsSpan(span.Start, span.Length);

    /// <summary>The characters of token <paramref name="index"/>, without copying.</summary>
    public ReadOnlySpan<char> TokenText(int index) => Text.AsSpan(TokenSpan[index].Start, TokenSpan[index].Length);

    /// <summary>Index of the first token whose end lies after <paramref name="offset"/>, or Tokens.Count.</summary>
    public int TokenIndexAtOrAfter(int offset) => LowerBound<TokenData, TokenEnd>(TokenSpan, offset);

    /// <summary>Index of the token covering <paramref name="offset"/>, or -1 when the offset is white space or outside.</summary>
    public int TokenIndexAt(int offset)
    {
        int i = TokenIndexAtOrAfter(offset);
        return i < _tokenCount && _tokens[i].Start <= offset ? i : -1;
    }

    /// <summary>Hands a pooled document's token array back to the pool: the document must not be used after.</summary>
    internal void ReleaseTokens()
    {
        if (_pooled && _tokens.Length > 0)
        {
            var tokens = _tokens;
            _tokens = [];
            System.Buffers.ArrayPool<TokenData>.Shared.Return(tokens);
        }
    }

    /// <summary>The tokens lying wholly inside <paramref name="span"/>, as a range of token indices.</summary>
    public Range TokenRange(TextSpan span)
    {
        int first = LowerBound<TokenData, TokenStart>(TokenSpan, span.Start - 1);
        int end = first;
        while (end < _tokenCount && _tokens[end].End <= span.End)
        {
            end++;
        }
        return new Range(first, end);
    }

    /// <summary>Index of the paragraph holding <paramref name="offset"/>, or of the nearest one before it; -1 if none.</summary>
    public int ParagraphIndexAt(int offset) => LowerBound<Paragraph, ParagraphEnd>(_paragraphs, offset) is var i && i < _paragraphs.Length && _paragraphs[i].Span.Start <= offset ? i : i - 1;

    /// <summary>Index of the sentence holding <paramref name="offset"/>, or of the nearest one before it; -1 if none.</summary>
    public int SentenceIndexAt(int offset) => LowerBound<Sentence, SentenceEnd>(_sentences, offset) is var i && i < _sentences.Length && _sentences[i].Span.Start <= offset ? i : i - 1;

    /// <summary>Index of the sentence holding token <paramref name="tokenIndex"/>; -1 if none.</summary>
    public int SentenceOf(int tokenIndex) => LowerBound<Sentence, SentenceFirstToken>(_sentences, tokenIndex) - 1 is var i
        && i >= 0 && tokenIndex < _sentences[i].FirstToken + _sentences[i].TokenCount ? i : -1;

    /// <summary>Index of the paragraph holding token <paramref name="tokenIndex"/>; -1 if none.</summary>
    public int ParagraphOf(int tokenIndex) => LowerBound<Paragraph, ParagraphFirstToken>(_paragraphs, tokenIndex) - 1 is var i
        && i >= 0 && tokenIndex < _paragraphs[i].FirstToken + _paragraphs[i].TokenCount ? i : -1;

    /// <summary>
    /// Index of the innermost quotation whose content holds <paramref name="offset"/>, or -1 when the offset is
    /// not quoted. Walks up from the last quotation opened before the offset, so costs O(log n + depth).
    /// </summary>
    public int QuotationAt(int offset)
    {
        int i = LowerBound<Quotation, QuotationStart>(_quotations, offset) - 1;
        while (i >= 0)
        {
            var quotation = _quotations[i];
            if (quotation.Content.Contains(offset))
            {
                return i;
            }
            i = quotation.Parent;
        }
        return -1;
    }

    // First index whose key > offset, for arrays sorted by that key. The key is a static method of a struct, so
    // each search is compiled for its key instead of calling a delegate at every probe (these run per token).
    private static int LowerBound<T, TKey>(ReadOnlySpan<T> items, int offset) where TKey : struct, ISortKey<T>
    {
        int lo = 0, hi = items.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (TKey.Of(in items[mid]) > offset)
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

    private interface ISortKey<T>
    {
        static abstract int Of(in T item);
    }

    private struct TokenStart : ISortKey<TokenData> { public static int Of(in TokenData t) => t.Start; }

    private struct TokenEnd : ISortKey<TokenData> { public static int Of(in TokenData t) => t.End; }

    private struct ParagraphEnd : ISortKey<Paragraph> { public static int Of(in Paragraph p) => p.Span.End; }

    private struct ParagraphFirstToken : ISortKey<Paragraph> { public static int Of(in Paragraph p) => p.FirstToken; }

    private struct SentenceEnd : ISortKey<Sentence> { public static int Of(in Sentence s) => s.Span.End; }

    private struct SentenceFirstToken : ISortKey<Sentence> { public static int Of(in Sentence s) => s.FirstToken; }

    private struct QuotationStart : ISortKey<Quotation> { public static int Of(in Quotation q) => q.Outer.Start; }
}
