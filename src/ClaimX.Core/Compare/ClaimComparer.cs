using ClaimX.Core.Claims;

namespace ClaimX.Core.Compare;

/// <summary>
/// Compares the claims of several articles: groups them into statements (<see cref="ClaimGrouper"/>), sets each
/// group's figures and dates side by side, gives each group a status, and lists figures about the same thing
/// that differ across sources anywhere in the articles, grouped or not.
/// </summary>
public static class ClaimComparer
{
    public static ComparisonReport Compare(IReadOnlyList<Claim> claims)
    {
        var sources = claims.Select(ClaimSource.Of).Distinct(StringComparer.Ordinal).ToList();
        var groups = ClaimGrouper.Group(claims);
        var comparisons = new List<GroupComparison>(groups.Count);
        foreach (var group in groups)
        {
            comparisons.Add(Describe(comparisons.Count + 1, group));
        }
        var differing = FigureAligner.Align(claims, FigureScope.AcrossStatements).Where(a => !a.Agree).ToList();
        return new ComparisonReport(sources, comparisons, differing);
    }

    private static GroupComparison Describe(int number, ClaimGroup group)
    {
        var wordings = group.Sources.Select(source => Wording(source, group.Claims.Where(c => ClaimSource.Of(c) == source))).ToList();
        var figures = wordings.Count > 1 ? FigureAligner.Align(group.Claims) : [];
        var dates = wordings.Count > 1 ? DateAligner.Align(group.Claims) : [];
        string status = StatusOf(group, figures, dates);
        string? speaker = group.Claims.Select(c => c.Speaker).Where(s => !string.IsNullOrWhiteSpace(s))
            .OrderByDescending(s => s!.Length).FirstOrDefault();
        return new GroupComparison(number, status, speaker, wordings, figures, dates);
    }

    /// <summary>
    /// single-source: one source only; conflicting: a figure or date about the same thing differs; identical:
    /// every source's claims, joined in article order, have the same words; consistent: otherwise.
    /// </summary>
    private static string StatusOf(ClaimGroup group, IReadOnlyList<FigureAlignment> figures, IReadOnlyList<DateAlignment> dates)
    {
        var sources = group.Sources;
        if (sources.Count < 2)
        {
            return ComparisonStatus.SingleSource;
        }
        if (figures.Any(f => !f.Agree) || dates.Any(d => !d.Agree))
        {
            return ComparisonStatus.Conflicting;
        }
        var words = sources
            .Select(s => string.Join(' ', InArticleOrder(group.Claims.Where(c => ClaimSource.Of(c) == s)).Select(c => WordNormalizer.Sequence(c.Quote))))
            .Distinct(StringComparer.Ordinal)
            .Count();
        return words == 1 ? ComparisonStatus.Identical : ComparisonStatus.Consistent;
    }

    private static SourceWording Wording(string source, IEnumerable<Claim> claims)
    {
        var ordered = InArticleOrder(claims).ToList();
        var first = ordered[0];
        return new SourceWording(
            source,
            first.Article,
            first.Speaker ?? first.SpeakerMention,
            ordered.Select(c => c.SpeakerRole).FirstOrDefault(r => !string.IsNullOrWhiteSpace(r)),
            ordered.Select(c => c.Id).ToList(),
            string.Join('+', ordered.Select(c => c.Kind).Distinct(StringComparer.Ordinal)),
            string.Join(" ", ordered.Select(c => c.Quote.Trim())),
            ordered.SelectMany(c => c.Figures).ToList(),
            ordered.SelectMany(c => c.Dates).ToList());
    }

    private static IEnumerable<Claim> InArticleOrder(IEnumerable<Claim> claims) =>
        claims.OrderBy(c => c.Article, StringComparer.Ordinal).ThenBy(c => c.Start);
}
