using ClaimX.Core.Scanning;

namespace ClaimX.Core.Dates;

/// <summary>Calendar dates: "March 4, 2020", "4 March", "Feb. 29", "2016-09-28", "3/4/2020", "March 2020", "in 2019".</summary>
internal sealed partial class DateScanner
{
    // Words before a bare month or year that make it a time ("in March", "since 2019", "the 2020 election").
    private static readonly string[] TimePrepositions =
        ["in", "since", "until", "till", "by", "from", "through", "during", "before", "after", "of", "early", "late",
         "mid", "last", "next", "this", "the", "that", "between", "and", "to", "around", "for", "its", "their"];

    private bool TryIsoDate(int i, out DateMatch match)
    {
        match = default;
        var c = _context;
        if (!c.IsNumber(i) || c.Span(i).Length != 4 || !c.IsDash(i + 1) || !c.Touches(i + 1) || !c.IsNumber(i + 2)
            || !c.Touches(i + 2) || !c.IsDash(i + 3) || !c.Touches(i + 3) || !c.IsNumber(i + 4) || !c.Touches(i + 4))
        {
            return false;
        }
        if (!TryInt(i, out int year) || !TryInt(i + 2, out int month) || !TryInt(i + 4, out int day)
            || !CalendarMath.IsValid(year, month, day))
        {
            return false;
        }
        match = Date(i, i + 4, IsoDate.Day(new DateOnly(year, month, day)));
        return true;
    }

    // Numeric dates with a year, US order first ("3/4/2020" is March 4) unless the first part cannot be a
    // month. Without a year ("9/11") they are names, left to the figure filter.
    private bool TrySlashDate(int i, out DateMatch match)
    {
        match = default;
        var c = _context;
        if (!c.IsNumber(i) || !c.IsSymbol(i + 1, '/') || !c.Touches(i + 1) || !c.IsNumber(i + 2) || !c.Touches(i + 2)
            || !c.IsSymbol(i + 3, '/') || !c.Touches(i + 3) || !c.IsNumber(i + 4) || !c.Touches(i + 4))
        {
            return false;
        }
        if (!TryInt(i, out int a) || !TryInt(i + 2, out int b) || !TryInt(i + 4, out int year))
        {
            return false;
        }
        int yearDigits = c.Span(i + 4).Length;
        if (yearDigits == 2)
        {
            year += year < 50 ? 2000 : 1900;
        }
        else if (yearDigits != 4)
        {
            return false;
        }
        (int month, int day) = a <= 12 ? (a, b) : (b, a);
        if (!CalendarMath.IsValid(year, month, day))
        {
            return false;
        }
        match = Date(i, i + 4, IsoDate.Day(new DateOnly(year, month, day)));
        return true;
    }

