using ClaimX.Core.Text;
using FsCheck;
using FsCheck.Fluent;

namespace ClaimX.Core.Tests.Text;

public class TextHashTests
{
    [Theory]
    [InlineData("Taliban", "TALIBAN")]
    [InlineData("didn't", "DIDN’T")]
    [InlineData("Afghanistan’s", "afghanistan's")]
    [InlineData("Émigré", "éMIGRÉ")]
    [InlineData("ΑΘΗΝΑ", "αθηνα")]
    public void Ignores_case_and_apostrophe_style(string a, string b)
    {
        TextHash.Lower(a).Should().Be(TextHash.Lower(b));
    }

    [Theory]
    [InlineData("ab", "ba")]
    [InlineData("a", "a\0")]
    [InlineData("said", "says")]
    [InlineData("abcd", "abce")]
    [InlineData("", " ")]
    [InlineData("U.S.", "US")]
    public void Tells_different_words_apart(string a, string b)
    {
        TextHash.Lower(a).Should().NotBe(TextHash.Lower(b));
    }

    [Fact]
    public void Ascii_case_never_matters()
    {
        var ascii = Gen.Choose(0x20, 0x7E).Select(i => (char)i).ArrayOf().Select(c => new string(c)).ToArbitrary();
        Prop.ForAll(ascii, s =>
            TextHash.Lower(s) == TextHash.Lower(s.ToUpperInvariant()) && TextHash.Lower(s) == TextHash.Lower(s.ToLowerInvariant()))
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Mixed_blocks_hash_like_their_lower_case()
    {
        // Blocks of four that mix ASCII and other letters take the slow path; the result must not depend on it.
        TextHash.Lower("ABCÉdefG").Should().Be(TextHash.Lower("abcédefg"));
        TextHash.Lower("xyzÄ").Should().Be(TextHash.Lower("XYZä"));
    }
}
