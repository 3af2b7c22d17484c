using ClaimX.Core.Eval;

namespace ClaimX.Core.Tests.Eval;

public class SpeakerNamesTests
{
    [Theory]
    [InlineData("the Taliban", "Taliban", true)]
    [InlineData("The  Taliban", "taliban", true)]
    [InlineData("Afghanistan’s interior ministry", "Afghanistan's interior ministry", true)]
    [InlineData("LEGGETT", "Leggett", true)]
    [InlineData("he", "Sonny Leggett", false)]
    [InlineData("", "Sonny Leggett", false)]
    [InlineData("theater group", "ater group", false)]
    public void Names_compare_loosely_on_case_apostrophes_and_a_leading_the(string predicted, string gold, bool expected) =>
        SpeakerNames.Matches(predicted, gold, []).Should().Be(expected);

    [Fact]
    public void Aliases_count() => SpeakerNames.Matches("Col. Sonny Leggett", "Sonny Leggett", ["Leggett", "Col. Sonny Leggett"]).Should().BeTrue();
}
