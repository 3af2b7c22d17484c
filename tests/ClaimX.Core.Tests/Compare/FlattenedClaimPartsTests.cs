using ClaimX.Core.Claims;
using ClaimX.Core.Compare;

namespace ClaimX.Core.Tests.Compare;

public class FlattenedClaimPartsTests
{
    [Theory]
    [InlineData("43 attacks", "attacks")]
    [InlineData("four Taliban fighters", "fighters")]
    [InlineData("$2.1 million", "USD")]
    [InlineData("€40", "EUR")]
    [InlineData("12%", "percent")]
    [InlineData("3 million", null)]
    [InlineData("43", null)]
    [InlineData("", null)]
    public void Unit_of_a_figure_text(string text, string? unit) => FlattenedClaimParts.UnitOf(text).Should().Be(unit);

    [Fact]
    public void Figures_are_placed_on_whole_words_in_quote_order()
    {
        const string quote = "in 24 hours 4 died and 4 were hurt";

        var figures = FlattenedClaimParts.Figures("24; 4; 4", "24; 4; 4", "hours; ; ", quote, 100);

        figures.Select(f => f.Start - 100).Should().Equal(3, 12, 23);
        figures.Select(f => f.Unit).Should().Equal("hours", null, null);
        figures.Select(f => f.Value).Should().Equal(24, 4, 4);
    }

    [Fact]
    public void Dates_get_their_kind_from_the_iso_value()
    {
        var dates = FlattenedClaimParts.Dates("Tuesday; 11 days; March 1-3", "2020-03-03; P11D; 2020-03-01/2020-03-03",
            "on Tuesday, after 11 days, from March 1-3", 0);

        dates.Select(d => d.Kind).Should().Equal(DateKinds.Date, DateKinds.Duration, DateKinds.Range);
        dates[1].Start.Should().Be("on Tuesday, after ".Length);
    }

    [Fact]
    public void Cells_that_do_not_pair_up_are_a_format_error()
    {
        var act = () => FlattenedClaimParts.Figures("43 attacks; 30 attacks", "43", null, "43 attacks", 0);
        act.Should().Throw<FormatException>().WithMessage("2 figure texts but 1 figure values");
        var notNumber = () => FlattenedClaimParts.Figures("many", "many", null, "many", 0);
        notNumber.Should().Throw<FormatException>().WithMessage("*not a number*");
    }
}
