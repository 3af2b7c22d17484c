namespace ClaimX.Core.Articles;

/// <summary>What is known about an article besides its text. Unknown values stay null; nothing is guessed.</summary>
public sealed record ArticleMetadata(
    string? Title = null,
    string? Source = null,
    DateOnly? Date = null,
    string? Url = null,
    string? Author = null)
{
    public static readonly ArticleMetadata Empty = new();
}
