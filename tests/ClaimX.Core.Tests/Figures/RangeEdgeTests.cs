using ClaimX.Core.Dates;
using ClaimX.Core.Figures;
using ClaimX.Core.Text;

namespace ClaimX.Core.Tests.Figures;

/// <summary>Ranges at or beyond the text's edges, and ranges that cut through a figure or date.</summary>
public class RangeEdgeTests
{
    private const string Text = "Officials said 43 attacks hit the city on March 10, killing at least 17.";

    [Theory]
    [InlineData(-5, 10)]
    [InlineData(60, 500)]
    [InlineData(500, 600)]
    [InlineData(10, 10)]
    public void Odd_ranges_do_not_throw(int start, int end)
    {
        var range = new TextSpan(start, end);

        FluentActions.Invoking(() => FigureExtractor.Extract(Text, range)).Should().NotThrow();
        FluentActions.Invoking(() => DateExtractor.Extract(Text, range, new DateOnly(2020, 3, 4))).Should().NotThrow();
        FluentActions.Invoking(() => DateExtractor.ResolveCueDate(Text, range, new TextSpan(0, 0), null)).Should().NotThrow();
    }

    [Fact]
    public void A_figure_or_date_cut_by_the_range_is_left_out()
    {
        int cut = Text.IndexOf("43", StringComparison.Ordinal) + 1;
        int march = Text.IndexOf("10,", StringComparison.Ordinal);

        FigureExtractor.Extract(Text, new TextSpan(cut, Text.Length)).Select(f => f.Value).Should().Equal(17);
        DateExtractor.Extract(Text, new TextSpan(0, march), new DateOnly(2020, 3, 4)).Should().BeEmpty();
    }

    [Fact]
    public void Context_outside_the_range_still_finds_the_unit()
    {
        int start = Text.IndexOf("43", StringComparison.Ordinal);

        FigureExtractor.Extract(Text, new TextSpan(start, start + 2)).Should().ContainSingle()
            .Which.Unit.Should().Be("attacks");
    }
}
