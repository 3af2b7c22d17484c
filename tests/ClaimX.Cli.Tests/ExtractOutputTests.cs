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
