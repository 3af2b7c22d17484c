using ClaimX.Core.Claims;
using ClaimX.Core.Scanning;

namespace ClaimX.Core.Dates;

/// <summary>
/// Days and periods named relative to the reference date: weekdays ("on Tuesday", "last Friday", "next
/// Monday"), "today"/"yesterday"/"tomorrow"/"tonight", "last night", "overnight", "this week", "last month",
/// "next year", "this weekend".
/// </summary>
internal sealed partial class DateScanner
{
    private enum WeekdayModifier : byte
    {
        None,
        Last,
        Next,
        This,
        Coming,
    }

    private static readonly string[] PartsOfDay = ["morning", "afternoon", "evening", "night"];

    // "Wednesday", "on Tuesday night", "last Friday", "Wednesday, March 4[, 2020]". A weekday that heads a
    // calendar date takes the calendar date's value.
    private bool TryWeekday(int i, out DateMatch match)
    {
        match = default;
        var c = _context;
        if (!c.IsWord(i) || !c.IsCapitalized(i) || !ScanLexicons.Weekdays.TryGet(c.Span(i), out int isoDay))
        {
            return false;
        }
        if (c.IsWord(i - 1) && c.IsCapitalized(i - 1) && ScanLexicons.WeekdayNamePrefixes.Contains(c.Span(i - 1)))
        {
            return false; // "Super Tuesday", "Black Friday"
        }
        int last = i;
        bool abbreviated = c.Span(i).Length <= 5; // full names are six letters or more
        if (abbreviated)
        {
            // "Wed., March 4": abbreviations count only with their period and a date after them.
            if (!c.IsSymbol(i + 1, '.') || !c.Touches(i + 1))
            {
                return false;
            }
            last = i + 1;
        }
        int dateToken = c.IsSymbol(last + 1, ',') ? last + 2 : last + 1;
        if ((TryMonthFirst(dateToken, out var calendar) || TryDayFirst(dateToken, out calendar)) && calendar.Kind == DateKinds.Date)
        {
            match = calendar with { FirstToken = i };
            return true;
        }
        if (abbreviated)
        {
            return false;
        }
        int first = i;
        var modifier = WeekdayModifier.None;
        if (c.Is(i - 1, "last") || c.Is(i - 1, "past"))
        {
            modifier = WeekdayModifier.Last;
        }
        else if (c.Is(i - 1, "next"))
        {
            modifier = WeekdayModifier.Next;
        }
        else if (c.Is(i - 1, "this"))
        {
            modifier = WeekdayModifier.This;
        }
        else if (c.Is(i - 1, "coming"))
        {
            modifier = WeekdayModifier.Coming;
        }
        if (modifier != WeekdayModifier.None)
        {
            first = i - 1;
        }
        if (c.IsWord(last + 1) && IsPartOfDay(c.Span(last + 1)))
        {
            last++;
        }
        if (_reference is not { } reference)
        {
            match = Date(first, last, IsoDate.PartialWeekday(isoDay));
            return true;
        }
        DateOnly day = modifier switch
        {
            WeekdayModifier.Last => CalendarMath.WeekdayBefore(reference, isoDay, strictly: true),
            WeekdayModifier.Next => CalendarMath.WeekdayAfter(reference, isoDay, strictly: true),
            WeekdayModifier.Coming => CalendarMath.WeekdayAfter(reference, isoDay, strictly: false),
            // "this Friday" is the one of the current week: ahead unless the clause is in the past.
            WeekdayModifier.This => TenseOf(first, last) == Tense.Past
                ? CalendarMath.WeekdayBefore(reference, isoDay, strictly: false)
                : CalendarMath.WeekdayAfter(reference, isoDay, strictly: false),
            // News names the current day by its weekday too (AP style), so "will speak Friday" written on a
            // Friday is that day; "next Friday" is the one after.
            _ => TenseOf(first, last) == Tense.Future
                ? CalendarMath.WeekdayAfter(reference, isoDay, strictly: false)
                : CalendarMath.WeekdayBefore(reference, isoDay, strictly: false),
        };
        match = Date(first, last, IsoDate.Day(day));
        return true;
    }

