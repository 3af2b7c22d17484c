using ClaimX.Core.Text;
using FsCheck;
using FsCheck.Fluent;

namespace ClaimX.Core.Tests.Text;

public class AsciiRunsTests
{
    // Mostly letters and digits so that runs cross the sixteen-character blocks, with neighbours of the ranges
    // ('@', '[', '`', '{', '/', ':') and code units that equal a letter in their low byte.
    private static Arbitrary<string> RunHeavyText() =>
        Gen.OneOf(
                Gen.Choose('a', 'z').Select(i => (char)i),
                Gen.Choose('A', 'Z').Select(i => (char)i),
                Gen.Choose('0', '9').Select(i => (char)i),
                Gen.Elements('@', '[', '`', '{', '/', ':', ' ', '.', 'é', '\u0141', '\u0161', '\uFF41', '\u2019'),
                Gen.Choose(0, 0xFFFF).Select(i => (char)i))
            .ArrayOf().Select(chars => new string(chars)).ToArbitrary();

    [Fact]
    public void Run_ends_equal_a_character_by_character_scan()
    {
        Prop.ForAll(RunHeavyText(), Gen.Choose(0, 200).ToArbitrary(), (text, from) =>
        {
            int i = from % (text.Length + 1);
            return AsciiRuns.LettersEnd(text, i) == ScanWhile(text, i, char.IsAsciiLetter)
                && AsciiRuns.LettersOrDigitsEnd(text, i) == ScanWhile(text, i, char.IsAsciiLetterOrDigit);
        }).QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData("", 0, 0, 0)]
    [InlineData("abc", 0, 3, 3)]
    [InlineData("ab1c d", 0, 2, 4)]
    [InlineData("Internationalization2024 x", 0, 20, 24)]
    [InlineData("Internationalization2024 x", 25, 26, 26)]
    [InlineData("naïve", 0, 2, 2)]
    public void Stop_at_the_first_character_outside_the_class(string text, int from, int letters, int lettersOrDigits)
    {
        AsciiRuns.LettersEnd(text, from).Should().Be(letters);
        AsciiRuns.LettersOrDigitsEnd(text, from).Should().Be(lettersOrDigits);
    }

    private static int ScanWhile(string text, int i, Func<char, bool> member)
    {
        while (i < text.Length && member(text[i]))
        {
            i++;
        }
        return i;
    }
}
