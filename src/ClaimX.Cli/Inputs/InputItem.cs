namespace ClaimX.Cli.Inputs;

/// <summary>
/// One article to read: <see cref="Label"/> is the path as the user gave it (or as expanded from their directory or
/// glob), written to the output's "article" field; <see cref="FullPath"/> is where to read it; standard input has
/// label "-" and no path.
/// </summary>
public sealed record InputItem(string Label, string? FullPath)
{
    public const string StandardInputLabel = "-";

    public static readonly InputItem StandardInput = new(StandardInputLabel, null);

    public bool IsStandardInput => FullPath is null;

    /// <summary>For a file found below a directory or glob base: its path relative to that base ('/' separated).</summary>
    public string? RelativePath { get; init; }
}
