namespace ClaimX.Core.Claims;

/// <summary>
/// A number stated in a claim: the text as written, its value, what it counts (head noun, or a currency code for
/// money), and a qualifier such as "at least". Offsets are into the article text.
/// </summary>
public sealed record Figure(string Text, double Value, string? Unit, string? Qualifier, int Start, int End);
