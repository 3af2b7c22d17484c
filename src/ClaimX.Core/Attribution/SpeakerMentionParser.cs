using ClaimX.Core.Lexicons;
using ClaimX.Core.Scanning;
using ClaimX.Core.Text;

namespace ClaimX.Core.Attribution;

/// <summary>
/// Reads the speaker noun phrase next to a cue: backwards from the cue ("union spokesman Pedro Alves
/// confirmed", "Alves, who ..., added") or forwards from it ("said Col. Ines Duarte", "according to Ravi
/// Menon, a spokesman for the Transport Ministry"). Works from lexicons (titles, role nouns, organisation heads,
/// determiners, clause breaks) and capitalisation, not from a parser, so it favours short, certain mentions.
/// </summary>
internal static class SpeakerMentionParser
{
    private const int MaxWords = 12;
    private const int MaxAppositiveTokens = 30;

    /// <summary>The speaker ending just before <paramref name="cue"/> (adverbs such as "also" or "has" may intervene).</summary>
    public static SpeakerMention? Before(ClauseView view, int cue, int floor)
    {
        var mention = BeforeCore(view, cue, floor);
        return mention is not null && InSubjectPosition(view, mention, floor) ? mention : null;
    }

    // "Theresa May said", "Brian May told": a month name right after a capitalised word that is neither a preposition
    // nor a time word is a surname; as a time adjunct a month needs "in", "last", "this" or a day ("in May", "May 3").
    internal static bool IsSurnameMonth(ClauseView view, int t) =>
        IsMonthName(view, t) && view.IsCapitalized(t - 1) && t - 1 != view.SentenceFirst(t)
        && !view.InSet(t - 1, SpeakerLexicons.TimeWords) && !view.InSet(t - 1, SpeakerLexicons.Prepositions) && !view.InSet(t - 1, SpeakerLexicons.Determiners);

    // Capitalised inside a sentence, "May" is the month (or a name), not the modal.
    private static bool IsMonthName(ClauseView view, int t) =>
        view.IsCapitalized(t) && t != view.SentenceFirst(t) && ScanLexicons.Months.Contains(view.Word(t));

    // Adverbs, auxiliaries and time adjuncts may stand between a speaker and the cue: "also", "has long",
    // "repeatedly", "on Wednesday", "this month", "in April".
    private static int SkipBetweenSpeakerAndCue(ClauseView view, int end, int floor)
    {
        while (end >= floor)
        {
            if ((view.InSet(end, SpeakerLexicons.ClauseAdverbs) && !IsMonthName(view, end)) || view.IsLyAdverb(end))
            {
                end--;
                continue;
            }
            if (view.InSet(end, SpeakerLexicons.TimeWords) && (!view.InSet(end, SpeakerLexicons.ClauseAdverbs) || IsMonthName(view, end)) && !IsSurnameMonth(view, end))
            {
                int t = end - 1;
                while (t >= floor && (view.InSet(t, SpeakerLexicons.TimeWords) || (view.IsWord(t) && char.IsDigit(view.Text[view.Tokens[t].Start])))) t--;
                if (t >= floor && view.IsLower(t) && (view.InSet(t, SpeakerLexicons.ObjectPrepositions) || view.IsWord(t, "this") || view.IsWord(t, "last") || view.IsWord(t, "just")))
                {
                    t--;
                }
                if (t < end - 1 || view.IsLower(t + 1) || view.InSet(t + 1, SpeakerLexicons.TimeWords))
                {
                    end = t;
                    continue;
                }
            }
            break;
        }
        return end;
    }

    // A speaker right after a preposition is that preposition's object, also across "and" ("between the U.S.
    // and the rebels called for ...").
    private static bool InSubjectPosition(ClauseView view, SpeakerMention mention, int floor)
    {
        int before = mention.FirstToken - 1;
        if (before < floor)
        {
            return true;
        }
        if (view.IsLower(before) && view.InSet(before, SpeakerLexicons.ObjectPrepositions))
        {
            return false;
        }
        if ((view.IsWord(before, "and") || view.IsWord(before, "or")) && Backward(view, before - 1, floor) is { } conjunct)
        {
            int ahead = conjunct.FirstToken - 1;
            return !(ahead >= floor && view.IsLower(ahead) && view.InSet(ahead, SpeakerLexicons.ObjectPrepositions));
        }
        return true;
    }

