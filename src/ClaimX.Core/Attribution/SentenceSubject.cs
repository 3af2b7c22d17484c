using ClaimX.Core.Lexicons;

namespace ClaimX.Core.Attribution;

/// <summary>
/// The subject of a sentence's main clause, for cues whose own subject is not written: a participle after a
/// comma ("Trump attacked Clinton, saying she ...") reports what the main clause's subject said.
/// </summary>
internal static class SentenceSubject
{
    private static bool IsPossessive(ReadOnlySpan<char> word) =>
        word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("\u2019s", StringComparison.OrdinalIgnoreCase);

    private static bool IsParticiple(ReadOnlySpan<char> word) =>
        word.Length > 4 && (word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ing", StringComparison.OrdinalIgnoreCase));

    public static SpeakerMention? Find(ClauseView view, int cue)
    {
        int first = view.SentenceFirst(cue);
        int t = first;
        // An introductory phrase ending in a comma is not the subject: "Chastened by the analyses, Trump ...",
        // "In August, several groups ...".
        if (view.IsWord(t) && (view.InSet(t, SpeakerLexicons.ObjectPrepositions) || view.InSet(t, SpeakerLexicons.TimeWords)
            || view.InSet(t, SpeakerLexicons.ClauseBreaks) || IsParticiple(view.Word(t)) || view.IsLyAdverb(t)))
        {
            for (int c = t + 1; c < Math.Min(cue, t + 25); c++)
            {
                if (view.Is(c, ClauseTokenKind.Comma))
                {
                    t = c + 1;
                    break;
                }
            }
        }
        // Skip an opening connective: "But ...", "And ...".
        while (t < cue && (view.InSet(t, SpeakerLexicons.ClauseBreaks) || view.InSet(t, SpeakerLexicons.ObjectPrepositions))) t++;
        int last = -1;
        for (int i = t; i < cue && i - t < 8; i++)
        {
            if (!view.IsWord(i))
            {
                break;
            }
            bool part = view.IsCapitalized(i) || view.InSet(i, SpeakerLexicons.Determiners) || view.InSet(i, SpeakerLexicons.RoleNouns)
                || view.InSet(i, SpeakerLexicons.OrganisationHeads) || view.InSet(i, SpeakerLexicons.SourceDescriptions)
                || (i == t && SpeakerLexicons.Pronouns.TryGet(view.Word(i), out _));
            // "The coach defended ...": after a determiner, lower-case words up to the verb (an -ed form or a cue).
            if (!part && last >= t && (view.InSet(t, SpeakerLexicons.Determiners) || IsPossessive(view.Word(t))) && i - t <= 3 && view.IsLower(i)
                && !view.Word(i).EndsWith("ed", StringComparison.Ordinal) && !CueLexicon.Default.TryGet(view.Word(i), out _)
                && !view.InSet(i, SpeakerLexicons.ClauseBreaks) && !view.InSet(i, SpeakerLexicons.ObjectPrepositions))
            {
                part = true;
            }
            if (!part)
            {
                break;
            }
            last = i;
            if (i == t && SpeakerLexicons.Pronouns.TryGet(view.Word(i), out _))
            {
                break;
            }
        }
        // The subject must end in a head word, not in a determiner ("In the ...") or a time ("August").
        while (last >= t && (view.InSet(last, SpeakerLexicons.Determiners) || view.InSet(last, SpeakerLexicons.TimeWords))) last--;
        return last < t ? null : MentionClassifier.Classify(view, t, last);
    }
}
