namespace ClaimX.Cli.Commands;

/// <summary>The validated options of one `claimx eval` run. Paths are as given, relative to the current directory.</summary>
public sealed record EvalSettings
{
    public required string Gold { get; init; }
    public string? Texts { get; init; }
    public DateOnly? Date { get; init; }
    public double? MinF1 { get; init; }
    public bool ShowErrors { get; init; }
    public bool Json { get; init; }
}