    private static SpeakerMention? BeforeCore(ClauseView view, int cue, int floor)
    {
        int end = SkipBetweenSpeakerAndCue(view, cue - 1, floor);
        if (end < floor)
        {
            return null;
        }
        // "Alves, who called on ..., added" and "Pedro Alves, a union spokesman, said".
        if (view.Is(end, ClauseTokenKind.Comma))
        {
            return Appositive(view, end, floor);
        }
        // "Rep. Jim Jordan (R-Ohio) said": the parenthesis belongs to the mention as written.
        if (view.Is(end, ClauseTokenKind.ParenClose))
        {
            int open = ParenOpenBefore(view, end, floor);
            return open < 0 ? null : Backward(view, open - 1, floor) is { } named ? named with { Span = view.SpanOf(named.FirstToken, end), LastToken = end } : null;
        }
        var mention = Backward(view, end, floor);
        if (mention is null)
        {
            return null;
        }
        // "Duarte, the army spokeswoman said": a description right after a comma and a name.
        if (mention.Kind == MentionKind.Description && view.InSet(mention.FirstToken, SpeakerLexicons.Determiners)
            && view.Is(mention.FirstToken - 1, ClauseTokenKind.Comma)
            && Backward(view, mention.FirstToken - 2, floor) is { Kind: MentionKind.Name } name && InSubjectPosition(view, name, floor))
        {
            return name with { Role = Describe(view, mention.FirstToken, mention.LastToken), Span = view.SpanOf(name.FirstToken, mention.LastToken), LastToken = mention.LastToken };
        }
        return mention;
    }

    /// <summary>The speaker starting at <paramref name="start"/>, with a trailing appositive as its role.</summary>
    public static SpeakerMention? After(ClauseView view, int start, int limit)
    {
        int t = start;
        if (t >= limit || !view.IsWord(t))
        {
            return null;
        }
        if (view.Word(t) is var word && SpeakerLexicons.Pronouns.TryGet(word, out _) && !word.Equals("who", StringComparison.OrdinalIgnoreCase))
        {
            return MentionClassifier.Classify(view, t, t);
        }
        int last = -1;
        while (t < limit && t - start < MaxWords && view.IsWord(t))
        {
            if (view.InSet(t, SpeakerLexicons.ClauseBreaks))
            {
                break;
            }
            if (view.InSet(t, SpeakerLexicons.Prepositions) && !view.IsCapitalized(t))
            {
                // Only "for the Transport Ministry", "in Peru": a preposition followed by a name.
                int next = view.InSet(t + 1, SpeakerLexicons.Determiners) ? t + 2 : t + 1;
                if (last < 0 || !view.IsCapitalized(next) || view.InSet(next, SpeakerLexicons.TimeWords))
                {
                    break;
                }
                t++;
                continue;
            }
            if (view.IsCapitalized(t) || view.InNounSet(t, SpeakerLexicons.RoleNouns) || view.InNounSet(t, SpeakerLexicons.OrganisationHeads)
                || view.InNounSet(t, SpeakerLexicons.SourceDescriptions))
            {
                last = t;
            }
            else if (!view.InSet(t, SpeakerLexicons.Determiners) && !(view.IsLower(t) && HeadAhead(view, t + 1, limit))
                && !(last < 0 && t == start && !view.IsCapitalized(t) && NameAhead(view, t + 1, limit)))
            {
                break;
            }
            t++;
        }
        if (last < start)
        {
            return null;
        }
        var mention = MentionClassifier.Classify(view, start, last);
        if (mention is null)
        {
            return null;
        }
        if (view.Is(last + 1, ClauseTokenKind.ParenOpen) && ParenCloseAfter(view, last + 1, limit) is var shut && shut > 0)
        {
            last = shut;
            mention = mention with { Span = view.SpanOf(mention.FirstToken, last), LastToken = last };
        }
        // "said the shadow home secretary, Chris Philp": a name in apposition after a description is the speaker,
        // and the description is its role.
        if (mention.Kind == MentionKind.Description && view.Is(last + 1, ClauseTokenKind.Comma)
            && NameAfterComma(view, last + 2, limit) is { } named)
        {
            return named with { Span = view.SpanOf(mention.FirstToken, named.LastToken), FirstToken = mention.FirstToken, HeadSpan = named.Span, Role = Describe(view, start, last) };
        }
        // ", a spokesman for the Interior Ministry" after a name fills the role and is part of the mention.
        if (mention.Kind == MentionKind.Name && view.Is(last + 1, ClauseTokenKind.Comma) && !IsRelative(view, last + 2)
            && (view.InSet(last + 2, SpeakerLexicons.Determiners) || view.InNounSet(last + 2, SpeakerLexicons.RoleNouns)))
        {
            int close = last + 2;
            while (close < limit && close - last < MaxAppositiveTokens && (view.IsWord(close) || view.Is(close, ClauseTokenKind.ParenOpen)
                || view.Is(close, ClauseTokenKind.ParenClose) || view.Is(close, ClauseTokenKind.Other)))
            {
                close++;
            }
            if (close > last + 3)
            {
                mention = mention with
                {
                    Role = Describe(view, last + 2, close - 1),
                    Span = view.SpanOf(mention.FirstToken, close - 1),
                    LastToken = close - 1,
                };
            }
        }
        // "said Ann Lee, who runs the clinic." and "said Ann Lee, a nurse, who runs the clinic.": a relative clause
        // about the speaker that ends the sentence is part of the subject as written; the role stays the appositive.
        if (mention.Kind is MentionKind.Name or MentionKind.Description && view.Is(mention.LastToken + 1, ClauseTokenKind.Comma)
            && (view.IsWord(mention.LastToken + 2, "who") || view.IsWord(mention.LastToken + 2, "whose"))
            && ClosingRun(view, mention.LastToken + 2, limit) is var relativeEnd && relativeEnd > mention.LastToken + 2
            && IsSimpleRelative(view, mention.LastToken + 3, relativeEnd))
        {
            return WithInsert(view, mention, relativeEnd);
        }
        return mention;
    }

