using ClaimX.Cli.Tests.Support;

namespace ClaimX.Cli.Tests;

/// <summary>Usage errors exit with code 2 before any input is read; help and version succeed.</summary>
public class UsageTests
{
    [Theory]
    [InlineData("extract", "samples", "--format", "xml")]
    [InlineData("extract", "samples", "--bogus")]
    [InlineData("extract", "samples", "--date", "04/03/2020")]
    [InlineData("extract", "samples", "--date", "2020-02-30")]
    [InlineData("extract", "samples", "--jobs", "0")]
    [InlineData("extract", "samples", "--jobs", "many")]
    [InlineData("extract", "samples", "--max-bytes", "0")]
    [InlineData("extract", "samples", "--shard", "0/4")]
    [InlineData("extract", "samples", "--shard", "5/4")]
    [InlineData("extract", "samples", "--shard", "half")]
    [InlineData("compare", "samples", "--jobs", "0")]
    [InlineData("compare", "samples", "--max-bytes", "ten")]
    [InlineData("compare", "samples", "--date", "2020-13-01")]
    [InlineData("compare", "samples", "--bogus")]
    [InlineData("eval", "--gold", "gold.json", "--date", "yesterday")]
    [InlineData("frobnicate")]
    [InlineData]
    public void Bad_command_lines_exit_2_with_a_message(params string[] args)
    {
        var result = CliRunner.Run(RepoPaths.Root, args);

        result.ExitCode.Should().Be(2);
        result.Stdout.Should().BeEmpty();
        result.StderrLines.Should().NotBeEmpty().And.OnlyContain(l => l.StartsWith("claimx: error: "), "every error is one line in one format");
        result.Stderr.Should().NotContain("\t").And.NotContain("System.", "messages speak the user's language, not .NET's");
    }

    [Theory]
    [InlineData("{\"article\": 1}")]
    [InlineData("not json at all")]
    public void A_file_that_is_not_claims_is_named_in_one_plain_line(string content)
    {
        using var dir = new TempDirectory();
        dir.Write("claims.json", content);

        var result = CliRunner.Run(dir.Path, "compare", "claims.json");

        result.ExitCode.Should().Be(1);
        result.StderrLines.Should().Contain(l => l.StartsWith("claimx: error: claims.json: not a claims file", StringComparison.Ordinal));
        result.Stderr.Should().NotContain("System.");
    }

    [Fact]
    public void No_input_with_a_terminal_on_stdin_is_a_usage_error()
    {
        var result = CliRunner.Run(RepoPaths.Root, stdin: null, ["extract"]);

        result.ExitCode.Should().Be(2);
        result.StderrLines.Should().ContainSingle().Which.Should().StartWith("claimx: error: no input");
    }

    [Fact]
    public void Help_goes_to_stdout_and_exits_0()
    {
        var result = CliRunner.Run(RepoPaths.Root, "extract", "--help");

        result.ExitCode.Should().Be(0);
        result.Stdout.Should().Contain("--format").And.Contain("--files-from").And.Contain("--shard");
        result.Stderr.Should().BeEmpty();
    }

    [Fact]
    public void Output_write_failure_is_one_line_without_a_stack_trace()
    {
        var result = CliRunner.Run(RepoPaths.Root, null, ["extract", "samples"], stdout: new FailingStream());

        result.ExitCode.Should().Be(1);
        result.StderrLines.Should().ContainSingle().Which.Should().Be("claimx: error: standard output: cannot write output (No space left on device)");
    }

    private sealed class FailingStream : MemoryStream
    {
        public override void Write(ReadOnlySpan<byte> buffer) => throw new IOException("No space left on device");

        public override void Write(byte[] buffer, int offset, int count) => throw new IOException("No space left on device");
    }
}
