using ClaimX.Core.Claims;

namespace ClaimX.Core.Attribution;

/// <summary>
/// Keeps claim contents disjoint. Claims arrive in finder order: quotations first, then reported clauses in text
/// order, and the first claim to take a stretch of text keeps it, with one exception: a reported claim that
/// reports another attribution whole ("Residents plan to protest, organiser Jane Doe said.", "Police have said
/// they will wait, according to the family's lawyer.") wins over the attribution inside it. The outer speech act
/// names who actually spoke; the inner one is only what that speaker reported, so it is not kept as a claim of
/// its own (the output contract has disjoint contents).
/// </summary>
internal static class ClaimOverlaps
{
    public static List<RawClaim> Resolve(List<RawClaim> claims)
    {
        // Kept contents are disjoint and sorted by start, so the claims a new one overlaps form one run.
        var kept = new List<RawClaim>(claims.Count);
        var starts = new List<int>(claims.Count);
        foreach (var claim in claims)
        {
            int at = starts.BinarySearch(claim.Content.Start);
            if (at < 0)
            {
                at = ~at;
            }
            int first = at;
            while (first > 0 && kept[first - 1].Content.Overlaps(claim.Content)) first--;
            int end = at;
            while (end < kept.Count && kept[end].Content.Overlaps(claim.Content)) end++;
            if (first == end)
            {
                kept.Insert(at, claim);
                starts.Insert(at, claim.Content.Start);
                continue;
            }
            bool reportsThemAll = true;
            for (int k = first; k < end && reportsThemAll; k++)
            {
                reportsThemAll = Reports(claim, kept[k]);
            }
            if (reportsThemAll)
            {
                kept.RemoveRange(first, end - first);
                starts.RemoveRange(first, end - first);
                kept.Insert(first, claim);
                starts.Insert(first, claim.Content.Start);
            }
        }
        return kept;
    }

    // The outer claim reports the inner attribution when the inner claim's content and its speaker mention both
    // lie inside the outer content, which is longer. Quotations are the speaker's own words and always stay.
    private static bool Reports(RawClaim outer, RawClaim inner) =>
        inner.Kind != ClaimKinds.Direct && outer.Content.Contains(inner.Content) && outer.Content != inner.Content
        && inner.Mention is { } mention && outer.Content.Contains(mention.Span);
}
