using ClaimX.Core.Text;

namespace ClaimX.Core.Eval;

/// <summary>
/// The words of a stretch of text, as spans, for the "at least half of its words" matching rule. A word is a run
/// of letters and digits, with inner apostrophes, periods and hyphens kept ("didn't", "U.S", "1.5", "co-chair").
/// </summary>
internal static class ContentWords
{
    public static TextSpan[] Of(string text, TextSpan range)
    {
        var words = new List<TextSpan>();
        int end = Math.Min(range.End, text.Length);
        int i = Math.Max(range.Start, 0);
        while (i < end)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }
            int start = i++;
            while (i < end && (char.IsLetterOrDigit(text[i]) || (IsInner(text[i]) && i + 1 < end && char.IsLetterOrDigit(text[i + 1]))))
            {
                i++;
            }
            words.Add(new TextSpan(start, i));
        }
        return [.. words];
    }

    /// <summary>How many of <paramref name="words"/> lie inside <paramref name="range"/> (judged by each word's middle).</summary>
    public static int CountInside(ReadOnlySpan<TextSpan> words, TextSpan range)
    {
        int count = 0;
        foreach (var word in words)
        {
            int middle = (word.Start + word.End) / 2;
            if (middle >= range.Start && middle < range.End)
            {
                count++;
            }
        }
        return count;
    }

    private static bool IsInner(char c) => c is '\'' or '\u2019' or '.' or '-' or '\u2010' or '\u2011' or '&';
}
