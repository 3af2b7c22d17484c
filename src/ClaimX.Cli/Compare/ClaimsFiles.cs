using ClaimX.Cli.Inputs;
using ClaimX.Core.Claims;
using ClaimX.Core.Compare;

namespace ClaimX.Cli.Compare;

/// <summary>
/// Claims files written by `claimx extract` are told from articles by their extension (.json, .jsonl, .csv) and
/// read with the reader for that format. Problems come back as one line naming the file, never as an exception.
/// </summary>
public static class ClaimsFiles
{
    public static bool IsClaimsFile(InputItem item) =>
        !item.IsStandardInput && Path.GetExtension(item.Label).ToLowerInvariant() is ".json" or ".jsonl" or ".csv";

    public static (List<Claim>? Claims, string? Error) Read(InputItem item)
    {
        try
        {
            using var stream = new FileStream(item.FullPath!, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            var claims = Path.GetExtension(item.Label).ToLowerInvariant() switch
            {
                ".json" => ClaimJsonReader.ReadArray(stream),
                ".jsonl" => ClaimJsonReader.ReadLines(stream),
                _ => ClaimsCsvReader.Read(stream),
            };
            return (claims, null);
        }
        catch (FormatException e)
        {
            return (null, $"{item.Label}: {e.Message}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            string reason = e is UnauthorizedAccessException && Directory.Exists(item.FullPath) ? "is a directory, not a file" : InputErrors.Describe(e);
            return (null, $"{item.Label}: {reason}");
        }
    }
}
