using ClaimX.Core.Claims;
using ClaimX.Core.Lexicons;
using ClaimX.Core.Text;

namespace ClaimX.Core.Attribution;

/// <summary>
/// Reported (indirect) speech: <c>S said (that) C</c>, <c>S told reporters (that) C</c>, <c>C, S said.</c>,
/// <c>C, according to S.</c>, <c>According to S, C.</c>, <c>S, appositive, added that C</c>,
/// <c>S said in a tweet that C</c>, and participles (<c>..., saying C</c>). A reported clause holding a quotation
/// is a mixed claim. Content follows GOLD-FORMAT.md: the reported clause without "that".
/// </summary>
internal static class ReportedSpeechFinder
{
    private const int MinContentWords = 3;
    private static readonly WordSet Auxiliaries = ClauseLexicons.Auxiliaries;
    private static readonly WordSet IrregularPast = ClauseLexicons.IrregularPast;

    public static void Find(ClauseView view, CueIndex cues, ClaimFilter filter, List<RawClaim> claims)
    {
        foreach (var cue in cues.Cues)
        {
            if (cues.IsUsed(cue) || filter.SkipsParagraph(view.ParagraphOf(cue.First)))
            {
                continue;
            }
            var claim = cue.Entry.Form switch
            {
                CueForm.Source => AccordingTo(view, cue),
                // "is promising", "was telling": a progressive is a finite verb.
                CueForm.Participle when !CueReading.IsProgressive(view, cue) => Participle(view, cue),
                _ => Finite(view, cue),
            };
            if (claim is not null && ClaimFilter.CountWords(view.Document.Slice(claim.Content), MinContentWords) >= MinContentWords)
            {
                cues.MarkUsed(cue);
                claims.Add(claim);
            }
        }
    }

    private static RawClaim? AccordingTo(ClauseView view, Cue cue)
    {
        int first = view.SentenceFirst(cue.First);
        int end = ReportedClause.ClauseEnd(view, cue.First);
        if (cue.First == first || OnlyOpeners(view, first, cue.First))
        {
            // "According to S, C.": the source ends at the first comma; what follows is the claim.
            int comma = cue.Last + 1;
            while (comma < end && !view.Is(comma, ClauseTokenKind.Comma)) comma++;
            var opening = SpeakerMentionParser.Closing(view, cue.Last + 1, comma) ?? SourceUpToComma(view, cue.Last + 1, comma);
            return opening is null || comma >= end ? null : ReportedClause.Make(view, cue, opening, comma + 1, end);
        }
        var source = SpeakerMentionParser.Closing(view, cue.Last + 1, end) ?? SourceUpToComma(view, cue.Last + 1, end);
        if (source is null)
        {
            return null;
        }
        // "C, according to S."
        int stop = cue.First - 1;
        if (view.Is(stop, ClauseTokenKind.Comma) || view.Is(stop, ClauseTokenKind.Dash))
        {
            stop--;
        }
        return ReportedClause.Make(view, cue, source, first, stop + 1);
    }

    private static bool OpensSubordinateClause(ClauseView view, int t) =>
        view.IsWord(t) && ReportedClause.IsSubordinator(view, t) && (t == view.SentenceFirst(t) || view.Is(t - 1, ClauseTokenKind.Comma));

    private static int FirstCommaAfter(ClauseView view, int start, int end)
    {
        for (int t = Math.Max(start, 0) + 2; t < end; t++)
        {
            if (view.Is(t, ClauseTokenKind.Comma) && !view.InQuote(t))
            {
                return t;
            }
        }
        return end;
    }

    // "S, who urged X to ..., added that C" ("Alves, who urged the board to wait, added that ..."): a relative
    // clause ends at the comma before the main clause's verb.
    private static int RelativeClauseEnd(ClauseView view, int start, int end)
    {
        for (int t = Math.Max(start, 0); t < end - 1; t++)
        {
            if (view.Is(t, ClauseTokenKind.Comma) && (view.TryCue(t + 1, out _) || ResumesMainClause(view, t + 1)
                || (view.InSet(t + 1, SpeakerLexicons.ClauseAdverbs) && view.TryCue(t + 2, out _))))
            {
                return t;
            }
        }
        return end;
    }

