using ClaimX.Core.Attribution;
using ClaimX.Core.Text;

namespace ClaimX.Core.Tests.Attribution;

public class ClauseTokenizerTests
{
    [Fact]
    public void Character_classes_equal_the_general_unicode_calls_for_every_code_unit()
    {
        for (int i = 0; i <= char.MaxValue; i++)
        {
            char c = (char)i;
            ClauseTokenizer.IsWhiteSpace(c).Should().Be(char.IsWhiteSpace(c), "U+{0:X4}", i);
            ClauseTokenizer.IsLetterOrDigit(c).Should().Be(char.IsLetterOrDigit(c), "U+{0:X4}", i);
        }
    }

    [Fact]
    public void Joins_inner_marks_keeps_abbreviation_periods_and_classifies_marks()
    {
        const string text = "Sen. Smith (R-Fla.) said AT&T’s int'l unit earned $3.5bn -- a record – in Kabul.";
        var document = TextAnalyzer.Analyze(text);
        var tokens = ClauseTokenizer.Tokenize(document);
        tokens.Select(t => text[t.Start..t.End]).Should().Equal(
            "Sen.", "Smith", "(", "R-Fla.", ")", "said", "AT&T’s", "int'l", "unit", "earned", "$3.5bn", "--", "a", "record", "–", "in", "Kabul", ".");
        tokens[^1].Kind.Should().Be(ClauseTokenKind.Stop);
        tokens[11].Kind.Should().Be(ClauseTokenKind.Dash);
        tokens[14].Kind.Should().Be(ClauseTokenKind.Dash);
    }

    [Fact]
    public void A_closing_quote_mark_ends_the_word_before_it_and_a_long_text_keeps_every_token()
    {
        string text = "He said 'no' today. " + string.Concat(Enumerable.Repeat("word, ", 1500));
        var tokens = ClauseTokenizer.Tokenize(TextAnalyzer.Analyze(text));
        tokens.Take(7).Select(t => t.Kind).Should().Equal(
            ClauseTokenKind.Word, ClauseTokenKind.Word, ClauseTokenKind.QuoteOpen, ClauseTokenKind.Word, ClauseTokenKind.QuoteClose,
            ClauseTokenKind.Word, ClauseTokenKind.Stop);
        tokens.Should().HaveCount(7 + 3000);
    }
}
