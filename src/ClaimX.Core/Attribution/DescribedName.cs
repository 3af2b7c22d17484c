using ClaimX.Core.Lexicons;
using ClaimX.Core.Text;

namespace ClaimX.Core.Attribution;

/// <summary>
/// A few lower-case words right before a name describe the speaker ("farmer Joan Pike said", "organiser Priya
/// Nair said"); the name parser leaves them out because, capitalised, they would be part of a title.
/// </summary>
internal static class DescribedName
{
    private const int MaxDescriptorWords = 3;

    /// <summary>
    /// The name mention widened to start at <paramref name="from"/> with the words before it as its role, when
    /// those are up to three lower-case words that are no clause break or preposition; null otherwise.
    /// </summary>
    public static SpeakerMention? From(ClauseView view, SpeakerMention name, int from)
    {
        if (name.Kind != MentionKind.Name || from >= name.FirstToken || name.FirstToken - from > MaxDescriptorWords)
        {
            return null;
        }
        for (int t = from; t < name.FirstToken; t++)
        {
            if (!view.IsLower(t) || view.InSet(t, SpeakerLexicons.ClauseBreaks) || view.InSet(t, SpeakerLexicons.ObjectPrepositions))
            {
                return null;
            }
        }
        string descriptor = view.Text[view.Tokens[from].Start..view.Tokens[name.FirstToken - 1].End];
        return name with { Span = new TextSpan(view.Tokens[from].Start, name.Span.End), FirstToken = from, Role = name.Role ?? descriptor };
    }
}
