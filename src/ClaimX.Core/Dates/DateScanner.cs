using ClaimX.Core.Claims;
using ClaimX.Core.Scanning;

namespace ClaimX.Core.Dates;

/// <summary>
/// Finds temporal expressions among the range tokens of a <see cref="ScanContext"/> and resolves them against
/// the reference date: calendar dates, weekdays and relative days, durations, clock times, and ranges of two
/// dates. The pattern families live in the partial files beside this one.
/// </summary>
internal sealed partial class DateScanner
{
    private readonly ScanContext _context;
    private readonly DateOnly? _reference;
    private readonly DateOnly? _speechDate;

    /// <param name="speechDate">When the quoted words were spoken, if known: "today" inside quotation marks means
    /// that day, not the article's.</param>
    public DateScanner(ScanContext context, DateOnly? reference, DateOnly? speechDate = null)
    {
        _context = context;
        _reference = reference;
        _speechDate = speechDate;
    }

    /// <summary>All expressions that start inside the range, in text order, longest match first.</summary>
    public List<DateMatch> Scan() => Scan(_context.RangeFirst, _context.RangeEnd);

    public List<DateMatch> Scan(int first, int end)
    {
        var matches = new List<DateMatch>();
        int i = first;
        while (i < end)
        {
            if (TryAt(i, out var match))
            {
                match = ExtendToRange(match);
                matches.Add(match);
                i = match.LastToken + 1;
            }
            else
            {
                i++;
            }
        }
        return matches;
    }

    /// <summary>One expression starting exactly at token <paramref name="i"/>.</summary>
    public bool TryAt(int i, out DateMatch match)
    {
        // Every rule family starts at a number or a word; a word must be one of the few that can begin a date.
        var kind = _context.Kind(i);
        if (kind == ScanTokenKind.Symbol || (kind == ScanTokenKind.Word && !_context.MayStartDateOrNumber(i)))
        {
            match = default;
            return false;
        }
        return TryRules(i, out match);
    }

    private bool TryRules(int i, out DateMatch match) =>
        TryIsoDate(i, out match)
        || TrySlashDate(i, out match)
        || TryClockTime(i, out match)
        || TryWeekday(i, out match)
        || TryMonthFirst(i, out match)
        || TryDayFirst(i, out match)
        || TryRelativeDay(i, out match)
        || TryRelativePeriod(i, out match)
        || TryDurationOrAgo(i, out match)
        || TryYear(i, out match);

    // "March 1 to March 5", "between 2001 and 2014", "2019-2020": two dates joined become one range.
    private DateMatch ExtendToRange(DateMatch first)
    {
        if (first.Kind != DateKinds.Date || first.Value is null)
        {
            return first;
        }
        int joiner = first.LastToken + 1;
        bool between = _context.Is(first.FirstToken - 1, "between");
        bool joins = _context.Is(joiner, "to") || _context.Is(joiner, "through") || _context.Is(joiner, "until")
            || _context.Is(joiner, "till") || _context.Is(joiner, "thru") || _context.IsDash(joiner)
            || (between && _context.Is(joiner, "and"));
        if (!joins || !_context.Valid(joiner + 1))
        {
            return first;
        }
        if (!TryAt(joiner + 1, out var second) || second.Kind != DateKinds.Date || second.Value is null)
        {
            return first;
        }
        var (start, end) = OrderYearlessEnds(first, second);
        return new DateMatch(first.FirstToken, second.LastToken, DateKinds.Range, IsoDate.Range(start, end));
    }

    // Each end of "between January 1 and September 18" takes its nearest year on its own, which can put the
    // start after the end; then the pair moves together to the years (start a year back, or end a year on)
    // whose middle lies nearer the reference.
    private (string Start, string End) OrderYearlessEnds(DateMatch first, DateMatch second)
    {
        string start = first.Value!, end = second.Value!;
        if (_reference is not { } reference || start.Length != 10 || end.Length != 10 || HasYear(first) || HasYear(second)
            || !DateOnly.TryParseExact(start, "yyyy-MM-dd", out var a) || !DateOnly.TryParseExact(end, "yyyy-MM-dd", out var b))
        {
            return (start, end);
        }
        if (a <= b)
        {
            // Ends resolved more than a year apart although neither names a year: the start's year was set by a
            // past verb beside it ("ran from March 30 to 2 April"), so the end follows it back.
            return b.DayNumber - a.DayNumber > 366 && b.AddYears(-1) >= a ? (start, IsoDate.Day(b.AddYears(-1))) : (start, end);
        }
        var earlier = (a.AddYears(-1), b);
        var later = (a, b.AddYears(1));
        int Distance((DateOnly S, DateOnly E) r) => Math.Abs((r.S.DayNumber + r.E.DayNumber) / 2 - reference.DayNumber);
        var chosen = Distance(earlier) <= Distance(later) ? earlier : later;
        return (IsoDate.Day(chosen.Item1), IsoDate.Day(chosen.Item2));
    }

    private bool HasYear(DateMatch match)
    {
        for (int t = match.FirstToken; t <= match.LastToken; t++)
        {
            if (_context.IsNumber(t) && _context.Span(t).Length == 4)
            {
                return true;
            }
        }
        return false;
    }

    private Tense TenseOf(int first, int last) => TenseDetector.Detect(_context, first, last);

    private static DateMatch Date(int first, int last, string? value) => new(first, last, DateKinds.Date, value);
}
