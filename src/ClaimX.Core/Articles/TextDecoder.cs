using System.Text;
using System.Text.Unicode;

namespace ClaimX.Core.Articles;

/// <summary>Which encoding <see cref="TextDecoder"/> recognised.</summary>
public enum TextEncodingKind
{
    Utf8,
    Utf8WithBom,
    Utf16LittleEndian,
    Utf16BigEndian,
    Windows1252,
    Binary,
}

/// <summary>The result of decoding one file: the text (null for binary input) and how it was read.</summary>
public readonly record struct DecodedText(string? Text, TextEncodingKind Encoding)
{
    public bool IsBinary => Encoding == TextEncodingKind.Binary;

    /// <summary>True when the bytes were not valid UTF-8 and were read as Windows-1252 instead.</summary>
    public bool IsFallback => Encoding == TextEncodingKind.Windows1252;
}

/// <summary>
/// Turns the bytes of an article into text. News archives hold UTF-8 (with or without BOM), the odd UTF-16 export
/// and old Windows-1252 files; a byte-order mark decides when present, NUL bytes mean the file is not text at all,
/// and bytes that are not valid UTF-8 are read as Windows-1252 (the caller warns). The BOM is not part of the text,
/// so offsets count from the first character after it.
/// </summary>
public static class TextDecoder
{
    // Windows-1252 differs from Latin-1 only in 0x80-0x9F. The five bytes it leaves undefined map to the C1 control
    // of the same value, as Windows itself does. A table of our own keeps this free of the CodePages provider,
    // which Native AOT would have to carry in whole.
    private static readonly char[] Windows1252High =
    [
        '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
        '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
        '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
        '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
    ];

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            var rest = bytes[3..];
            return Utf8.IsValid(rest)
                ? new DecodedText(Encoding.UTF8.GetString(rest), TextEncodingKind.Utf8WithBom)
                : new DecodedText(DecodeWindows1252(rest), TextEncodingKind.Windows1252);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new DecodedText(Encoding.Unicode.GetString(bytes[2..]), TextEncodingKind.Utf16LittleEndian);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new DecodedText(Encoding.BigEndianUnicode.GetString(bytes[2..]), TextEncodingKind.Utf16BigEndian);
        }
        // Without a BOM, a NUL byte never occurs in text a person wrote: it is an image, a PDF, a UTF-16 file
        // without BOM... Decoding it would only produce garbage claims.
        if (bytes.IndexOf((byte)0) >= 0)
        {
            return new DecodedText(null, TextEncodingKind.Binary);
        }
        return Utf8.IsValid(bytes)
            ? new DecodedText(Encoding.UTF8.GetString(bytes), TextEncodingKind.Utf8)
            : new DecodedText(DecodeWindows1252(bytes), TextEncodingKind.Windows1252);
    }

    public static string DecodeWindows1252(ReadOnlySpan<byte> bytes) =>
        string.Create(bytes.Length, bytes, static (chars, source) =>
        {
            for (int i = 0; i < source.Length; i++)
            {
                byte b = source[i];
                chars[i] = b is >= 0x80 and <= 0x9F ? Windows1252High[b - 0x80] : (char)b;
            }
        });
}
