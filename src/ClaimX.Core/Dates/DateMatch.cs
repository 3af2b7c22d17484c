namespace ClaimX.Core.Dates;

/// <summary>
/// A temporal expression found by <see cref="DateScanner"/> over tokens FirstToken..LastToken (inclusive).
/// <see cref="Kind"/> is a <see cref="Claims.DateKinds"/> value or <see cref="Time"/>. A null
/// <see cref="Value"/> means the words are temporal (so their numbers are not figures) but carry nothing to
/// report: a clock time, a "today" in a quotation whose date of speech is unknown.
/// </summary>
internal readonly record struct DateMatch(int FirstToken, int LastToken, string Kind, string? Value)
{
    public const string Time = "time";

    public bool Reportable => Value is not null && Kind != Time;
}
