namespace ClaimX.Core.Eval;

/// <summary>
/// Gold offsets count Unicode code points; .NET strings count UTF-16 units. They differ only after a character
/// outside the Basic Multilingual Plane (emoji), so the table is built only when the text has surrogate pairs.
/// </summary>
internal readonly struct CodePointOffsets
{
    private readonly int[]? _utf16ByCodePoint;

    public CodePointOffsets(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\uD800', '\uDBFF'))
        {
            return;
        }
        var map = new List<int>(text.Length + 1);
        for (int i = 0; i < text.Length; i++)
        {
            map.Add(i);
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
        }
        map.Add(text.Length);
        _utf16ByCodePoint = [.. map];
    }

    public int ToUtf16(int codePoint) => _utf16ByCodePoint is null
        ? codePoint
        : _utf16ByCodePoint[Math.Clamp(codePoint, 0, _utf16ByCodePoint.Length - 1)];
}
