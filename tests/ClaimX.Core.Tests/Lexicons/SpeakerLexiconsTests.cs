using ClaimX.Core.Lexicons;
using static ClaimX.Core.Tests.Attribution.AttributionTestHelpers;

namespace ClaimX.Core.Tests.Lexicons;

/// <summary>
/// What the speaker lexicons do to extraction, on invented sentences: every title of titles.txt is read as the
/// speaker's role and left out of the name, every organisation head of organisation-heads.txt makes a name a body
/// that "it" stands for, role nouns make a description a person a later pronoun stands for, and gendered titles
/// and role nouns choose between "she" and "he".
/// </summary>
public class SpeakerLexiconsTests
{
    public static TheoryData<string> Titles => new(LexiconResource.ReadLines("titles.txt"));

    public static TheoryData<string> OrganisationHeads => new(LexiconResource.ReadLines("organisation-heads.txt"));

    [Theory]
    [MemberData(nameof(Titles))]
    public void Every_title_before_a_name_is_the_role_and_not_part_of_the_name(string title)
    {
        string text = $"“The bridge will reopen on Friday,” {title} Nadia Ferreira said.";
        var claim = ClaimStarting(text, "The bridge will reopen on Friday");
        claim.Speaker.Should().Be("Nadia Ferreira");
        claim.SpeakerRole.Should().Be(title);
    }

    [Theory]
    [InlineData("Dr.")]
    [InlineData("Lt. Col.")]
    [InlineData("Gov.")]
    public void A_title_with_a_period_does_not_end_the_sentence(string title)
    {
        string text = $"{title} Nadia Ferreira said the bridge would reopen on Friday.";
        var claim = ClaimStarting(text, "the bridge would reopen on Friday");
        Mention(text, claim).Should().Be($"{title} Nadia Ferreira");
        claim.Speaker.Should().Be("Nadia Ferreira");
    }

    [Theory]
    [MemberData(nameof(OrganisationHeads))]
    public void A_name_ending_in_an_organisation_head_is_a_body_that_it_stands_for(string head)
    {
        string body = "Riverton " + char.ToUpperInvariant(head[0]) + head[1..];
        string text = $"{body} said the bridge would reopen on Friday.\n\n“We inspected it twice,” it said.";
        ClaimStarting(text, "We inspected it twice").Speaker.Should().Be(body);
    }

    [Fact]
    public void It_does_not_stand_for_a_person()
    {
        const string text = "Nadia Ferreira said the bridge would reopen on Friday.\n\n“We inspected it twice,” it said.";
        ClaimStarting(text, "We inspected it twice").Speaker.Should().NotBe("Nadia Ferreira");
    }

    [Theory]
    [InlineData("engineer", "she")]
    [InlineData("lawmaker", "she")]
    [InlineData("official", "he")]
    [InlineData("spokeswoman", "she")]
    [InlineData("commander", "he")]
    [InlineData("analysts", "they")]
    public void A_description_headed_by_a_role_noun_is_a_person_a_later_pronoun_stands_for(string role, string pronoun)
    {
        string text = $"“The bridge will reopen on Friday,” the {role} said.\n\n“We inspected it twice,” {pronoun} said.";
        ClaimStarting(text, "We inspected it twice").Speaker.Should().Be($"the {role}");
    }

    [Theory]
    [InlineData("bakery")]
    [InlineData("report")]
    public void A_description_headed_by_a_thing_is_no_person(string noun)
    {
        string text = $"“The bridge will reopen on Friday,” the {noun} said.\n\n“We inspected it twice,” she said.";
        ClaimStarting(text, "We inspected it twice").Speaker.Should().NotBe($"the {noun}");
    }

    [Theory]
    [InlineData("she", "Ann Cole")]
    [InlineData("he", "Tom Reed")]
    public void Gendered_titles_and_role_nouns_choose_who_a_pronoun_stands_for(string pronoun, string speaker)
    {
        string text = "Mrs. Ann Cole said the bridge would reopen on Friday.\n\nSpokesman Tom Reed said the toll would stay.\n\n"
            + $"“We inspected it twice,” {pronoun} said.";
        ClaimStarting(text, "We inspected it twice").Speaker.Should().Be(speaker);
    }

    [Theory]
    [InlineData("agencies", true)]
    [InlineData("witnesses", true)]
    [InlineData("groups", true)]
    [InlineData("Agency", true)]
    [InlineData("bananas", false)]
    [InlineData("agencie", false)]
    public void A_plural_noun_matches_its_singular_entry(string word, bool expected) =>
        new WordSet(["agency", "witness", "group"]).ContainsNoun(word).Should().Be(expected);

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
