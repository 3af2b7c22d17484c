using System.Diagnostics;
using System.Text;
using ClaimX.Cli.Tests.Support;

namespace ClaimX.Cli.Tests;

/// <summary>The real process: standard input piped in, a reader that closes the pipe early, Ctrl-C.</summary>
public class ProcessTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Article_piped_into_stdin_is_extracted()
    {
        using var process = ClaimxProcess.Start(RepoPaths.Root, "extract", "-f", "jsonl");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(Articles.WithQuotes("Mayor Jane Ruiz"));
        process.StandardInput.Close();

        process.WaitForExit(Timeout).Should().BeTrue();
        (await stderr).Should().BeEmpty();
        process.ExitCode.Should().Be(0);
        ClaimRows.FromJsonl(await stdout).Should().NotBeEmpty().And.OnlyContain(c => c.Str("article") == "-");
    }

    [Fact]
    public async Task Closed_pipe_ends_the_run_quietly()
    {
        using var dir = new TempDirectory();
        for (int i = 0; i < 400; i++)
        {
            dir.Write($"many/{i:D4}.txt", Articles.WithQuotes($"Officer Number{i}", quotes: 20));
        }
        using var process = ClaimxProcess.Start(dir.Path, "extract", "many", "-f", "jsonl", "--jobs", "2");
        var stderr = process.StandardError.ReadToEndAsync();

        // Like `| head -1`: read one line, then close our end of the pipe.
        string? first = await process.StandardOutput.ReadLineAsync();
        process.StandardOutput.Close();

        process.WaitForExit(Timeout).Should().BeTrue();
        first.Should().StartWith("{\"article\":\"many/0000.txt\"");
        (await stderr).Should().BeEmpty();
        process.ExitCode.Should().Be(0);
    }

    [Fact]
    public async Task Ctrl_c_stops_with_130_and_leaves_no_output_file()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        using var dir = new TempDirectory();
        // About 60 MB: long enough that the run is still going when the signal arrives, even on a fast machine.
        string sample = File.ReadAllText(Path.Combine(RepoPaths.Samples, "fox-news_2020-03-04_us-airstrike-taliban.txt"));
        string article = string.Concat(Enumerable.Repeat(sample, 4));
        for (int i = 0; i < 3000; i++)
        {
            dir.Write($"many/{i:D4}.txt", article);
        }
        using var process = ClaimxProcess.Start(dir.Path, "extract", "many", "--jobs", "1", "-o", "claims.csv");
        var stderr = process.StandardError.ReadToEndAsync();

        // Interrupt once the run is under way: its temporary output file exists.
        var clock = Stopwatch.StartNew();
        while (Directory.GetFiles(dir.Path, ".claims.csv.*.tmp").Length == 0 && !process.HasExited && clock.Elapsed < Timeout)
        {
            await Task.Delay(10);
        }
        process.HasExited.Should().BeFalse("the run should take longer than start-up");
        if (IgnoresSigint(process.Id))
        {
            // Started from a shell's background job (as some CI runners start tests), the process inherits SIGINT
            // ignored, and a command-line tool keeps it so, as nohup expects; then Ctrl-C cannot reach it at all.
            process.Kill();
            return;
        }
        using (var kill = Process.Start("kill", ["-INT", process.Id.ToString()]))
        {
            kill.WaitForExit();
        }

        process.WaitForExit(Timeout).Should().BeTrue();
        process.ExitCode.Should().Be(130);
        (await stderr).Trim().Should().Be("claimx: interrupted");
        File.Exists(dir.File("claims.csv")).Should().BeFalse();
        Directory.GetFiles(dir.Path, "*.tmp").Should().BeEmpty();
    }

    [Fact]
    public async Task Sigterm_during_one_long_article_stops_with_143_and_leaves_no_output_file()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        using var dir = new TempDirectory();
        // One article of about 9 MB: cancellation between articles never comes, so the process must stop anyway.
        string sample = File.ReadAllText(Path.Combine(RepoPaths.Samples, "washington-post_2020-03-04_us-airstrike-taliban.txt"));
        dir.Write("long.txt", string.Concat(Enumerable.Repeat(sample + "\n\n", 3000)));
        using var process = ClaimxProcess.Start(dir.Path, "extract", "long.txt", "-o", "claims.jsonl");
        var stderr = process.StandardError.ReadToEndAsync();

        var clock = Stopwatch.StartNew();
        while (Directory.GetFiles(dir.Path, ".claims.jsonl.*.tmp").Length == 0 && !process.HasExited && clock.Elapsed < Timeout)
        {
            await Task.Delay(10);
        }
        process.HasExited.Should().BeFalse("the article should take longer than start-up");
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString()]))
        {
            kill.WaitForExit();
        }

        process.WaitForExit(Timeout).Should().BeTrue();
        process.ExitCode.Should().Be(143);
        (await stderr).Should().Contain("claimx: interrupted");
        File.Exists(dir.File("claims.jsonl")).Should().BeFalse();
        Directory.GetFiles(dir.Path, "*.tmp").Should().BeEmpty();
    }

    [Fact]
    public async Task Usage_error_exits_2_from_the_real_process()
    {
        using var process = ClaimxProcess.Start(RepoPaths.Root, "extract", "samples", "--format", "yaml");
        process.StandardInput.Close();
        var stderr = await process.StandardError.ReadToEndAsync();

        process.WaitForExit(Timeout).Should().BeTrue();
        process.ExitCode.Should().Be(2);
        stderr.Should().StartWith("claimx: error: ");
        stderr.Should().NotContain("   at ");
    }

    // Bit 1 of the SigIgn mask in /proc/PID/status is SIGINT (signal 2).
    private static bool IgnoresSigint(int pid)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false; // no /proc to ask; macOS runs the test as is
        }
        var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
        return line is not null && (Convert.ToUInt64(line["SigIgn:".Length..].Trim(), 16) & 0x2) != 0;
    }
}
