using ClaimX.Core.Lexicons;

namespace ClaimX.Core.Attribution;

/// <summary>
/// The subject of a cue's own clause when the speaker parser, which favours short certain mentions, finds
/// none: a long description that opens the clause ("Experts on North Korea and nuclear nonproliferation said",
/// "Those close to him say", "A lawyer for the news outlets, David Schulz, said"), a relative pronoun without
/// a comma before it ("an architect who said", "many of whom say"), or the subject of an earlier verb joined by
/// "and"/"but" across auxiliaries ("has encouraged ... but has said").
/// </summary>
internal static class ClauseSubject
{
    private const int MaxSubjectTokens = 16;
    private const int MaxAntecedentWords = 6;

    private static readonly WordSet Auxiliaries = ClauseLexicons.Auxiliaries;
    private static readonly WordSet IrregularPast = ClauseLexicons.IrregularPast;
    private static readonly WordSet Subordinators = ClauseLexicons.Subordinators;
    private static readonly WordSet DocumentNouns = WordSet.FromResource("document-nouns.txt");
    private static readonly WordSet ContentNouns = WordSet.FromResource("content-nouns.txt");

    public static SpeakerMention? Find(ClauseView view, int cue, int floor)
    {
        int end = cue - 1;
        while (end >= floor && (view.InSet(end, SpeakerLexicons.ClauseAdverbs) || view.IsLyAdverb(end) || view.IsWord(end, "not") || view.IsWord(end, "n't")))
        {
            end--;
        }
        if (end < floor)
        {
            return null;
        }
        if (view.Is(end, ClauseTokenKind.Comma))
        {
            return OpeningPhrase(view, cue, end, floor); // "A lawyer for the outlets, David Schulz, said"
        }
        if (!view.IsWord(end))
        {
            return null;
        }
        if (view.IsWord(end, "and") || view.IsWord(end, "but"))
        {
            // Only across an auxiliary ("but has said"): "and then state and local leaders could ..." is no verb.
            return end < cue - 1 && view.InSet(cue - 1, Auxiliaries) && (end == cue - 2 || view.InSet(cue - 2, Auxiliaries))
                ? SentenceSubject.Find(view, cue) : null;
        }
        if (view.IsWord(end, "who") || view.IsWord(end, "whom"))
        {
            return Relative(view, end, floor);
        }
        return OpeningPhrase(view, cue, end, floor);
    }

    // "an architect who said", "listeners who said", "many of whom say": the antecedent is the noun phrase
    // before the pronoun, back to its determiner; the mention as written is the pronoun.
    private static SpeakerMention? Relative(ClauseView view, int pronoun, int floor)
    {
        int first = pronoun - 1;
        if (view.IsWord(first, "of") && view.IsWord(pronoun, "whom"))
        {
            // "residents, many of whom say": the antecedent is the noun phrase before the quantifier's comma.
            first -= 2;
            if (!view.Is(first, ClauseTokenKind.Comma))
            {
                return null;
            }
            first--;
        }
        int last = first;
        while (first > floor && last - first < MaxAntecedentWords && view.IsWord(first - 1) && !view.InSet(first, SpeakerLexicons.Determiners)
            && !view.InSet(first - 1, SpeakerLexicons.ClauseBreaks) && !(view.IsLower(first - 1) && view.InSet(first - 1, SpeakerLexicons.ObjectPrepositions))
            && !view.TryCue(first - 1, out _))
        {
            first--;
        }
        if (first < floor || !view.IsWord(last) || view.InSet(last, SpeakerLexicons.ClauseBreaks) || view.InSet(last, SpeakerLexicons.Determiners))
        {
            return null;
        }
        var antecedent = MentionClassifier.Classify(view, first, last);
        return antecedent is null ? null
            : new SpeakerMention(view.Tokens[pronoun].Span, MentionKind.Relative, null, null, pronoun, pronoun) { Antecedent = antecedent };
    }

