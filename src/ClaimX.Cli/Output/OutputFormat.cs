namespace ClaimX.Cli.Output;

public enum OutputFormat
{
    Csv,
    Json,
    Jsonl,
}

public static class OutputFormats
{
    public static readonly string[] Names = ["csv", "json", "jsonl"];

    public static OutputFormat Parse(string name) => name switch
    {
        "json" => OutputFormat.Json,
        "jsonl" => OutputFormat.Jsonl,
        _ => OutputFormat.Csv,
    };

    /// <summary>The format a file name asks for (".json", ".jsonl", ".csv", any case), or null.</summary>
    public static OutputFormat? FromExtension(string? path) => Path.GetExtension(path)?.ToLowerInvariant() switch
    {
        ".json" => OutputFormat.Json,
        ".jsonl" or ".ndjson" => OutputFormat.Jsonl,
        ".csv" => OutputFormat.Csv,
        _ => null,
    };

    public static IClaimWriter CreateWriter(OutputFormat format, Stream output) => format switch
    {
        OutputFormat.Json => new JsonClaimWriter(output),
        OutputFormat.Jsonl => new JsonlClaimWriter(output),
        _ => new CsvClaimWriter(output),
    };
}
