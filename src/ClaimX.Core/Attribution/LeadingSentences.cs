using ClaimX.Core.Claims;
using ClaimX.Core.Text;

namespace ClaimX.Core.Attribution;

/// <summary>
/// Reported speech over several sentences with one trailing cue: in "C1. C2. C3, he said." the cue closes a
/// paragraph of the speaker's words, so the claim runs from the paragraph start, not only from C3's.
/// </summary>
internal static class LeadingSentences
{
    // Only sentences that carry no cue, quotation or claim of their own are taken: any of those shows that the
    // earlier sentences are the writer's narration or someone else's words.
    public static void Extend(ClauseView view, CueIndex cues, List<RawClaim> claims)
    {
        List<int>[]? byParagraph = null;
        for (int i = 0; i < claims.Count; i++)
        {
            var claim = claims[i];
            if (claim.Kind != ClaimKinds.Indirect || claim.Cue is not { } cue || view.Tokens[cue.First].Start < claim.Content.End)
            {
                continue;
            }
            int first = view.FirstTokenAt(claim.Content.Start);
            if (first <= 0 || first >= view.Count || view.SentenceFirst(first) != first)
            {
                continue;
            }
            int paragraph = view.ParagraphOf(first);
            int start = first;
            for (int t = first - 1; t >= 0 && view.ParagraphOf(t) == paragraph; t--)
            {
                if (cues.At(t) is not null || view.InQuote(t) || view.Is(t, ClauseTokenKind.QuoteOpen) || view.Is(t, ClauseTokenKind.QuoteClose)
                    || view.Is(t, ClauseTokenKind.Colon))
                {
                    start = first;
                    break;
                }
                start = t;
            }
            if (start == first || view.SentenceFirst(start) != start)
            {
                continue;
            }
            var extended = new TextSpan(view.Tokens[start].Start, claim.Content.End);
            byParagraph ??= IndexByParagraph(view.Document, claims);
            if (!OverlapsOther(view.Document, claims, byParagraph, i, extended))
            {
                claims[i] = claim with { Content = extended };
            }
        }
    }

    // Which claims touch each paragraph (slot 0: text before the first paragraph). An extension moves a claim's
    // start back within the paragraph it starts in, so the claims a paragraph lists stay right while extending;
    // checking an extension against all claims made long articles quadratic.
    private static List<int>[] IndexByParagraph(TextDocument document, List<RawClaim> claims)
    {
        var byParagraph = new List<int>[document.Paragraphs.Count + 1];
        for (int j = 0; j < claims.Count; j++)
        {
            var (from, to) = ParagraphsOf(document, claims[j].Content);
            for (int p = from; p <= to; p++)
            {
                (byParagraph[p + 1] ??= []).Add(j);
            }
        }
        return byParagraph;
    }

    private static (int From, int To) ParagraphsOf(TextDocument document, TextSpan span) =>
        (document.ParagraphIndexAt(span.Start), document.ParagraphIndexAt(Math.Max(span.Start, span.End - 1)));

    private static bool OverlapsOther(TextDocument document, List<RawClaim> claims, List<int>[] byParagraph, int self, TextSpan span)
    {
        var (from, to) = ParagraphsOf(document, span);
        for (int p = from; p <= to; p++)
        {
            if (byParagraph[p + 1] is not { } listed)
            {
                continue;
            }
            foreach (int j in listed)
            {
                if (j != self && claims[j].Content.Overlaps(span))
                {
                    return true;
                }
            }
        }
        return false;
    }
}
