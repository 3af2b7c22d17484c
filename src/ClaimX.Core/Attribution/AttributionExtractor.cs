using ClaimX.Core.Text;

namespace ClaimX.Core.Attribution;

/// <summary>
/// Finds attributed claims in an analysed document. FIRST CUT (foundation issue): a quotation of four or more
/// words followed in its paragraph by "said"/"added"/"told" and a capitalised name. The attribution issue replaces this.
/// </summary>
public static class AttributionExtractor
{
    private static readonly string[] Cues = ["said", "added", "told", "continued"];

    public static IReadOnlyList<AttributedSpan> Extract(TextDocument document)
    {
        var found = new List<AttributedSpan>();
        string text = document.Text;
        foreach (var quote in document.Quotations)
        {
            if (quote.Content.Of(text).Count(' ') < 3)
            {
                continue;
            }
            var paragraph = document.Paragraphs[quote.FirstParagraph].Span;
            var after = text.AsSpan(quote.Outer.End, Math.Min(80, paragraph.End - quote.Outer.End));
            foreach (var cue in Cues)
            {
                int at = after.IndexOf(cue, StringComparison.Ordinal);
                if (at < 0)
                {
                    continue;
                }
                var cueSpan = new TextSpan(quote.Outer.End + at, quote.Outer.End + at + cue.Length);
                var speaker = NearbyName(text, quote.Outer.End, cueSpan.Start, cueSpan.End, paragraph.End);
                found.Add(new AttributedSpan("direct", quote.Content, cueSpan, cue == "said" ? "say" : cue.TrimEnd('d', 'e'),
                    speaker, speaker is { } s ? s.Of(text).ToString() : null, null));
                break;
            }
        }
        return found;
    }

    private static TextSpan? NearbyName(string text, int from, int cueStart, int cueEnd, int limit)
    {
        // A run of capitalised words (or a pronoun) just before or just after the cue.
        var before = Words(text, from, cueStart);
        if (before is { } b)
        {
            return b;
        }
        return Words(text, cueEnd, Math.Min(limit, cueEnd + 60));
    }

    private static TextSpan? Words(string text, int start, int end)
    {
        int i = start;
        int nameStart = -1, nameEnd = -1;
        while (i < end)
        {
            while (i < end && !char.IsLetter(text[i])) i++;
            int w = i;
            while (i < end && (char.IsLetter(text[i]) || text[i] == '.')) i++;
            if (i == w) break;
            var word = text.AsSpan(w, i - w);
            bool pronoun = word is "he" or "she" or "they";
            if (char.IsUpper(word[0]) || pronoun)
            {
                if (nameStart < 0) nameStart = w;
                nameEnd = i;
                if (pronoun) break;
            }
            else if (nameStart >= 0)
            {
                break;
            }
        }
        return nameStart >= 0 ? new TextSpan(nameStart, nameEnd) : null;
    }
}
