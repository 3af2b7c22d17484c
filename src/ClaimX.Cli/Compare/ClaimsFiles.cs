using System.Text;
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
            // A claims file saved by a shell that writes UTF-16 (Windows PowerShell's '>') is still claims.
            var utf16 = Utf16Encoding(head.AsSpan(0, length));
            var (format, error) = ClaimsFormatSniffer.Detect(utf16 is null
                ? head.AsSpan(0, length)
                : Encoding.UTF8.GetBytes(utf16.GetString(head, 2, (length - 2) & ~1)));
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
                return Read(item, utf16 is null ? whole : Encoding.CreateTranscodingStream(whole, utf16, Encoding.UTF8, leaveOpen: true), sniffed);
            }
            var outcome = processor.Process(item, whole);
            return new LoadedClaims(outcome.Result?.Claims ?? [], outcome.Error, outcome.Warnings);
        }
    }

    private static LoadedClaims Read(InputItem item, Stream stream, ClaimsFormat format)
    {
        try
        {
            // The input streams are unbuffered (an article is read in one go); claims are read in small pieces.
            using var buffered = new BufferedStream(stream, 1 << 16);
            var claims = format switch
            {
                ClaimsFormat.Json => ClaimJsonReader.ReadArray(buffered),
                ClaimsFormat.JsonLines => ClaimJsonReader.ReadLines(buffered),
                _ => ClaimsCsvReader.Read(buffered),
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

    private static Encoding? Utf16Encoding(ReadOnlySpan<byte> head) =>
        head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) ? Encoding.Unicode
        : head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) ? Encoding.BigEndianUnicode
        : null;

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