    // "today", "yesterday", "tomorrow", "tonight", "this morning", "last night", "overnight". In quotation marks
    // they count from when the words were spoken; with that unknown they are kept out of the output.
    private bool TryRelativeDay(int i, out DateMatch match)
    {
        match = default;
        var c = _context;
        if (!c.IsWord(i))
        {
            return false;
        }
        int last = i;
        int offset;
        bool overnight = false;
        if (ScanLexicons.RelativeDays.TryGet(c.Span(i), out offset))
        {
            if (c.IsCapitalized(i) && !Figures.NonFigureRules.IsSentenceStart(c, i))
            {
                return false; // a name: "USA Today", "the Today show"
            }
            if (c.IsWord(i + 1) && IsPartOfDay(c.Span(i + 1)) && !c.Is(i, "tonight"))
            {
                last = i + 1; // "yesterday morning"
            }
        }
        else if (c.Is(i, "this") && c.IsWord(i + 1) && IsPartOfDay(c.Span(i + 1)) && !c.Is(i + 1, "night"))
        {
            offset = 0;
            last = i + 1;
        }
        else if (c.Is(i, "last") && c.Is(i + 1, "night"))
        {
            offset = -1;
            last = i + 1;
        }
        else if (c.Is(i, "overnight"))
        {
            overnight = true;
            offset = 0;
        }
        else
        {
            return false;
        }
        DateOnly? anchor = c.InsideQuotation(i) ? _speechDate : _reference;
        if (anchor is not { } day)
        {
            match = Date(i, last, null);
            return true;
        }
        // "Overnight" is the night before the reference day: a range from the evening before to the reference
        // date, since news reports of night events name the morning they are reported.
        match = overnight
            ? new DateMatch(i, last, DateKinds.Range, IsoDate.Range(IsoDate.Day(day.AddDays(-1)), IsoDate.Day(day)))
            : Date(i, last, IsoDate.Day(day.AddDays(offset)));
        return true;
    }

    // "last week" (the ISO week before the reference's, Monday to Sunday, as a range), "this month" (a year-month),
    // "next year" (a year), "this weekend" (Saturday to Sunday).
    private bool TryRelativePeriod(int i, out DateMatch match)
    {
        match = default;
        var c = _context;
        int shift;
        int first = i;
        if (c.Is(i, "last") || c.Is(i, "previous"))
        {
            shift = -1;
        }
        else if (c.Is(i, "this") || c.Is(i, "current"))
        {
            shift = 0;
        }
        else if (c.Is(i, "next") || c.Is(i, "coming"))
        {
            shift = 1;
        }
        else
        {
            return false;
        }
        if (c.Is(i - 1, "the") && shift == -1)
        {
            return false; // "the last week" is a duration
        }
        int unit = i + 1;
        if (!c.IsWord(unit))
        {
            return false;
        }
        if (_reference is not { } reference)
        {
            if (c.Is(unit, "week") || c.Is(unit, "month") || c.Is(unit, "year") || c.Is(unit, "weekend"))
            {
                match = Date(first, unit, null);
                return true;
            }
            return false;
        }
        if (c.Is(unit, "week"))
        {
            var monday = CalendarMath.WeekStart(reference, shift);
            match = new DateMatch(first, unit, DateKinds.Range, IsoDate.Range(IsoDate.Day(monday), IsoDate.Day(monday.AddDays(6))));
            return true;
        }
        if (c.Is(unit, "weekend"))
        {
            var saturday = CalendarMath.WeekStart(reference, shift).AddDays(5);
            if (shift == 0 && CalendarMath.IsoDay(reference) < 6 && TenseOf(first, unit) != Tense.Future)
            {
                saturday = saturday.AddDays(-7); // "this weekend" in a past clause on a weekday: the one just gone
            }
            match = new DateMatch(first, unit, DateKinds.Range, IsoDate.Range(IsoDate.Day(saturday), IsoDate.Day(saturday.AddDays(1))));
            return true;
        }
        if (c.Is(unit, "month"))
        {
            var month = new DateOnly(reference.Year, reference.Month, 1).AddMonths(shift);
            match = Date(first, unit, IsoDate.Month(month.Year, month.Month));
            return true;
        }
        if (c.Is(unit, "year"))
        {
            match = Date(first, unit, IsoDate.Year(reference.Year + shift));
            return true;
        }
        return false;
    }

    private static bool IsPartOfDay(ReadOnlySpan<char> word)
    {
        foreach (var part in PartsOfDay)
        {
            if (word.Equals(part, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}
