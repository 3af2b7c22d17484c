using ClaimX.Core.Text;

namespace ClaimX.Core.Tests.Text;

public class ParagraphSplitterTests
{
    private static string[] Paragraphs(string text, int start = 0) =>
        ParagraphSplitter.Split(text, start).Select(p => text[p.Start..p.End]).ToArray();

    [Theory]
    [InlineData("First paragraph.\n\nSecond paragraph.", new[] { "First paragraph.", "Second paragraph." })]
    [InlineData("First\r\n\r\nSecond\r\n", new[] { "First", "Second" })]
    [InlineData("  padded  \n \t \n  second  ", new[] { "padded", "second" })]
    [InlineData("A hard\nwrapped paragraph.\n\nAnother\none.", new[] { "A hard\nwrapped paragraph.", "Another\none." })]
    [InlineData("The minister said on Tuesday that the\ntalks would resume. Officials in Kabul\nwere not told.\n\nNext.", new[] { "The minister said on Tuesday that the\ntalks would resume. Officials in Kabul\nwere not told.", "Next." })]
    [InlineData("\n\n\nOnly one\n\n\n", new[] { "Only one" })]
    [InlineData("First\u2029Second", new[] { "First", "Second" })]
    [InlineData("Para one.\n\n\n\n\nPara two.", new[] { "Para one.", "Para two." })]
    public void Blank_lines_separate_paragraphs(string text, string[] expected)
    {
        Paragraphs(text).Should().Equal(expected);
    }

    [Theory]
    [InlineData("Line one.\nLine two.\nLine three.", new[] { "Line one.", "Line two.", "Line three." })]
    [InlineData("Line one.\r\nLine two.\r\n", new[] { "Line one.", "Line two." })]
    [InlineData("\nLeading blank then\nlines only\n", new[] { "Leading blank then", "lines only" })]
    [InlineData("One\rTwo", new[] { "One", "Two" })]
    public void Without_blank_lines_every_line_is_a_paragraph(string text, string[] expected)
    {
        Paragraphs(text).Should().Equal(expected);
    }

    [Fact]
    public void A_headline_then_one_paragraph_per_line()
    {
        string first = "WASHINGTON — The president's long obsession with his predecessor's birth is an issue that black lawmakers say they cannot forget.";
        string second = "“This is a disgusting day,” said Rep. G.K. Butterfield (D-N.C.), head of the caucus, at a news conference on Friday.";
        string text = $"Lawmakers Rip The Claim\n\n{first}\n{second}\nShort closing line.\n";
        Paragraphs(text).Should().Equal("Lawmakers Rip The Claim", first, second, "Short closing line.");
    }

    [Fact]
    public void Short_lines_ending_in_sentence_punctuation_are_paragraphs()
    {
        const string text = "Title\n\nOne sentence.\n“Two,” he said.\nThree?";
        Paragraphs(text).Should().Equal("Title", "One sentence.", "“Two,” he said.", "Three?");
    }

    [Fact]
    public void Front_matter_before_the_body_is_left_out()
    {
        const string text = "---\nsource: X\n---\nBody one.\n\nBody two.";
        int body = text.IndexOf("Body", StringComparison.Ordinal);
        Paragraphs(text, body).Should().Equal("Body one.", "Body two.");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n \t ")]
    [InlineData("\u200B\uFEFF")]
    public void Empty_or_blank_text_has_no_paragraphs(string text)
    {
        Paragraphs(text).Should().BeEmpty();
    }

    [Fact]
    public void Every_kind_of_line_break_splits_as_a_newline_does_among_curly_quotes_and_accents()
    {
        // The search for line ends treats \n-\r and the three rare breaks apart: each must still end a line as
        // a newline does.
        var random = new Random(11);
        string[] pieces = ["Officials said", "“We are ready,”", "the minister’s aide", "Élysée", "he said.", "", "  "];
        char[] breaks = ['\n', '\r', '\v', '\f', '\u0085', '\u2028', '\u2029'];
        for (int round = 0; round < 300; round++)
        {
            var text = new System.Text.StringBuilder();
            for (int n = random.Next(1, 12); n > 0; n--)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
                if (random.Next(3) > 0)
                {
                    text.Append(breaks[random.Next(breaks.Length)]);
                }
            }
            string mixed = text.ToString().Replace("\r\n", "\n");
            // (The paragraph separator also ends a paragraph, so it stays.)
            string plain = string.Concat(mixed.Select(c => c != '\u2029' && breaks.Contains(c) ? '\n' : c));

            ParagraphSplitter.Split(mixed).Should().Equal(ParagraphSplitter.Split(plain), mixed);
        }
    }

    [Fact]
    public void Line_ends_are_where_a_search_for_any_of_the_seven_breaks_finds_them()
    {
        // The reference is the plain search the two-step one replaced.
        var anyBreak = System.Buffers.SearchValues.Create("\n\r\u2028\u2029\u0085\v\f");
        var random = new Random(5);
        string alphabet = "ab “”’é \n\r\v\f\u0085\u2028\u2029";
        for (int round = 0; round < 2000; round++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 40)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            for (int pos = 0; pos < text.Length; pos++)
            {
                int found = text.AsSpan(pos).IndexOfAny(anyBreak);
                int expectedEnd = found < 0 ? text.Length : pos + found;
                int expectedNext = found < 0 ? text.Length
                    : expectedEnd + (text[expectedEnd] == '\r' && expectedEnd + 1 < text.Length && text[expectedEnd + 1] == '\n' ? 2 : 1);

                int end = ParagraphSplitter.LineEnd(text, pos, out int next);

                (end, next).Should().Be((expectedEnd, expectedNext), $"at {pos} in {System.Text.Json.JsonSerializer.Serialize(text)}");
            }
        }
    }
}