    // The whole phrase from the clause start to the cue, when it has no verb of its own (which would make it a
    // clause: "The plan was dead, he said") and opens like a noun phrase.
    private static SpeakerMention? OpeningPhrase(ClauseView view, int cue, int end, int floor)
    {
        int first = floor;
        while (first < end && (view.IsWord(first, "But") || view.IsWord(first, "And") || view.Is(first, ClauseTokenKind.Dash)))
        {
            first++;
        }
        if (end - first + 1 > MaxSubjectTokens || end - first < 1 || !view.IsWord(first) || !view.IsCapitalized(first)
            || view.InSet(first, SpeakerLexicons.ClauseBreaks) || view.InSet(first, Subordinators) || view.InSet(first, SpeakerLexicons.ObjectPrepositions)
            || view.InSet(first, SpeakerLexicons.TimeWords) || SpeakerLexicons.Pronouns.TryGet(view.Word(first), out _))
        {
            return null;
        }
        if (view.IsWord(end) && (view.InSet(end, SpeakerLexicons.ClauseBreaks) || view.InSet(end, SpeakerLexicons.ObjectPrepositions) || view.InSet(end, SpeakerLexicons.Determiners)))
        {
            return null; // "used blunt language to condemn": an infinitive, whose subject is not next to it
        }
        int commas = 0;
        for (int t = first; t <= end; t++)
        {
            if (view.Is(t, ClauseTokenKind.Comma) || view.Is(t, ClauseTokenKind.Dash))
            {
                commas++;
                continue;
            }
            if (!view.IsWord(t) && !view.Is(t, ClauseTokenKind.ParenOpen) && !view.Is(t, ClauseTokenKind.ParenClose) && !view.Is(t, ClauseTokenKind.Other))
            {
                return null;
            }
            if (view.IsWord(t) && (view.InSet(t, Auxiliaries) || view.InSet(t, IrregularPast) || view.InSet(t, Subordinators)
                || view.IsWord(t, "that") || view.IsWord(t, "which") || view.IsWord(t, "who") || view.TryCue(t, out _)
                || (t > first && view.IsLower(t) && view.Word(t).Length > 3 && view.Word(t).EndsWith("ed", StringComparison.Ordinal) && view.InSet(t + 1, SpeakerLexicons.Determiners))))
            {
                return null; // a finite verb: the phrase is a clause, not a subject
            }
        }
        // Inserts come in pairs ("A lawyer for the outlets, David Schulz, said"); a single comma joins clauses.
        if (commas % 2 != 0 || view.Is(end, ClauseTokenKind.Dash))
        {
            return null;
        }
        if (view.Is(end, ClauseTokenKind.Comma))
        {
            end--;
        }
        int head = HeadOf(view, first, end);
        // "employees of the mill say": a bare verb form needs a plural head, else it is a noun ("the mill plan").
        if (view.TryCue(cue, out var entry) && view.Word(cue).Equals(entry.Lemma, StringComparison.OrdinalIgnoreCase)
            && !view.Word(head).EndsWith('s') && !view.InSet(head, SpeakerLexicons.SourceDescriptions))
        {
            return null;
        }
        // A capital at the sentence start says nothing: "Contrary to his claim" is no name.
        bool source = IsSource(view, head) || (view.IsCapitalized(head) && head > first && !view.InNounSet(head, ContentNouns));
        return source && !RunInHeading(view, first, end) ? MentionClassifier.Classify(view, first, end) : null;
    }

    // The head noun comes before the first modifier after it: a preposition ("Experts on North Korea"), an
    // insert ("A lawyer for the outlets, David Schulz") or a participle ("Protesters marching through ...").
    private static int HeadOf(ClauseView view, int first, int end)
    {
        for (int t = first + 1; t <= end; t++)
        {
            if (!view.IsWord(t) || (view.IsLower(t) && (view.InSet(t, SpeakerLexicons.ObjectPrepositions)
                || view.Word(t).EndsWith("ing", StringComparison.Ordinal) || view.Word(t).EndsWith("ed", StringComparison.Ordinal))))
            {
                return t - 1;
            }
        }
        return end;
    }

    // Only a head that can speak or publish makes the phrase a source: a person, group or body by its role
    // ("experts", "a lawyer", "the campaign") or a document ("the complaint", "recent polls"). "The peace deal
    // called for ..." states what an agreement provides, which no one is reported to have said.
    private static bool IsSource(ClauseView view, int head) =>
        view.IsWord(head) && !view.InSet(head, SpeakerLexicons.Determiners)
        && (view.InNounSet(head, SpeakerLexicons.RoleNouns) || view.InNounSet(head, SpeakerLexicons.OrganisationHeads)
            || view.InNounSet(head, SpeakerLexicons.SourceDescriptions) || view.InNounSet(head, DocumentNouns));

    // "SAVE A QUARTER Let's say ...": an all-caps heading run into the first sentence of its section.
    private static bool RunInHeading(ClauseView view, int first, int end)
    {
        for (int t = first; t <= end; t++)
        {
            var word = view.Word(t);
            if (view.IsWord(t) && word.Length >= 4 && !word.ContainsAnyInRange('a', 'z'))
            {
                return true;
            }
        }
        return false;
    }
}
