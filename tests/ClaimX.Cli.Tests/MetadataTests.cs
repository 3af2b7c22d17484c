using ClaimX.Cli.Tests.Support;

namespace ClaimX.Cli.Tests;

/// <summary>Metadata precedence: front matter, then --source/--date, then what the text says; never the file name.</summary>
public class MetadataTests
{
    private const string FrontMatter = "---\ntitle: Budget vote\nsource: The Front Matter Times\ndate: 2019-01-02\n---\n";

    private static (string? Source, string? Date) Metadata(CliResult result)
    {
        var claim = ClaimRows.FromJsonl(result.Stdout).First();
        return (claim.GetProperty("source").GetString(), claim.GetProperty("article_date").GetString());
    }

    [Fact]
    public void Front_matter_wins_over_options()
    {
        using var dir = new TempDirectory();
        dir.Write("a.txt", FrontMatter + Articles.WithQuotes("Mayor Jane Ruiz"));

        var result = CliRunner.Run(dir.Path, "extract", "a.txt", "-f", "jsonl", "--source", "Option Daily", "--date", "2020-03-04");

        Metadata(result).Should().Be(("The Front Matter Times", "2019-01-02"));
    }

    [Fact]
    public void Options_apply_when_the_article_has_no_front_matter_and_win_over_inference()
    {
        using var dir = new TempDirectory();
        dir.Write("a.txt", Articles.WithQuotes("Mayor Jane Ruiz") + "\nThis article was written by Sam Poe, a reporter for The Inferred Herald.\n");

        var result = CliRunner.Run(dir.Path, "extract", "a.txt", "-f", "jsonl", "--source", "Option Daily", "--date", "2020-03-04");

        Metadata(result).Should().Be(("Option Daily", "2020-03-04"));
    }

    [Fact]
    public void Source_is_inferred_from_a_byline_when_nothing_else_gives_it()
    {
        using var dir = new TempDirectory();
        dir.Write("a.txt", Articles.WithQuotes("Mayor Jane Ruiz") + "\nThis article was written by Sam Poe, a reporter for The Inferred Herald.\n");

        Metadata(CliRunner.Run(dir.Path, "extract", "a.txt", "-f", "jsonl")).Should().Be(("The Inferred Herald", null));
    }

    [Fact]
    public void Date_is_never_taken_from_the_file_name()
    {
        using var dir = new TempDirectory();
        dir.Write("daily-news_2020-03-04_story.txt", Articles.WithQuotes("Mayor Jane Ruiz"));

        Metadata(CliRunner.Run(dir.Path, "extract", "daily-news_2020-03-04_story.txt", "-f", "jsonl")).Should().Be((null, null));
    }

    [Fact]
    public void Offsets_count_from_the_top_of_the_file_including_front_matter()
    {
        using var dir = new TempDirectory();
        string text = FrontMatter + Articles.WithQuotes("Mayor Jane Ruiz");
        dir.Write("a.txt", text);

        var claims = ClaimRows.FromJsonl(CliRunner.Run(dir.Path, "extract", "a.txt", "-f", "jsonl").Stdout);

        claims.Should().NotBeEmpty();
        foreach (var claim in claims)
        {
            claim.Int("start").Should().BeGreaterThan(FrontMatter.Length - 1);
            text[claim.Int("start")..claim.Int("end")].Should().Be(claim.Str("quote"));
        }
    }

    [Fact]
    public void Bad_front_matter_date_is_a_warning_and_falls_back_to_the_option()
    {
        using var dir = new TempDirectory();
        dir.Write("a.txt", "---\ndate: March 4\n---\n" + Articles.WithQuotes("Mayor Jane Ruiz"));

        var result = CliRunner.Run(dir.Path, "extract", "a.txt", "-f", "jsonl", "--date", "2020-03-04");

        result.ExitCode.Should().Be(0);
        result.StderrLines.Should().ContainSingle().Which.Should().Contain("a.txt: front matter date 'March 4'");
        Metadata(result).Date.Should().Be("2020-03-04");
    }
}
