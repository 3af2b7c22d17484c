using ClaimX.Core.Lexicons;
using ClaimX.Core.Text;

namespace ClaimX.Core.Attribution;

/// <summary>
/// Finds the attributed claims of an analysed document, in stages: labelled transcript paragraphs
/// (<see cref="TranscriptFinder"/>), direct quotations with their cues (<see cref="QuoteAttributor"/>), reported
/// and mixed speech on the cues left (<see cref="ReportedSpeechFinder"/>), with <see cref="ClaimFilter"/> keeping
/// out headlines, credits and scare quotes; then canonical speakers (<see cref="SpeakerResolver"/>).
/// Stateless and thread-safe; lexicons are loaded once.
/// </summary>
public static class AttributionExtractor
{
    public static IReadOnlyList<AttributedSpan> Extract(TextDocument document)
    {
        var view = new ClauseView(document);
        var filter = new ClaimFilter(view);
        var cues = new CueIndex(view, CueFinder.Find(view, CueLexicon.Default));
        var claims = new List<RawClaim>();
        TranscriptFinder.Find(view, filter, claims);
        QuoteAttributor.Attribute(view, cues, filter, claims);
        ReportedSpeechFinder.Find(view, cues, filter, claims);
        LeadingSentences.Extend(view, cues, claims);
        var kept = WithoutOverlaps(claims);
        return new SpeakerResolver(view, kept).Resolve(kept);
    }

    // Quotations are found first and win over a reported clause that overlaps them; the rest keep text order.
    // Kept contents are disjoint, so a new one needs comparing only with its neighbours in start order.
    private static List<RawClaim> WithoutOverlaps(List<RawClaim> claims)
    {
        var kept = new List<RawClaim>(claims.Count);
        var starts = new List<int>(claims.Count);
        foreach (var claim in claims)
        {
            int at = starts.BinarySearch(claim.Content.Start);
            if (at < 0)
            {
                at = ~at;
            }
            bool overlaps = (at < kept.Count && kept[at].Content.Overlaps(claim.Content))
                || (at > 0 && kept[at - 1].Content.Overlaps(claim.Content));
            if (!overlaps)
            {
                kept.Insert(at, claim);
                starts.Insert(at, claim.Content.Start);
            }
        }
        return kept;
    }
}
