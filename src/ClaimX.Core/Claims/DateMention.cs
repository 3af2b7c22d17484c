namespace ClaimX.Core.Claims;

/// <summary>
/// A date or duration stated in a claim. <see cref="Value"/> is ISO 8601: a date ("2020-03-04"), a partial date
/// ("XXXX-03-10"), a duration ("P11D"), or for a range "start/end". <see cref="Kind"/> is one of <see cref="DateKinds"/>.
/// </summary>
public sealed record DateMention(string Text, string Value, string Kind, int Start, int End);

public static class DateKinds
{
    public const string Date = "date";
    public const string Duration = "duration";
    public const string Range = "range";
}
