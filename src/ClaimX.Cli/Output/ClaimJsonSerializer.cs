using System.Text.Encodings.Web;
using System.Text.Json;
using ClaimX.Core.Claims;

namespace ClaimX.Cli.Output;

/// <summary>
/// Serialises one claim as compact JSON through the source-generated <see cref="ClaimJsonContext"/> (no reflection).
/// Non-ASCII text is written as is (UTF-8), not as \u escapes, so the output stays readable for people and jq.
/// </summary>
public sealed class ClaimJsonSerializer(Stream output)
{
    private readonly Utf8JsonWriter _writer = new(output, new JsonWriterOptions
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
        SkipValidation = true,
    });

    public void Write(Claim claim)
    {
        JsonSerializer.Serialize(_writer, claim, ClaimJsonContext.Default.Claim);
        _writer.Flush();
        _writer.Reset();
    }
}
