using ClaimX.Core.Claims;

namespace ClaimX.Core.Tests.Claims;

public class FlattenedFigureTests
{
    [Theory]
    [InlineData("43", "attacks", null, "43 attacks")]
    [InlineData("eight", "soldiers", "at least", "at least eight soldiers")]
    [InlineData("$141 million", "USD", null, "$141 million")]
    [InlineData("12 million euros", "EUR", "about", "about 12 million euros")]
    [InlineData("25%", "percent", "nearly", "nearly 25%")]
    [InlineData("4.5 percent", "percent", null, "4.5 percent")]
    [InlineData("a dozen", "security forces", "no fewer than", "no fewer than a dozen security forces")]
    [InlineData("1,200", null, null, "1,200")]
    public void Reads_qualifier_text_unit_without_repeating_a_visible_unit(string text, string? unit, string? qualifier, string cell)
    {
        var figure = new Figure(text, 1, unit, qualifier, 0, text.Length);

        FlattenedFigure.Format(figure).Should().Be(cell);
        FlattenedFigure.Parse(cell, unit).Should().Be((text, qualifier), "the reader must get back what the writer wrote");
    }

    [Fact]
    public void A_hand_edited_cell_without_its_unit_is_taken_whole()
    {
        FlattenedFigure.Parse("43", "attacks").Should().Be(("43", (string?)null));
        FlattenedFigure.Parse("about", "attacks").Should().Be(("about", (string?)null), "a qualifier alone is no qualifier of nothing");
    }
}
