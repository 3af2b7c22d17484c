using System.Text;
using System.Text.Json;
using ClaimX.Cli.Tests.Support;

namespace ClaimX.Cli.Tests;

/// <summary>
/// Encodings and line ends seen in real archives all give the same claims, with offsets into the decoded text
/// (the BOM is not counted).
/// </summary>
public class EncodingTests
{
    private static readonly string Article = Articles.WithQuotes("Mayor Jane Ruiz", quotes: 3);

    private static List<JsonElement> Extract(TempDirectory dir, string name, byte[] bytes, out CliResult result)
    {
        dir.Write(name, bytes);
        result = CliRunner.Run(dir.Path, "extract", name, "-f", "jsonl");
        return ClaimRows.FromJsonl(result.Stdout);
    }

    private static string[] Quotes(List<JsonElement> claims) => claims.Select(c => c.Str("quote")).ToArray();

    [Fact]
    public void Utf8_with_and_without_bom_give_the_same_claims_and_offsets()
    {
        using var dir = new TempDirectory();
        var plain = Extract(dir, "plain.txt", Encoding.UTF8.GetBytes(Article), out var r1);
        var bom = Extract(dir, "bom.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Article)], out var r2);

        plain.Should().NotBeEmpty();
        Quotes(bom).Should().Equal(Quotes(plain));
        bom.Select(c => c.Int("start")).Should().Equal(plain.Select(c => c.Int("start")));
        foreach (var claim in bom)
        {
            Article[claim.Int("start")..claim.Int("end")].Should().Be(claim.Str("quote"));
        }
        (r1.Stderr + r2.Stderr).Should().BeEmpty();
    }

    [Theory]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public void Utf16_with_bom_is_read(string encodingName)
    {
        using var dir = new TempDirectory();
        var encoding = encodingName == "utf-16le" ? new UnicodeEncoding(false, true) : new UnicodeEncoding(true, true);
        var plain = Extract(dir, "plain.txt", Encoding.UTF8.GetBytes(Article), out _);
        var utf16 = Extract(dir, "wide.txt", [.. encoding.GetPreamble(), .. encoding.GetBytes(Article)], out var result);

        result.ExitCode.Should().Be(0);
        result.Stderr.Should().BeEmpty();
        Quotes(utf16).Should().Equal(Quotes(plain)).And.NotBeEmpty();
    }

    [Fact]
    public void Crlf_line_ends_are_read_and_offsets_count_the_cr()
    {
        using var dir = new TempDirectory();
        string crlf = Articles.WithQuotes("Mayor Jane Ruiz", quotes: 3, newline: "\r\n");
        var claims = Extract(dir, "crlf.txt", Encoding.UTF8.GetBytes(crlf), out var result);

        result.ExitCode.Should().Be(0);
        Quotes(claims).Should().Equal(Quotes(Extract(dir, "lf.txt", Encoding.UTF8.GetBytes(Article), out _)));
        foreach (var claim in claims)
        {
            crlf[claim.Int("start")..claim.Int("end")].Should().Be(claim.Str("quote"));
        }
    }

    [Fact]
    public void Invalid_utf8_is_read_as_windows_1252_with_a_warning()
    {
        using var dir = new TempDirectory();
        // Windows-1252: 0x93/0x94 are curly double quotes, 0xE9 is é. Not valid UTF-8.
        string text = "Le caf\u00E9 a ferm\u00E9.\n\n\u201CWe will reopen the caf\u00E9 next spring,\u201D said Owner Marc Dubois.\n";
        var bytes = text.Select(c => c switch { '\u201C' => (byte)0x93, '\u201D' => (byte)0x94, _ => (byte)c }).ToArray();

        var claims = Extract(dir, "legacy.txt", bytes, out var result);

        result.ExitCode.Should().Be(0);
        result.StderrLines.Should().ContainSingle().Which.Should().Be("claimx: warning: legacy.txt: not valid UTF-8, read as Windows-1252");
        claims.Should().ContainSingle().Which.Str("quote").Should().Be("We will reopen the caf\u00E9 next spring,");
        var claim = claims[0];
        text[claim.Int("start")..claim.Int("end")].Should().Be(claim.Str("quote"));
    }
}