    /// <summary>
    /// Like <see cref="After(ClauseView, int, int)"/>, for a speaker that closes its clause ("said one source on
    /// the panel.", "according to a Post database tracking such deaths,"): a description takes the modifiers that
    /// run to the clause end as written, unless they say where, when or how it was said ("in a statement").
    /// </summary>
    public static SpeakerMention? Closing(ClauseView view, int start, int limit)
    {
        var mention = After(view, start, limit);
        if (mention is null || mention.Kind is MentionKind.Pronoun or MentionKind.Relative || mention.Kind == MentionKind.Name && !view.InSet(mention.FirstToken, SpeakerLexicons.Determiners))
        {
            return mention;
        }
        int first = mention.LastToken + 1;
        int end = ClosingRun(view, first, limit);
        if (end < first || end - first >= MaxTailWords)
        {
            return mention;
        }
        // A preposition or a participle opens a modifier ("source on the panel", "poll released last week"); after
        // a capitalised word a determiner-led mention may still reach its head noun ("a Washington Post database").
        bool opens = (view.IsLower(first) && view.InSet(first, SpeakerLexicons.Prepositions) && !view.InSet(first + 1, SpeakerLexicons.TimeWords))
            || IsParticiple(view, first)
            || (view.IsCapitalized(mention.LastToken) && view.InSet(mention.FirstToken, SpeakerLexicons.Determiners) && view.IsLower(first));
        if (!opens)
        {
            return mention;
        }
        for (int t = first; t <= end; t++)
        {
            if ((view.InSet(t, SpeakerLexicons.ClauseBreaks) && !view.InSet(t, SpeakerLexicons.Prepositions)) || view.InSet(t, SpeechSettings)
                || SpeakerLexicons.Pronouns.TryGet(view.Word(t), out _)
                || (t > first && view.IsLower(t) && view.TryCue(t, out _) && !IsParticiple(view, t) && !view.InSet(t - 1, SpeakerLexicons.Determiners)))
            {
                return mention;
            }
            if (view.InSet(t, SpeakerLexicons.TimeWords) && !IsParticiple(view, first))
            {
                return mention; // "said the official on Monday"
            }
        }
        return WithInsert(view, mention, end);
    }

    private const int MaxTailWords = 9;

