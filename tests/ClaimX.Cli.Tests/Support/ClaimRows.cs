using System.Text;
using System.Text.Json;
using ClaimX.Cli.Output;
using CsvHelper;

namespace ClaimX.Cli.Tests.Support;

/// <summary>Reads claimx's JSON / JSONL / CSV output back for assertions.</summary>
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

    /// <summary>Each CSV row as column name to cell, parsed by CsvHelper (so quoting is undone as a spreadsheet would).</summary>
    public static List<Dictionary<string, string>> FromCsv(string csv)
    {
        using var reader = CsvReader.Create(new MemoryStream(Encoding.UTF8.GetBytes(csv)), new CsvReaderOptions(), leaveOpen: false);
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            rows.Add(CsvClaimWriter.Columns.ToDictionary(c => c, c => reader.GetString(c)));
        }
        return rows;
    }

    public static string Str(this JsonElement e, string name) => e.GetProperty(name).GetString()!;

    /// <summary>A string field that may be null, as the CSV writes it: null is the empty cell.</summary>
    public static string Text(this JsonElement e, string name) => e.GetProperty(name).GetString() ?? "";

    public static int Int(this JsonElement e, string name) => e.GetProperty(name).GetInt32();
}
