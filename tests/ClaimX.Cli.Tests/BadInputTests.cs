using System.Text;
using ClaimX.Cli.Tests.Support;

namespace ClaimX.Cli.Tests;

/// <summary>
/// Every bad-input case of the contract: one line on standard error naming the input, the other inputs still
/// processed and written, and the exit code (1 for failures, 0 for skips with a warning).
/// </summary>
public class BadInputTests
{
    private static int ClaimCount(CliResult result, string article) =>
        ClaimRows.FromJsonl(result.Stdout).Count(c => c.Str("article") == article);

    [Fact]
    public void Missing_file_is_named_on_stderr_others_still_processed_exit_1()
    {
        using var dir = new TempDirectory();
        dir.Write("good.txt", Articles.WithQuotes("Mayor Jane Ruiz"));

        var result = CliRunner.Run(dir.Path, "extract", "missing.txt", "good.txt", "-f", "jsonl");

        result.ExitCode.Should().Be(1);
        result.StderrLines.Should().ContainSingle().Which.Should().Be("claimx: error: missing.txt: no such file or directory");
        ClaimCount(result, "good.txt").Should().BeGreaterThan(0);
        result.Stderr.Should().NotContain("   at ", "no stack trace reaches the user");
    }

    [Fact]
    public void Unreadable_file_is_reported_and_others_still_processed()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        using var dir = new TempDirectory();
        dir.Write("good.txt", Articles.WithQuotes("Mayor Jane Ruiz"));
        string locked = dir.Write("locked.txt", Articles.WithQuotes("Chief Ann Bell"));
        File.SetUnixFileMode(locked, UnixFileMode.None);
        // Root reads any file whatever its mode; then a file the kernel refuses to read for everyone stands in:
        // /proc/self/mem exists, opens, and fails with EIO at offset 0.
        bool modeIsEnforced = !CanRead(locked);
        string unreadable = modeIsEnforced ? "locked.txt" : "/proc/self/mem";
        if (!modeIsEnforced && !File.Exists(unreadable))
        {
            Console.WriteLine("skipped: running as root on a system without /proc/self/mem");
            return;
        }

        var result = CliRunner.Run(dir.Path, "extract", unreadable, "good.txt", "-f", "jsonl");