    // A relative clause that holds a cue ("who emphasized that ...") reports something itself, and one with a
    // subordinate clause ("who has campaigned for X since he ...") tells a story of its own: neither
    // is taken into the mention.
    private static bool IsSimpleRelative(ClauseView view, int first, int last)
    {
        for (int t = first; t <= last; t++)
        {
            // "as" is mostly a preposition here ("who served as ambassador").
            if (view.IsLower(t) && (view.TryCue(t, out _) || (ReportedClause.IsSubordinator(view, t) && !view.IsWord(t, "as"))
                || view.IsWord(t, "that")))
            {
                return false;
            }
        }
        return true;
    }

    private static readonly WordSet SpeechSettings = WordSet.FromResource("speech-settings.txt");

    private static bool IsParticiple(ClauseView view, int t) =>
        view.IsLower(t) && view.Word(t) is var w && w.Length > 4 && (w.EndsWith("ing", StringComparison.Ordinal) || w.EndsWith("ed", StringComparison.Ordinal));

    // The last word of a run of words from <paramref name="first"/> that ends the clause (a stop, comma, or the
    // limit), or -1 when the run is interrupted (a quotation, colon, parenthesis) or too long.
    private static int ClosingRun(ClauseView view, int first, int limit)
    {
        int t = first;
        while (t < limit && t - first < MaxAppositiveTokens && (view.IsWord(t) || view.Is(t, ClauseTokenKind.Other)))
        {
            t++;
        }
        if (t == first || t - first >= MaxAppositiveTokens)
        {
            return -1;
        }
        return t >= limit || view.Is(t, ClauseTokenKind.Stop) || view.Is(t, ClauseTokenKind.Comma) ? t - 1 : -1;
    }

    // A run of capitalised words right after a comma that classifies as a personal name and ends the phrase
    // (at a stop, comma or the limit), as in ", Chris Philp." or ", Ann Briggs, on Monday".
    private static SpeakerMention? NameAfterComma(ClauseView view, int first, int limit)
    {
        int t = first;
        while (t < limit && t - first < MaxWords && view.IsWord(t) && view.IsCapitalized(t))
        {
            t++;
        }
        if (t == first || (t < limit && view.IsWord(t)))
        {
            return null;
        }
        return MentionClassifier.Classify(view, first, t - 1) is { Kind: MentionKind.Name } name ? name : null;
    }

    // "said 9/11 widow Terry Strada": lower-case words or numbers before a name describe its bearer.
    private static bool NameAhead(ClauseView view, int from, int limit)
    {
        for (int t = from; t < Math.Min(limit, from + 3); t++)
        {
            if (view.IsCapitalized(t))
            {
                return true;
            }
            if (!view.IsWord(t) || view.InSet(t, SpeakerLexicons.ClauseBreaks) || view.InSet(t, SpeakerLexicons.ObjectPrepositions))
            {
                return false;
            }
        }
        return false;
    }

    // A lower-case modifier is part of the mention only when a head noun follows ("a local lawmaker").
    private static bool HeadAhead(ClauseView view, int from, int limit)
    {
        for (int t = from; t < Math.Min(limit, from + 3); t++)
        {
            if (view.InNounSet(t, SpeakerLexicons.RoleNouns) || view.InNounSet(t, SpeakerLexicons.OrganisationHeads) || view.InNounSet(t, SpeakerLexicons.SourceDescriptions))
            {
                return true;
            }
            if (!view.IsWord(t) || view.InSet(t, SpeakerLexicons.ClauseBreaks))
            {
                return false;
            }
        }
        return false;
    }

