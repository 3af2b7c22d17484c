using ClaimX.Cli.Inputs;
using ClaimX.Cli.Output;

namespace ClaimX.Cli.Commands;

/// <summary>The validated options of one `claimx extract` run.</summary>
public sealed record ExtractSettings
{
    public InputSettings Input { get; init; } = new();
    public OutputFormat Format { get; init; } = OutputFormat.Csv;
    public string? OutputPath { get; init; }
    public ShardSpec? Shard { get; init; }
    public bool Progress { get; init; }
}
