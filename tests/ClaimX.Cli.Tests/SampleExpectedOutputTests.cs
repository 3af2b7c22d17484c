using ClaimX.Cli.Tests.Support;

namespace ClaimX.Cli.Tests;

/// <summary>
/// The reviewed expected output for the sample articles (samples/expected/) is what `claimx extract samples`
/// prints. A change in extraction shows here as a diff to read and, when it is an improvement, to accept by
/// regenerating the file (see samples/README.md): the expected output is a record of reviewed behaviour, never
/// something the code is bent to match.
/// </summary>
public class SampleExpectedOutputTests
{
    [Theory]
    [InlineData("json", "claims.json")]
    [InlineData("csv", "claims.csv")]
    public void Extract_on_the_samples_prints_the_reviewed_output(string format, string expectedFile)
    {
        string expected = File.ReadAllText(Path.Combine(RepoPaths.Samples, "expected", expectedFile));

        var result = CliRunner.Run(RepoPaths.Root, "extract", "samples", "--format", format);

        result.ExitCode.Should().Be(0, result.Stderr);
        Normalize(result.Stdout).Should().Be(Normalize(expected));
    }

    // JSON is compared as one object per line; CRLF (CSV's record separator) and LF are not what is checked.
    private static string Normalize(string output) => output.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("},{", "},\n{", StringComparison.Ordinal).TrimEnd();
}
