using ClaimX.Core.Claims;
using ClaimX.Core.Lexicons;
using ClaimX.Core.Text;

namespace ClaimX.Core.Attribution;

/// <summary>
/// Direct quotations and their cues: <c>“Q,” he added.</c>, <c>“Q,” said Col. X in a statement.</c>,
/// <c>S said: “Q”</c>, <c>S said, “Q”</c>, split quotes (<c>“Q1,” S said. “Q2.”</c>, <c>“Q1,” S said, “Q2.”</c>),
/// quotes over several paragraphs, and floating quote paragraphs that continue the previous speaker's quote.
/// </summary>
internal static class QuoteAttributor
{
    // How far after a closing mark the cue may lie (", Duarte, the army spokeswoman, said on Twitter").
    private const int AfterWindow = 24;

    // A dash or a transcript colon says "said" without a verb.
    internal static readonly Lexicons.CueEntry SignatureCue = new("say", Lexicons.CueClass.Speech, 1, Lexicons.CueForm.Finite);

    public static void Attribute(ClauseView view, CueIndex cues, ClaimFilter filter, List<RawClaim> claims)
    {
        RawClaim? previous = null;
        int previousParagraph = -1;
        var quotations = view.Document.Quotations;
        for (int q = 0; q < quotations.Count; q++)
        {
            var quote = quotations[q];
            if (quote.Depth != 0 || filter.SkipsParagraph(quote.FirstParagraph) || !ClaimFilter.IsClaimQuote(view, quote))
            {
                continue;
            }
            int open = view.FirstTokenAt(quote.Outer.Start);
            int close = quote.Closed ? view.FirstTokenAt(quote.Outer.End - 1) : view.FirstTokenAt(quote.Content.End) - 1;
            if (open >= view.Count || close < open)
            {
                continue;
            }
            var content = Trim(view.Text, quote.Content);
            var after = AfterQuote(view, cues, close);
            var found = after ?? BeforeQuote(view, cues, open);
            string kind = ClaimKinds.Direct;
            // "The talks were “constructive,” the minister said.": words before the quote in its sentence are
            // the speaker's too, so the claim is the whole clause, a mixed one.
            if (after is not null && LeadIn(view, cues, open) is { } lead)
            {
                content = new TextSpan(view.Tokens[lead].Start, quote.Closed ? quote.Outer.End : content.End);
                kind = ClaimKinds.Mixed;
            }
            bool continues = previous is not null && Continues(view, open, quote, previous, previousParagraph);
            // "“Q1,” S said. “Q2.”" and "“Q1,” S said, “Q2.”": the second part shares the first part's cue and
            // speaker. It stays a claim of its own so that a direct quote is always the words inside its marks
            // (the output contract), never a span with the narration "S said" inside it.
            if (previous is not null && quote.FirstParagraph == previousParagraph && (found is null ? continues : found.Value.Cue == previous.Cue)
                && previous.Cue is { } cue && view.Tokens[cue.First].Start > previous.Content.End && view.Tokens[cue.Last].End < content.Start
                && claims.Count > 0 && ReferenceEquals(claims[^1], previous))
            {
                previous = previous with { Kind = kind, Content = content };
                claims.Add(previous);
                previousParagraph = quote.LastParagraph;
                continue;
            }
            if (found is { } f)
            {
                cues.MarkUsed(f.Cue);
                previous = new RawClaim(kind, content, f.Cue, f.Mention);
                claims.Add(previous);
                previousParagraph = quote.LastParagraph;
                continue;
            }
            if (continues)
            {
                previous = previous! with { Content = content };
                claims.Add(previous);
                previousParagraph = quote.LastParagraph;
            }
        }
    }

