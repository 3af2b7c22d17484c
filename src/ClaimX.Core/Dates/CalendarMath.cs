namespace ClaimX.Core.Dates;

/// <summary>Calendar arithmetic for resolving dates written without a year or relative to the reference date.</summary>
internal static class CalendarMath
{
    public static bool IsValid(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    /// <summary>
    /// The month-day in the year before, of or after the reference that lies nearest to it; among years where the
    /// day exists (Feb. 29), so a non-leap reference year takes the nearest leap year within one year, else null.
    /// </summary>
    public static DateOnly? NearestMonthDay(int month, int day, DateOnly reference)
    {
        DateOnly? best = null;
        int bestDistance = int.MaxValue;
        for (int year = reference.Year - 1; year <= reference.Year + 1; year++)
        {
            if (!IsValid(year, month, day))
            {
                continue;
            }
            var candidate = new DateOnly(year, month, day);
            int distance = Math.Abs(candidate.DayNumber - reference.DayNumber);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    /// <summary>The latest day with this ISO weekday on or before (or strictly before) the reference.</summary>
    public static DateOnly WeekdayBefore(DateOnly reference, int isoDay, bool strictly)
    {
        int back = (IsoDay(reference) - isoDay + 7) % 7;
        if (back == 0 && strictly)
        {
            back = 7;
        }
        return reference.AddDays(-back);
    }

    /// <summary>The next day with this ISO weekday strictly after (or on or after) the reference.</summary>
    public static DateOnly WeekdayAfter(DateOnly reference, int isoDay, bool strictly)
    {
        int ahead = (isoDay - IsoDay(reference) + 7) % 7;
        if (ahead == 0 && strictly)
        {
            ahead = 7;
        }
        return reference.AddDays(ahead);
    }

    /// <summary>Monday of the ISO week holding the reference, shifted by whole weeks.</summary>
    public static DateOnly WeekStart(DateOnly reference, int weekOffset) =>
        reference.AddDays(1 - IsoDay(reference) + 7 * weekOffset);

    public static int IsoDay(DateOnly date) => date.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)date.DayOfWeek;

    /// <summary>The year of a month named without one: the past or next occurrence by tense, else the nearest.</summary>
    public static int YearOfMonth(int month, DateOnly reference, Tense tense)
    {
        int delta = month - reference.Month;
        return tense switch
        {
            Tense.Future => delta >= 0 ? reference.Year : reference.Year + 1,
            Tense.Past => delta <= 0 ? reference.Year : reference.Year - 1,
            _ => delta > 6 ? reference.Year - 1 : delta < -6 ? reference.Year + 1 : reference.Year,
        };
    }
}
