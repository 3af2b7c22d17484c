using FsCheck;
using FsCheck.Fluent;

namespace ClaimX.Core.Tests.Support;

/// <summary>
/// Random text made of the pieces news prose is made of (words, names, abbreviations, numbers, quote marks, dashes,
/// possessives, line breaks) joined with or without spaces, so that every way two pieces can touch comes up often.
/// </summary>
internal static class NewsLikeText
{
    private static readonly string[] Pieces =
    [
        "said", "Smith", "the", "officials", "NATO", "told", "a", "I", "U.S.", "Sen.", "Mr.", "Jan.", "W.", "didn't", "don’t",
        "bank's", "Tuesday’s", "F-16", "well-known", "AT&T", "and/or", "int'l", "5,000", "3.5", "10", "1st", "$", "%",
        ",", ".", "...", ":", ";", "!", "?", "(", ")", "[", "]", "-", "--", "—", "–", "'", "\"", "“", "”", "‘", "’", "`",
        "é", "Erdoğan", "Straße", "ß", "Ж", "٣", "#tag", "@user", "http://x.org/a", "www.example.com", "\u200B", "\uFEFF",
        "\u00A0", "\uD83D\uDE00", "\u0301", "abcdefghijklmnopqrst", "REUTERS", "o'clock", "'s", "’s", "s",
    ];

    private static readonly string[] Joins = [" ", " ", " ", " ", "", "\n", "\n\n", "  ", "\t", "\r\n"];

    public static Gen<string> Generator { get; } =
        Gen.Zip(Gen.Elements(Pieces), Gen.Elements(Joins)).ArrayOf()
            .Select(parts => string.Concat(parts.Select(part => part.Item1 + part.Item2)));

    public static Arbitrary<string> Arbitrary() => Generator.ToArbitrary();
}
