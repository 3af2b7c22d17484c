using ClaimX.Core.Compare;
using FsCheck;
using FsCheck.Fluent;

namespace ClaimX.Core.Tests.Compare;

public class SpeakerMatcherTests
{
    [Theory]
    [InlineData("Col. Sonny Leggett", "Leggett")]
    [InlineData("Col. Sonny Leggett", "Sonny Leggett")]
    [InlineData("Leggett", "Sonny Leggett")]
    [InlineData("Gov. Maria Alvarez", "Alvarez")]
    [InlineData("Maria Alvarez", "Maria")]
    [InlineData("Secretary of State Mike Pompeo", "Pompeo")]
    [InlineData("Donald J. Trump", "President Donald Trump")]
    [InlineData("Afghan President Ashraf Ghani", "Ghani")]
    [InlineData("Harbor Authority spokesman Tomas Brennan", "Tomas Brennan")]
    public void Same_person_under_titles_and_short_names(string a, string b) =>
        SpeakerMatcher.Matches(a, b).Should().BeTrue();

    [Theory]
    [InlineData("Maria Alvarez", "Jose Alvarez")]
    [InlineData("Alvarez", "Maria Lopez")]
    [InlineData("Donald Trump", "Donald Trump Jr.")]
    [InlineData("Col. Sonny Leggett", "Gen. Scott Miller")]
    public void Different_people_stay_apart(string a, string b) =>
        SpeakerMatcher.Matches(a, b).Should().BeFalse();

    [Theory]
    [InlineData("the interior ministry", "Afghanistan's interior ministry")]
    [InlineData("the interior ministry", "a spokesman for the Interior Ministry")]
    [InlineData("Afghanistan’s interior ministry", "Interior Ministry")]
    [InlineData("the Riverton Fire Department", "a spokeswoman for the Riverton Fire Department")]
    [InlineData("the county emergency office", "County Emergency Office officials")]
    [InlineData("the Taliban", "Taliban")]
    public void Same_body_however_described(string a, string b) =>
        SpeakerMatcher.Matches(a, b).Should().BeTrue();

    [Theory]
    [InlineData("the interior ministry", "the defense ministry")]
    [InlineData("the ministry", "the interior ministry")]
    [InlineData("the Riverton Fire Department", "the Riverton Police Department")]
    public void Different_bodies_stay_apart(string a, string b) =>
        SpeakerMatcher.Matches(a, b).Should().BeFalse();

    [Fact]
    public void A_person_matches_the_body_their_role_names()
    {
        var rahimi = SpeakerParser.Parse("Nasrat Rahimi", "a spokesman for the Interior Ministry");
        SpeakerMatcher.Matches(rahimi, SpeakerParser.Parse("Afghanistan's interior ministry")).Should().BeTrue();
        SpeakerMatcher.Matches(rahimi, SpeakerParser.Parse("the finance ministry")).Should().BeFalse();

        var named = SpeakerParser.Parse("Nasrat Rahimi, a spokesman for the Interior Ministry");
        named.Kind.Should().Be(SpeakerKind.Person);
        named.Name.Should().Equal("nasrat", "rahimi");
        named.Affiliation.Should().Equal("interior", "ministry");
    }

    [Fact]
    public void A_description_with_a_place_speaks_for_the_body_it_names()
    {
        var description = SpeakerParser.Parse("The U.S. military spokesman in Kabul");
        description.Kind.Should().Be(SpeakerKind.Body);
        var spokesman = SpeakerParser.Parse("Sonny Leggett", "U.S. military spokesman");
        SpeakerMatcher.Matches(description, spokesman).Should().BeTrue();
    }

    [Fact]
    public void Two_spokesmen_of_one_body_are_still_two_people()
    {
        var a = SpeakerParser.Parse("Tomas Brennan", "a spokesman for the Harbor Authority");
        var b = SpeakerParser.Parse("Lena Ortiz", "a spokeswoman for the Harbor Authority");
        SpeakerMatcher.Matches(a, b).Should().BeFalse();
    }

    [Fact]
    public void Unknown_speakers_match_nobody()
    {
        SpeakerMatcher.Matches((string?)null, null).Should().BeFalse();
        SpeakerMatcher.Matches("", "Leggett").Should().BeFalse();
        SpeakerMatcher.Matches("he", "he").Should().BeFalse("an unresolved pronoun names no one across articles");
        SpeakerMatcher.Matches("They", "they").Should().BeFalse();
        SpeakerMatcher.Matches("officials", "the officials").Should().BeFalse();
        SpeakerParser.Parse("experts").Kind.Should().Be(SpeakerKind.Unknown);
        SpeakerMatcher.Matches("a new poll", "a new Quinnipiac poll").Should().BeFalse("an indefinite description identifies no one");
        SpeakerMatcher.Matches("the poll", "The poll").Should().BeFalse("one common noun points back into its own article");
        SpeakerMatcher.Matches("a spokesman for the ministry", "the ministry").Should().BeFalse();
    }

    [Fact]
    public void Matching_is_symmetric()
    {
        string[] pool =
        [
            "Col. Sonny Leggett", "Leggett", "Sonny", "Maria Alvarez", "Gov. Maria Alvarez", "the interior ministry",
            "Afghanistan's interior ministry", "a spokesman for the Interior Ministry", "Interior Ministry spokesman Ali Noor",
            "the Taliban", "Taliban", "Donald Trump Jr.", "Trump", "the top U.S. commander in Afghanistan", "officials",
        ];
        var gen = Gen.Elements(pool);
        Prop.ForAll(gen.ToArbitrary(), gen.ToArbitrary(),
                (a, b) => SpeakerMatcher.Matches(a, b) == SpeakerMatcher.Matches(b, a))
            .QuickCheckThrowOnFailure();
    }
}
