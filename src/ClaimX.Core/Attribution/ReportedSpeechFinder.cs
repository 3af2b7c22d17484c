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
    // How far after the cue a "that" may open the clause ("told Fox News' Bret Baier on Monday that").
    private const int ThatReach = 12;

    private static readonly WordSet ObjectVerbs = WordSet.FromResource("object-verbs.txt");
    private static readonly WordSet ClauseOpeners = WordSet.FromResource("clause-openers.txt");
    private static readonly WordSet Auxiliaries = WordSet.FromResource("auxiliaries.txt");

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
                CueForm.Participle when !IsProgressive(view, cue) => Participle(view, cue),
                _ => Finite(view, cue),
            };
            if (claim is not null && ClaimFilter.CountWords(view.Document.Slice(claim.Content)) >= MinContentWords)
            {
                cues.MarkUsed(cue);
                claims.Add(claim);
            }
        }
    }

    private static RawClaim? AccordingTo(ClauseView view, Cue cue)
    {
        int first = view.SentenceFirst(cue.First);
        int end = ClauseEnd(view, cue.First);
        var source = SpeakerMentionParser.After(view, cue.Last + 1, end);
        if (source is null)
        {
            return null;
        }
        if (cue.First == first || OnlyOpeners(view, first, cue.First))
        {
            // "According to S, C."
            int t = source.LastToken + 1;
            while (t < end && !view.Is(t, ClauseTokenKind.Comma)) t++;
            return Make(view, cue, source, t + 1, end);
        }
        // "C, according to S."
        int stop = cue.First - 1;
        if (view.Is(stop, ClauseTokenKind.Comma) || view.Is(stop, ClauseTokenKind.Dash))
        {
            stop--;
        }
        return Make(view, cue, source, first, stop + 1);
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
        int start = ContentStart(view, cue);
        return start < 0 ? null : Make(view, cue, subject, start, ClauseEnd(view, cue.First));
    }

    private static RawClaim? Finite(ClauseView view, Cue cue)
    {
        if (IsPassive(view, cue))
        {
            return null;
        }
        int first = view.SentenceFirst(cue.First);
        int end = ClauseEnd(view, cue.First);
        var subject = SpeakerMentionParser.Before(view, cue.First, ClauseFloor(view, cue.First));
        // "... and says C", "but pledged to ...": a second verb of the sentence's subject.
        if (subject is null && (view.IsWord(cue.First - 1, "and") || view.IsWord(cue.First - 1, "but")
            || (view.IsWord(cue.First - 2, "but") && view.Is(cue.First - 1, ClauseTokenKind.Comma))))
        {
            subject = SentenceSubject.Find(view, cue.First);
        }
        if (subject is not null && IsNounReading(view, cue, subject))
        {
            return null;
        }
        if (subject is not null)
        {
            bool afterComma = view.Is(subject.FirstToken - 1, ClauseTokenKind.Comma) && subject.FirstToken - 1 > first;
            if (afterComma && (RestIsAdjunct(view, cue.Last + 1, end) || ParticipleFollows(view, cue.Last + 1)))
            {
                // "C, S said." / "C, S said, adding ..."
                return Make(view, cue, subject, first, subject.FirstToken - 1);
            }
            if (afterComma && view.Is(cue.Last + 1, ClauseTokenKind.Comma))
            {
                // "C1, S said, C2.": the cue interrupts one reported sentence.
                return Make(view, cue, subject, first, end);
            }
            if (BlockAfterColon(view, cue, subject) is { } block)
            {
                return block;
            }
            int start = ContentStart(view, cue);
            if (start >= 0 && start < end && WordsBetween(view, start, end) >= MinContentWords)
            {
                return Make(view, cue, subject, start, end);
            }
            return null;
        }
        // Inverted: "C, said S."
        if (view.Is(cue.First - 1, ClauseTokenKind.Comma) && cue.First - 1 > first)
        {
            var after = SpeakerMentionParser.After(view, cue.Last + 1, end);
            if (after is not null && RestIsAdjunct(view, after.LastToken + 1, end))
            {
                return Make(view, cue, after, first, cue.First - 1);
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
            if (!view.IsWord(t) || !CueLexicon.Default.TryGet(view.Word(t), out var entry) || entry.Form == CueForm.Participle)
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

    // Where the reported clause starts: after the addressee ("told reporters"), time adjuncts ("said Tuesday"),
    // a short adjunct ending in "that" ("said in a tweet that"), and "that" itself. -1 when no clause follows.
    private static int ContentStart(ClauseView view, Cue cue)
    {
        int end = ClauseEnd(view, cue.First);
        int t = cue.Last + 1;
        for (int i = t; i < Math.Min(end, t + ThatReach); i++)
        {
            if (view.IsWord(i, "that"))
            {
                return i + 1;
            }
            if (!view.IsWord(i) && !view.Is(i, ClauseTokenKind.Comma) && !view.Is(i, ClauseTokenKind.Other))
            {
                break;
            }
            if (view.InSet(i, SpeakerLexicons.ClauseBreaks) && !view.IsWord(i, "to"))
            {
                break;
            }
        }
        if (ObjectVerbs.Contains(view.Word(cue.First)) || IsObjectVerb(cue))
        {
            if (SpeakerMentionParser.After(view, t, end) is { } addressee)
            {
                t = addressee.LastToken + 1;
            }
            else if (view.IsWord(t) && view.Word(t) is var w && (w.Equals("him", StringComparison.OrdinalIgnoreCase) || w.Equals("her", StringComparison.OrdinalIgnoreCase)
                || w.Equals("them", StringComparison.OrdinalIgnoreCase) || w.Equals("us", StringComparison.OrdinalIgnoreCase) || w.Equals("me", StringComparison.OrdinalIgnoreCase)))
            {
                t++;
            }
        }
        while (t < end && (view.InSet(t, SpeakerLexicons.TimeWords) || view.Is(t, ClauseTokenKind.Comma) || view.Is(t, ClauseTokenKind.Colon)))
        {
            t++;
        }
        if (t >= end)
        {
            return -1;
        }
        return cue.Entry.Class switch
        {
            // The object of an evaluative act is what is attributed: "criticized the plan as reckless".
            CueClass.Stance => t,
            // "wants to ...", "plans to ...", or a clause: "hopes (that) he will".
            CueClass.Intention => view.IsWord(t, "to") || OpensClause(view, t, end) ? t : -1,
            CueClass.Belief => OpensClause(view, t, end) ? t : -1,
            // Verbs that also take a plain object ("announced a plan") report a clause only when one plainly starts.
            _ when cue.Entry.Lemma is "say" or "add" or "tell" or "tell reporters" or "write" or "continue" or "tweet" => t,
            // "pledged to impose", "urged Congress to act": an infinitive is what was promised or urged.
            _ => OpensClause(view, t, end) || view.IsWord(t, "to") || view.Is(t, ClauseTokenKind.QuoteOpen) || view.IsCapitalized(t) ? t : -1,
        };
    }

    // A clause starts with a subject word ("he", "there", "the") or has an auxiliary within a few words
    // before any punctuation ("electric utilities would ...").
    private static bool OpensClause(ClauseView view, int t, int end)
    {
        if (view.IsWord(t, "to"))
        {
            return false;
        }
        if (view.InSet(t, ClauseOpeners))
        {
            return true;
        }
        for (int i = t + 1; i < Math.Min(end, t + 6); i++)
        {
            if (!view.IsWord(i))
            {
                return false;
            }
            if (view.InSet(i, Auxiliaries))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsObjectVerb(Cue cue) => ObjectVerbs.Contains(cue.Entry.Lemma);

    // A clause ends at the sentence end, or earlier at a participle clause (", making him ...") or ", according to".
    private static int ClauseEnd(ClauseView view, int from)
    {
        int end = view.SentenceEnd(from);
        while (end > from + 1 && (view.Is(end - 1, ClauseTokenKind.Stop) && !view.Is(end - 2, ClauseTokenKind.QuoteClose)))
        {
            end--;
        }
        return end;
    }

    // The speaker of a finite cue is looked for back to the sentence start, or a semicolon or dash before it.
    private static int ClauseFloor(ClauseView view, int cue)
    {
        int first = view.SentenceFirst(cue);
        for (int t = cue - 1; t > first; t--)
        {
            if (view.Is(t, ClauseTokenKind.Semicolon) || view.Is(t, ClauseTokenKind.QuoteClose) || view.Is(t, ClauseTokenKind.Colon))
            {
                return t + 1;
            }
        }
        return first;
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

    // After "C, S said" only time words or a short prepositional adjunct may follow ("in a statement Tuesday").
    private static bool RestIsAdjunct(ClauseView view, int from, int end)
    {
        if (end - from > 10)
        {
            return false;
        }
        for (int t = from; t < end; t++)
        {
            if (view.Is(t, ClauseTokenKind.QuoteOpen) || view.IsWord(t, "that"))
            {
                return false;
            }
        }
        for (int t = from; t < end; t++)
        {
            if (view.Is(t, ClauseTokenKind.Comma))
            {
                return false;
            }
        }
        return from >= end || view.InSet(from, SpeakerLexicons.TimeWords) || view.InSet(from, SpeakerLexicons.Prepositions);
    }

    private static bool IsProgressive(ClauseView view, Cue cue)
    {
        int t = cue.First - 1;
        while (t >= 0 && view.IsLower(t) && view.Word(t).EndsWith("ly", StringComparison.Ordinal)) t--;
        return view.IsWord(t) && view.Word(t) is var w && (w.Equals("is", StringComparison.OrdinalIgnoreCase) || w.Equals("are", StringComparison.OrdinalIgnoreCase)
            || w.Equals("was", StringComparison.OrdinalIgnoreCase) || w.Equals("were", StringComparison.OrdinalIgnoreCase) || w.Equals("been", StringComparison.OrdinalIgnoreCase)
            || w.Equals("'s", StringComparison.OrdinalIgnoreCase));
    }

    // "was criticized by", "has been cited": the subject is what was spoken about, not the speaker.
    private static bool IsPassive(ClauseView view, Cue cue)
    {
        if (view.IsWord(cue.Last + 1, "by"))
        {
            return true;
        }
        // "the first president believed to have spoken", "a deal expected to pass": a passive participle.
        if (view.IsWord(cue.Last + 1, "to") && view.Word(cue.Last).EndsWith("ed", StringComparison.OrdinalIgnoreCase)
            && cue.Entry.Class is CueClass.Belief or CueClass.Speech && cue.Entry.Lemma is not ("agree" or "promise" or "pledge" or "vow" or "refuse" or "decline" or "threaten" or "urge"))
        {
            return true;
        }
        if (view.Word(cue.First).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        for (int t = cue.First - 1; t >= 0 && view.InSet(t, SpeakerLexicons.ClauseAdverbs) || view.IsWord(t, "been") || view.IsWord(t, "be") || view.IsWord(t, "being"); t--)
        {
            var word = view.Word(t);
            if (word is "is" or "are" or "was" or "were" or "be" or "been" or "being")
            {
                return true;
            }
        }
        return false;
    }

    // A bare cue form ("plan", "report", "claim") after a singular noun is a noun itself ("the new plan"):
    // as a verb it needs a plural or first/second-person subject ("officials plan", "we report") or a modal.
    private static bool IsNounReading(ClauseView view, Cue cue, SpeakerMention subject)
    {
        if (cue.First != cue.Last || !view.Word(cue.First).Equals(cue.Entry.Lemma, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        if (subject.LastToken + 1 < cue.First)
        {
            return false; // an auxiliary or adverb stands between: "will plan", "did claim"
        }
        if (subject.Kind == MentionKind.Pronoun)
        {
            return view.Word(subject.FirstToken) is var p && (p.Equals("he", StringComparison.OrdinalIgnoreCase) || p.Equals("she", StringComparison.OrdinalIgnoreCase) || p.Equals("it", StringComparison.OrdinalIgnoreCase));
        }
        // Names and known nouns take the bare form as plurals or collectives ("Police say", "Democrats claim").
        if (subject.Kind != MentionKind.Description || view.InNounSet(subject.LastToken, SpeakerLexicons.RoleNouns)
            || view.InNounSet(subject.LastToken, SpeakerLexicons.OrganisationHeads) || view.InNounSet(subject.LastToken, SpeakerLexicons.SourceDescriptions))
        {
            return false;
        }
        for (int t = subject.FirstToken; t < subject.LastToken; t++)
        {
            if (view.IsWord(t, "and"))
            {
                return false; // "Smith and Jones say"
            }
        }
        var head = view.Word(subject.LastToken);
        bool plural = head.EndsWith('s') && !head.EndsWith("ss", StringComparison.Ordinal) && !head.EndsWith("'s", StringComparison.Ordinal) && !head.EndsWith("\u2019s", StringComparison.Ordinal);
        return !plural && subject.Kind != MentionKind.Name;
    }

    private static bool ParticipleFollows(ClauseView view, int t) =>
        view.Is(t, ClauseTokenKind.Comma) && view.IsLower(t + 1) && view.Word(t + 1).EndsWith("ing", StringComparison.Ordinal) && view.Word(t + 1).Length > 4;

    private static int WordsBetween(ClauseView view, int from, int end)
    {
        int words = 0;
        for (int t = from; t < end; t++) if (view.IsWord(t)) words++;
        return words;
    }

    private static RawClaim? Make(ClauseView view, Cue cue, SpeakerMention speaker, int from, int to)
    {
        while (from < to && (view.Is(from, ClauseTokenKind.Comma) || view.Is(from, ClauseTokenKind.Dash) || view.IsWord(from, "that")))
        {
            from++;
        }
        while (to > from && (view.Is(to - 1, ClauseTokenKind.Comma) || view.Is(to - 1, ClauseTokenKind.Dash) || view.Is(to - 1, ClauseTokenKind.Colon)))
        {
            to--;
        }
        if (to <= from)
        {
            return null;
        }
        to = CutParticipleClause(view, from, to);
        var content = view.SpanOf(from, to - 1);
        string kind = ClaimKinds.Indirect;
        for (int t = from; t < to; t++)
        {
            if (view.Is(t, ClauseTokenKind.QuoteOpen))
            {
                kind = ClaimKinds.Mixed;
                break;
            }
        }
        return new RawClaim(kind, content, cue, speaker);
    }

    // ", making him the first ..." adds the writer's comment to the reported clause; it is not part of it.
    private static int CutParticipleClause(ClauseView view, int from, int to)
    {
        for (int t = from + 2; t < to - 1; t++)
        {
            if (view.Is(t, ClauseTokenKind.Comma) && !view.InQuote(t) && view.IsLower(t + 1) && view.Word(t + 1).EndsWith("ing", StringComparison.Ordinal) && view.Word(t + 1).Length > 5)
            {
                return t;
            }
        }
        return to;
    }
}
