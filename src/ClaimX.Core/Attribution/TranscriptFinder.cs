using ClaimX.Core.Claims;
using ClaimX.Core.Lexicons;

namespace ClaimX.Core.Attribution;

/// <summary>
/// Transcripts and labelled statements: a paragraph that opens with a speaker label and a colon
/// (<c>WALLACE: Let's start ...</c>, <c>Sen. Smith: We will ...</c>). The label is one to four capitalised
/// words, so times ("2:45 p.m.") and lower-case lead-ins ("Partial transcript as follows:") do not qualify.
/// </summary>
internal static class TranscriptFinder
{
    private const int MaxLabelWords = 4;
    private const int MinContentWords = 3;

    private static readonly WordSet EditorialLabels = WordSet.FromResource("editorial-labels.txt");

    // A speaker label is a name, not a subheading: no determiner in front ("The Gap Goes On:") and no verb in it.
    private static bool LooksLikeLabel(ClauseView view, int label, int colon)
    {
        if (view.InSet(label, SpeakerLexicons.Determiners))
        {
            return false;
        }
        for (int t = label; t < colon; t++)
        {
            if (CueLexicon.Default.TryGet(view.Word(t), out _) || view.InSet(t, SpeakerLexicons.ClauseBreaks))
            {
                return false;
            }
        }
        return true;
    }

    public static void Find(ClauseView view, ClaimFilter filter, List<RawClaim> claims)
    {
        var paragraphs = view.Document.Paragraphs;
        for (int p = 0; p < paragraphs.Count; p++)
        {
            if (filter.SkipsParagraph(p))
            {
                continue;
            }
            var paragraph = paragraphs[p];
            int t = view.FirstTokenAt(paragraph.Span.Start);
            if (view.Is(t, ClauseTokenKind.QuoteOpen))
            {
                t++;
            }
            int label = t;
            while (t < view.Count && t - label < MaxLabelWords && view.IsCapitalized(t) && !view.InQuote(t))
            {
                t++;
            }
            if (t == label || !view.Is(t, ClauseTokenKind.Colon) || view.Tokens[t].End > paragraph.Span.End
                || EditorialLabels.Contains(view.Text.AsSpan(view.Tokens[label].Start, view.Tokens[t - 1].End - view.Tokens[label].Start)))
            {
                continue;
            }
            int colon = t;
            int end = colon + 1;
            while (end < view.Count && view.Tokens[end].End <= paragraph.Span.End)
            {
                end++;
            }
            int last = end - 1;
            while (last > colon && (view.Is(last, ClauseTokenKind.QuoteClose) || view.Is(last, ClauseTokenKind.Other)))
            {
                last--;
            }
            if (last <= colon || ClaimFilter.CountWords(view.Document.Slice(view.SpanOf(colon + 1, last))) < MinContentWords
                || MentionClassifier.Classify(view, label, colon - 1) is not { } speaker || !LooksLikeLabel(view, label, colon))
            {
                continue;
            }
            claims.Add(new RawClaim(ClaimKinds.Direct, view.SpanOf(colon + 1, last), new Cue(colon, colon, QuoteAttributor.SignatureCue), speaker));
        }
    }
}
