using System.CommandLine;
using ClaimX.Cli.Commands;

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

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var root = new RootCommand("test") { EvalCommand.Create() };
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = root.Parse(["eval", .. args]).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
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
    public void Min_f1_above_the_score_fails_the_run()
    {
        var (exit, _, error) = Run("--gold", WriteCorpus(false), "--min-f1", "1.5");
        exit.Should().Be(EvalCommand.BelowMinF1);
        error.Should().Contain("below --min-f1");
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
        var (exit, _, error) = Run("--gold", Path.Combine(_folder, "nope.json"));
        exit.Should().Be(EvalCommand.InputFailed);
        error.Trim().Should().StartWith("claimx eval:").And.Contain("nope.json").And.NotContain("\n").And.NotContain("   at ");
    }

    [Fact]
    public void Malformed_gold_file_is_a_one_line_error()
    {
        string path = Path.Combine(_folder, "gold.json");
        File.WriteAllText(path, "{ not json");
        var (exit, _, error) = Run("--gold", path);
        exit.Should().Be(EvalCommand.InputFailed);
        error.Trim().Should().Contain("gold.json").And.NotContain("\n");
    }

    [Fact]
    public void Missing_article_names_the_article()
    {
        string gold = WriteCorpus(false);
        File.Delete(Path.Combine(_folder, "a.txt"));
        var (exit, _, error) = Run("--gold", gold);
        exit.Should().Be(EvalCommand.InputFailed);
        error.Should().Contain("'a.txt'");
    }

    [Fact]
    public void Bad_date_is_refused()
    {
        var (exit, _, error) = Run("--gold", WriteCorpus(false), "--date", "03/04/2020");
        exit.Should().Be(EvalCommand.UsageError);
        error.Should().Contain("--date");
    }
}
