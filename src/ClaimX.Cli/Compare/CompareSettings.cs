using ClaimX.Cli.Commands;

namespace ClaimX.Cli.Compare;

/// <summary>The validated options of one `claimx compare` run.</summary>
public sealed record CompareSettings
{
    public InputSettings Input { get; init; } = new();
    public string Format { get; init; } = CompareFormats.Markdown;
    public string? OutputPath { get; init; }
}
