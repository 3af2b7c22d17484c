using ClaimX.Core.Claims;
using ClaimX.Core.Text;

namespace ClaimX.Core.Dates;

/// <summary>Finds and resolves dates inside a range of text. FIRST CUT: none yet (figures/dates issue).</summary>
public static class DateExtractor
{
    public static IReadOnlyList<DateMention> Extract(string text, TextSpan range, DateOnly? reference) => [];
}