    // The first token of narration that leads into a quote from its sentence's start, when that narration has
    // no cue or quotation of its own ("Not paying taxes “makes me smart,” Trump said."); null otherwise.
    private static int? LeadIn(ClauseView view, CueIndex cues, int open)
    {
        int first = view.SentenceFirst(open);
        while (first < open && view.Is(first, ClauseTokenKind.Dash)) first++;
        if (first >= open || !view.IsWord(open - 1) || !view.IsWord(first))
        {
            return null;
        }
        int words = 0;
        for (int t = first; t < open; t++)
        {
            if (cues.At(t) is not null || view.Is(t, ClauseTokenKind.QuoteOpen) || view.Is(t, ClauseTokenKind.QuoteClose)
                || view.Is(t, ClauseTokenKind.Colon) || view.Is(t, ClauseTokenKind.Dash))
            {
                return null;
            }
            words += view.IsWord(t) ? 1 : 0;
        }
        return words >= 2 ? first : null;
    }

    // A quote with no cue of its own continues the previous speaker's quote when it opens its sentence in the
    // same paragraph, or stands in the same sentence as that quote's cue ("“Q1,” he said, adding ..., “Q2.”"),
    // or opens the paragraph right after.
    private static bool Continues(ClauseView view, int open, Quotation quote, RawClaim previous, int previousParagraph)
    {
        bool sentenceStart = open == 0 || view.SentenceFirst(open) == open || view.Is(open - 1, ClauseTokenKind.Stop);
        if (quote.FirstParagraph == previousParagraph)
        {
            bool cueSentence = previous.Cue is { } cue && view.SentenceOf(cue.Last) == view.SentenceOf(open) && cue.Last < open;
            return (sentenceStart || cueSentence) && quote.Outer.Start > previous.Content.End;
        }
        var paragraph = view.Document.Paragraphs[quote.FirstParagraph];
        return quote.FirstParagraph == previousParagraph + 1 && quote.Outer.Start == paragraph.Span.Start;
    }

    private static (Cue Cue, SpeakerMention Mention)? AfterQuote(ClauseView view, CueIndex cues, int close)
    {
        int t = close + 1;
        if (view.Is(t, ClauseTokenKind.Comma))
        {
            t++;
        }
        if (t >= view.Count || view.ParagraphOf(t) != view.ParagraphOf(close))
        {
            return null;
        }
        // "“Q” ― Sonya Herridge": a dash and a name sign the quote, as under an epigraph or a reader's letter.
        int paragraphEnd = ParagraphEndToken(view, t);
        if (view.Is(t, ClauseTokenKind.Dash) && SpeakerMentionParser.After(view, t + 1, paragraphEnd) is { Kind: MentionKind.Name } signed
            && (signed.LastToken + 1 >= view.Count || view.ParagraphOf(signed.LastToken + 1) != view.ParagraphOf(t)
                || view.Is(signed.LastToken + 1, ClauseTokenKind.Stop) || view.Is(signed.LastToken + 1, ClauseTokenKind.QuoteOpen)))
        {
            return (new Cue(t, t, SignatureCue), signed);
        }
        int limit = t;
        while (limit < view.Count && limit - t < AfterWindow && !view.Is(limit, ClauseTokenKind.Stop) && !view.Is(limit, ClauseTokenKind.QuoteOpen)
            && !view.Is(limit, ClauseTokenKind.Colon) && !view.Is(limit, ClauseTokenKind.Semicolon) && view.ParagraphOf(limit) == view.ParagraphOf(t))
        {
            limit++;
        }
        for (int c = t; c < limit; c++)
        {
            // "one of the states suing the agency": a cue word after a determiner is a noun inside the mention.
            if (cues.At(c) is not { } cue || (c > t && view.IsLower(c) && view.InSet(c - 1, SpeakerLexicons.Determiners)))
            {
                continue;
            }
            // When the quote ended its sentence, the cue must end the next one ("“Q.” Smith said.") rather than
            // start a report of its own ("“Q.” The agency said the test had failed.").
            bool newSentence = view.SentenceOf(c) != view.SentenceOf(close);
            if (c == t)
            {
                // Inverted: "said Col. Ines Duarte", "said he"; the appositive may run to the sentence end.
                var after = SpeakerMentionParser.Closing(view, cue.Last + 1, Math.Max(limit, view.SentenceEnd(cue.Last)));
                return after is null || (newSentence && !EndsSoon(view, after.LastToken + 1)) ? null : (cue, after);
            }
            if (newSentence && !EndsSoon(view, cue.Last + 1))
            {
                return null;
            }
            var before = SpeakerMentionParser.Before(view, c, t);
            if (before is null)
            {
                return null;
            }
            if (before.FirstToken == t)
            {
                return (cue, before);
            }
            // "“Q,” farmer Joan Pike said": a few lower-case words before the name describe the speaker.
            return DescribedName.From(view, before, t) is { } described ? (cue, described) : null;
        }
        return null;
    }

