using System.Text;
using System.Text.Json;
using ClaimX.Core.Claims;

namespace ClaimX.Core.Compare;

/// <summary>
/// Reads the claims files that <c>claimx extract</c> writes as JSON (one array of claims) or JSON Lines (one claim
/// per line), through the source-generated <see cref="ClaimJsonContext"/>. A malformed file raises
/// <see cref="FormatException"/> with a one-line reason that says where.
/// </summary>
public static class ClaimJsonReader
{
    public static List<Claim> ReadArray(Stream input)
    {
        try
        {
            return JsonSerializer.Deserialize(input, ClaimJsonContext.Default.ListClaim)
                ?? throw new FormatException("expected a JSON array of claims, found null");
        }
        catch (JsonException e)
        {
            throw new FormatException(Describe(e));
        }
    }

    public static List<Claim> ReadLines(Stream input)
    {
        var claims = new List<Claim>();
        using var reader = new StreamReader(input, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        int number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            try
            {
                claims.Add(JsonSerializer.Deserialize(line, ClaimJsonContext.Default.Claim)
                    ?? throw new FormatException($"line {number}: expected a claim object, found null"));
            }
            catch (JsonException e)
            {
                throw new FormatException($"line {number}: {Describe(e)}");
            }
        }
        return claims;
    }

    // JsonException messages name .NET types ("could not be converted to System.Collections.Generic.List`1[...]");
    // a user needs what was expected and where.
    private static string Describe(JsonException e)
    {
        string where = e.LineNumber is { } line ? $" (line {line + 1}, position {(e.BytePositionInLine ?? 0) + 1})" : "";
        return "not a claims file: expected claim objects as written by 'claimx extract --format json' or 'jsonl'" + where;
    }
}
