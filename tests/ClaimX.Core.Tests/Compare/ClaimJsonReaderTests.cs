using System.Text;
using ClaimX.Core.Compare;

namespace ClaimX.Core.Tests.Compare;

public class ClaimJsonReaderTests
{
    private const string OneClaim =
        "{\"article\":\"a.txt\",\"source\":\"Daily Ledger\",\"id\":\"a.txt#1\",\"kind\":\"direct\",\"speaker\":\"Dana Whitfield\","
        + "\"quote\":\"The water is receding.\",\"start\":10,\"end\":33,\"paragraph\":2,"
        + "\"figures\":[{\"text\":\"57 people\",\"value\":57,\"unit\":\"people\",\"qualifier\":null,\"start\":1,\"end\":2}],\"dates\":[]}";

    private static MemoryStream Stream(string text) => new(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Reads_an_array_and_json_lines_alike()
    {
        var fromArray = ClaimJsonReader.ReadArray(Stream("[" + OneClaim + "," + OneClaim + "]"));
        var fromLines = ClaimJsonReader.ReadLines(Stream(OneClaim + "\n\n" + OneClaim + "\n"));

        fromArray.Should().HaveCount(2);
        fromLines.Should().HaveCount(2);
        fromArray[0].Should().BeEquivalentTo(fromLines[0]);
        fromArray[0].Speaker.Should().Be("Dana Whitfield");
        fromArray[0].Figures.Should().ContainSingle().Which.Unit.Should().Be("people");
    }

    [Fact]
    public void A_claim_without_a_required_field_is_a_format_error_naming_the_line()
    {
        var act = () => ClaimJsonReader.ReadLines(Stream(OneClaim + "\n{\"article\":\"a.txt\"}\n"));
        act.Should().Throw<FormatException>().WithMessage("line 2: not a claims file:*");
    }

    [Fact]
    public void Broken_json_is_a_format_error()
    {
        var act = () => ClaimJsonReader.ReadArray(Stream("[" + OneClaim));
        act.Should().Throw<FormatException>().WithMessage("not a claims file:*");
    }
}