    // "S, appositive, said": the head before the first comma of up to three comma-separated inserts
    // ("Michael Mulgrew, president of the union, which represents teachers, said"). A relative or participle
    // clause is skipped; anything else is the speaker's role as written.
    private static SpeakerMention? Appositive(ClauseView view, int closingComma, int floor)
    {
        int open = closingComma;
        int segments = MaxInserts;
        for (int segment = 0; segment < segments; segment++)
        {
            open--;
            while (open >= floor && closingComma - open < MaxAppositiveTokens && !view.Is(open, ClauseTokenKind.Comma))
            {
                if (view.Is(open, ClauseTokenKind.QuoteClose) || view.Is(open, ClauseTokenKind.Stop) || view.Is(open, ClauseTokenKind.Colon)
                    || view.Is(open, ClauseTokenKind.QuoteOpen))
                {
                    return null;
                }
                open--;
            }
            if (open < floor || !view.Is(open, ClauseTokenKind.Comma) || open + 1 >= closingComma)
            {
                return null;
            }
            var head = view.Is(open - 1, ClauseTokenKind.ParenClose) && ParenOpenBefore(view, open - 1, floor) is var paren && paren > 0
                ? Backward(view, paren - 1, floor)
                : Backward(view, open - 1, floor);
            // "Ann Lee, 59, of Dover, Del., who ..., said": an age and the pieces of a place ("Del." after "of Dover")
            // are inserts of their own and do not use up the three inserts a subject may carry.
            if (segments < MaxInserts + MaxOriginInserts && (head is null ? IsAge(view, open - 1) : IsPlaceAfterOrigin(view, head, floor) || FollowsOrigin(view, head)))
            {
                segments++;
            }
            if (head is null || head.Kind is MentionKind.Pronoun or MentionKind.Relative
                || (head.Kind == MentionKind.Description && segment == 0 && !StartsDescription(view, open + 1) && !IsRelative(view, open + 1))
                || !InSubjectPosition(view, head, floor) || IsAppositiveOfName(view, head, floor) || IsPlaceAfterOrigin(view, head, floor))
            {
                continue; // "Johnnie Wilson, of Springfield, Va., said": the head is further back
            }
            // "Clinton, at Monday's debate, said": a prepositional insert says where or when, not who; "of" says
            // where the speaker is from and belongs to the mention as written ("Ann Lee, of Dover, Del., said").
            if (view.IsLower(open + 1) && view.InSet(open + 1, SpeakerLexicons.ObjectPrepositions))
            {
                return view.IsWord(open + 1, "of") ? WithInsert(view, head, closingComma - 1) : head;
            }
            if (IsRelative(view, open + 1) && IsSimpleRelative(view, open + 2, closingComma - 1))
            {
                // "Alves, who called on ..., added": a non-restrictive relative clause is part of the subject as
                // written; the canonical speaker stays the head.
                return WithInsert(view, head, closingComma - 1);
            }
            if (IsClause(view, open + 1))
            {
                // A participle clause ("Trump, speaking to veterans, said") is an adjunct of the verb, not part
                // of the subject: the mention is the head alone.
                return head;
            }
            int roleEnd = closingComma - 1;
            int mentionEnd = closingComma - 1;
            for (int t = open + 1; t < closingComma; t++)
            {
                if (view.Is(t, ClauseTokenKind.Comma) && IsClause(view, t + 1))
                {
                    roleEnd = t - 1; // "president of the union, which represents teachers"
                    // "which" and "where" stand for the organisation or place the appositive ends with, so the
                    // clause is not about the speaker; "who" is ("a developer in Virginia, who introduced ...").
                    if (!(view.IsWord(t + 1, "who") || view.IsWord(t + 1, "whose")))
                    {
                        mentionEnd = roleEnd;
                    }
                    break;
                }
            }
            // "The transport secretary, Grant Shapps, told": the name in the insert is the speaker, the
            // description before it the role.
            if (head.Kind is MentionKind.Description or MentionKind.Body && MentionClassifier.Classify(view, open + 1, roleEnd) is { Kind: MentionKind.Name } named
                && named.Name is { } name && name.Start == view.Tokens[open + 1].Start && name.End == view.Tokens[roleEnd].End)
            {
                return named with
                {
                    Role = Describe(view, head.FirstToken, head.LastToken),
                    Span = view.SpanOf(head.FirstToken, closingComma - 1),
                    FirstToken = head.FirstToken,
                    LastToken = closingComma - 1,
                };
            }
            // An age is no role: "Ann Lee, 59, of Dover, Del." is the speaker as written, and the speaker is the name;
            // a description after the age ("Tom Hale, 71, a retired miner") still is.
            if (IsAge(view, open + 1) && view.Is(open + 2, ClauseTokenKind.Comma))
            {
                var aged = WithInsert(view, head, mentionEnd);
                return open + 3 <= roleEnd && (view.InSet(open + 3, SpeakerLexicons.Determiners) || view.InNounSet(open + 3, SpeakerLexicons.RoleNouns))
                    ? aged with { Role = head.Role is null || head.Kind != MentionKind.Name ? Describe(view, open + 3, roleEnd) : head.Role + "; " + Describe(view, open + 3, roleEnd) }
                    : aged;
            }
            string described = Describe(view, open + 1, roleEnd);
            return head with
            {
                Role = head.Role is null || head.Kind != MentionKind.Name ? described : head.Role + "; " + described,
                Span = view.SpanOf(head.FirstToken, mentionEnd),
                LastToken = mentionEnd,
            };
        }
        return null;
    }

