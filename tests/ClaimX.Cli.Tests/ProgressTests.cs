using ClaimX.Cli.Tests.Support;

namespace ClaimX.Cli.Tests;

/// <summary>Progress shows on standard error only when asked (or on a terminal), never in stdout.</summary>
public class ProgressTests
{
    [Fact]
    public void Progress_option_reports_articles_done_on_stderr()
    {
        using var dir = new TempDirectory();
        for (int i = 0; i < 3; i++)
        {
            dir.Write($"a{i}.txt", Articles.WithQuotes("Mayor Jane Ruiz"));
        }

        var withProgress = CliRunner.Run(dir.Path, "extract", ".", "-f", "jsonl", "--progress");
        var without = CliRunner.Run(dir.Path, "extract", ".", "-f", "jsonl");

        withProgress.ExitCode.Should().Be(0);
        withProgress.StderrLines.Should().NotBeEmpty();
        withProgress.StderrLines[^1].Should().MatchRegex(@"^claimx: 3/3 articles, [0-9.]+ MB/s, 00:00:00 left$");
        withProgress.Stdout.Should().Be(without.Stdout);
        without.Stderr.Should().BeEmpty("stderr is not a terminal here, so no progress without --progress");
    }
}
