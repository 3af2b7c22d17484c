using ClaimX.Core.Scanning;

namespace ClaimX.Core.Dates;

/// <summary>Clock times ("10 a.m.", "10:30", "9pm", "ten o'clock"): not reported, but their numbers are not figures.</summary>
internal sealed partial class DateScanner
{
    private bool TryClockTime(int i, out DateMatch match)
    {
        match = default;
        var c = _context;
        if (!c.IsNumber(i) && !(c.IsWord(i) && ScanLexicons.NumberWords.TryGet(c.Span(i), out var w) && w.Value <= 12 && IsOClock(i + 1)))
        {
            return false;
        }
        int last = i;
        if (c.IsNumber(i) && c.IsSymbol(i + 1, ':') && c.Touches(i + 1) && c.IsNumber(i + 2) && c.Touches(i + 2) && c.Span(i + 2).Length == 2)
        {
            last = i + 2;
            last = AfterMeridiem(last) ?? last;
            match = new DateMatch(i, last, DateMatch.Time, null);
            return true;
        }
        if (c.IsNumber(i) && (!int.TryParse(c.Span(i), out int hour) || hour > 12))
        {
            return false;
        }
        if (AfterMeridiem(last) is { } meridiemLast)
        {
            match = new DateMatch(i, meridiemLast, DateMatch.Time, null);
            return true;
        }
        if (IsOClock(i + 1))
        {
            match = new DateMatch(i, i + 1, DateMatch.Time, null);
            return true;
        }
        return false;
    }

    private bool IsOClock(int i) => _context.Is(i, "o'clock") || _context.Is(i, "o\u2019clock");

    // "a.m.", "p.m.", "am", "pm" (also glued: "9pm"); returns the last token of the marker.
    private int? AfterMeridiem(int last)
    {
        var c = _context;
        int next = last + 1;
        if ((c.Is(next, "a") || c.Is(next, "p")) && c.IsSymbol(next + 1, '.') && c.Touches(next + 1) && c.Is(next + 2, "m") && c.Touches(next + 2))
        {
            return c.IsSymbol(next + 3, '.') && c.Touches(next + 3) ? next + 3 : next + 2;
        }
        if (c.Is(next, "am") || c.Is(next, "pm"))
        {
            return next;
        }
        return null;
    }
}
