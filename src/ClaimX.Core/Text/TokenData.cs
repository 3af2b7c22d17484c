namespace ClaimX.Core.Text;

/// <summary>
/// One token as stored in a <see cref="TextDocument"/>: bounds into the text plus a precomputed
/// case-insensitive hash, so that lexicon checks on the hot path need no substring.
/// </summary>
public readonly record struct TokenData(int Start, int Length, TokenKind Kind, TokenFlags Flags, int LowerHash)
{
    public int End => Start + Length;

    public TextSpan Span => new(Start, Start + Length);
}
