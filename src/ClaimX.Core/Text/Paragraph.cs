namespace ClaimX.Core.Text;

/// <summary>A paragraph: its span (trimmed of surrounding white space) and the sentences and tokens it holds.</summary>
public readonly record struct Paragraph(TextSpan Span, int FirstSentence, int SentenceCount, int FirstToken, int TokenCount);

/// <summary>A sentence: its span, the paragraph it lies in, and its tokens.</summary>
public readonly record struct Sentence(TextSpan Span, int Paragraph, int FirstToken, int TokenCount);
