using System.Globalization;
using System.Text.Json;
using ClaimX.Cli.Output;
using ClaimX.Cli.Tests.Support;
using ClaimX.Core.Articles;

namespace ClaimX.Cli.Tests;

/// <summary>The output contract on the shipped samples: every format, every field, offsets into the file text.</summary>
public class ExtractOutputTests
{
    private static readonly string[] ContractFields =
    [
        "article", "source", "article_date", "id", "kind", "speaker", "speaker_mention", "speaker_start",
        "speaker_end", "speaker_role", "cue", "cue_lemma", "quote", "start", "end", "paragraph", "figures", "dates",
        "said_on",
    ];

    [Fact]
    public void Csv_on_samples_has_header_and_rows_for_both_articles()
    {
        var result = CliRunner.Run(RepoPaths.Root, "extract", "samples");

        result.ExitCode.Should().Be(0, result.Stderr);
        result.Stderr.Should().BeEmpty();
        var lines = result.Stdout.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().Be(string.Join(',', CsvClaimWriter.Columns));
        result.Stdout.Should().Contain("samples/fox-news_2020-03-04_us-airstrike-taliban.txt,Fox News,2020-03-04,");
        result.Stdout.Should().Contain("samples/washington-post_2020-03-04_us-airstrike-taliban.txt,The Washington Post,2020-03-04,");
        result.StdoutBytes.Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF }, "CSV is UTF-8 without BOM");
    }

    [Fact]
    public void Csv_cells_carry_the_same_claims_as_json_with_lists_flattened_readably()
    {
        var csv = ClaimRows.FromCsv(CliRunner.Run(RepoPaths.Root, "extract", "samples").Stdout);
        var json = ClaimRows.FromJson(CliRunner.Run(RepoPaths.Root, "extract", "samples", "-f", "json").Stdout);

        csv.Should().HaveCount(json.Count).And.NotBeEmpty();
        for (int i = 0; i < csv.Count; i++)
        {
            var (row, claim) = (csv[i], json[i]);
            row["id"].Should().Be(claim.Str("id"));
            row["speaker"].Should().Be(claim.Text("speaker"));
            row["cue"].Should().Be(claim.Text("cue"));
            row["quote"].Should().Be(claim.Str("quote"), "CSV quoting must give the quote back exactly, marks and commas included");
            row["start"].Should().Be(claim.Int("start").ToString(CultureInfo.InvariantCulture));
            var figures = claim.GetProperty("figures").EnumerateArray().ToList();
            row["figures"].Should().Be(string.Join("; ", figures.Select(f =>
                string.Join(' ', new[] { f.Text("qualifier"), f.Str("text"), f.Text("unit") is var u && u != "percent" && !(u.Length == 3 && u.All(char.IsAsciiLetterUpper)) ? u : "" }
                    .Where(w => w.Length > 0)))));
            row["figure_values"].Should().Be(string.Join("; ", figures.Select(f => f.GetProperty("value").GetDouble().ToString(CultureInfo.InvariantCulture))));
            row["figure_units"].Should().Be(string.Join("; ", figures.Select(f => f.Text("unit"))));
            var dates = claim.GetProperty("dates").EnumerateArray().ToList();
            row["dates"].Should().Be(string.Join("; ", dates.Select(d => d.Str("text"))));
            row["date_values"].Should().Be(string.Join("; ", dates.Select(d => d.Str("value"))));
        }
        // One claim read by hand from the Washington Post sample: every cell a spreadsheet user would look at.
        var kunduz = csv.Single(r => r["quote"].Contains("at least eight soldiers", StringComparison.Ordinal));
        kunduz["article"].Should().Be("samples/washington-post_2020-03-04_us-airstrike-taliban.txt");
        kunduz["speaker"].Should().Be("Ghulam Rabbani");
        kunduz["speaker_role"].Should().Be("a local lawmaker");
        kunduz["cue"].Should().Be("according to");
        kunduz["quote"].Should().Be("In one attack in Kunduz, at least eight soldiers were killed overnight");
        kunduz["figures"].Should().Be("at least eight soldiers");
        kunduz["figure_values"].Should().Be("8");
        kunduz["figure_units"].Should().Be("soldiers");
    }

    [Fact]
    public void Csv_figure_cells_read_qualifier_number_and_unit_with_values_and_units_beside()
    {
        using var dir = new TempDirectory();
        dir.Write("raid.txt", "\u201CThe militants carried out 43 attacks on Tuesday and killed four civilians and at least eight soldiers,\u201D said Col. Jane Doe.\n");

        var result = CliRunner.Run(dir.Path, "extract", "raid.txt", "--date", "2024-05-01");

        result.ExitCode.Should().Be(0, result.Stderr);
        var row = ClaimRows.FromCsv(result.Stdout).Single();
        row["speaker"].Should().Be("Jane Doe");
        row["cue"].Should().Be("said");
        row["figures"].Should().Be("43 attacks; four civilians; at least eight soldiers");
        row["figure_values"].Should().Be("43; 4; 8");
        row["figure_units"].Should().Be("attacks; civilians; soldiers");
        row["dates"].Should().Be("Tuesday");
        row["date_values"].Should().Be("2024-04-30");
    }

    [Fact]
    public void Json_parses_and_every_claim_carries_every_field_with_quote_equal_to_its_offsets()
    {
        var result = CliRunner.Run(RepoPaths.Root, "extract", "samples", "--format", "json");

        result.ExitCode.Should().Be(0, result.Stderr);
        var claims = ClaimRows.FromJson(result.Stdout);
        claims.Should().NotBeEmpty();
        claims.Select(c => c.Str("article")).Distinct().Should().HaveCount(2);
        foreach (var claim in claims)
        {
            foreach (var field in ContractFields)
            {
                claim.TryGetProperty(field, out _).Should().BeTrue($"field {field} is part of the contract");
            }
            string text = TextDecoder.Decode(File.ReadAllBytes(Path.Combine(RepoPaths.Root, claim.Str("article")))).Text!;
            int start = claim.Int("start"), end = claim.Int("end");
            text[start..end].Should().Be(claim.Str("quote"));
            if (claim.GetProperty("speaker_start").ValueKind == JsonValueKind.Number)
            {
                text[claim.Int("speaker_start")..claim.Int("speaker_end")].Should().Be(claim.Str("speaker_mention"));
            }
            claim.Str("kind").Should().BeOneOf("direct", "indirect", "mixed");
            claim.Int("paragraph").Should().BeGreaterThan(0);
            claim.Str("article_date").Should().Be("2020-03-04");
            claim.Str("id").Should().StartWith(claim.Str("article") + "#");
            claim.GetProperty("figures").ValueKind.Should().Be(JsonValueKind.Array);
            claim.GetProperty("dates").ValueKind.Should().Be(JsonValueKind.Array);
        }
        claims.Select(c => c.Str("id")).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Jsonl_holds_the_same_claims_as_json_one_per_line()
    {
        var json = ClaimRows.FromJson(CliRunner.Run(RepoPaths.Root, "extract", "samples", "-f", "json").Stdout);
        var jsonl = CliRunner.Run(RepoPaths.Root, "extract", "samples", "-f", "jsonl");

        jsonl.ExitCode.Should().Be(0);
        var lines = ClaimRows.FromJsonl(jsonl.Stdout);
        lines.Select(l => l.GetRawText()).Should().Equal(json.Select(j => j.GetRawText()));
    }

    [Fact]
    public void Ids_are_stable_across_runs_and_job_counts()
    {
        var a = CliRunner.Run(RepoPaths.Root, "extract", "samples", "-f", "jsonl", "--jobs", "1");
        var b = CliRunner.Run(RepoPaths.Root, "extract", "samples", "-f", "jsonl", "--jobs", "3");

        b.Stdout.Should().Be(a.Stdout);
    }

    [Fact]
    public void Json_writes_non_ascii_text_as_utf8_not_escapes()
    {
        var result = CliRunner.Run(RepoPaths.Root, "extract", "samples", "-f", "json");

        result.Stdout.Should().Contain("–", "the Fox sample quotes a dash that must stay readable");
        result.Stdout.Should().NotContain("\\u2013");
    }

    [Fact]
    public void Empty_run_still_writes_valid_empty_outputs()
    {
        using var dir = new TempDirectory();
        dir.Write("empty.txt", "");

        var json = CliRunner.Run(dir.Path, "extract", "empty.txt", "-f", "json");
        var csv = CliRunner.Run(dir.Path, "extract", "empty.txt");
        var jsonl = CliRunner.Run(dir.Path, "extract", "empty.txt", "-f", "jsonl");

        ClaimRows.FromJson(json.Stdout).Should().BeEmpty();
        csv.Stdout.Should().Be(string.Join(',', CsvClaimWriter.Columns) + "\r\n");
        jsonl.Stdout.Should().BeEmpty();
        new[] { json, csv, jsonl }.Should().OnlyContain(r => r.ExitCode == 0 && r.Stderr.Length == 0);
    }
}
