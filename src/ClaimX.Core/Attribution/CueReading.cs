using ClaimX.Core.Lexicons;

namespace ClaimX.Core.Attribution;

/// <summary>
/// Whether a cue word is really used as a reporting verb where it stands: not a passive ("was criticized by"),
/// not a noun ("the new plan"), and a progressive ("is promising") counts as finite.
/// </summary>
internal static class CueReading
{
    private static readonly WordSet NounHomographs = WordSet.FromResource("noun-homographs.txt");
    private static readonly WordSet CommunicationMeans = WordSet.FromResource("communication-means.txt");
    private static readonly WordSet AttributiveForms = WordSet.FromResource("attributive-cue-forms.txt");

    private static bool KnownHead(ClauseView view, int token) =>
        view.InNounSet(token, SpeakerLexicons.RoleNouns) || view.InNounSet(token, SpeakerLexicons.OrganisationHeads)
        || view.InNounSet(token, SpeakerLexicons.SourceDescriptions) || view.IsCapitalized(token);

    private static bool IsLemmaOrPlural(ReadOnlySpan<char> word, string lemma) =>
        word.Equals(lemma, StringComparison.OrdinalIgnoreCase)
        || (word.Length == lemma.Length + 1 && word.StartsWith(lemma, StringComparison.OrdinalIgnoreCase) && (word[^1] is 's' or 'S'))
        || (word.Length == lemma.Length + 2 && word.StartsWith(lemma, StringComparison.OrdinalIgnoreCase) && word.EndsWith("es", StringComparison.OrdinalIgnoreCase));

    public static bool IsProgressive(ClauseView view, Cue cue)
    {
        int t = cue.First - 1;
        while (t >= 0 && view.IsLyAdverb(t)) t--;
        return view.IsWord(t) && view.Word(t) is var w && (w.Equals("is", StringComparison.OrdinalIgnoreCase) || w.Equals("are", StringComparison.OrdinalIgnoreCase)
            || w.Equals("was", StringComparison.OrdinalIgnoreCase) || w.Equals("were", StringComparison.OrdinalIgnoreCase) || w.Equals("been", StringComparison.OrdinalIgnoreCase)
            || w.Equals("'s", StringComparison.OrdinalIgnoreCase));
    }

    // "was criticized by", "has been cited": the subject is what was spoken about, not the speaker.
    public static bool IsPassive(ClauseView view, Cue cue)
    {
        if (view.IsWord(cue.Last + 1, "by") && !view.InSet(cue.Last + 2, CommunicationMeans))
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

    // "state officials said", "the state attorney general": a bare cue form that is also a noun modifier, followed
    // straight away by a noun or a name, is not a verb (a verb would take "that", a determiner or a quotation).
    public static bool IsAttributive(ClauseView view, Cue cue) => cue.First == cue.Last && IsAttributiveAt(view, cue.First);

    public static bool IsAttributiveAt(ClauseView view, int t)
    {
        if (!view.IsLower(t) || !AttributiveForms.Contains(view.Word(t)))
        {
            return false;
        }
        int next = t + 1;
        return view.IsWord(next) && !view.InSet(next, SpeakerLexicons.Determiners) && !view.InSet(next, SpeakerLexicons.ClauseBreaks)
            && !view.InSet(next, SpeakerLexicons.Prepositions) && !view.IsLyAdverb(next) && !SpeakerLexicons.Pronouns.TryGet(view.Word(next), out _)
            && !view.IsWord(next, "that");
    }

    // A bare cue form ("plan", "report", "claim") after a singular noun is a noun itself ("the new plan"):
    // as a verb it needs a plural or first/second-person subject ("officials plan", "we report") or a modal.
    public static bool IsNounReading(ClauseView view, Cue cue, SpeakerMention subject)
    {
        // "his early-morning tweets", "the agency's report": a noun-like cue form after an unknown noun or a
        // possessive is a noun.
        if (cue.First == cue.Last && NounHomographs.Contains(cue.Entry.Lemma) && subject.Kind == MentionKind.Description
            && !KnownHead(view, subject.LastToken) && IsLemmaOrPlural(view.Word(cue.First), cue.Entry.Lemma))
        {
            return true;
        }
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
}
