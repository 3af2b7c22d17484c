using ClaimX.Cli.Inputs;
using ClaimX.Cli.Output;

namespace ClaimX.Cli.Commands;

/// <summary>The validated options of one `claimx extract` run.</summary>
public sealed record ExtractSettings
{
    public IReadOnlyList<string> Inputs { get; init; } = [];
    public string? FilesFrom { get; init; }
    public OutputFormat Format { get; init; } = OutputFormat.Csv;
    public string? OutputPath { get; init; }
    public string? Source { get; init; }
    public DateOnly? Date { get; init; }
    public long MaxBytes { get; init; } = ArticleReader.DefaultMaxBytes;
    public int Jobs { get; init; } = Environment.ProcessorCount;
    public ShardSpec? Shard { get; init; }
    public bool Progress { get; init; }
    public bool Quiet { get; init; }
}
