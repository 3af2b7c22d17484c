using ClaimX.Core.Articles;

namespace ClaimX.Cli.Inputs;

/// <summary>
/// One input after reading: its decoded text, or why there is none. <see cref="Error"/> (unreadable) counts toward
/// exit code 1; <see cref="Warning"/> is informational (skipped binary or oversized file, Windows-1252 fallback).
/// </summary>
public sealed record ArticleText(InputItem Input, string? Text, long ByteCount, string? Error = null, string? Warning = null)
{
    public TextEncodingKind Encoding { get; init; }
}
