using System.Text;
using ClaimX.Core.Articles;
using FsCheck;
using FsCheck.Fluent;

namespace ClaimX.Core.Tests.Articles;

public class TextDecoderTests
{
    private const string Sample = "“Quoted,” said Zoë — 5 € café.\r\nLine two.";

    [Fact]
    public void Utf8_without_bom()
    {
        var decoded = TextDecoder.Decode(Encoding.UTF8.GetBytes(Sample));

        decoded.Text.Should().Be(Sample);
        decoded.Encoding.Should().Be(TextEncodingKind.Utf8);
    }

    [Fact]
    public void Utf8_bom_is_not_part_of_the_text()
    {
        var decoded = TextDecoder.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Sample)]);

        decoded.Text.Should().Be(Sample);
        decoded.Encoding.Should().Be(TextEncodingKind.Utf8WithBom);
    }

    [Fact]
    public void Utf16_little_and_big_endian_with_bom()
    {
        var le = TextDecoder.Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Sample)]);
        var be = TextDecoder.Decode([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Sample)]);

        le.Text.Should().Be(Sample);
        le.Encoding.Should().Be(TextEncodingKind.Utf16LittleEndian);
        be.Text.Should().Be(Sample);
        be.Encoding.Should().Be(TextEncodingKind.Utf16BigEndian);
    }

    [Fact]
    public void Nul_byte_without_bom_means_binary()
    {
        var decoded = TextDecoder.Decode([(byte)'a', 0x00, (byte)'b']);

        decoded.IsBinary.Should().BeTrue();
        decoded.Text.Should().BeNull();
    }

    [Fact]
    public void Utf16_without_bom_is_binary_rather_than_garbage()
    {
        TextDecoder.Decode(Encoding.Unicode.GetBytes("plain words")).IsBinary.Should().BeTrue();
    }

    [Fact]
    public void Invalid_utf8_falls_back_to_windows_1252()
    {
        byte[] bytes = [0x93, (byte)'H', (byte)'i', 0x94, (byte)' ', 0x80, 0x35, (byte)' ', 0x96, (byte)' ', 0xE9, 0x81, 0x9F];

        var decoded = TextDecoder.Decode(bytes);

        decoded.IsFallback.Should().BeTrue();
        decoded.Text.Should().Be("\u201CHi\u201D \u20AC5 \u2013 \u00E9\u0081\u0178");
        decoded.Text!.Length.Should().Be(bytes.Length, "one byte is one character, so offsets map to bytes");
    }

    [Fact]
    public void Invalid_utf8_after_a_bom_falls_back_too()
    {
        var decoded = TextDecoder.Decode([0xEF, 0xBB, 0xBF, 0x93, (byte)'x', 0x94]);

        decoded.IsFallback.Should().BeTrue();
        decoded.Text.Should().Be("\u201Cx\u201D");
    }

    [Fact]
    public void Windows_1252_table_agrees_with_latin1_outside_0x80_to_0x9F()
    {
        for (int b = 0; b < 256; b++)
        {
            string text = TextDecoder.DecodeWindows1252([(byte)b]);
            if (b is < 0x80 or > 0x9F)
            {
                text.Should().Be(((char)b).ToString());
            }
            else
            {
                text.Should().HaveLength(1);
            }
        }
    }

    [Fact]
    public void Any_text_without_nul_round_trips_through_utf8()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<string>().Filter(s => s is not null && !s.Contains('\0') && !HasLoneSurrogate(s)), text =>
        {
            var decoded = TextDecoder.Decode(Encoding.UTF8.GetBytes(text));
            return decoded.Text == text && decoded.Encoding == TextEncodingKind.Utf8;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Empty_input_is_empty_text()
    {
        TextDecoder.Decode([]).Text.Should().BeEmpty();
    }

    private static bool HasLoneSurrogate(string s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(s[i]))
            {
                return true;
            }
        }
        return false;
    }
}
