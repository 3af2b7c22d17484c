using ClaimX.Cli.Inputs;
using ClaimX.Cli.Processing;
using ClaimX.Core.Claims;
using ClaimX.Core.Compare;

namespace ClaimX.Cli.Compare;

/// <summary>
/// Reads what `compare` is given. Claims files written by `claimx extract` are known by their extension (.json,
/// .jsonl, .csv); any other input (standard input, "claims.out", an article) is told by its first bytes
/// (<see cref="ClaimsFormatSniffer"/>) and read as claims or extracted as an article. Problems come back as one
/// line naming the input, never as an exception.
/// </summary>
public static class ClaimsFiles
{
    public static ClaimsFormat? FormatByName(InputItem item) => item.IsStandardInput ? null : Path.GetExtension(item.Label).ToLowerInvariant() switch
    {
        ".json" => ClaimsFormat.Json,
        ".jsonl" => ClaimsFormat.JsonLines,
        ".csv" => ClaimsFormat.Csv,
        _ => null,
    };

    /// <summary>The claims of a claims file, or of an article extracted by <paramref name="processor"/>.</summary>
    public static LoadedClaims Load(InputItem item, ArticleProcessor processor)
    {
        Stream stream;
        try
        {
            stream = processor.Open(item);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return LoadedClaims.Failed(ArticleReader.Unreadable(item, e).Error!);
        }
        using (stream)
        {
            if (FormatByName(item) is { } named)
            {
                return Read(item, stream, named);
            }
            var head = new byte[ClaimsFormatSniffer.HeadLength];
            int length;
            try
            {
                length = ReadHead(stream, head);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return LoadedClaims.Failed(ArticleReader.Unreadable(item, e).Error!);
            }
            var (format, error) = ClaimsFormatSniffer.Detect(head.AsSpan(0, length));
            if (error is not null)
            {
                return LoadedClaims.Failed($"{item.Label}: {error}");
            }
            Stream whole = stream;
            if (stream.CanSeek)
            {
                stream.Position = 0;
            }
            else
            {
                whole = new PrefixedStream(head, length, stream);
            }
            if (format is { } sniffed)
            {
                return Read(item, whole, sniffed);
            }
            var outcome = processor.Process(item, whole);
            return new LoadedClaims(outcome.Result?.Claims ?? [], outcome.Error, outcome.Warnings);
        }
    }

    private static LoadedClaims Read(InputItem item, Stream stream, ClaimsFormat format)
    {
        try
        {
            var claims = format switch
            {
                ClaimsFormat.Json => ClaimJsonReader.ReadArray(stream),
                ClaimsFormat.JsonLines => ClaimJsonReader.ReadLines(stream),
                _ => ClaimsCsvReader.Read(stream),
            };
            return new LoadedClaims(claims, null, []);
        }
        catch (FormatException e)
        {
            return LoadedClaims.Failed($"{item.Label}: {e.Message}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return LoadedClaims.Failed(ArticleReader.Unreadable(item, e).Error!);
        }
    }

    private static int ReadHead(Stream stream, byte[] head)
    {
        int length = 0;
        while (length < head.Length && stream.Read(head, length, head.Length - length) is var read && read > 0)
        {
            length += read;
        }
        return length;
    }
}