    // Month first: "March 4", "Sept. 11, 2001", "March 4th", "March 2020", "March 1-5", "in March".
    private bool TryMonthFirst(int i, out DateMatch match)
    {
        match = default;
        if (!TryMonth(i, out int month, out int last, out bool abbreviated))
        {
            return false;
        }
        var c = _context;
        int dayToken = last + 1;
        if (TryDay(dayToken, out int day, out int dayLast))
        {
            int end = dayLast;
            int? year = null;
            int yearToken = c.IsSymbol(dayLast + 1, ',') ? dayLast + 2 : dayLast + 1;
            if (TryYearNumber(yearToken, out int y))
            {
                year = y;
                end = yearToken;
            }
            else if (TryRelativeYear(dayLast + 1, out int relativeYear, out int relativeLast))
            {
                year = relativeYear;
                end = relativeLast;
            }
            // "March 1-5", "Sept. 19 to 22": one month, two days.
            bool dayJoiner = c.IsDash(dayLast + 1) || c.Is(dayLast + 1, "to") || c.Is(dayLast + 1, "through")
                || (c.Is(dayLast + 1, "and") && c.Is(i - 1, "between"));
            if (year is null && dayJoiner && TryDay(dayLast + 2, out int endDay, out int endDayLast) && endDay > day
                && !TryMonth(endDayLast + 1, out _, out _, out _))
            {
                int endYearToken = c.IsSymbol(endDayLast + 1, ',') ? endDayLast + 2 : endDayLast + 1;
                int? endYear = TryYearNumber(endYearToken, out int ey) ? ey : null;
                string? from = ResolveMonthDay(endYear, month, day, i, endDayLast);
                string? to = ResolveMonthDay(endYear, month, endDay, i, endDayLast);
                if (from is not null && to is not null)
                {
                    match = new DateMatch(i, endYear is null ? endDayLast : endYearToken, Claims.DateKinds.Range, IsoDate.Range(from, to));
                    return true;
                }
            }
            // An impossible date ("Feb. 30", "Feb. 29, 2021") is reported as nothing, and its numbers are no figures.
            match = Date(i, end, ResolveMonthDay(year, month, day, i, end));
            return true;
        }
        int monthYearToken = c.Is(dayToken, "of") ? dayToken + 1 : dayToken;
        // "March of next year", "May last year": the year is relative to the reference.
        if (IsRelativeYear(dayToken, out int shift, out int relLast))
        {
            match = Date(i, relLast, _reference is { } r ? IsoDate.Month(r.Year + shift, month) : null);
            return true;
        }
        if (TryYearNumber(monthYearToken, out int monthYear))
        {
            match = Date(i, monthYearToken, IsoDate.Month(monthYear, month));
            return true;
        }
        // A month on its own needs a full name and a word that makes it a time ("in March", "last May").
        if (abbreviated || !IsAfterTimeWord(i))
        {
            return false;
        }
        int first = i;
        string? value2;
        if (_reference is not { } reference)
        {
            value2 = IsoDate.PartialMonth(month);
        }
        else if (c.Is(i - 1, "last") || c.Is(i - 1, "next"))
        {
            first = i - 1;
            int year = c.Is(i - 1, "last")
                ? (month < reference.Month ? reference.Year : reference.Year - 1)
                : (month > reference.Month ? reference.Year : reference.Year + 1);
            value2 = IsoDate.Month(year, month);
        }
        else
        {
            value2 = IsoDate.Month(CalendarMath.YearOfMonth(month, reference, TenseOf(i, i)), month);
        }
        match = Date(first, last, value2);
        return true;
    }

    // Day first: "4 March 2020", "the 4th of July".
    private bool TryDayFirst(int i, out DateMatch match)
    {
        match = default;
        if (!TryDay(i, out int day, out int dayLast))
        {
            return false;
        }
        int monthToken = _context.Is(dayLast + 1, "of") ? dayLast + 2 : dayLast + 1;
        if (!TryMonth(monthToken, out int month, out int monthLast, out _))
        {
            return false;
        }
        int end = monthLast;
        int? year = null;
        int yearToken = _context.IsSymbol(monthLast + 1, ',') ? monthLast + 2 : monthLast + 1;
        if (TryYearNumber(yearToken, out int y))
        {
            year = y;
            end = yearToken;
        }
        match = Date(i, end, ResolveMonthDay(year, month, day, i, end));
        return true;
    }

    // A year on its own: four digits from 1900 to 2099 (earlier with a time word before it), unless it counts
    // something ("2000 troops"). "2019-20" and "2019-2020" are ranges; "the 1990s" is a decade, not reported.
    private bool TryYear(int i, out DateMatch match)
    {
        match = default;
        var c = _context;
        if (!c.IsNumber(i) || c.Span(i).Length != 4 || !TryInt(i, out int year))
        {
            return false;
        }
        bool timeWord = IsAfterTimeWord(i) || IsAfterMonthOrDay(i);
        if (year < 1900 && !(timeWord && year >= 1000) || year > 2099)
        {
            return false;
        }
        if (c.IsWord(i + 1) && c.Touches(i + 1) && c.Is(i + 1, "s"))
        {
            match = new DateMatch(i, i + 1, Claims.DateKinds.Date, null);
            return true;
        }
        if (c.IsWord(i + 1) && c.Touches(i + 1))
        {
            return false; // "2020bn" or a code
        }
        if (FollowedByCurrencyOrQualifier(i) || (!timeWord && CountsSomething(i)))
        {
            return false;
        }
        if (c.IsDash(i + 1) && c.Touches(i + 1) && c.IsNumber(i + 2) && c.Touches(i + 2) && TryInt(i + 2, out int second))
        {
            int digits = c.Span(i + 2).Length;
            int endYear = digits == 2 ? year / 100 * 100 + second : digits == 4 ? second : -1;
            if (endYear > year && endYear - year < 100)
            {
                match = new DateMatch(i, i + 2, Claims.DateKinds.Range, IsoDate.Range(IsoDate.Year(year), IsoDate.Year(endYear)));
                return true;
            }
        }
        match = Date(i, i, IsoDate.Year(year));
        return true;
    }

