namespace ClaimX.Core.Text;

/// <summary>
/// Builds a <see cref="TextDocument"/> from text: paragraphs (<see cref="ParagraphSplitter"/>), tokens
/// (<see cref="Tokenizer"/>), quotations (<see cref="QuotationScanner"/>, which also settles the quote marks'
/// token kinds) and sentences (<see cref="SentenceSplitter"/>). Linear in the length of the text, never throws
/// on any string, and copies no substrings.
/// </summary>
public static class TextAnalyzer
{
    public static TextDocument Analyze(string text, int bodyStart = 0) => Analyze(text, bodyStart, pooled: false);

    /// <summary>
    /// <see cref="Analyze(string, int)"/> for a caller that drops the document within one call: its tokens stay in
    /// an array of the shared pool (the tokens are the largest allocation of the pipeline, about twice the text)
    /// until <see cref="Release"/> hands it back, after which the document must not be used.
    /// </summary>
    internal static TextDocument AnalyzePooled(string text, int bodyStart) => Analyze(text, bodyStart, pooled: true);

    /// <summary>Ends a document from <see cref="AnalyzePooled"/>.</summary>
    internal static void Release(TextDocument document) => document.ReleaseTokens();

    private static TextDocument Analyze(string text, int bodyStart, bool pooled)
    {
        text ??= string.Empty;
        bodyStart = Math.Clamp(bodyStart, 0, text.Length);

        var paragraphSpans = new List<TextSpan>();
        ParagraphSplitter.Split(text, bodyStart, paragraphSpans);

        TokenData[] tokenArray;
        int tokenCount;
        var buffer = new TokenBuffer(TokenBuffer.EstimateCapacity(text.Length - bodyStart));
        try
        {
            Tokenizer.Tokenize(text, bodyStart, text.Length, ref buffer);
            tokenCount = buffer.Count;
            tokenArray = pooled ? buffer.Detach() : buffer.ToArray();
        }
        finally
        {
            buffer.Dispose();
        }
        var tokens = tokenArray.AsSpan(0, tokenCount);

        var paragraphs = new Paragraph[paragraphSpans.Count];
        int t = 0;
        for (int p = 0; p < paragraphs.Length; p++)
        {
            var span = paragraphSpans[p];
            while (t < tokens.Length && tokens[t].Start < span.Start)
            {
                t++;
            }
            int first = t;
            while (t < tokens.Length && tokens[t].Start < span.End)
            {
                t++;
            }
            paragraphs[p] = new Paragraph(span, 0, 0, first, t - first);
        }

        var quotations = QuotationScanner.Scan(text, tokens, paragraphs);

        var sentences = new List<Sentence>(paragraphs.Length * 3);
        for (int p = 0; p < paragraphs.Length; p++)
        {
            int firstSentence = sentences.Count;
            SentenceSplitter.Split(text, tokens, paragraphs[p].FirstToken, paragraphs[p].TokenCount, p, sentences);
            paragraphs[p] = paragraphs[p] with { FirstSentence = firstSentence, SentenceCount = sentences.Count - firstSentence };
        }

        return new TextDocument(text, bodyStart, tokenArray, tokenCount, pooled && tokenArray.Length > 0, paragraphs, [.. sentences], quotations);
    }
}
