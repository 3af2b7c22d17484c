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
        var kept = ClaimOverlaps.Resolve(claims);
        return new SpeakerResolver(view, kept).Resolve(kept);
    }
}
