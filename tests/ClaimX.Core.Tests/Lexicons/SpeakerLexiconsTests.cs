using ClaimX.Core.Lexicons;

namespace ClaimX.Core.Tests.Lexicons;

public class SpeakerLexiconsTests
{
    [Theory]
    [InlineData("Col.")]
    [InlineData("Gen.")]
    [InlineData("President")]
    [InlineData("Secretary of State")]
    [InlineData("mr.")]
    [InlineData("Sen.")]
    [InlineData("Gov.")]
    [InlineData("Dr.")]
    public void Titles_include_honorifics_and_offices(string title) => SpeakerLexicons.Titles.Contains(title).Should().BeTrue();

    [Fact]
    public void Titles_know_their_longest_entry() => SpeakerLexicons.Titles.MaxWords.Should().BeGreaterThanOrEqualTo(3);

    [Theory]
    [InlineData("spokesman")]
    [InlineData("spokeswoman")]
    [InlineData("official")]
    [InlineData("commander")]
    [InlineData("lawmaker")]
    [InlineData("minister")]
    public void Role_nouns(string noun) => SpeakerLexicons.RoleNouns.Contains(noun).Should().BeTrue();

    [Theory]
    [InlineData("ministry")]
    [InlineData("Pentagon")]
    [InlineData("campaign")]
    [InlineData("committee")]
    [InlineData("party")]
    public void Organisation_heads(string noun) => SpeakerLexicons.OrganisationHeads.Contains(noun).Should().BeTrue();

    [Theory]
    [InlineData("officials", true)]
    [InlineData("agencies", true)]
    [InlineData("witnesses", true)]
    [InlineData("groups", true)]
    [InlineData("bananas", false)]
    public void Plural_nouns_match_their_singular_entry(string word, bool expected) =>
        (SpeakerLexicons.RoleNouns.ContainsNoun(word) || SpeakerLexicons.OrganisationHeads.ContainsNoun(word)).Should().Be(expected);

    [Theory]
    [InlineData("he", GrammaticalNumber.Singular, PronounGender.Masculine)]
    [InlineData("She", GrammaticalNumber.Singular, PronounGender.Feminine)]
    [InlineData("they", GrammaticalNumber.Plural, PronounGender.Any)]
    [InlineData("it", GrammaticalNumber.Singular, PronounGender.Neuter)]
    public void Pronouns_have_number_and_gender(string word, GrammaticalNumber number, PronounGender gender)
    {
        SpeakerLexicons.Pronouns.TryGet(word, out var entry).Should().BeTrue();
        entry.Should().Be(new PronounEntry(number, gender));
    }

    [Theory]
    [InlineData("a source")]
    [InlineData("sources")]
    [InlineData("aides")]
    [InlineData("analysts")]
    public void Source_descriptions_have_their_heads_listed(string description) =>
        SpeakerLexicons.SourceDescriptions.Contains(description.Split(' ')[^1]).Should().BeTrue();

    [Fact]
    public void Multi_word_entries_keep_single_spaces()
    {
        var set = new WordSet(["Secretary of State", "Mr."]);
        set.MaxWords.Should().Be(3);
        set.Contains("secretary of state").Should().BeTrue();
        set.Contains("Secretary  of State").Should().BeFalse();
        set.Count.Should().Be(2);
    }
}
