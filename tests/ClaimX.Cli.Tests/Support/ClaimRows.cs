using System.Text.Json;

namespace ClaimX.Cli.Tests.Support;

/// <summary>Reads claimx's JSON / JSONL output back for assertions.</summary>
public static class ClaimRows
{
    public static List<JsonElement> FromJson(string json)
    {
        using var document = JsonDocument.Parse(json);
        document.RootElement.ValueKind.Should().Be(JsonValueKind.Array);
        return document.RootElement.EnumerateArray().Select(e => e.Clone()).ToList();
    }

    public static List<JsonElement> FromJsonl(string jsonl) =>
        jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line =>
            {
                using var document = JsonDocument.Parse(line);
                return document.RootElement.Clone();
            })
            .ToList();

    public static string Str(this JsonElement e, string name) => e.GetProperty(name).GetString()!;

    public static int Int(this JsonElement e, string name) => e.GetProperty(name).GetInt32();
}
