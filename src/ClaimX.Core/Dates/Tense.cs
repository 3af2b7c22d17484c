namespace ClaimX.Core.Dates;

/// <summary>The tense of the clause a date sits in, as far as it decides which weekday or month is meant.</summary>
internal enum Tense : byte
{
    /// <summary>No marker found: news is written in the past tense, so this reads as past.</summary>
    Unknown,
    Past,
    Future,
}
