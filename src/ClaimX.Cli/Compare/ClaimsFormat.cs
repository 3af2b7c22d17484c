namespace ClaimX.Cli.Compare;

/// <summary>The claims files `claimx extract` writes, as `compare` reads them back.</summary>
public enum ClaimsFormat
{
    /// <summary>One JSON array of claim objects (--format json).</summary>
    Json,

    /// <summary>One claim object per line (--format jsonl).</summary>
    JsonLines,

    /// <summary>A header row with at least "article" and "quote" columns (--format csv).</summary>
    Csv,
}
