using ClaimX.Cli.Inputs;

namespace ClaimX.Cli.Commands;

/// <summary>
/// The validated input options shared by the commands that read articles (extract, compare): which inputs, the
/// metadata to fall back on, how big an article may be, how many to process at once, and whether to show warnings.
/// </summary>
public sealed record InputSettings
{
    public IReadOnlyList<string> Inputs { get; init; } = [];
    public string? FilesFrom { get; init; }
    public string? Source { get; init; }
    public DateOnly? Date { get; init; }
    public long MaxBytes { get; init; } = ArticleReader.DefaultMaxBytes;
    public int Jobs { get; init; } = Environment.ProcessorCount;
    public bool Quiet { get; init; }
}
