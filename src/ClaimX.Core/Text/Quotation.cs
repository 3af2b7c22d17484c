namespace ClaimX.Core.Text;

/// <summary>
/// A quotation: <see cref="Outer"/> includes the quote marks, <see cref="Content"/> is what lies between them.
/// <see cref="Closed"/> is false when no closing mark was found and the quotation was closed at the paragraph end.
/// <see cref="Parent"/> is the index of the enclosing quotation (single quotes inside double ones), or -1, and <see cref="Depth"/> counts the enclosing quotations (0 at top level).
/// A quotation that runs over several paragraphs (each opening with a quote mark, only the last closing it)
/// spans them all: <see cref="FirstParagraph"/> to <see cref="LastParagraph"/>.
/// </summary>
public readonly record struct Quotation(
    TextSpan Outer,
    TextSpan Content,
    bool Closed,
    int Parent,
    int Depth,
    int FirstParagraph,
    int LastParagraph);