        result.ExitCode.Should().Be(1);
        result.StderrLines.Should().ContainSingle().Which.Should().StartWith($"claimx: error: {unreadable}: cannot read");
        ClaimCount(result, "good.txt").Should().BeGreaterThan(0);
    }

    [Fact]
    public void Path_through_a_file_as_if_it_were_a_directory_is_reported()
    {
        using var dir = new TempDirectory();
        dir.Write("good.txt", Articles.WithQuotes("Mayor Jane Ruiz"));

        var result = CliRunner.Run(dir.Path, "extract", "good.txt/inner.txt", "good.txt", "-f", "jsonl");

        result.ExitCode.Should().Be(1);
        result.StderrLines.Should().ContainSingle().Which.Should().StartWith("claimx: error: good.txt/inner.txt: ");
        ClaimCount(result, "good.txt").Should().BeGreaterThan(0);
    }

    [Fact]
    public void Directory_without_articles_is_an_error_naming_it()
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(dir.File("empty"));
        dir.Write("notes/readme.md", "not an article");
        dir.Write("good.txt", Articles.WithQuotes("Mayor Jane Ruiz"));

        var result = CliRunner.Run(dir.Path, "extract", "empty", "notes", "good.txt", "-f", "jsonl");

        result.ExitCode.Should().Be(1);
        result.StderrLines.Should().Equal(
            "claimx: error: empty: directory contains no .txt articles",
            "claimx: error: notes: directory contains no .txt articles");
        ClaimCount(result, "good.txt").Should().BeGreaterThan(0);
    }

    [Fact]
    public void Glob_matching_nothing_is_an_error_naming_it()
    {
        using var dir = new TempDirectory();
        dir.Write("good.txt", Articles.WithQuotes("Mayor Jane Ruiz"));

        var result = CliRunner.Run(dir.Path, "extract", "articles/**/*.txt", "good.txt", "-f", "jsonl");

        result.ExitCode.Should().Be(1);
        result.StderrLines.Should().ContainSingle().Which.Should().Be("claimx: error: articles/**/*.txt: no file matches this pattern");
        ClaimCount(result, "good.txt").Should().BeGreaterThan(0);
    }

    [Fact]
    public void Empty_file_gives_no_claims_and_no_error()
    {
        using var dir = new TempDirectory();
        dir.Write("empty.txt", "");

        var result = CliRunner.Run(dir.Path, "extract", "empty.txt", "-f", "jsonl");

        result.ExitCode.Should().Be(0);
        result.Stderr.Should().BeEmpty();
        result.Stdout.Should().BeEmpty();
    }

    [Fact]
    public void File_with_nul_bytes_is_skipped_with_a_warning()
    {
        using var dir = new TempDirectory();
        var binary = Encoding.UTF8.GetBytes(Articles.WithQuotes("Mayor Jane Ruiz"));
        binary[10] = 0;
        dir.Write("image.txt", binary);
        dir.Write("good.txt", Articles.WithQuotes("Chief Ann Bell"));

        var result = CliRunner.Run(dir.Path, "extract", "image.txt", "good.txt", "-f", "jsonl");

        result.ExitCode.Should().Be(0);
        result.StderrLines.Should().ContainSingle().Which.Should().Be("claimx: warning: image.txt: binary file (contains NUL bytes; UTF-16 text needs a byte-order mark), skipped");
        ClaimCount(result, "image.txt").Should().Be(0);
        ClaimCount(result, "good.txt").Should().BeGreaterThan(0);
    }

    [Fact]
    public void Quiet_silences_warnings_but_not_errors()
    {
        using var dir = new TempDirectory();
        dir.Write("image.txt", [0x00, 0x01, 0x02]);

        var result = CliRunner.Run(dir.Path, "extract", "image.txt", "missing.txt", "--quiet");

        result.StderrLines.Should().ContainSingle().Which.Should().Contain("missing.txt");
        result.ExitCode.Should().Be(1);
    }

    [Fact]
    public void File_over_max_bytes_is_skipped_with_a_warning()
    {
        using var dir = new TempDirectory();
        dir.Write("big.txt", Articles.WithQuotes("Mayor Jane Ruiz", quotes: 20));
        dir.Write("small.txt", Articles.WithQuotes("Chief Ann Bell", quotes: 1));
        long limit = new FileInfo(dir.File("small.txt")).Length;

        var result = CliRunner.Run(dir.Path, "extract", "big.txt", "small.txt", "--max-bytes", limit.ToString(), "-f", "jsonl");

        result.ExitCode.Should().Be(0);
        result.StderrLines.Should().ContainSingle().Which.Should().Be($"claimx: warning: big.txt: larger than --max-bytes ({limit} bytes), skipped");
        ClaimCount(result, "big.txt").Should().Be(0);
        ClaimCount(result, "small.txt").Should().BeGreaterThan(0);
    }

    [Fact]
    public void Standard_input_over_max_bytes_is_skipped_too()
    {
        var article = Encoding.UTF8.GetBytes(Articles.WithQuotes("Mayor Jane Ruiz"));

        var result = CliRunner.Run(RepoPaths.Root, article, ["extract", "--max-bytes", "100", "-f", "jsonl"]);

        result.ExitCode.Should().Be(0);
        result.StderrLines.Should().ContainSingle().Which.Should().StartWith("claimx: warning: -: larger than --max-bytes");
        result.Stdout.Should().BeEmpty();
    }

    [Fact]
    public void Messages_for_a_path_with_a_newline_stay_on_one_line()
    {
        using var dir = new TempDirectory();

        var result = CliRunner.Run(dir.Path, "extract", "bad\nname.txt");

        result.StderrLines.Should().ContainSingle();
    }

    private static bool CanRead(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