    // "Her relatives, who asked to see the video, watched it on Thursday": a finite verb after the comma is the
    // main clause's, which the relative clause interrupted.
    private static bool ResumesMainClause(ClauseView view, int t) =>
        view.IsLower(t) && (view.InSet(t, Auxiliaries) || view.InSet(t, IrregularPast)
            || (view.Word(t).Length > 3 && view.Word(t).EndsWith("ed", StringComparison.Ordinal)));

    // "according to figures from the Office of Rail and Road": documents and data are sources too; the source
    // runs to the next comma or the clause end.
    private static SpeakerMention? SourceUpToComma(ClauseView view, int start, int end)
    {
        int last = start;
        while (last < end && last - start < 15 && (view.IsWord(last) || view.Is(last, ClauseTokenKind.Other))) last++;
        last--;
        while (last >= start && !view.IsWord(last)) last--;
        if (last < start || !view.IsWord(start))
        {
            return null;
        }
        return new SpeakerMention(view.SpanOf(start, last), MentionKind.Description, null, null, start, last);
    }

    private static RawClaim? Participle(ClauseView view, Cue cue)
    {
        // ", saying ...", "by saying ...", "while adding ...": the participle reports for the main clause's subject.
        bool attached = view.Is(cue.First - 1, ClauseTokenKind.Comma)
            || (view.IsLower(cue.First - 1) && (view.InSet(cue.First - 1, SpeakerLexicons.ObjectPrepositions) || view.IsWord(cue.First - 1, "while") || view.IsWord(cue.First - 1, "and")));
        if (!attached)
        {
            return null;
        }
        var subject = PreviousCueSpeaker(view, cue) ?? SentenceSubject.Find(view, cue.First);
        if (subject is null)
        {
            return null;
        }
        int start = ReportedClause.ContentStart(view, cue, subject);
        return start < 0 ? null : ReportedClause.Make(view, cue, subject, start, ReportedClause.ClauseEnd(view, cue.First));
    }

    private static RawClaim? Finite(ClauseView view, Cue cue)
    {
        if (CueReading.IsPassive(view, cue) || CueReading.IsAttributive(view, cue))
        {
            return null;
        }
        int first = view.SentenceFirst(cue.First);
        int end = ReportedClause.ClauseEnd(view, cue.First);
        int floor = ReportedClause.ClauseFloor(view, cue.First);
        var subject = SpeakerMentionParser.Before(view, cue.First, floor);
        // "... and says C", "but pledged to ...": a second verb of the sentence's subject.
        if (subject is null && (view.IsWord(cue.First - 1, "and") || view.IsWord(cue.First - 1, "but")
            || (view.IsWord(cue.First - 2, "but") && view.Is(cue.First - 1, ClauseTokenKind.Comma))))
        {
            subject = SentenceSubject.Find(view, cue.First);
        }
        if (subject is not null && CueReading.IsNounReading(view, cue, subject))
        {
            return null;
        }
        // The clause's own subject when the parser finds no short mention; it checks bare verb forms itself.
        subject ??= ClauseSubject.Find(view, cue.First, floor);
        if (subject is { Kind: MentionKind.Name } && DescriptorAfterComma(view, subject) is { } described)
        {
            subject = described; // "C, organiser Priya Nair said."
        }
        if (subject is not null)
        {
            // "C, S said." and "C, as S said."
            int beforeSubject = view.IsWord(subject.FirstToken - 1, "as") ? subject.FirstToken - 2 : subject.FirstToken - 1;
            bool afterComma = view.Is(beforeSubject, ClauseTokenKind.Comma) && beforeSubject > first;
            int rest = cue.Last + 1;
            while (rest < end && view.InSet(rest, SpeakerLexicons.TimeWords)) rest++;
            if (afterComma && (ReportedClause.RestIsAdjunct(view, ReportedClause.AfterAddressee(view, cue, end), end) || ReportedClause.ParticipleFollows(view, rest)))
            {
                // "C, S said." / "C, S told reporters." / "C, S said, adding ..."
                return ReportedClause.Make(view, cue, subject, first, beforeSubject);
            }
            if (afterComma && view.Is(cue.Last + 1, ClauseTokenKind.Comma))
            {
                // "C1, S said, C2.": the cue interrupts one reported sentence.
                return ReportedClause.Make(view, cue, subject, first, end);
            }
            if (BlockAfterColon(view, cue, subject) is { } block)
            {
                return block;
            }
            int start = ReportedClause.ContentStart(view, cue, subject);
            if (subject.Kind == MentionKind.Relative || OpensSubordinateClause(view, subject.FirstToken - 1))
            {
                // "Alves, who called on ..., added" / "When Clinton noted that X, Trump interrupted": the
                // reported clause ends where the main clause resumes.
                end = subject.Kind == MentionKind.Relative ? RelativeClauseEnd(view, start, end) : FirstCommaAfter(view, start, end);
            }
            if (start >= 0 && start < end && ReportedClause.WordsBetween(view, start, end) >= MinContentWords)
            {
                return ReportedClause.Make(view, cue, subject, start, end);
            }
            return null;
        }
        // Inverted: "C, said S."
        if (view.Is(cue.First - 1, ClauseTokenKind.Comma) && cue.First - 1 > first)
        {
            var after = SpeakerMentionParser.Closing(view, cue.Last + 1, end);
            if (after is not null && ReportedClause.RestIsAdjunct(view, after.LastToken + 1, end))
            {
                return ReportedClause.Make(view, cue, after, first, cue.First - 1);
            }
        }
        return null;
    }

