using ClaimX.Core.Compare;
using static ClaimX.Core.Tests.Compare.TestClaims;

namespace ClaimX.Core.Tests.Compare;

public class FigureMeasureTests
{
    [Theory]
    [InlineData("the mill reported income of $2.1 million", "$2.1 million", "income")]
    [InlineData("the mill lost $2.3 million in sales last year", "$2.3 million", "revenue")]
    [InlineData("revenue rose to $2.3 million", "$2.3 million", "revenue")]
    [InlineData("a death toll of 11 was confirmed", "11", "toll")]
    [InlineData("a total of 30 attacks were recorded", "30 attacks", null)]
    [InlineData("revenue fell, but the town still paid $4 million", "$4 million", null)]
    [InlineData("crews rescued 57 people", "57 people", null)]
    public void Measure_noun_around_a_figure(string quote, string figure, string? measure)
    {
        var claim = Make("Daily Ledger", "Riverton Mills", quote, figures: [Fig(figure, 1, null)]);
        FigureMeasure.Find(claim, claim.Figures[0]).Should().Be(measure);
    }

    [Fact]
    public void Offsets_that_do_not_point_at_the_figure_fall_back_to_finding_its_text()
    {
        var claim = Make("Daily Ledger", "Riverton Mills", "income of $2.1 million", figures: [Fig("$2.1 million", 1, "USD")]);
        var moved = claim.Figures[0] with { Start = 0, End = 3 };
        FigureMeasure.Find(claim, moved).Should().Be("income");
    }
}
