using ClaimX.Cli.Tests.Support;

namespace ClaimX.Cli.Tests;

/// <summary>-o FILE is written atomically: complete on success, untouched (and no leftovers) on failure.</summary>
public class OutputFileTests
{
    [Fact]
    public void Output_file_holds_what_stdout_would()
    {
        using var dir = new TempDirectory();
        dir.Write("a.txt", Articles.WithQuotes("Mayor Jane Ruiz"));

        var toStdout = CliRunner.Run(dir.Path, "extract", "a.txt", "-f", "json");
        var toFile = CliRunner.Run(dir.Path, "extract", "a.txt", "-f", "json", "-o", "claims.json");

        toFile.ExitCode.Should().Be(0);
        toFile.Stdout.Should().BeEmpty();
        File.ReadAllText(dir.File("claims.json")).Should().Be(toStdout.Stdout);
        Directory.GetFiles(dir.Path, "*.tmp", SearchOption.AllDirectories).Should().BeEmpty();
    }

    [Fact]
    public void Interrupted_run_leaves_no_partial_file_and_keeps_the_old_one()
    {
        using var dir = new TempDirectory();
        dir.Write("a.txt", Articles.WithQuotes("Mayor Jane Ruiz"));
        dir.Write("claims.csv", "previous results\n");
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var result = CliRunner.Run(dir.Path, null, ["extract", "a.txt", "-o", "claims.csv"], cancelled.Token);

        result.ExitCode.Should().Be(130);
        File.ReadAllText(dir.File("claims.csv")).Should().Be("previous results\n");
        Directory.GetFiles(dir.Path, "*.tmp", SearchOption.AllDirectories).Should().BeEmpty();
    }

    [Fact]
    public void Interrupted_run_without_previous_file_creates_none()
    {
        using var dir = new TempDirectory();
        dir.Write("a.txt", Articles.WithQuotes("Mayor Jane Ruiz"));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var result = CliRunner.Run(dir.Path, null, ["extract", "a.txt", "-o", "out/claims.csv", "--jobs", "2"], cancelled.Token);

        result.ExitCode.Should().Be(1, "the output directory does not exist");
        Directory.Exists(dir.File("out")).Should().BeFalse();

        Directory.CreateDirectory(dir.File("out"));
        var again = CliRunner.Run(dir.Path, null, ["extract", "a.txt", "-o", "out/claims.csv", "--jobs", "2"], cancelled.Token);
        again.ExitCode.Should().Be(130);
        Directory.GetFiles(dir.File("out")).Should().BeEmpty();
    }

    [Fact]
    public void Output_into_a_missing_directory_is_an_error_naming_it()
    {
        using var dir = new TempDirectory();
        dir.Write("a.txt", Articles.WithQuotes("Mayor Jane Ruiz"));

        var result = CliRunner.Run(dir.Path, "extract", "a.txt", "-o", "nowhere/claims.csv");

        result.ExitCode.Should().Be(1);
        result.StderrLines.Should().ContainSingle().Which.Should().StartWith("claimx: error: nowhere/claims.csv: cannot write output");
    }

    [Fact]
    public void Output_file_is_still_written_when_some_inputs_fail()
    {
        using var dir = new TempDirectory();
        dir.Write("a.txt", Articles.WithQuotes("Mayor Jane Ruiz"));

        var result = CliRunner.Run(dir.Path, "extract", "a.txt", "missing.txt", "-f", "jsonl", "-o", "claims.jsonl");

        result.ExitCode.Should().Be(1);
        ClaimRows.FromJsonl(File.ReadAllText(dir.File("claims.jsonl"))).Should().NotBeEmpty();
    }

    [Fact]
    public void Output_to_dev_null_writes_to_the_device_and_leaves_it_a_device()
    {
        if (!File.Exists("/dev/null"))
        {
            return;
        }
        using var dir = new TempDirectory();
        dir.Write("a.txt", Articles.WithQuotes("Mayor Jane Ruiz"));

        var result = CliRunner.Run(dir.Path, "extract", "a.txt", "-o", "/dev/null");

        result.ExitCode.Should().Be(0, result.Stderr);
        new FileInfo("/dev/null").Length.Should().Be(0, "/dev/null must still be the null device, not a file of claims");
        Directory.GetFiles("/dev", ".null.*.tmp").Should().BeEmpty();
    }

    [Theory]
    [InlineData("claims.json", null, "[")]
    [InlineData("claims.JSONL", null, "{")]
    [InlineData("claims.csv", null, "article,")]
    [InlineData("claims.txt", null, "article,")]
    [InlineData("claims.json", "csv", "article,")]
    public void Format_follows_the_output_extension_unless_given(string output, string? format, string startsWith)
    {
        using var dir = new TempDirectory();
        dir.Write("a.txt", Articles.WithQuotes("Mayor Jane Ruiz"));
        string[] args = format is null ? ["extract", "a.txt", "-o", output] : ["extract", "a.txt", "-o", output, "--format", format];

        var result = CliRunner.Run(dir.Path, args);

        result.ExitCode.Should().Be(0, result.Stderr);
        File.ReadAllText(dir.File(output)).Should().StartWith(startsWith);
    }
}