    // "C, veteran organiser Priya Nair said": lower-case words between a comma and the name describe the speaker.
    private static SpeakerMention? DescriptorAfterComma(ClauseView view, SpeakerMention name)
    {
        for (int t = name.FirstToken - 1; t >= Math.Max(0, name.FirstToken - 4); t--)
        {
            if (view.Is(t, ClauseTokenKind.Comma))
            {
                return DescribedName.From(view, name, t + 1);
            }
        }
        return null;
    }

    // "Limbaugh added:" closing a paragraph introduces the next paragraph as the words spoken.
    private static RawClaim? BlockAfterColon(ClauseView view, Cue cue, SpeakerMention subject)
    {
        int colon = cue.Last + 1;
        while (colon < view.Count && colon - cue.Last <= 6 && view.IsWord(colon)) colon++;
        if (!view.Is(colon, ClauseTokenKind.Colon) || colon + 1 >= view.Count || view.ParagraphOf(colon + 1) == view.ParagraphOf(colon))
        {
            return null;
        }
        int first = colon + 1;
        if (view.Is(first, ClauseTokenKind.QuoteOpen))
        {
            return null; // a quotation: the quote attributor's case
        }
        int paragraph = view.ParagraphOf(first);
        int last = first;
        while (last + 1 < view.Count && view.ParagraphOf(last + 1) == paragraph) last++;
        return new RawClaim(ClaimKinds.Direct, view.SpanOf(first, last), cue, subject);
    }

    // "“Q,” the senator said, adding that ...": the speaker of the cue just before in the sentence.
    private static SpeakerMention? PreviousCueSpeaker(ClauseView view, Cue cue)
    {
        int first = view.SentenceFirst(cue.First);
        int comma = cue.First - 1;
        for (int t = comma - 1; t >= Math.Max(first, comma - 12); t--)
        {
            if (!view.IsWord(t) || !view.TryCue(t, out var entry) || entry.Form == CueForm.Participle)
            {
                continue;
            }
            var previous = new Cue(t, t, entry);
            int floor = first;
            for (int f = t - 1; f > first; f--)
            {
                if (view.Is(f, ClauseTokenKind.QuoteClose) || view.Is(f, ClauseTokenKind.Comma) && view.Is(f - 1, ClauseTokenKind.QuoteClose))
                {
                    floor = f + 1;
                    break;
                }
            }
            return SpeakerMentionParser.Before(view, previous.First, floor) ?? SpeakerMentionParser.After(view, previous.Last + 1, comma);
        }
        return null;
    }

    private static bool OnlyOpeners(ClauseView view, int from, int to)
    {
        for (int t = from; t < to; t++)
        {
            if (!view.InSet(t, SpeakerLexicons.ClauseBreaks) && !view.Is(t, ClauseTokenKind.Comma))
            {
                return false;
            }
        }
        return true;
    }
}
