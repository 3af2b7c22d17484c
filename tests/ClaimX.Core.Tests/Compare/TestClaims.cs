using ClaimX.Core.Claims;

namespace ClaimX.Core.Tests.Compare;

/// <summary>
/// Builds claims by hand so comparison tests do not depend on extraction quality. Each claim sits at a fixed
/// offset in its (imaginary) article; figures and dates are located inside the quote by their text.
/// </summary>
internal static class TestClaims
{
    private const int ClaimOffset = 120;
    private static int _ordinal;

    public static Claim Make(
        string source,
        string? speaker,
        string quote,
        string kind = ClaimKinds.Direct,
        string? role = null,
        Figure[]? figures = null,
        DateMention[]? dates = null,
        int start = ClaimOffset)
    {
        string article = source.ToLowerInvariant().Replace(' ', '-') + ".txt";
        return new Claim
        {
            Article = article,
            Source = source,
            Id = $"{article}#{Interlocked.Increment(ref _ordinal)}",
            Kind = kind,
            Speaker = speaker,
            SpeakerRole = role,
            Quote = quote,
            Start = start,
            End = start + quote.Length,
            Paragraph = 1,
            Figures = figures?.Select(f => Place(quote, start, f)).ToList() ?? [],
            Dates = dates?.Select(d => Place(quote, start, d)).ToList() ?? [],
        };
    }

    /// <summary>A figure whose offsets are filled in by <see cref="Make"/>.</summary>
    public static Figure Fig(string text, double value, string? unit, string? qualifier = null) =>
        new(text, value, unit, qualifier, -1, -1);

    public static DateMention Date(string text, string value, string kind = DateKinds.Date) => new(text, value, kind, -1, -1);

    private static Figure Place(string quote, int start, Figure figure)
    {
        int at = quote.IndexOf(figure.Text, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new ArgumentException($"figure '{figure.Text}' is not in the quote");
        }
        return figure with { Start = start + at, End = start + at + figure.Text.Length };
    }

    private static DateMention Place(string quote, int start, DateMention date)
    {
        int at = quote.IndexOf(date.Text, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new ArgumentException($"date '{date.Text}' is not in the quote");
        }
        return date with { Start = start + at, End = start + at + date.Text.Length };
    }
}