    private static (Cue Cue, SpeakerMention Mention)? BeforeQuote(ClauseView view, CueIndex cues, int open)
    {
        int t = open - 1;
        bool colon = view.Is(t, ClauseTokenKind.Colon);
        if (colon || view.Is(t, ClauseTokenKind.Comma))
        {
            t--;
        }
        if (t < 0)
        {
            return null;
        }
        // "S said in a statement: “Q”" and "S told his radio audience on Monday, “Q”" let a short adjunct or
        // addressee stand between the cue and the mark.
        int reach = colon || view.Is(open - 1, ClauseTokenKind.Comma) ? 8 : 0;
        for (int c = t; c >= Math.Max(0, t - reach); c--)
        {
            if (cues.EndingAt(c) is { } cue)
            {
                if (c != t && ReportedClause.IsQuoteOnly(cue))
                {
                    return null; // "continued its expansion in Asia: “Q”" is no cue; "continued: “Q”" is
                }
                int floor = view.SentenceFirst(cue.First);
                var mention = SpeakerMentionParser.Before(view, cue.First, floor)
                    ?? (cue.Entry.Form == Lexicons.CueForm.Participle || FollowsConjunction(view, cue.First) ? SentenceSubject.Find(view, cue.First) : null)
                    ?? InvertedBeforeColon(view, cue, floor, colon ? open - 1 : -1);
                return mention is null ? null : (cue, mention);
            }
            if (!view.IsWord(c) || view.IsWord(c, "that"))
            {
                break; // "said via email that, “Q” ...": a reported clause that quotes, not a direct quote
            }
        }
        return null;
    }

    // "Said Ellis: “Q”", "Added the senator: “Q”": an inverted cue opens the sentence and its speaker runs to
    // the colon.
    private static SpeakerMention? InvertedBeforeColon(ClauseView view, Cue cue, int floor, int colon)
    {
        if (colon < 0 || cue.First != floor || cue.Entry.Form != Lexicons.CueForm.Finite || !view.IsCapitalized(cue.First))
        {
            return null;
        }
        return SpeakerMentionParser.After(view, cue.Last + 1, colon) is { } mention && mention.LastToken == colon - 1 ? mention : null;
    }

    // "She then urges him to stop and repeatedly says, “Q”": the cue shares the sentence's subject.
    private static bool FollowsConjunction(ClauseView view, int cue)
    {
        int t = cue - 1;
        while (t >= 0 && (view.InSet(t, Lexicons.SpeakerLexicons.ClauseAdverbs) || view.IsLyAdverb(t))) t--;
        return view.IsWord(t, "and") || view.IsWord(t, "but");
    }

    // Only a short adjunct ("in a statement", "on Tuesday") may follow before the sentence ends.
    private static bool EndsSoon(ClauseView view, int from)
    {
        int end = view.SentenceEnd(Math.Min(from, view.Count - 1));
        if (from >= view.Count || end - from > 6)
        {
            return from >= view.Count;
        }
        for (int t = from; t < end; t++)
        {
            if (view.IsWord(t, "that") || view.Is(t, ClauseTokenKind.QuoteOpen)) return false;
        }
        return true;
    }

    private static int ParagraphEndToken(ClauseView view, int t)
    {
        if (t >= view.Count)
        {
            return view.Count;
        }
        // The first token of the next paragraph (tokens before it belong to this one, gaps included), found by
        // search: a walk here read a whole long paragraph again for every quotation in it.
        int next = view.ParagraphOf(t) + 1;
        var paragraphs = view.Document.Paragraphs;
        return next < paragraphs.Count ? Math.Max(view.FirstTokenAt(paragraphs[next].Span.Start), t) : view.Count;
    }

    private static TextSpan Trim(string text, TextSpan span)
    {
        int start = span.Start, end = span.End;
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return new TextSpan(start, end);
    }
}
