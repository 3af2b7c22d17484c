using ClaimX.Core.Claims;
using ClaimX.Core.Scanning;
using ClaimX.Core.Text;

namespace ClaimX.Core.Dates;

/// <summary>
/// Finds the article's own date in its opening lines: a timestamp or byline line ("Published Wednesday, March 4,
/// 2020", "March 4, 2020 10:31am EST") or the dateline before the first dash of the lede ("LIMA, March 4, 2020 —").
/// Only a full date with its year counts: "LIMA, Peru — ... Wednesday, March 4" has no year, and a year
/// guessed from a weekday would be a guess, so it returns null. The pipeline uses this only when neither front
/// matter nor --date gives a date.
/// </summary>
public static class ReferenceDateFinder
{
    // Lines this short are headers (bylines, timestamps); in a longer line only the dateline counts.
    private const int HeaderLineLength = 100;
    private const int DatelineLength = 120;
    private const int LinesToRead = 6;

    public static DateOnly? FindDateline(string text, int bodyStart)
    {
        ArgumentNullException.ThrowIfNull(text);
        int pos = Math.Clamp(bodyStart, 0, text.Length);
        int lines = 0;
        while (pos < text.Length && lines < LinesToRead)
        {
            int end = text.IndexOf('\n', pos);
            end = end < 0 ? text.Length : end;
            var line = text.AsSpan(pos, end - pos).Trim();
            if (!line.IsEmpty)
            {
                lines++;
                // A line that introduces something (ends with ':') is body text, however short.
                bool header = line.Length <= HeaderLineLength && line[^1] != ':';
                int limit = header ? end : DatelineEnd(text, pos, end);
                if (limit > pos && FirstFullDate(text, new TextSpan(pos, limit)) is { } date)
                {
                    return date;
                }
                if (!header)
                {
                    return null; // the body has begun: later short lines are its own ("On July 6, 2015, he said:")
                }
            }
            pos = end + 1;
        }
        return null;
    }

    // The dateline is what comes before the lede's first dash, if that dash is near the line's start.
    private static int DatelineEnd(string text, int start, int end)
    {
        int window = Math.Min(end, start + DatelineLength);
        for (int i = start; i < window; i++)
        {
            if (text[i] is '\u2014' or '\u2013' || (text[i] == '-' && i + 1 < end && text[i + 1] == '-')
                || (text[i] == '-' && i > start && text[i - 1] == ' ' && i + 1 < end && text[i + 1] == ' '))
            {
                return i;
            }
        }
        return start;
    }

    private static DateOnly? FirstFullDate(string text, TextSpan span)
    {
        var context = ScanContext.Create(text, span);
        foreach (var match in new DateScanner(context, reference: null).Scan())
        {
            if (match.Kind == DateKinds.Date && match.Value is { Length: 10 } value && value[0] != 'X'
                && DateOnly.TryParseExact(value, "yyyy-MM-dd", out var date))
            {
                return date;
            }
        }
        return null;
    }
}