    private bool FollowedByCurrencyOrQualifier(int i)
    {
        var c = _context;
        if (c.Valid(i - 1) && c.Kind(i - 1) == ScanTokenKind.Symbol && ScanLexicons.Currencies.Contains(c.Span(i - 1)))
        {
            return true;
        }
        return ScanLexicons.Qualifiers.MatchEndingAt(c, i - 1, out _, out _) && !c.Is(i - 1, "around") && !c.Is(i - 1, "about")
            && !c.Is(i - 1, "before") && !c.Is(i - 1, "after") && !c.Is(i - 1, "since") && !c.Is(i - 1, "until");
    }

    // "2000 troops", "1,500 people": a plural noun right after a bare four-digit number makes it a count.
    private bool CountsSomething(int i)
    {
        var c = _context;
        int next = i + 1;
        if (!c.IsWord(next) || c.IsCapitalized(next))
        {
            return false;
        }
        var word = c.Span(next);
        if (ScanLexicons.UnitStopWords.Contains(word) || ScanLexicons.Months.Contains(word))
        {
            return false;
        }
        return ScanLexicons.IrregularPlurals.Contains(word)
            || (word.Length > 3 && word.EndsWith("s", StringComparison.OrdinalIgnoreCase) && !word.EndsWith("ss", StringComparison.OrdinalIgnoreCase));
    }

