namespace ClaimX.Core.Pipeline;

/// <summary>Defaults for article metadata that the article itself does not give (front matter wins).</summary>
public sealed record ExtractionOptions
{
    public string? Source { get; init; }

    public DateOnly? Date { get; init; }
}
