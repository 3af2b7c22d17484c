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

    [Fact]
    public void On_a_terminal_a_short_run_shows_no_progress()
    {
        using var dir = new TempDirectory();
        dir.Write("a.txt", Articles.WithQuotes("Mayor Jane Ruiz"));
        var error = new StringWriter();
        var environment = new CliEnvironment
        {
            Output = new MemoryStream(),
            Error = error,
            OpenInput = () => new MemoryStream(),
            IsErrorTerminal = true,
            CurrentDirectory = dir.Path,
        };

        int code = ClaimXApp.Run(["extract", "a.txt"], environment);

        code.Should().Be(0);
        error.ToString().Should().BeEmpty("progress appears only once a run has lasted a second");
    }

    [Fact]
    public void Progress_redraws_in_place_on_a_terminal()
    {
        var error = new StringWriter();
        var progress = new Processing.ProgressReporter(new Diagnostics(error, quiet: false), total: 10, forced: true, onTerminal: true);

        for (int i = 0; i < 10; i++)
        {
            progress.Advance(1000);
        }
        progress.Finish();

        string shown = error.ToString();
        shown.Should().StartWith("\rclaimx: 1/10 articles, ").And.Contain("\rclaimx: 10/10 articles, ");
        shown.Should().Contain("\u001b[K").And.EndWith("\n");
        shown.Count(c => c == '\n').Should().Be(1, "one line, redrawn with carriage returns, ended once");
    }
}
