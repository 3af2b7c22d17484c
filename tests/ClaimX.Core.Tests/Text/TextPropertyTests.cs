using ClaimX.Core.Text;
using FsCheck;
using FsCheck.Fluent;

namespace ClaimX.Core.Tests.Text;

public class TextPropertyTests
{
    // Pieces of news prose, every kind of mark the stages treat specially, and hostile characters.
    private static readonly string[] Pieces =
    [
        "The", "U.S.", "Mr.", "Col.", "Inc.", "etc.", "a.m.", "W.", "Feb.", "said", "he", "Taliban", "didn't", "Talibs’",
        "News'", "'90s", "'n'", "int'l", "5,000", "3.5", "$", "141", "97-1", "1st", "22nd", "Nahr-e", "reduction-in-violence",
        "https://example.com/x.", "@handle", "#tag", ".", ",", "!", "?", "...", "…", "–", "—", "--", "-", "(", ")",
        "\"", "“", "”", "'", "‘", "’", "«", "»", "„", "‚", "「", "」",
        " ", " ", " ", " ", "\n", "\n\n", "\r\n", "\t", "\u00A0", "\u2029", "\u200B",
        "\uD83D\uDE00", "\uD83D", "\uDE00", "\u0000", "\u0007", "\u001F", "\u200F", "\u202E", "שלום", "مرحبا", "\u0301", "\uFE0F",
    ];

    private static Arbitrary<string> NewsLike() =>
        Gen.Elements(Pieces).ArrayOf().Select(parts => string.Concat(parts)).ToArbitrary();

    private static Arbitrary<string> AnyChars() =>
        Gen.Choose(0, 0xFFFF).Select(i => (char)i).ArrayOf().Select(chars => new string(chars)).ToArbitrary();

    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(300);

    [Fact]
    public void Tokens_are_ordered_do_not_overlap_and_cover_every_visible_character()
    {
        Prop.ForAll(NewsLike(), text => TextInvariants.Run(text, TextInvariants.CheckTokens)).Check(Config);
        Prop.ForAll(AnyChars(), text => TextInvariants.Run(text, TextInvariants.CheckTokens)).Check(Config);
    }

    [Fact]
    public void Sentences_tile_every_paragraph()
    {
        Prop.ForAll(NewsLike(), text => TextInvariants.Run(text, TextInvariants.CheckSentences)).Check(Config);
        Prop.ForAll(AnyChars(), text => TextInvariants.Run(text, TextInvariants.CheckSentences)).Check(Config);
    }

    [Fact]
    public void Quotations_nest_and_their_content_lies_inside_the_marks()
    {
        Prop.ForAll(NewsLike(), text => TextInvariants.Run(text, TextInvariants.CheckQuotations)).Check(Config);
        Prop.ForAll(AnyChars(), text => TextInvariants.Run(text, TextInvariants.CheckQuotations)).Check(Config);
    }

    [Fact]
    public void Any_body_start_is_accepted()
    {
        Prop.ForAll(NewsLike(), Gen.Choose(-5, 400).ToArbitrary(), (text, start) =>
        {
            var document = TextAnalyzer.Analyze(text, start);
            TextInvariants.Check(document);
            return document.Tokens.All(t => t.Start >= Math.Clamp(start, 0, text.Length));
        }).Check(Config);
    }

    [Fact]
    public void A_megabyte_without_a_newline_is_analysed()
    {
        var random = new Random(20260304);
        var builder = new System.Text.StringBuilder(1 << 20);
        while (builder.Length < 1 << 20)
        {
            builder.Append(random.Next(4) == 0 ? Pieces[random.Next(Pieces.Length)].Replace("\n", " ").Replace("\r", " ").Replace("\u2029", " ") : " word");
        }
        var document = TextAnalyzer.Analyze(builder.ToString());
        document.Paragraphs.Should().ContainSingle();
        TextInvariants.Check(document);
    }

    [Theory]
    [InlineData("“")]
    [InlineData("\"")]
    [InlineData("'")]
    [InlineData("’s")]
    [InlineData("“‘")]
    [InlineData("«»")]
    [InlineData("U.")]
    [InlineData("5,")]
    [InlineData(". ")]
    [InlineData("\uD83D")]
    [InlineData("a-")]
    [InlineData("ab1.")]
    [InlineData("x@y")]
    [InlineData("?”")]
    [InlineData("Mr. ")]
    public void A_megabyte_of_one_repeated_piece_is_analysed(string piece)
    {
        var text = string.Concat(Enumerable.Repeat(piece, (1 << 20) / piece.Length));
        TextInvariants.Check(TextAnalyzer.Analyze(text));
    }
}
