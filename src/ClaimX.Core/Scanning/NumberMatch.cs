namespace ClaimX.Core.Scanning;

/// <summary>How a number was written.</summary>
internal enum NumberForm : byte
{
    Digits,
    Words,
}

/// <summary>
/// A number read from tokens <see cref="FirstToken"/>..<see cref="LastToken"/> (inclusive), multiplier and
/// ordinal suffix included. <see cref="Magnitude"/> marks a plural magnitude ("hundreds of"): the value is then
/// the magnitude, a lower bound.
/// </summary>
internal readonly record struct NumberMatch(
    int FirstToken,
    int LastToken,
    double Value,
    NumberForm Form,
    bool Ordinal,
    bool Magnitude,
    bool Multiplied);
