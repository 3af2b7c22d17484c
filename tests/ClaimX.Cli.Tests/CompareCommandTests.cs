using System.Text;
using System.Text.Json;
using ClaimX.Cli.Output;
using ClaimX.Core.Claims;
using ClaimX.Core.Pipeline;

namespace ClaimX.Cli.Tests;

/// <summary>`claimx compare` run in-process on claims files written in each of extract's formats, and on articles.</summary>
public sealed class CompareCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("claimx-compare-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static Claim Claim(string source, string speaker, string quote, params Figure[] figures) => new()
    {
        Article = source.ToLowerInvariant().Replace(' ', '-') + ".txt",
        Source = source,
        Id = $"{source}#{quote.Length}",
        Kind = ClaimKinds.Indirect,
        Speaker = speaker,
        Quote = quote,
        Start = 10,
        End = 10 + quote.Length,
        Paragraph = 1,
        Figures = figures.Select(f => f with { Start = 10 + quote.IndexOf(f.Text, StringComparison.Ordinal), End = 10 + quote.IndexOf(f.Text, StringComparison.Ordinal) + f.Text.Length }).ToList(),
    };

    private static readonly Claim[] Ledger =
    [
        Claim("Daily Ledger", "the county emergency office", "the flood damaged 340 homes along the river", new Figure("340 homes", 340, "homes", null, 0, 0)),
        Claim("Daily Ledger", "Fire Chief Omar Reyes", "crews carried out 43 rescues on Tuesday", new Figure("43 rescues", 43, "rescues", null, 0, 0)),
    ];

    private static readonly Claim[] Times =
    [
        Claim("Coast Times", "County Emergency Office officials", "the flood damaged 410 houses along the river", new Figure("410 houses", 410, "houses", null, 0, 0)),
        Claim("Coast Times", "Mayor Dana Whitfield", "volunteers made 30 rescues over the weekend", new Figure("30 rescues", 30, "rescues", null, 0, 0)),
    ];

    private string WriteJson(string name, IEnumerable<Claim> claims)
    {
        string path = Path.Combine(_directory, name);
        File.WriteAllText(path, JsonSerializer.Serialize(claims.ToList(), ClaimJsonContext.Default.ListClaim));
        return path;
    }

    private string WriteJsonl(string name, IEnumerable<Claim> claims)
    {
        string path = Path.Combine(_directory, name);
        File.WriteAllLines(path, claims.Select(c => JsonSerializer.Serialize(c, ClaimJsonContext.Default.Claim)));
        return path;
    }

    // Written by extract's own CSV writer, so the reader is tested against the real column contract.
    private string WriteCsv(string name, IReadOnlyList<Claim> claims)
    {
        string path = Path.Combine(_directory, name);
        using var file = File.Create(path);
        var writer = new CsvClaimWriter(file);
        writer.WriteArticle(new ArticleResult(claims[0].Article, claims[0].Source, null, claims));
        writer.Complete();
        return path;
    }

    private (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new MemoryStream();
        var error = new StringWriter();
        var environment = new CliEnvironment
        {
            Output = output,
            Error = error,
            OpenInput = () => Stream.Null,
            CurrentDirectory = _directory,
        };
        int code = ClaimXApp.Run(["compare", .. args], environment);
        return (code, Encoding.UTF8.GetString(output.ToArray()), error.ToString());
    }

    [Fact]
    public void Json_claims_files_give_a_json_report_with_status_and_differing_figures()
    {
        var (code, output, error) = Run(WriteJson("ledger.json", Ledger), WriteJson("times.json", Times), "--format", "json");

        code.Should().Be(0, error);
        using var report = JsonDocument.Parse(output);
        var groups = report.RootElement.GetProperty("groups").EnumerateArray().ToList();
        groups.Should().Contain(g => g.GetProperty("status").GetString() == "conflicting"
            && g.GetProperty("sources").GetArrayLength() == 2);
        report.RootElement.GetProperty("differing_figures").EnumerateArray()
            .Select(f => f.GetProperty("thing").GetString()).Should().BeEquivalentTo("homes", "rescues");
    }

    [Fact]
    public void Jsonl_and_extract_csv_files_compare_alike_and_csv_has_one_row_per_group_and_source()
    {
        var (code, output, error) = Run(WriteJsonl("ledger.jsonl", Ledger), WriteCsv("times.csv", Times), "-f", "csv");

        code.Should().Be(0, error);
        var lines = output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().StartWith("section,group,status,thing,source");
        lines.Count(l => l.StartsWith("group,", StringComparison.Ordinal) && l.Contains(",conflicting,homes,", StringComparison.Ordinal)).Should().Be(2);
        lines.Count(l => l.StartsWith("differing_figure,", StringComparison.Ordinal) && l.Contains(",rescues,", StringComparison.Ordinal)).Should().Be(2);
    }

    [Fact]
    public void Markdown_is_the_default_and_lists_conflicts_and_differing_figures()
    {
        var (code, output, _) = Run(WriteJson("ledger.json", Ledger), WriteCsv("times.csv", Times));

        code.Should().Be(0);
        output.Should().StartWith("# Claims compared across 2 sources");
        output.Should().Contain("## Conflicts").And.Contain("homes (**differ**)").And.Contain("**rescues**: Daily Ledger: 43");
        output.IndexOf("## Agreements", StringComparison.Ordinal).Should().BeLessThan(output.IndexOf("## Reported by one source only", StringComparison.Ordinal));
    }

    [Fact]
    public void Output_file_is_written_with_o()
    {
        var (code, output, _) = Run(WriteJson("ledger.json", Ledger), WriteJson("times.json", Times), "-o", "report.md");

        code.Should().Be(0);
        output.Should().BeEmpty();
        File.ReadAllText(Path.Combine(_directory, "report.md")).Should().Contain("## Conflicts");
    }

    [Fact]
    public void A_malformed_claims_file_is_one_error_line_and_the_rest_is_still_compared()
    {
        string bad = Path.Combine(_directory, "bad.json");
        File.WriteAllText(bad, "[{\"article\": \"x.txt\", \"quote\": 12");
        string noQuote = Path.Combine(_directory, "plain.csv");
        File.WriteAllText(noQuote, "name,value\r\na,1\r\n");

        var (code, output, error) = Run(WriteJson("ledger.json", Ledger), bad, noQuote, WriteJson("times.json", Times));

        code.Should().Be(1);
        var errors = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        errors.Should().HaveCount(2);
        errors[0].Should().StartWith("claimx: error: ").And.Contain("bad.json: not a claims file");
        errors[1].Should().Contain("plain.csv: not a claims CSV: no 'article' column");
        error.Should().NotContain("   at ");
        output.Should().Contain("across 2 sources");
    }

    [Fact]
    public void A_missing_input_is_reported_by_name()
    {
        var (code, _, error) = Run(WriteJson("ledger.json", Ledger), "missing.json");

        code.Should().Be(1);
        error.Should().Contain("missing.json: no such file or directory");
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error()
    {
        var (code, _, error) = Run(WriteJson("ledger.json", Ledger), "--format", "xml");

        code.Should().Be(2);
        error.Should().Contain("xml");
    }

    [Fact]
    public void Articles_are_extracted_with_their_front_matter_source()
    {
        string a = Path.Combine(_directory, "a.txt");
        string b = Path.Combine(_directory, "b.txt");
        File.WriteAllText(a, "---\nsource: Daily Ledger\ndate: 2024-04-02\n---\n\"The water is receding,\" Mayor Dana Whitfield said.\n");
        File.WriteAllText(b, "---\nsource: Coast Times\ndate: 2024-04-02\n---\n\"The water is receding,\" Whitfield said on Tuesday.\n");

        var (code, output, error) = Run(a, b, "-f", "json");

        code.Should().Be(0, error);
        using var report = JsonDocument.Parse(output);
        report.RootElement.GetProperty("sources").EnumerateArray().Select(s => s.GetString())
            .Should().Equal("Daily Ledger", "Coast Times");
    }
}
