using System.Text;
using System.Text.Json;
using ClaimX.Cli.Output;
using ClaimX.Core.Claims;
using ClaimX.Core.Pipeline;

namespace ClaimX.Cli.Tests;

/// <summary>
/// `claimx compare` inputs whose name does not say what they hold: claims piped on standard input or saved under
/// another extension are read as claims, an article piped in is still extracted, and data that is not claims is
/// one error line naming the input.
/// </summary>
public sealed class CompareInputSniffingTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("claimx-sniff-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static Claim Claim(string source, string quote, Figure figure) => new()
    {
        Article = source.ToLowerInvariant().Replace(' ', '-') + ".txt",
        Source = source,
        Id = $"{source}#1",
        Kind = ClaimKinds.Indirect,
        Speaker = "the county emergency office",
        Quote = quote,
        Start = 10,
        End = 10 + quote.Length,
        Paragraph = 1,
        Figures = [figure with { Start = 10 + quote.IndexOf(figure.Text, StringComparison.Ordinal), End = 10 + quote.IndexOf(figure.Text, StringComparison.Ordinal) + figure.Text.Length }],
    };

    private static readonly Claim Ledger = Claim("Daily Ledger", "the flood damaged 340 homes along the river", new Figure("340 homes", 340, "homes", null, 0, 0));
    private static readonly Claim Times = Claim("Coast Times", "the flood damaged 410 houses along the river", new Figure("410 houses", 410, "houses", null, 0, 0));

    private static byte[] Jsonl(Claim claim) => Encoding.UTF8.GetBytes(JsonSerializer.Serialize(claim, ClaimJsonContext.Default.Claim) + "\n");

    private string Write(string name, byte[] bytes)
    {
        File.WriteAllBytes(Path.Combine(_directory, name), bytes);
        return name;
    }

    private string WriteJson(string name, Claim claim) =>
        Write(name, Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new List<Claim> { claim }, ClaimJsonContext.Default.ListClaim)));

    private string WriteCsv(string name, Claim claim)
    {
        using var bytes = new MemoryStream();
        var writer = new CsvClaimWriter(bytes);
        writer.WriteArticle(new ArticleResult(claim.Article, claim.Source, null, [claim]));
        writer.Complete();
        return Write(name, bytes.ToArray());
    }

    // Standard input as a pipe gives it: it cannot seek, so what the sniffer read must be handed on.
    private (int Code, string Output, string Error) Run(byte[]? stdin, params string[] args)
    {
        var output = new MemoryStream();
        var error = new StringWriter();
        var environment = new CliEnvironment
        {
            Output = output,
            Error = error,
            OpenInput = () => new PipeLikeStream(stdin ?? []),
            IsInputRedirected = stdin is not null,
            IsErrorTerminal = false,
            CurrentDirectory = _directory,
        };
        int code = ClaimXApp.Run(["compare", .. args], environment);
        return (code, Encoding.UTF8.GetString(output.ToArray()), error.ToString());
    }

    [Fact]
    public void Jsonl_claims_piped_in_and_json_claims_under_another_name_are_read_as_claims()
    {
        var (code, output, error) = Run(Jsonl(Ledger), "-", WriteJson("times.out", Times), "-f", "json");

        code.Should().Be(0, error);
        using var report = JsonDocument.Parse(output);
        report.RootElement.GetProperty("sources").EnumerateArray().Select(s => s.GetString()).Should().Equal("Daily Ledger", "Coast Times");
        report.RootElement.GetProperty("groups").EnumerateArray().Should().ContainSingle()
            .Which.GetProperty("status").GetString().Should().Be("conflicting");
    }

    [Fact]
    public void A_claims_csv_under_another_name_is_read_as_claims()
    {
        var (code, output, error) = Run(null, WriteCsv("ledger.claims", Ledger), WriteJson("times.json", Times), "-f", "json");

        code.Should().Be(0, error);
        output.Should().Contain("\"conflicting\"");
    }

    [Fact]
    public void Claims_saved_as_utf16_by_a_shell_are_read_as_claims()
    {
        // Windows PowerShell's '>' writes UTF-16 with a byte-order mark.
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(Jsonl(Ledger)))).ToArray();

        var (code, output, error) = Run(utf16, "-", WriteJson("times.json", Times), "-f", "json");

        code.Should().Be(0, error);
        output.Should().Contain("\"conflicting\"").And.Contain("Daily Ledger");
    }

    [Fact]
    public void An_article_piped_in_is_still_extracted()
    {
        var article = "---\nsource: Daily Ledger\ndate: 2024-04-02\n---\n\"The water is receding,\" Mayor Dana Whitfield said.\n"u8.ToArray();
        string other = Write("other.txt", "---\nsource: Coast Times\ndate: 2024-04-02\n---\n\"The water is receding,\" Whitfield said.\n"u8.ToArray());

        var (code, output, error) = Run(article, "-", other, "-f", "json");

        code.Should().Be(0, error);
        using var report = JsonDocument.Parse(output);
        report.RootElement.GetProperty("sources").EnumerateArray().Select(s => s.GetString()).Should().Equal("Daily Ledger", "Coast Times");
        report.RootElement.GetProperty("groups").EnumerateArray().Should().ContainSingle()
            .Which.GetProperty("status").GetString().Should().Be("identical");
    }

    [Fact]
    public void Data_that_is_not_claims_is_one_error_line_naming_it_and_the_rest_is_compared()
    {
        string table = Write("table.out", "id,name,value\n1,levee,2\n"u8.ToArray());

        var (code, output, error) = Run("[{\"article\": \"x.txt\", \"quote\": 12"u8.ToArray(), WriteJson("ledger.json", Ledger), table, "-", WriteJson("times.json", Times));

        code.Should().Be(1);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(2);
        lines[0].Should().Be("claimx: error: table.out: a CSV file without 'article' and 'quote' columns, not claims from 'claimx extract' (nor an article)");
        lines[1].Should().StartWith("claimx: error: -: not a claims file");
        output.Should().Contain("across 2 sources");
    }

    /// <summary>A read-only stream that cannot seek, like a pipe.</summary>
    private sealed class PipeLikeStream(byte[] bytes) : Stream
    {
        private readonly MemoryStream _inner = new(bytes);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        // Small reads, as a pipe gives them, so the sniffer's head is filled over several calls.
        public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, Math.Min(count, 7));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
