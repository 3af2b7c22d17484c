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
    public void Cells_with_a_units_column_give_back_text_qualifier_and_unit_without_running_the_extractor()
    {
        const string quote = "there were 43 attacks, at least eight soldiers died and $141 million was lost";

        var figures = FlattenedClaimParts.Figures("43 attacks; at least eight soldiers; $141 million", "43; 8; 141000000",
            "attacks; soldiers; USD", quote, 10);

        figures.Should().Equal(
            new Figure("43", 43, "attacks", null, 10 + quote.IndexOf("43", StringComparison.Ordinal), 12 + quote.IndexOf("43", StringComparison.Ordinal)),
            new Figure("eight", 8, "soldiers", "at least", 10 + quote.IndexOf("eight", StringComparison.Ordinal), 15 + quote.IndexOf("eight", StringComparison.Ordinal)),
            new Figure("$141 million", 141_000_000, "USD", null, 10 + quote.IndexOf('$'), 22 + quote.IndexOf('$')));
    }

    [Fact]
    public void A_csv_without_units_column_gets_units_and_qualifiers_from_the_extractor_again()
    {
        const string quote = "there were 43 attacks and at least eight soldiers died";

        var figures = FlattenedClaimParts.Figures("43; eight", "43; 8", null, quote, 0);

        figures.Select(f => (f.Text, f.Unit, f.Qualifier)).Should().Equal(("43", "attacks", null), ("eight", "soldiers", "at least"));
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
