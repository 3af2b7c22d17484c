using ClaimX.Core.Claims;
using ClaimX.Core.Lexicons;

namespace ClaimX.Core.Attribution;

/// <summary>
/// The bounds of a reported clause around its cue: where it starts (after an addressee, a time adjunct, "that"),
/// where it ends (the sentence end, before a writer's participle comment), and the claim made from them.
/// </summary>
internal static class ReportedClause
{
    // How far after the cue a "that" may open the clause ("told Fox News' Bret Baier on Monday that").
    private const int ThatReach = 12;

    private static readonly WordSet ObjectVerbs = WordSet.FromResource("object-verbs.txt");
    private static readonly WordSet ClauseOpeners = WordSet.FromResource("clause-openers.txt");
    private static readonly WordSet Auxiliaries = WordSet.FromResource("auxiliaries.txt");
    private static readonly WordSet Subordinators = WordSet.FromResource("subordinators.txt");
    private static readonly WordSet AdjunctOpeners = WordSet.FromResource("adjunct-openers.txt");

    // Where the reported clause starts: after the addressee ("told reporters"), time adjuncts ("said Tuesday"),
    // a short adjunct ending in "that" ("said in a tweet that"), and "that" itself. -1 when no clause follows.
    public static int ContentStart(ClauseView view, Cue cue)
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
            if ((view.InSet(i, SpeakerLexicons.ClauseBreaks) && !view.IsWord(i, "to"))
                || (CueLexicon.Default.TryGet(view.Word(i), out _) && view.Is(i - 1, ClauseTokenKind.Comma)))
            {
                break; // "urged the board to wait, added that ...": that "that" is another cue's
            }
        }
        if (ObjectVerbs.Contains(cue.Entry.Lemma))
        {
            // The addressee is left out before a clause ("told reporters the bill would pass") but is part of
            // what was urged or called for before an infinitive ("called on the group to uphold ...").
            if (SpeakerMentionParser.After(view, t, end) is { } addressee)
            {
                if (view.IsWord(addressee.LastToken + 1, "to"))
                {
                    return t;
                }
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
        t = AfterAdjunct(view, t, end);
        if (t >= end || view.InSet(t, AdjunctOpeners))
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
            _ when cue.Entry.Lemma is "say" or "add" or "tell" or "tell reporters" or "write" or "continue" or "tweet" => t,
            // Verbs that also take a plain object ("announced a plan") report a clause when one plainly starts (a
            // subject word or name, a wh-word, an auxiliary a few words on), an infinitive of what was promised or
            // urged ("pledged to impose"), or a noun phrase opened by a determiner: PolNeAR's annotators count
            // "announced the arrest of a man" as attributed content too.
            _ => OpensClause(view, t, end) || view.IsWord(t, "to") || view.Is(t, ClauseTokenKind.QuoteOpen) || view.IsCapitalized(t) ? t : -1,
        };
    }

    // A clause starts with a subject word ("he", "there", "the") or has an auxiliary within a few words
    // before any punctuation ("electric utilities would ...").
    public static bool OpensClause(ClauseView view, int t, int end)
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


    // A clause ends at the sentence end, or earlier at a participle clause (", making him ...") or ", according to".
    public static int ClauseEnd(ClauseView view, int from)
    {
        int end = view.SentenceEnd(from);
        while (end > from + 1 && (view.Is(end - 1, ClauseTokenKind.Stop) && !view.Is(end - 2, ClauseTokenKind.QuoteClose)))
        {
            end--;
        }
        return end;
    }

    // The speaker of a finite cue is looked for back to the sentence start, or a semicolon or dash before it.
    public static int ClauseFloor(ClauseView view, int cue)
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

    // After "C, S said" only time words or a short prepositional adjunct may follow ("in a statement Tuesday").
    public static bool RestIsAdjunct(ClauseView view, int from, int end)
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

    public static bool IsSubordinator(ClauseView view, int t) => view.InSet(t, Subordinators);

    // ", adding ..." or ", as divisions deepened": what follows the cue is the writer's, not the speaker's.
    public static bool ParticipleFollows(ClauseView view, int t) =>
        view.Is(t, ClauseTokenKind.Comma) && view.IsLower(t + 1)
        && ((view.Word(t + 1).EndsWith("ing", StringComparison.Ordinal) && view.Word(t + 1).Length > 4) || view.InSet(t + 1, Subordinators));

    public static int WordsBetween(ClauseView view, int from, int end)
    {
        int words = 0;
        for (int t = from; t < end; t++) if (view.IsWord(t)) words++;
        return words;
    }

    // "said in a statement it regretted", "said on Twitter they would": a short prepositional adjunct before a
    // clause that opens with a subject pronoun.
    private static int AfterAdjunct(ClauseView view, int t, int end)
    {
        if (!view.IsLower(t) || !view.InSet(t, SpeakerLexicons.ObjectPrepositions))
        {
            return t;
        }
        for (int p = t + 1; p < Math.Min(end, t + 8); p++)
        {
            if (!view.IsWord(p))
            {
                return t;
            }
            if (SpeakerLexicons.Pronouns.TryGet(view.Word(p), out _) && !view.IsWord(p, "who") || view.IsWord(p, "there"))
            {
                return p;
            }
        }
        return t;
    }

    // "BRUSSELS (Wire) - ..." or "KABUL, Afghanistan — ...": a dateline opening the sentence is no part of a claim.
    private static int AfterDateline(ClauseView view, int from, int to)
    {
        for (int t = from; t < Math.Min(to, from + 8); t++)
        {
            if (view.Is(t, ClauseTokenKind.Dash))
            {
                return t > from && IsAllCaps(view, from) ? t + 1 : from;
            }
            if (!view.IsWord(t) && !view.Is(t, ClauseTokenKind.Comma) && !view.Is(t, ClauseTokenKind.ParenOpen) && !view.Is(t, ClauseTokenKind.ParenClose))
            {
                return from;
            }
        }
        return from;
    }

    private static bool IsAllCaps(ClauseView view, int t)
    {
        var word = view.Word(t);
        if (word.Length < 2)
        {
            return false;
        }
        foreach (char c in word)
        {
            if (char.IsLower(c)) return false;
        }
        return true;
    }

    public static RawClaim? Make(ClauseView view, Cue cue, SpeakerMention speaker, int from, int to)
    {
        if (from == view.SentenceFirst(from))
        {
            from = AfterDateline(view, from, to);
        }
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
        // Only a clause after its cue may end in the writer's comment; before a trailing cue ("C, killing two,
        // officials said") everything is what the source said.
        if (from > cue.Last)
        {
            to = CutParticipleClause(view, from, to);
            to = CutAtDash(view, from, to);
            to = CutAtCoordinatedCue(view, from, to);
        }
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

    // "called on police to release the videos and called on people to stay calm": a second cue of the same
    // subject starts a claim of its own.
    private static int CutAtCoordinatedCue(ClauseView view, int from, int to)
    {
        for (int t = from + 2; t < to - 1; t++)
        {
            if ((view.IsWord(t, "and") || view.IsWord(t, "but")) && !view.InQuote(t))
            {
                int verb = t + 1;
                while (verb < to && (view.IsWord(verb, "also") || view.IsWord(verb, "then") || view.IsLyAdverb(verb))) verb++;
                if (verb < to && view.IsLower(verb) && CueLexicon.Default.TryGet(view.Word(verb), out var entry) && entry.Form == CueForm.Finite
                    && !NounAfterDeterminer(view, verb))
                {
                    return view.Is(t - 1, ClauseTokenKind.Comma) ? t - 1 : t;
                }
            }
        }
        return to;
    }

    private static bool NounAfterDeterminer(ClauseView view, int t) => view.InSet(t - 1, SpeakerLexicons.Determiners);

    // "... income taxes ― as was true for a few years ― Trump interrupted": a pair of dashes after the reported
    // clause sets off the writer's aside. A single dash often goes on with the speaker's own words
    // ("said the museum would tell those stories -- 'the president but also the slave'"), so it stays, and so
    // do dashes inside quotation marks.
    private static int CutAtDash(ClauseView view, int from, int to)
    {
        for (int t = from + 3; t < to - 1; t++)
        {
            if (view.Is(t, ClauseTokenKind.Dash) && !view.InQuote(t))
            {
                for (int u = t + 2; u < to; u++)
                {
                    if (view.Is(u, ClauseTokenKind.Dash) && !view.InQuote(u))
                    {
                        return t;
                    }
                }
                return to;
            }
        }
        return to;
    }

    // ", making him the first ..." adds the writer's comment to the reported clause; it is not part of it.
    public static int CutParticipleClause(ClauseView view, int from, int to)
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