    private bool IsAfterTimeWord(int i)
    {
        int before = i - 1;
        if (_context.IsDash(before) && _context.Touches(i))
        {
            before--; // "mid-March"
        }
        if (!_context.IsWord(before))
        {
            return false;
        }
        var word = _context.Span(before);
        foreach (var w in TimePrepositions)
        {
            if (word.Equals(w, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private bool IsAfterMonthOrDay(int i)
    {
        int before = _context.IsSymbol(i - 1, ',') ? i - 2 : i - 1;
        return _context.IsWord(before) && ScanLexicons.Months.Contains(_context.Span(before));
    }

    // A past-tense verb governing the date from just before it ("arrived Aug. 20", "signed on Feb. 29")
    // overrides the nearest year when the nearest lies ahead of the reference, and a future one when it lies
    // behind. A verb further off (often the reporting verb: "said the vote on March 10 ...") or after the date
    // ("the March 10 deadline loomed": past narration of a coming day) does not.
    private const int TenseOverrideDistance = 2;

    // Further off, the clause's tense still overrides the nearest year when that lies this many days or more on
    // the wrong side; nearer dates keep the nearest year, since a past reporting verb often introduces a coming
    // day ("said the vote on March 10 would be delayed").
    private const int TenseOverrideDays = 60;

    private string? ResolveMonthDay(int? year, int month, int day, int first, int last)
    {
        if (year is { } y)
        {
            return CalendarMath.IsValid(y, month, day) ? IsoDate.Day(new DateOnly(y, month, day)) : null;
        }
        if (!CalendarMath.IsValid(2000, month, day))
        {
            return null; // "Feb. 30"
        }
        if (_reference is not { } reference)
        {
            return IsoDate.PartialDay(month, day);
        }
        if (CalendarMath.NearestMonthDay(month, day, reference) is not { } date)
        {
            return IsoDate.PartialDay(month, day);
        }
        var (tense, distance, markerBefore) = TenseDetector.DetectWithDistance(_context, first, last);
        int shift = 0;
        if (markerBefore && distance <= TenseOverrideDistance)
        {
            shift = tense == Tense.Past && date > reference ? -1 : tense == Tense.Future && date < reference ? 1 : 0;
        }
        else if (tense == Tense.Past && date.DayNumber - reference.DayNumber > TenseOverrideDays)
        {
            shift = -1; // "was thrown into doubt on Feb. 9" written in September: last February
        }
        else if (tense == Tense.Future && reference.DayNumber - date.DayNumber > TenseOverrideDays)
        {
            shift = 1;
        }
        if (shift != 0 && CalendarMath.IsValid(date.Year + shift, month, day))
        {
            date = new DateOnly(date.Year + shift, month, day);
        }
        return IsoDate.Day(date);
    }

    // A capitalized month name or abbreviation ("Sept." with its period). "May" and "March" are also words: the
    // capital letter and, for "May" after a capitalized word (Theresa May), the absence of a name before it.
    private bool TryMonth(int i, out int month, out int last, out bool abbreviated)
    {
        month = 0;
        last = i;
        abbreviated = false;
        var c = _context;
        if (!c.IsWord(i) || !c.IsCapitalized(i) || !ScanLexicons.Months.TryGet(c.Span(i), out month))
        {
            return false;
        }
        var word = c.Span(i);
        if (month == 5 && c.IsCapitalized(i - 1) && c.IsWord(i - 1) && !ScanLexicons.UnitStopWords.Contains(c.Span(i - 1)))
        {
            return false;
        }
        abbreviated = word.Length <= 4 && !word.Equals("june", StringComparison.OrdinalIgnoreCase)
            && !word.Equals("july", StringComparison.OrdinalIgnoreCase) && !word.Equals("may", StringComparison.OrdinalIgnoreCase);
        if (abbreviated && c.IsSymbol(i + 1, '.') && c.Touches(i + 1))
        {
            last = i + 1;
        }
        return true;
    }

    private bool TryDay(int i, out int day, out int last)
    {
        day = 0;
        last = i;
        var c = _context;
        if (!c.IsNumber(i) || c.Span(i).Length > 2 || !TryInt(i, out day) || day < 1 || day > 31)
        {
            return false;
        }
        if (c.IsWord(i + 1) && c.Touches(i + 1))
        {
            var suffix = c.Span(i + 1);
            if (suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
                || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase))
            {
                last = i + 1;
            }
            else
            {
                return false;
            }
        }
        // "March 4:30" or "March 10-year" are not days.
        if (c.IsSymbol(last + 1, ':') && c.Touches(last + 1) && c.IsNumber(last + 2) && c.Touches(last + 2))
        {
            return false;
        }
        return true;
    }

    // "[of] last year", "[of] next year", "[of] this year" after a month or month-day.
    private bool IsRelativeYear(int i, out int shift, out int last)
    {
        var c = _context;
        int at = c.Is(i, "of") ? i + 1 : i;
        shift = c.Is(at, "next") ? 1 : c.Is(at, "last") ? -1 : 0;
        last = at + 1;
        return (c.Is(at, "next") || c.Is(at, "last") || c.Is(at, "this")) && c.Is(at + 1, "year");
    }

    private bool TryRelativeYear(int i, out int year, out int last)
    {
        year = 0;
        if (_reference is not { } reference || !IsRelativeYear(i, out int shift, out last))
        {
            last = i;
            return false;
        }
        year = reference.Year + shift;
        return true;
    }

    private bool TryYearNumber(int i, out int year)
    {
        year = 0;
        return _context.IsNumber(i) && _context.Span(i).Length == 4 && TryInt(i, out year) && year is >= 1000 and <= 2199
            && !(_context.IsWord(i + 1) && _context.Touches(i + 1));
    }

    private bool TryInt(int i, out int value) =>
        int.TryParse(_context.Span(i), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out value);
}