    private const int MaxInserts = 3;
    private const int MaxOriginInserts = 3;

    private static bool IsAge(ClauseView view, int t) =>
        view.IsWord(t) && char.IsDigit(view.Text[view.Tokens[t].Start]) && view.Is(t - 1, ClauseTokenKind.Comma);

    // The object of "of"/"from" in an origin insert ("of Dover").
    private static bool FollowsOrigin(ClauseView view, SpeakerMention head) =>
        view.IsLower(head.FirstToken - 1) && (view.IsWord(head.FirstToken - 1, "of") || view.IsWord(head.FirstToken - 1, "from"));

    // "Del." in "of Dover, Del.": one capitalised word (a state or country) after a comma that follows an origin's
    // place name; two words may be a person named in apposition ("the head of Oxfam, Ann Lee, who ...").
    private static bool IsPlaceAfterOrigin(ClauseView view, SpeakerMention head, int floor) =>
        head.FirstToken == head.LastToken && view.IsCapitalized(head.FirstToken) && view.Is(head.FirstToken - 1, ClauseTokenKind.Comma)
        && Backward(view, head.FirstToken - 2, floor) is { } place && view.IsCapitalized(place.FirstToken) && FollowsOrigin(view, place);

    // "Tom Okafor, director of the Harbour Trust, which ...": a lower-case phrase between a name and a comma is the
    // name's appositive, not the head of the subject.
    private static bool IsAppositiveOfName(ClauseView view, SpeakerMention head, int floor) =>
        view.IsLower(head.FirstToken) && view.Is(head.FirstToken - 1, ClauseTokenKind.Comma)
        && Backward(view, head.FirstToken - 2, floor) is { Kind: MentionKind.Name };

    // The mention widened to an insert after it, as written; the canonical speaker stays the noun phrase itself.
    private static SpeakerMention WithInsert(ClauseView view, SpeakerMention head, int last) =>
        head with { Span = view.SpanOf(head.FirstToken, last), LastToken = last, HeadSpan = head.Core };

    // A relative or participle clause ("who ...", "speaking to reporters") says something else about the speaker.
    private static bool IsClause(ClauseView view, int t) =>
        IsRelative(view, t) || (view.IsLower(t) && view.Word(t).EndsWith("ing", StringComparison.Ordinal) && view.Word(t).Length > 4);

    private static bool IsRelative(ClauseView view, int t) =>
        view.IsWord(t, "who") || view.IsWord(t, "which") || view.IsWord(t, "whose") || view.IsWord(t, "where");

    private static bool StartsDescription(ClauseView view, int t) =>
        view.InSet(t, SpeakerLexicons.Determiners) || view.IsCapitalized(t);

