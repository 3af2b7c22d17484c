namespace ClaimX.Cli.Compare;

/// <summary>The validated options of one `claimx compare` run.</summary>
public sealed record CompareSettings
{
    public IReadOnlyList<string> Inputs { get; init; } = [];
    public string? FilesFrom { get; init; }
    public string Format { get; init; } = CompareFormats.Markdown;
    public string? OutputPath { get; init; }
    public string? Source { get; init; }
    public DateOnly? Date { get; init; }
    public bool Quiet { get; init; }
}
