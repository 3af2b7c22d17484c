using System.Text;
using ClaimX.Cli.Tests.Support;

namespace ClaimX.Cli.Tests;

/// <summary>Files, directories, globs, standard input and --files-from, and the order articles come out in.</summary>
public class InputDiscoveryTests
{
    private static string[] Articles(CliResult result) =>
        ClaimRows.FromJsonl(result.Stdout).Select(c => c.Str("article")).Distinct().ToArray();

    private static TempDirectory Corpus()
    {
        var dir = new TempDirectory();
        dir.Write("news/b.txt", Support.Articles.WithQuotes("Mayor Jane Ruiz"));
        dir.Write("news/a.txt", Support.Articles.WithQuotes("Chief Ann Bell"));
        dir.Write("news/2020/c.txt", Support.Articles.WithQuotes("Senator Tom Hale"));
        dir.Write("news/2020/notes.md", Support.Articles.WithQuotes("Nobody Here"));
        dir.Write("news/.hidden.txt", Support.Articles.WithQuotes("Hidden Person"));
        dir.Write("news/UPPER.TXT", Support.Articles.WithQuotes("Judge Lee Park"));
        return dir;
    }

    [Fact]
    public void Directory_gives_every_txt_below_it_in_ordinal_path_order()
    {
        using var dir = Corpus();

        var result = CliRunner.Run(dir.Path, "extract", "news", "-f", "jsonl");

        result.ExitCode.Should().Be(0, result.Stderr);
        Articles(result).Should().Equal("news/2020/c.txt", "news/UPPER.TXT", "news/a.txt", "news/b.txt");
    }

    [Fact]
    public void Directory_with_trailing_slash_gives_the_same_labels()
    {
        using var dir = Corpus();

        Articles(CliRunner.Run(dir.Path, "extract", "news/", "-f", "jsonl"))
            .Should().Equal(Articles(CliRunner.Run(dir.Path, "extract", "news", "-f", "jsonl")));
    }

    [Fact]
    public void Quoted_glob_is_expanded_by_the_tool_recursively_and_sorted()
    {
        using var dir = Corpus();

        var result = CliRunner.Run(dir.Path, "extract", "news/**/*.txt", "-f", "jsonl");

        result.ExitCode.Should().Be(0, result.Stderr);
        Articles(result).Should().Equal("news/2020/c.txt", "news/a.txt", "news/b.txt");
    }

    [Fact]
    public void Glob_with_an_absolute_base_keeps_absolute_labels()
    {
        using var dir = Corpus();
        string pattern = dir.File("news") + "/*.txt";

        var result = CliRunner.Run(RepoPaths.Root, "extract", pattern, "-f", "jsonl");

        Articles(result).Should().Equal(dir.File("news") + "/a.txt", dir.File("news") + "/b.txt");
    }

    [Fact]
    public void Inputs_keep_command_line_order()
    {
        using var dir = Corpus();

        var result = CliRunner.Run(dir.Path, "extract", "news/b.txt", "news/a.txt", "-f", "jsonl");

        Articles(result).Should().Equal("news/b.txt", "news/a.txt");
    }

    [Fact]
    public void Dash_reads_standard_input_labelled_dash()
    {
        var article = Encoding.UTF8.GetBytes(Support.Articles.WithQuotes("Mayor Jane Ruiz"));

        var result = CliRunner.Run(RepoPaths.Root, article, ["extract", "-", "-f", "jsonl"]);

        result.ExitCode.Should().Be(0, result.Stderr);
        Articles(result).Should().Equal("-");
    }

    [Fact]
    public void No_input_with_piped_stdin_reads_stdin_with_front_matter_metadata()
    {
        var article = Encoding.UTF8.GetBytes("---\nsource: Daily Example\ndate: 2021-05-06\n---\n" + Support.Articles.WithQuotes("Mayor Jane Ruiz"));

        var result = CliRunner.Run(RepoPaths.Root, article, ["extract", "-f", "jsonl"]);

        var claims = ClaimRows.FromJsonl(result.Stdout);
        claims.Should().NotBeEmpty().And.OnlyContain(c => c.Str("article") == "-" && c.Str("source") == "Daily Example" && c.Str("article_date") == "2021-05-06");
    }

    [Fact]
    public void Files_from_reads_one_input_per_line_from_a_file_or_stdin()
    {
        using var dir = Corpus();
        dir.Write("list.txt", "news/b.txt\r\n\r\nnews/2020/c.txt\nmissing.txt\n");

        var fromFile = CliRunner.Run(dir.Path, "extract", "--files-from", "list.txt", "-f", "jsonl");
        var fromStdin = CliRunner.Run(dir.Path, Encoding.UTF8.GetBytes("news/b.txt\nnews/2020/c.txt\n"), ["extract", "--files-from", "-", "-f", "jsonl"]);

        fromFile.ExitCode.Should().Be(1);
        fromFile.StderrLines.Should().ContainSingle().Which.Should().Contain("missing.txt");
        Articles(fromFile).Should().Equal("news/b.txt", "news/2020/c.txt");
        fromStdin.ExitCode.Should().Be(0);
        Articles(fromStdin).Should().Equal("news/b.txt", "news/2020/c.txt");
    }

    [Fact]
    public void Missing_files_from_list_is_an_error_naming_it()
    {
        using var dir = new TempDirectory();

        var result = CliRunner.Run(dir.Path, "extract", "--files-from", "nolist.txt");

        result.ExitCode.Should().Be(1);
        result.StderrLines.Should().ContainSingle().Which.Should().StartWith("claimx: error: nolist.txt: cannot read the list of files");
    }

    [Fact]
    public void Output_order_is_input_order_whatever_the_jobs()
    {
        using var dir = new TempDirectory();
        var random = new Random(7);
        for (int i = 0; i < 60; i++)
        {
            // Very different sizes, so that with several jobs later articles often finish first.
            dir.Write($"set/{i:D3}.txt", Support.Articles.WithQuotes($"Officer Number{i}", quotes: 1 + random.Next(0, 40)));
        }

        var one = CliRunner.Run(dir.Path, "extract", "set", "-f", "jsonl", "--jobs", "1");
        var four = CliRunner.Run(dir.Path, "extract", "set", "-f", "jsonl", "--jobs", "4");

        four.ExitCode.Should().Be(0);
        four.Stdout.Should().Be(one.Stdout);
        Articles(four).Should().BeInAscendingOrder(StringComparer.Ordinal).And.HaveCount(60);
    }

    [Fact]
    public void Standard_input_is_read_once()
    {
        var article = Encoding.UTF8.GetBytes(Support.Articles.WithQuotes("Mayor Jane Ruiz"));

        var twice = CliRunner.Run(RepoPaths.Root, article, ["extract", "-", "-", "-f", "jsonl"]);
        var alsoList = CliRunner.Run(RepoPaths.Root, Encoding.UTF8.GetBytes("samples\n"), ["extract", "-", "--files-from", "-", "-f", "jsonl"]);

        twice.ExitCode.Should().Be(1);
        twice.StderrLines.Should().ContainSingle().Which.Should().Be("claimx: error: -: standard input is already read as an article (-)");
        Articles(twice).Should().Equal("-");
        alsoList.ExitCode.Should().Be(1);
        alsoList.StderrLines.Should().ContainSingle().Which.Should().Be("claimx: error: -: standard input is already read as the list of files (--files-from -)");
        Articles(alsoList).Should().HaveCount(2).And.OnlyContain(a => a.StartsWith("samples/"));
    }
}
