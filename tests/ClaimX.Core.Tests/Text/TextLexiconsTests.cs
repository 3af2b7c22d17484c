using ClaimX.Core.Lexicons;
using ClaimX.Core.Text;

namespace ClaimX.Core.Tests.Text;

public class TextLexiconsTests
{
    [Fact]
    public void Every_abbreviation_entry_ends_with_a_period_and_appears_once()
    {
        var entries = LexiconResource.ReadLines("abbreviations.txt")
            .Select(line => line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)[0])
            .Where(entry => !TextChars.IsApostrophe(entry[0]))
            .ToList();
        entries.Should().NotBeEmpty();
        entries.Should().OnlyContain(e => e.EndsWith('.'));
        entries.GroupBy(e => e, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).Should().BeEmpty();
    }

    [Fact]
    public void Classes_are_title_or_default()
    {
        var classes = LexiconResource.ReadLines("abbreviations.txt")
            .Select(line => line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .Where(fields => fields.Length > 1)
            .Select(fields => fields[1]);
        classes.Should().OnlyContain(c => c == "title");
    }

    [Theory]
    [InlineData("Mr.", "Title")]
    [InlineData("MR.", "Title")]
    [InlineData("mr.", "None")]
    [InlineData("etc.", "General")]
    [InlineData("Etc.", "General")]
    [InlineData("No.", "General")]
    [InlineData("no.", "None")]
    [InlineData("Sept.", "General")]
    [InlineData("end.", "None")]
    public void Classify_respects_case_rules(string token, string expected)
    {
        TextLexicons.Default.Classify(token).ToString().Should().Be(expected);
    }

    [Theory]
    [InlineData("'em", true)]
    [InlineData("’em", true)]
    [InlineData("'n'", true)]
    [InlineData("‘n’", true)]
    [InlineData("'If", false)]
    public void Elisions_match_any_apostrophe(string token, bool expected)
    {
        TextLexicons.Default.IsElision(token).Should().Be(expected);
    }

    [Theory]
    [InlineData("The", true)]
    [InlineData("however", true)]
    [InlineData("Army", false)]
    public void Sentence_starters(string word, bool expected)
    {
        TextLexicons.Default.IsSentenceStarter(word).Should().Be(expected);
    }
}
