using ClaimX.Core.Claims;
using ClaimX.Core.Scanning;

namespace ClaimX.Core.Dates;

/// <summary>
/// Durations ("11 days" P11D, "nearly 19 years" P19Y, "the past 24 hours" PT24H, "a 14-month" P14M) and
/// counts back from the reference ("two weeks ago", a date).
/// </summary>
internal sealed partial class DateScanner
{
    private bool TryDurationOrAgo(int i, out DateMatch match)
    {
        match = default;
        var c = _context;
        double count;
        int unitToken;
        if ((c.Is(i, "past") || c.Is(i, "last")) && c.Is(i - 1, "the") && c.IsWord(i + 1)
            && ScanLexicons.TimeUnits.TryGet(c.Span(i + 1), out var single) && !IsPluralUnit(i + 1))
        {
            // "the past week", "the last year": one unit back from the reference.
            match = new DateMatch(i, i + 1, DateKinds.Duration, IsoDate.Duration(single.Factor, single.Designator));
            return true;
        }
        if ((c.Is(i, "a") || c.Is(i, "an")) && c.IsWord(i + 1) && ScanLexicons.TimeUnits.TryGet(c.Span(i + 1), out _))
        {
            // "a day" is a duration after "for", "within", "over"..., a rate elsewhere ("twice a day").
            if (!(c.IsWord(i - 1) && ScanLexicons.DurationCues.Contains(c.Span(i - 1))) && !c.Is(i + 2, "ago"))
            {
                return false;
            }
            count = 1;
            unitToken = i + 1;
        }
        else if (NumberReader.TryRead(c, i, afterCurrency: false, out var number) && !number.Ordinal && !number.Magnitude
                 && !(c.Is(i, "one") && number.LastToken == i && !(c.IsWord(i - 1) && ScanLexicons.DurationCues.Contains(c.Span(i - 1)))))
        {
            // A lone "one day" is "some day" unless a cue makes it a span ("for one day").
            count = number.Value;
            unitToken = number.LastToken + 1;
            if (c.IsDash(unitToken) && c.Touches(unitToken) && c.Touches(unitToken + 1))
            {
                unitToken++; // "24-hour", "11-day"
            }
        }
        else
        {
            return false;
        }
        if (!c.IsWord(unitToken) || !ScanLexicons.TimeUnits.TryGet(c.Span(unitToken), out var unit))
        {
            return false;
        }
        if (c.IsDash(unitToken + 1) && c.Touches(unitToken + 1) && c.Is(unitToken + 2, "old"))
        {
            return false; // "10-year-old" is an age
        }
        if (c.Is(unitToken + 1, "ago"))
        {
            match = Ago(i, unitToken + 1, count, unit);
            return true;
        }
        match = new DateMatch(i, unitToken, DateKinds.Duration, IsoDate.Duration(count * unit.Factor, unit.Designator));
        return true;
    }

    private bool IsPluralUnit(int unitToken) => _context.Span(unitToken).EndsWith("s", StringComparison.OrdinalIgnoreCase);

    // "three days ago" is a date, "two months ago" a month, "a decade ago" a year; hours count as the day itself.
    private DateMatch Ago(int first, int last, double count, TimeUnit unit)
    {
        if (_reference is not { } reference || count != Math.Floor(count))
        {
            return Date(first, last, null);
        }
        // "2.5 million days ago" is no calendar date: what falls before year 1 is left unresolved.
        double days = count * unit.Factor * unit.Designator switch { "W" => 7, "M" => 31, "Y" => 366, _ => 1 };
        if (days >= reference.DayNumber)
        {
            return Date(first, last, null);
        }
        int n = (int)count * unit.Factor;
        string value = unit.Designator switch
        {
            "D" => IsoDate.Day(reference.AddDays(-n)),
            "W" => IsoDate.Day(reference.AddDays(-7 * n)),
            "M" => IsoDate.Month(reference.AddMonths(-n).Year, reference.AddMonths(-n).Month),
            "Y" => IsoDate.Year(reference.Year - n),
            _ => IsoDate.Day(reference),
        };
        return Date(first, last, value);
    }
}
