using ClaimX.Core.Lexicons;

namespace ClaimX.Core.Attribution;

/// <summary>
/// Decides what a speaker noun phrase is (a name with titles and descriptor, a pronoun, a body, a description)
/// and where the personal name and its role lie inside it.
/// </summary>
internal static class MentionClassifier
{
    /// <summary>Decides what kind of mention tokens [first, last] are and finds the name and pre-name descriptor in it.</summary>
    public static SpeakerMention? Classify(ClauseView view, int first, int last) =>
        ClassifyPhrase(view, first, last) is { } mention ? mention with { HeadSpan = mention.HeadSpan ?? mention.Span } : null;

    private static SpeakerMention? ClassifyPhrase(ClauseView view, int first, int last)
    {
        if (first > last)
        {
            return null;
        }
        var span = view.SpanOf(first, last);
        if (first == last && (SpeakerLexicons.Pronouns.TryGet(view.Word(first), out _) || SpeakerMentionParser.IsPronounContraction(view.Word(first))))
        {
            return new SpeakerMention(span, MentionKind.Pronoun, null, null, first, last);
        }
        // "Mr. Morgan of the Sierra Club": a person's name before "of"/"from" is the speaker; the rest is the role.
        for (int k = first + 1; k < last; k++)
        {
            if (view.IsLower(k) && view.InSet(k, SpeakerLexicons.Prepositions))
            {
                if (view.MatchEndingAt(k + 1, SpeakerLexicons.Titles) >= 3)
                {
                    continue; // "Secretary of Defense Alan Marsh": the preposition is inside a title
                }
                if (view.IsCapitalized(k - 1) && !view.InSet(k - 1, SpeakerLexicons.OrganisationHeads) && !view.InSet(first, SpeakerLexicons.Determiners)
                    && Classify(view, first, k - 1) is { Kind: MentionKind.Name } person)
                {
                    return person with { Span = span, LastToken = last, Role = person.Role ?? SpeakerMentionParser.Describe(view, k, last) };
                }
                break;
            }
        }
        // "Hamas", "the Kremlin", "Boko Haram": a well-known group's name is a body however it is written.
        int group = view.MatchEndingAt(last, SpeakerLexicons.NamedGroups);
        if (group > 0 && last - group + 1 >= first && view.IsCapitalized(last))
        {
            return new SpeakerMention(span, MentionKind.Body, null, null, first, last);
        }
        if (view.InNounSet(last, SpeakerLexicons.OrganisationHeads) || view.InSet(first, SpeakerLexicons.Determiners))
        {
            bool body = view.InNounSet(last, SpeakerLexicons.OrganisationHeads) || view.IsCapitalized(last);
            // A preposition inside makes the word before it the head: "the commander in the region".
            for (int t = first; t <= last; t++)
            {
                if (view.IsLower(t) && view.InSet(t, SpeakerLexicons.Prepositions))
                {
                    body = view.InSet(t - 1, SpeakerLexicons.OrganisationHeads);
                    break;
                }
            }
            return new SpeakerMention(span, body ? MentionKind.Body : MentionKind.Description, null, null, first, last);
        }
        if (!view.IsCapitalized(last))
        {
            return new SpeakerMention(span, MentionKind.Description, null, null, first, last);
        }
        // The name is the run of capitalised words at the end that are neither titles, nor role or body words
        // capitalised at a sentence start ("Police Chief Dana Moore"), nor after a preposition.
        int nameStart = last;
        while (nameStart - 1 >= first && view.IsCapitalized(nameStart - 1) && view.MatchEndingAt(nameStart - 1, SpeakerLexicons.Titles) == 0
            && !view.InSet(nameStart - 1, SpeakerLexicons.RoleNouns) && !view.InSet(nameStart - 1, SpeakerLexicons.OrganisationHeads))
        {
            nameStart--;
        }
        if (nameStart - 1 >= first && view.IsLower(nameStart - 1) && view.InSet(nameStart - 1, SpeakerLexicons.Prepositions))
        {
            return new SpeakerMention(span, MentionKind.Description, null, null, first, last);
        }
        int titleWords = nameStart - 1 >= first ? view.MatchEndingAt(nameStart - 1, SpeakerLexicons.Titles) : 0;
        int descriptorEnd = nameStart - titleWords; // exclusive
        string? role = null;
        if (descriptorEnd > first)
        {
            // "army spokeswoman Col. Ines Duarte": the descriptor says more than the rank after it;
            // "union president Sharon Diaz": an office written out belongs with its descriptor.
            bool abbreviatedTitle = titleWords > 0 && view.Word(nameStart - 1).EndsWith('.');
            role = SpeakerMentionParser.Describe(view, first, titleWords > 0 && !abbreviatedTitle ? nameStart - 1 : descriptorEnd - 1);
        }
        else if (titleWords > 0)
        {
            role = SpeakerMentionParser.Describe(view, nameStart - titleWords, nameStart - 1);
        }
        return new SpeakerMention(span, MentionKind.Name, view.SpanOf(nameStart, last), role, first, last);
    }
}
