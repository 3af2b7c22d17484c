using System.Text;
using ClaimX.Cli.Tests.Support;

namespace ClaimX.Cli.Tests;

public sealed class EvalCommandTests : IDisposable
{
    private const string Article = "“The bridge will reopen to traffic next month,” said Mayor Linda Okafor on Friday.\n\nThe storm caused flooding in four counties, officials said.\n";

    private readonly string _folder = Directory.CreateTempSubdirectory("claimx-eval-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string WriteCorpus(bool textsFolder)
    {
        string textDir = textsFolder ? Path.Combine(_folder, "texts") : _folder;
        Directory.CreateDirectory(textDir);
        File.WriteAllText(Path.Combine(textDir, "a.txt"), Article);
        int quote = Article.IndexOf("The bridge", StringComparison.Ordinal);
        int reported = Article.IndexOf("The storm", StringComparison.Ordinal);
        string gold = $$"""
            [ { "article": "a.txt", "reference_date": "2024-05-03",
                "claims": [
                  { "speaker": "Linda Okafor", "aliases": ["Okafor"], "content": "The bridge will reopen to traffic next month,", "start": {{quote}}, "end": {{quote + 45}}, "figures": [], "dates": [] },
                  { "speaker": "officials", "aliases": [], "content": "The storm caused flooding in four counties", "start": {{reported}}, "end": {{reported + 42}}, "figures": [4], "dates": [] } ] } ]
            """;
        string path = Path.Combine(_folder, "gold.json");
        File.WriteAllText(path, gold);
        return path;
    }

    // In-process through ClaimXApp, in the corpus folder: relative paths resolve against the run's directory.
    private (int Exit, string Output, string Error) Run(params string[] args)
    {
        var result = CliRunner.Run(_folder, ["eval", .. args]);
        return (result.ExitCode, result.Stdout, result.Stderr);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Scores_a_corpus_with_articles_beside_the_gold_or_in_texts(bool textsFolder)
    {
        var (exit, output, error) = Run("--gold", WriteCorpus(textsFolder));
        error.Should().BeEmpty();
        exit.Should().Be(0);
        output.Should().Contain("claims       P 1.000  R 1.000  F1 1.000").And.Contain("speaker      accuracy 1.000");
    }

    [Fact]
    public void Relative_paths_resolve_against_the_current_directory()
    {
        WriteCorpus(true);

        var (exit, output, error) = Run("--gold", "gold.json", "--texts", "texts");

        error.Should().BeEmpty();
        exit.Should().Be(0);
        output.Should().Contain("F1 1.000");
    }

    [Fact]
    public void Articles_are_decoded_as_extract_decodes_them()
    {
        string gold = WriteCorpus(false);
        // Windows-1252 curly quotes (0x93, 0x94): not UTF-8, so read as Windows-1252 with a warning, as extract does.
        File.WriteAllBytes(Path.Combine(_folder, "a.txt"), Encoding.Latin1.GetBytes(Article.Replace('\u201C', '\u0093').Replace('\u201D', '\u0094')));

        var (exit, output, error) = Run("--gold", gold);

        exit.Should().Be(0);
        error.Trim().Should().Be($"claimx: warning: {Path.Combine(_folder, "a.txt")}: not valid UTF-8, read as Windows-1252");
        output.Should().Contain("claims       P 1.000  R 1.000  F1 1.000", "the quotation marks were decoded, so the quote was found");
    }

    [Fact]
    public void Min_f1_above_the_score_fails_the_run_with_its_own_exit_code()
    {
        string gold = WriteCorpus(false);
        File.WriteAllText(Path.Combine(_folder, "a.txt"), Article.Replace("said", "ate", StringComparison.Ordinal));

        var (exit, _, error) = Run("--gold", "gold.json", "--min-f1", "0.9");

        exit.Should().Be(ExitCodes.BelowThreshold);
        error.Trim().Should().MatchRegex("^claimx: error: gold.json: claims F1 0.[0-9]{3} is below --min-f1 0.9$");
        Run("--gold", gold, "--min-f1", "0").Exit.Should().Be(0);
    }

    [Theory]
    [InlineData("--date", "03/04/2020")]
    [InlineData("--min-f1", "1.5")]
    [InlineData("--min-f1", "high")]
    public void Bad_option_values_are_usage_errors_before_anything_is_read(string option, string value)
    {
        var (exit, output, error) = Run("--gold", "missing.json", option, value);

        exit.Should().Be(ExitCodes.UsageError);
        output.Should().BeEmpty();
        error.Trim().Should().StartWith("claimx: error: ").And.Contain(option).And.NotContain("\n").And.NotContain("missing.json");
    }

    [Fact]
    public void Json_output_carries_the_numbers()
    {
        var (exit, output, _) = Run("--gold", WriteCorpus(false), "--json");
        exit.Should().Be(0);
        output.Should().Contain("\"f1\": 1").And.Contain("\"speaker_accuracy\": 1");
    }

    [Fact]
    public void Show_errors_lists_misses()
    {
        string gold = WriteCorpus(false);
        File.WriteAllText(Path.Combine(_folder, "a.txt"), Article.Replace("said", "ate", StringComparison.Ordinal));
        var (_, output, _) = Run("--gold", gold, "--show-errors");
        output.Should().Contain("MISS  a.txt");
    }

    [Fact]
    public void Missing_gold_file_is_a_one_line_error()
    {
        var (exit, _, error) = Run("--gold", "nope.json");
        exit.Should().Be(ExitCodes.InputFailed);
        error.Trim().Should().Be("claimx: error: nope.json: no such file or directory");
    }

    [Fact]
    public void Malformed_gold_file_is_a_one_line_error()
    {
        string path = Path.Combine(_folder, "gold.json");
        File.WriteAllText(path, "{ not json");
        var (exit, _, error) = Run("--gold", path);
        exit.Should().Be(ExitCodes.InputFailed);
        error.Trim().Should().StartWith($"claimx: error: {path}: ").And.NotContain("\n").And.NotContain("   at ");
    }

    [Fact]
    public void Missing_article_names_the_article()
    {
        string gold = WriteCorpus(false);
        File.Delete(Path.Combine(_folder, "a.txt"));
        var (exit, _, error) = Run("--gold", "gold.json");
        exit.Should().Be(ExitCodes.InputFailed);
        error.Trim().Should().Be("claimx: error: a.txt: no such article beside the gold file nor in its texts/ folder");
        Run("--gold", gold, "--texts", "elsewhere").Error.Trim().Should().Be("claimx: error: elsewhere/a.txt: no such file or directory");
    }
}