    // Scans a noun phrase backwards from its last token.
    private static SpeakerMention? Backward(ClauseView view, int end, int floor)
    {
        if (end < floor || !view.IsWord(end))
        {
            return null;
        }
        var last = view.Word(end);
        if (IsPronounContraction(last))
        {
            return MentionClassifier.Classify(view, end, end);
        }
        if (SpeakerLexicons.Pronouns.TryGet(last, out _))
        {
            if (last.Equals("who", StringComparison.OrdinalIgnoreCase))
            {
                var antecedent = view.Is(end - 1, ClauseTokenKind.Comma) ? Backward(view, end - 2, floor) : null;
                return antecedent is null ? null : new SpeakerMention(view.Tokens[end].Span, MentionKind.Relative, null, null, end, end) { Antecedent = antecedent };
            }
            return MentionClassifier.Classify(view, end, end);
        }
        if (IsPossessive(last))
        {
            return null; // "Trump's tweet": the possessor is not the head
        }
        bool head = view.IsCapitalized(end) || view.InNounSet(end, SpeakerLexicons.RoleNouns) || view.InNounSet(end, SpeakerLexicons.OrganisationHeads)
            || view.InNounSet(end, SpeakerLexicons.SourceDescriptions);
        bool surname = IsSurnameMonth(view, end); // "May" is also a modal and a month
        if ((view.InSet(end, SpeakerLexicons.ClauseBreaks) && !surname) || view.InSet(end, SpeakerLexicons.Determiners) || view.InSet(end, SpeakerLexicons.ObjectPrepositions)
            || (view.InSet(end, SpeakerLexicons.TimeWords) && !surname))
        {
            return null; // "Monday", "this month": a time, not a speaker
        }
        if (!head)
        {
            return LooseDescription(view, end, floor);
        }
        int first = end;
        bool lowerHead = !view.IsCapitalized(end);
        int t = end - 1;
        while (t >= floor && end - t < MaxWords)
        {
            if (view.Is(t, ClauseTokenKind.Other) && view.Word(t) is "'" or "\u2019" && view.IsWord(t - 1))
            {
                t--; // "Fox News' Bret Baier"
                continue;
            }
            if (!view.IsWord(t))
            {
                break;
            }
            if (view.IsCapitalized(t))
            {
                int title = view.MatchEndingAt(t, SpeakerLexicons.Titles);
                // "Secretary of State": a title may end in a word that is also a cue; so may the first word of a name
                // that a determiner opens ("the State Department").
                if (title == 0 && (view.InSet(t, SpeakerLexicons.ClauseBreaks)
                    || (view.TryCue(t, out _) && !(t - 1 >= floor && view.InSet(t - 1, SpeakerLexicons.Determiners)))))
                {
                    break;
                }
                first = title > 1 ? t - title + 1 : t;
                t = first - 1;
                continue;
            }
            if (view.InSet(t, SpeakerLexicons.Determiners))
            {
                first = t;
                // "Mr. Morgan of the Sierra Club", "a spokesman for the ministry": go on through "of the".
                if (view.IsLower(t - 1) && view.InSet(t - 1, SpeakerLexicons.Prepositions) && t - 2 >= floor
                    && (view.IsCapitalized(t - 2) || view.InNounSet(t - 2, SpeakerLexicons.RoleNouns) || view.InNounSet(t - 2, SpeakerLexicons.OrganisationHeads))
                    && !view.InSet(t - 2, SpeakerLexicons.ClauseBreaks))
                {
                    first = t - 1;
                    t -= 2;
                    lowerHead = true;
                    continue;
                }
                // "one of the diplomats", "some of the officials": a quantifier heads the mention.
                if (view.IsWord(t - 1, "of") && t - 2 >= floor && view.InSet(t - 2, SpeakerLexicons.Determiners))
                {
                    first = t - 2;
                }
                break;
            }
            if (view.IsWord(t) && char.IsDigit(view.Text[view.Tokens[t].Start]))
            {
                first = t; // "73 percent", "two officials"
                break;
            }
            // "state officials", "the state attorney general": a cue word used as a noun modifier.
            if (CueReading.IsAttributiveAt(view, t))
            {
                lowerHead = true;
                first = t;
                t--;
                continue;
            }
            if (view.InSet(t, SpeakerLexicons.ClauseBreaks) || view.TryCue(t, out _))
            {
                break;
            }
            if (view.InSet(t, SpeakerLexicons.Prepositions))
            {
                // Inside a mention only between a head noun and a name: "commander in Peru".
                bool objectIsName = view.IsCapitalized(first) || (view.InSet(first, SpeakerLexicons.Determiners) && view.IsCapitalized(first + 1));
                bool headBefore = view.InSet(t - 1, SpeakerLexicons.RoleNouns) || view.InSet(t - 1, SpeakerLexicons.OrganisationHeads)
                    || (view.IsCapitalized(t - 1) && view.Word(t).Equals("of", StringComparison.OrdinalIgnoreCase));
                if (!objectIsName || !headBefore)
                {
                    break;
                }
                first = t;
                t--;
                lowerHead = true;
                continue;
            }
            if (view.InNounSet(t, SpeakerLexicons.RoleNouns) || view.InNounSet(t, SpeakerLexicons.OrganisationHeads) || view.InNounSet(t, SpeakerLexicons.SourceDescriptions))
            {
                lowerHead = true;
                first = t;
                t--;
                continue;
            }
            // Other lower-case words only as modifiers of a lower-case head: "top", "local", "military".
            if (lowerHead && view.IsLower(t) && !view.IsLyAdverb(t))
            {
                first = t;
                t--;
                continue;
            }
            break;
        }
        // Drop an opening adjunct that the scan took in: "On Monday the rebels", "Later Trump", "After campaign aides".
        while (first < end && (view.InSet(first, SpeakerLexicons.ObjectPrepositions) || view.InSet(first, SpeakerLexicons.TimeWords)
            || view.InSet(first, SpeakerLexicons.ClauseBreaks)))
        {
            first++;
        }
        // "Mr. Grassley and Mr. Leahy", "Regulators and environmental groups": a coordinated subject speaks together.
        if ((view.IsWord(first - 1, "and") || view.IsWord(first - 1, "&")) && first - 2 >= floor
            && Backward(view, first - 2, floor) is { Kind: not (MentionKind.Pronoun or MentionKind.Relative) } conjunct
            && !(view.IsLower(conjunct.FirstToken - 1) && view.InSet(conjunct.FirstToken - 1, SpeakerLexicons.ObjectPrepositions)))
        {
            return new SpeakerMention(view.SpanOf(conjunct.FirstToken, end), MentionKind.Description, null, null, conjunct.FirstToken, end);
        }
        return MentionClassifier.Classify(view, first, end);
    }

