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
            if (view.TryCue(t, out _) || view.InSet(t, SpeakerLexicons.ClauseBreaks))
            {
                return false;
            }
        }
        return true;
    }

    public static void Find(ClauseView view, ClaimFilter filter, List<RawClaim> claims)
    {
        var paragraphs = view.Document.Paragraphs;
        int turnParagraph = -2; // the last paragraph of the current quote-marked speaker turn
        for (int p = 0; p < paragraphs.Count; p++)
        {
            // Whether the paragraph is a headline or a credit is asked only of one that looks like a turn: the
            // filter decides lazily, and most paragraphs are neither.
            var paragraph = paragraphs[p];
            int t = view.FirstTokenAt(paragraph.Span.Start);
            // A transcript printed as a quotation opens each paragraph with a quote mark ("\"SMITH: We will ..."),
            // which the quotation scanner may pair with the mark before it; the label right after it counts.
            bool marked = false;
            if (view.Is(t, ClauseTokenKind.QuoteOpen) || view.Is(t, ClauseTokenKind.QuoteClose)
                || (view.Is(t, ClauseTokenKind.Other) && view.Text[view.Tokens[t].Start] is '"' or '\u201C'))
            {
                t++;
                marked = true;
            }
            int label = t;
            while (t < view.Count && t - label < MaxLabelWords && view.IsCapitalized(t) && (marked || !view.InQuote(t)))
            {
                t++;
            }
            if (marked && p == turnParagraph + 1 && (t == label || !view.Is(t, ClauseTokenKind.Colon)) && view.IsWord(label))
            {
                // A quote-marked paragraph with no label of its own goes on with the same speaker's turn.
                if (filter.SkipsParagraph(p))
                {
                    continue;
                }
                int tail = ParagraphLastToken(view, paragraph);
                if (tail > label)
                {
                    var turn = claims[^1];
                    claims[^1] = turn with { Content = new Text.TextSpan(turn.Content.Start, view.Tokens[tail].End) };
                    turnParagraph = p;
                }
                continue;
            }
            if (t == label || !view.Is(t, ClauseTokenKind.Colon) || view.Tokens[t].End > paragraph.Span.End
                || EditorialLabels.Contains(view.Text.AsSpan(view.Tokens[label].Start, view.Tokens[t - 1].End - view.Tokens[label].Start)))
            {
                continue;
            }
            if (filter.SkipsParagraph(p))
            {
                continue;
            }
            int colon = t;
            int last = Math.Max(ParagraphLastToken(view, paragraph), colon);
            if (last <= colon || ClaimFilter.CountWords(view.Document.Slice(view.SpanOf(colon + 1, last)), MinContentWords) < MinContentWords
                || MentionClassifier.Classify(view, label, colon - 1) is not { } speaker || !LooksLikeLabel(view, label, colon))
            {
                continue;
            }
            claims.Add(new RawClaim(ClaimKinds.Direct, view.SpanOf(colon + 1, last), new Cue(colon, colon, QuoteAttributor.SignatureCue), speaker));
            turnParagraph = marked ? p : -2;
        }
    }

    // The paragraph's last token that is not a closing mark or stray symbol.
    private static int ParagraphLastToken(ClauseView view, Text.Paragraph paragraph)
    {
        int end = view.FirstTokenAt(paragraph.Span.Start);
        while (end < view.Count && view.Tokens[end].End <= paragraph.Span.End)
        {
            end++;
        }
        int last = end - 1;
        while (last >= 0 && (view.Is(last, ClauseTokenKind.QuoteClose) || view.Is(last, ClauseTokenKind.Other)))
        {
            last--;
        }
        return last;
    }
}
