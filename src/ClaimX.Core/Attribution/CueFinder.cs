using ClaimX.Core.Lexicons;

namespace ClaimX.Core.Attribution;

/// <summary>
/// Finds the reporting cues of the narration (never inside quotation marks: a cue there belongs to the quoted
/// speaker's own words). Longest phrase first, so "called on" wins over "called". A capitalised form counts only
/// at the start of a sentence ("According to ..."), so that "the Post" or "Secretary of State" are not cues.
/// </summary>
internal static class CueFinder
{
    public static List<Cue> Find(ClauseView view, CueLexicon lexicon)
    {
        var cues = new List<Cue>();
        for (int t = 0; t < view.Count; t++)
        {
            if (!view.IsWord(t) || view.InQuote(t))
            {
                continue;
            }
            if (view.IsCapitalized(t) && t != view.SentenceFirst(t))
            {
                continue;
            }
            for (int n = Math.Min(lexicon.MaxWords, view.Count - t); n >= 1; n--)
            {
                if (!view.SingleSpaced(t, n))
                {
                    continue;
                }
                var span = view.Text.AsSpan(view.Tokens[t].Start, view.Tokens[t + n - 1].End - view.Tokens[t].Start);
                if (lexicon.TryGet(span, out var entry))
                {
                    cues.Add(new Cue(t, t + n - 1, entry));
                    t += n - 1;
                    break;
                }
            }
        }
        return cues;
    }
}
