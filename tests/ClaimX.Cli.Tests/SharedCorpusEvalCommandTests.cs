using System.Text.Json;
using ClaimX.Cli.Tests.Support;

namespace ClaimX.Cli.Tests;

/// <summary>
/// `claimx eval` end to end on the shared gold corpora, as a user or a CI job runs it: the command finds the
/// articles itself from the gold file, reads them as extract does, and reports with --json. The floors are the
/// ones the library-level corpus tests hold (never lower them). Skipped when ../shared is absent.
/// </summary>
public class SharedCorpusEvalCommandTests
{
    private static JsonElement Eval(string corpus, params string[] options)
    {
        string gold = Path.Combine(RepoPaths.SharedCorpus!, corpus, "gold.json");
        var result = CliRunner.Run(RepoPaths.Root, ["eval", "--gold", gold, "--json", .. options]);
        result.ExitCode.Should().Be(0, result.Stderr);
        result.Stderr.Should().BeEmpty();
        using var report = JsonDocument.Parse(result.Stdout);
        return report.RootElement.EnumerateArray().Should().ContainSingle().Subject.Clone();
    }

    private static int GoldArticles(string corpus)
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.SharedCorpus!, corpus, "gold.json")));
        return gold.RootElement.GetArrayLength();
    }

    [SharedFact]
    public void Seeds_eval_from_the_command_line_meets_the_floors()
    {
        var seeds = Eval("seeds");

        seeds.GetProperty("corpus").GetString().Should().Be("seeds");
        seeds.GetProperty("articles").GetInt32().Should().Be(GoldArticles("seeds"));
        seeds.GetProperty("found").GetInt32().Should().BeGreaterThan(0);
        seeds.GetProperty("f1").GetDouble().Should().BeGreaterThanOrEqualTo(0.99);
        seeds.GetProperty("speaker_accuracy").GetDouble().Should().BeGreaterThanOrEqualTo(0.99);
        seeds.GetProperty("end_to_end_f1").GetDouble().Should().BeGreaterThanOrEqualTo(0.99);
        seeds.GetProperty("figures_f1").GetDouble().Should().BeGreaterThanOrEqualTo(0.90);
        seeds.GetProperty("dates_f1").GetDouble().Should().BeGreaterThanOrEqualTo(0.90);
    }

    [SharedFact]
    public void Polnear_dev_passes_the_ci_quality_gate_from_the_command_line()
    {
        var polnear = Eval("polnear-dev", "--min-f1", "0.70");

        polnear.GetProperty("articles").GetInt32().Should().Be(GoldArticles("polnear-dev"));
        polnear.GetProperty("f1").GetDouble().Should().BeGreaterThanOrEqualTo(0.717);
        polnear.GetProperty("speaker_accuracy").GetDouble().Should().BeGreaterThanOrEqualTo(0.876);
        polnear.GetProperty("end_to_end_f1").GetDouble().Should().BeGreaterThanOrEqualTo(0.634);
        // PolNeAR marks no figures or dates: the report says so rather than scoring them.
        polnear.GetProperty("figures_f1").ValueKind.Should().Be(JsonValueKind.Null);
    }
}