    // A noun the lexicons do not know still heads a mention when a determiner or possessive opens it within three
    // words: "the announcer", "The clip", "the ad's narrator".
    private static SpeakerMention? LooseDescription(ClauseView view, int end, int floor)
    {
        if (!view.IsLower(end) || view.IsLyAdverb(end) || view.TryCue(end, out _)
            || view.InSet(end, SpeakerLexicons.ObjectPrepositions) || view.InSet(end, SpeakerLexicons.Determiners))
        {
            return null;
        }
        for (int t = end - 1; t >= Math.Max(floor, end - 3); t--)
        {
            if (view.InSet(t, SpeakerLexicons.Determiners) || (IsPossessive(view.Word(t)) && !IsPronounContraction(view.Word(t))))
            {
                int first = t;
                if (IsPossessive(view.Word(t)) && view.InSet(t - 1, SpeakerLexicons.Determiners) && t - 1 >= floor)
                {
                    first = t - 1;
                }
                return new SpeakerMention(view.SpanOf(first, end), MentionKind.Description, null, null, first, end);
            }
            if (!view.IsLower(t) || view.InSet(t, SpeakerLexicons.ClauseBreaks) || view.InSet(t, SpeakerLexicons.ObjectPrepositions)
                || view.TryCue(t, out _))
            {
                return null;
            }
        }
        return null;
    }


    // "I've", "he's", "they'd": a pronoun with a contracted auxiliary, not a possessive.
    internal static bool IsPronounContraction(ReadOnlySpan<char> word)
    {
        int apostrophe = word.IndexOfAny('\'', '\u2019');
        return apostrophe > 0 && SpeakerLexicons.Pronouns.TryGet(word[..apostrophe], out _);
    }

    private static bool IsPossessive(ReadOnlySpan<char> word) =>
        word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("\u2019s", StringComparison.OrdinalIgnoreCase);

    private static int ParenOpenBefore(ClauseView view, int close, int floor)
    {
        for (int t = close - 1; t >= Math.Max(floor, close - 8); t--)
        {
            if (view.Is(t, ClauseTokenKind.ParenOpen)) return t;
        }
        return -1;
    }

    private static int ParenCloseAfter(ClauseView view, int open, int limit)
    {
        for (int t = open + 1; t < Math.Min(limit, open + 8); t++)
        {
            if (view.Is(t, ClauseTokenKind.ParenClose)) return t;
        }
        return -1;
    }

    internal static string Describe(ClauseView view, int first, int last) => view.Text[view.Tokens[first].Start..view.Tokens[last].End];
}
