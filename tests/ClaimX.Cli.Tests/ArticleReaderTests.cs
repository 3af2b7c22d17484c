using System.Text;
using ClaimX.Cli.Inputs;
using ClaimX.Cli.Tests.Support;
using ClaimX.Core.Articles;

namespace ClaimX.Cli.Tests;

/// <summary>Reading one input never throws: every problem comes back as an error or warning naming it.</summary>
public class ArticleReaderTests
{
    private static ArticleReader Reader(long maxBytes = ArticleReader.DefaultMaxBytes, byte[]? stdin = null) =>
        new(maxBytes, () => new MemoryStream(stdin ?? []));

    [Fact]
    public void A_directory_where_a_file_is_expected_is_an_error()
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(dir.File("folder"));

        var result = Reader().Read(new InputItem("folder", dir.File("folder")));

        result.Text.Should().BeNull();
        result.Error.Should().Be("folder: is a directory, not a file");
    }

    [Fact]
    public void A_missing_file_is_an_error()
    {
        using var dir = new TempDirectory();

        Reader().Read(new InputItem("gone.txt", dir.File("gone.txt"))).Error.Should().Be("gone.txt: no such file or directory");
    }

    [Fact]
    public void Size_limit_applies_exactly()
    {
        using var dir = new TempDirectory();
        dir.Write("ten.txt", "0123456789");
        var item = new InputItem("ten.txt", dir.File("ten.txt"));

        Reader(maxBytes: 10).Read(item).Text.Should().Be("0123456789");
        Reader(maxBytes: 9).Read(item).Warning.Should().Be("ten.txt: larger than --max-bytes (9 bytes), skipped");
    }

    [Fact]
    public void Standard_input_is_read_to_the_end_and_decoded()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(new string('x', 100_000) + "é")).ToArray();

        var result = Reader(stdin: bytes).Read(InputItem.StandardInput);

        result.Text.Should().HaveLength(100_001).And.EndWith("é");
        result.ByteCount.Should().Be(bytes.Length);
        result.Encoding.Should().Be(TextEncodingKind.Utf8WithBom);
        result.Error.Should().BeNull();
        result.Warning.Should().BeNull();
    }
}
