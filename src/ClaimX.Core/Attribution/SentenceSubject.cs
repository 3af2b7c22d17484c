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

    private static readonly WordSet Auxiliaries = ClauseLexicons.Auxiliaries;
    private static readonly WordSet IrregularPast = ClauseLexicons.IrregularPast;
    private const int MaxModifiers = 3;

    private static bool EndsInPluralS(ReadOnlySpan<char> word) =>
        word.Length > 3 && word[^1] == 's' && word[^2] != 's' && !word.EndsWith("ous", StringComparison.Ordinal);

    private static bool IsRoleHead(ClauseView view, int t) =>
        view.IsLower(t) && (view.InNounSet(t, SpeakerLexicons.RoleNouns) || view.InNounSet(t, SpeakerLexicons.OrganisationHeads)
            || view.InNounSet(t, SpeakerLexicons.SourceDescriptions));

    // A lower-case word that can only modify a following noun here: no verb form (-ed, -ing, a third-person -s, an
    // auxiliary, an irregular past, a cue), no function word.
    private static bool IsPlainModifier(ClauseView view, int t)
    {
        if (!view.IsLower(t) || view.IsLyAdverb(t) || view.InSet(t, SpeakerLexicons.ClauseBreaks) || view.InSet(t, SpeakerLexicons.Prepositions)
            || view.InSet(t, SpeakerLexicons.Determiners) || view.InSet(t, SpeakerLexicons.TimeWords) || view.InSet(t, Auxiliaries)
            || view.InSet(t, IrregularPast) || view.TryCue(t, out _))
        {
            return false;
        }
        var word = view.Word(t);
        return !IsParticiple(word) && !EndsInPluralS(word);
    }

    // The role noun that lower-case modifiers from <paramref name="from"/> lead to ("presidential nominee"), also
    // through a quantity noun and "of" ("groups of protesters", "dozens of the workers"); -1 when there is none.
    private static int ModifiedHead(ClauseView view, int from, int cue)
    {
        for (int t = from; t < cue && t - from < MaxModifiers; t++)
        {
            if (IsRoleHead(view, t))
            {
                return t;
            }
            if (view.IsWord(t + 1, "of") && view.IsLower(t) && !view.InSet(t, SpeakerLexicons.ClauseBreaks) && !view.TryCue(t, out _)
                && !view.InSet(t, IrregularPast) && !IsParticiple(view.Word(t)))
            {
                int head = view.InSet(t + 2, SpeakerLexicons.Determiners) ? t + 3 : t + 2;
                return head < cue && IsRoleHead(view, head) ? head : -1;
            }
            if (!IsPlainModifier(view, t))
            {
                return -1;
            }
        }
        return -1;
    }

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
                && !view.Word(i).EndsWith("ed", StringComparison.Ordinal) && !view.TryCue(i, out _)
                && !view.InSet(i, SpeakerLexicons.ClauseBreaks) && !view.InSet(i, SpeakerLexicons.ObjectPrepositions))
            {
                part = true;
            }
            // "Democratic presidential nominee Hillary Clinton", "Small groups of protesters": after a capitalised
            // modifier (a party, a nationality, an adjective opening the sentence) lower-case modifiers run on to the
            // role noun they qualify. A capitalised plural ("Democrats") is a head already, so a verb follows it.
            if (!part && last >= t && view.IsLower(i) && view.IsCapitalized(last) && !EndsInPluralS(view.Word(last))
                && ModifiedHead(view, i, cue) is var head && head >= i)
            {
                last = head;
                i = head;
                continue;
            }
            // "groups of protesters", "members of the union": a lower-case head takes a partitive "of" phrase.
            if (!part && view.IsWord(i, "of") && last >= t && IsRoleHead(view, last)
                && (view.InSet(i + 1, SpeakerLexicons.Determiners) ? i + 2 : i + 1) is var ofHead && ofHead < cue && IsRoleHead(view, ofHead))
            {
                last = ofHead;
                i = ofHead;
                continue;
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
        // The subject must end in a head word, not in a determiner ("In the ...") or a time ("August"); a month
        // after a first name is a surname ("Theresa May").
        while (last >= t && (view.InSet(last, SpeakerLexicons.Determiners)
            || (view.InSet(last, SpeakerLexicons.TimeWords) && !SpeakerMentionParser.IsSurnameMonth(view, last)))) last--;
        return last < t ? null : MentionClassifier.Classify(view, t, last);
    }
}
