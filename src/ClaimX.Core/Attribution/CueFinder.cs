using ClaimX.Core.Lexicons;

namespace ClaimX.Core.Attribution;

/// <summary>
/// Finds the reporting cues of the narration (never inside quotation marks: a cue there belongs to the quoted
/// speaker's own words). Longest phrase first, so "called on" wins over "called". A capitalised form counts only
/// at the start of a sentence ("According to ..."), so that "the Post" or "Secretary of State" are not cues.
/// </summary>
internal static class CueFinder
{
    // A headline in title case capitalises its cue too: "Bridge Will Reopen, Mayor Says."
    private static bool TitleCase(ClauseView view, int token)
    {
        int first = view.SentenceFirst(token), end = view.SentenceEnd(token);
        int words = 0, capitalized = 0;
        for (int t = first; t < end; t++)
        {
            if (view.IsWord(t) && view.Word(t).Length > 3)
            {
                words++;
                if (view.IsCapitalized(t)) capitalized++;
            }
        }
        return words >= 3 && capitalized * 10 >= words * 8;
    }

    public static List<Cue> Find(ClauseView view, CueLexicon lexicon)
    {
        // News narration has about one cue per 40-60 tokens; starting near that spares most of the list's regrowth.
        var cues = new List<Cue>(Math.Max(8, view.Count / 32));
        if (ReferenceEquals(lexicon, CueLexicon.Default))
        {
            // Only the words the tokenizer found may start a cue: most words of a text start none.
            int after = 0;
            foreach (int t in view.CueStartCandidates)
            {
                if (t >= after)
                {
                    after = FindAt(view, lexicon, t, cues);
                }
            }
        }
        else
        {
            for (int t = 0; t < view.Count;)
            {
                t = FindAt(view, lexicon, t, cues);
            }
        }
        return cues;
    }

    // Adds the cue starting at token t, if one does; the token to look at next (the one after the cue, or t + 1).
    private static int FindAt(ClauseView view, CueLexicon lexicon, int t, List<Cue> cues)
    {
        if (!view.IsWord(t) || view.InQuote(t))
        {
            return t + 1;
        }
        // Every form's first word is one token, so a word that starts no form is done with in one look-up,
        // before the sentence-wide title-case check.
        int maxWords = ReferenceEquals(lexicon, CueLexicon.Default) ? view.CueWordsStartingAt(t) : lexicon.MaxWordsStartingWith(view.Word(t));
        if (maxWords == 0)
        {
            return t + 1;
        }
        if (view.IsCapitalized(t) && t != view.SentenceFirst(t) && !TitleCase(view, t))
        {
            return t + 1;
        }
        for (int n = Math.Min(maxWords, view.Count - t); n >= 1; n--)
        {
            if (!view.SingleSpaced(t, n))
            {
                continue;
            }
            var span = view.Text.AsSpan(view.Tokens[t].Start, view.Tokens[t + n - 1].End - view.Tokens[t].Start);
            if (lexicon.TryGet(span, out var entry))
            {
                cues.Add(new Cue(t, t + n - 1, entry));
                return t + n;
            }
        }
        return t + 1;
    }
}
