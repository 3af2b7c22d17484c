using ClaimX.Core.Compare;

namespace ClaimX.Core.Tests.Compare;

/// <summary>
/// Compare reads speakers with the lexicons speaker recognition uses (titles.txt, spokesperson-nouns.txt,
/// organisation-heads.txt) plus its own few extras, so a title, role or body word recognition knows is known
/// here too. Entries that only the shared files list are used below.
/// </summary>
public class SharedSpeakerLexiconsTests
{
    // Without the title its word would be taken for a given name, and "Sheriff Cole" would not be "Ann Cole".
    [Theory]
    [InlineData("Sheriff Cole", "Ann Cole")]
    [InlineData("Rabbi Cole", "Ann Cole")]
    [InlineData("Deputy Prime Minister Cole", "Ann Cole")]
    // Compare's own extras still count: a common-noun title in a speaker field.
    [InlineData("Detective Cole", "Ann Cole")]
    [InlineData("Premier Cole", "Ann Cole")]
    public void Titles_of_the_shared_lexicon_are_removed_from_names(string a, string b) =>
        SpeakerMatcher.Matches(a, b).Should().BeTrue();

    [Fact]
    public void A_title_does_not_make_two_people_with_one_surname_the_same()
    {
        SpeakerMatcher.Matches("Sheriff Ann Cole", "Mayor Tom Cole").Should().BeFalse();
    }

    [Theory]
    [InlineData("Reuters")]
    [InlineData("the Harbor Institute")]
    [InlineData("Riverton University")]
    public void A_name_ending_in_a_shared_organisation_head_is_a_body(string speaker)
    {
        SpeakerParser.Parse(speaker).Kind.Should().Be(SpeakerKind.Body);
    }

    [Fact]
    public void A_plural_body_word_is_read_by_its_singular()
    {
        SpeakerParser.Parse("Harbor Authorities").Kind.Should().Be(SpeakerKind.Body);
        SpeakerParser.Parse("Harbor Ministries").Kind.Should().Be(SpeakerKind.Body);
    }

    [Theory]
    [InlineData("an adviser at the Harbor Institute")]
    [InlineData("sources at the Harbor Institute")]
    [InlineData("a statement from the Harbor Institute")]
    public void A_spokesperson_noun_makes_a_description_speak_for_its_body(string description)
    {
        SpeakerMatcher.Matches(description, "the Harbor Institute").Should().BeTrue();
    }
}
