namespace ClaimX.Core.Text;

/// <summary>A light view of one token in a document: no copy of the text is made until <see cref="Value"/> is read.</summary>
public readonly struct Token
{
    private readonly TextDocument _document;

    internal Token(TextDocument document, int index)
    {
        _document = document;
        Index = index;
    }

    public int Index { get; }

    public TokenData Data => _document.Tokens[Index];

    public int Start => Data.Start;

    public int End => Data.End;

    public TokenKind Kind => Data.Kind;

    public TokenFlags Flags => Data.Flags;

    public ReadOnlySpan<char> Text => _document.Text.AsSpan(Data.Start, Data.Length);

    public string Value => _document.Text.Substring(Data.Start, Data.Length);

    public override string ToString() => Value;
}
