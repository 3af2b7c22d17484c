using static ClaimX.Core.Tests.Attribution.AttributionTestHelpers;

namespace ClaimX.Core.Tests.Attribution;

/// <summary>
/// How far a speaker mention reaches as written: relative clauses and origins that belong to the subject, modifiers
/// that close a description, and words that only look like cues or times inside a name.
/// </summary>
public class SpeakerMentionExtentTests
{
    [Theory]
    [InlineData("Marta Silva, who runs a bakery on the square, said the rent had doubled.", "the rent had doubled", "said",
        "Marta Silva, who runs a bakery on the square", "Marta Silva")]
    [InlineData("Greta Holm, of Bergen, Norway, said the ferry was late again.", "the ferry was late again", "said",
        "Greta Holm, of Bergen, Norway", "Greta Holm")]
    [InlineData("The river authority, which manages the locks, said the canal would reopen in June.", "the canal would reopen in June", "said",
        "The river authority, which manages the locks", "The river authority")]
    public void A_relative_clause_or_origin_before_the_cue_is_part_of_the_mention(string text, string content, string cue, string mention, string speaker)
    {
        var claim = ClaimStarting(text, content);
        Content(text, claim).Should().Be(content);
        Cue(text, claim).Should().Be(cue);
        Mention(text, claim).Should().Be(mention);
        claim.Speaker.Should().Be(speaker);
    }

    [Fact]
    public void A_relative_clause_that_reports_something_itself_stays_out_of_the_mention()
    {
        const string text = "Marta Silva, who argued that rents were too high, said the council would meet in May.";
        var claim = ClaimStarting(text, "the council would meet");
        Cue(text, claim).Should().Be("said");
        Mention(text, claim).Should().Be("Marta Silva");
    }

    [Fact]
    public void A_which_clause_after_an_appositive_is_about_its_organisation_not_the_speaker()
    {
        const string text = "Tom Okafor, director of the Harbour Trust, which manages the docks, said the cranes would be sold.";
        var claim = ClaimStarting(text, "the cranes would be sold");
        Cue(text, claim).Should().Be("said");
        Mention(text, claim).Should().Be("Tom Okafor, director of the Harbour Trust");
        claim.Speaker.Should().Be("Tom Okafor");
        claim.SpeakerRole.Should().Be("director of the Harbour Trust");
    }

    [Theory]
    [InlineData("“The water is rising every spring,” said Paulo Reis, who farms near the river.", "Paulo Reis, who farms near the river", "Paulo Reis")]
    [InlineData("“We lost everything in one night,” said Ines Varga, a baker in Szeged, who opened her shop in 1998.",
        "Ines Varga, a baker in Szeged, who opened her shop in 1998", "Ines Varga")]
    // A relative clause with a subordinate clause of its own is a story about the speaker, not part of the mention.
    [InlineData("“We lost everything in one night,” said Paulo Reis, who has farmed here since his father retired.", "Paulo Reis", "Paulo Reis")]
    public void A_relative_clause_that_closes_the_sentence_after_an_inverted_cue_is_part_of_the_mention(string text, string mention, string speaker)
    {
        var claim = Extract(text).Should().ContainSingle().Subject;
        Cue(text, claim).Should().Be("said");
        Mention(text, claim).Should().Be(mention);
        claim.Speaker.Should().Be(speaker);
    }

    [Theory]
    [InlineData("The bridge will close for a month, said one engineer on the project.", "The bridge will close for a month", "one engineer on the project", "said")]
    [InlineData("Sales fell by a third last year, according to a Red Cross tally of the displaced.", "Sales fell by a third last year", "a Red Cross tally of the displaced", "according to")]
    [InlineData("Sales fell by a third last year, according to a chamber survey released in March.", "Sales fell by a third last year", "a chamber survey released in March", "according to")]
    // Where, when or how it was said is no part of the speaker.
    [InlineData("The bridge will close for a month, said one engineer in a statement.", "The bridge will close for a month", "one engineer", "said")]
    [InlineData("The bridge will close for a month, said one engineer on Monday.", "The bridge will close for a month", "one engineer", "said")]
    public void A_description_that_closes_its_clause_takes_its_modifiers(string text, string content, string mention, string cue)
    {
        var claim = ClaimStarting(text, content);
        Content(text, claim).Should().Be(content);
        Cue(text, claim).Should().Be(cue);
        Mention(text, claim).Should().Be(mention);
    }

    [Fact]
    public void A_month_after_a_first_name_is_a_surname_not_a_time()
    {
        const string text = "Prime Minister Sofia May said the talks would resume after the summer.";
        var claim = ClaimStarting(text, "the talks would resume");
        Cue(text, claim).Should().Be("said");
        Mention(text, claim).Should().Be("Prime Minister Sofia May");
        claim.Speaker.Should().Be("Sofia May");
    }

    [Fact]
    public void A_month_after_a_preposition_is_still_a_time()
    {
        const string text = "Council officials in May said the budget was too small.";
        var claim = ClaimStarting(text, "the budget was too small");
        Mention(text, claim).Should().Be("Council officials");
    }

    [Theory]
    [InlineData("Local and state inspectors said the dam was safe.", "the dam was safe", "said", "Local and state inspectors")]
    [InlineData("The state attorney general said the charity was not registered.", "the charity was not registered", "said", "The state attorney general")]
    [InlineData("The county says it broke state and federal law by selling the land.", "it broke state and federal law by selling the land", "says", "The county")]
    [InlineData("Officials state that the road will stay closed.", "the road will stay closed", "state", "Officials")]
    public void State_before_a_noun_is_a_modifier_not_a_cue(string text, string content, string cue, string mention)
    {
        var claim = Extract(text).Should().ContainSingle(Describe(text, Extract(text))).Subject;
        Content(text, claim).Should().Be(content);
        Cue(text, claim).Should().Be(cue);
        Mention(text, claim).Should().Be(mention);
    }
}
