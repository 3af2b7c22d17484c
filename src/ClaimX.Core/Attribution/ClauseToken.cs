using ClaimX.Core.Text;

namespace ClaimX.Core.Attribution;

public enum ClauseTokenKind : byte
{
    Word,
    Comma,
    /// <summary>. ! ? ending a sentence or an abbreviation that was not recognised as one.</summary>
    Stop,
    Colon,
    Semicolon,
    Dash,
    QuoteOpen,
    QuoteClose,
    ParenOpen,
    ParenClose,
    Other,
}

/// <summary>A token as attribution sees it: a word (with any abbreviation period) or one punctuation mark.</summary>
public readonly record struct ClauseToken(int Start, int End, ClauseTokenKind Kind)
{
    public TextSpan Span => new(Start, End);

    public bool IsWord => Kind == ClauseTokenKind.Word;
}
