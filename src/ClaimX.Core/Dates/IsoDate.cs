using System.Globalization;

namespace ClaimX.Core.Dates;

/// <summary>ISO 8601 text for the values a <see cref="Claims.DateMention"/> carries.</summary>
internal static class IsoDate
{
    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Month(int year, int month) =>
        string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}");

    public static string Year(int year) => year.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>A month-day whose year is unknown: "XXXX-03-10".</summary>
    public static string PartialDay(int month, int day) =>
        string.Create(CultureInfo.InvariantCulture, $"XXXX-{month:D2}-{day:D2}");

    /// <summary>A month whose year is unknown: "XXXX-03".</summary>
    public static string PartialMonth(int month) => string.Create(CultureInfo.InvariantCulture, $"XXXX-{month:D2}");

    /// <summary>A weekday with no reference date, in ISO week-date form with the year and week unknown: "XXXX-WXX-3".</summary>
    public static string PartialWeekday(int isoDay) => string.Create(CultureInfo.InvariantCulture, $"XXXX-WXX-{isoDay}");

    public static string Range(string start, string end) => start + "/" + end;

    /// <summary>"P11D", "PT24H", "P1.5Y": a count of one ISO designator (a leading T marks time parts).</summary>
    public static string Duration(double count, string designator)
    {
        string number = count.ToString("0.###", CultureInfo.InvariantCulture);
        return designator.StartsWith('T') ? "PT" + number + designator[1..] : "P" + number + designator;
    }
}
