using ClaimX.Core.Claims;
using ClaimX.Core.Text;

namespace ClaimX.Core.Figures;

/// <summary>Finds the figures stated inside a range of text. FIRST CUT: none yet (figures/dates issue).</summary>
public static class FigureExtractor
{
    public static IReadOnlyList<Figure> Extract(string text, TextSpan range) => [];
}
