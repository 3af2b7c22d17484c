using static ClaimX.Core.Tests.Attribution.AttributionTestHelpers;

namespace ClaimX.Core.Tests.Attribution;

public class ClauseSubjectTests
{
    [Theory]
    [InlineData("Engineers on the bridge inspection team said the cables had corroded badly.",
        "Engineers on the bridge inspection team", "the cables had corroded badly")]
    [InlineData("Several former employees of the mill say they were never paid for overtime.",
        "Several former employees of the mill", "they were never paid for overtime")]
    [InlineData("A spokeswoman for the port authority, Dana Ruiz, said no ships would dock before Friday.",
        "A spokeswoman for the port authority, Dana Ruiz", "no ships would dock before Friday")]
    [InlineData("The union's complaint to the labour board says managers ignored safety rules for years.",
        "The union's complaint to the labour board", "managers ignored safety rules for years")]
    public void A_long_description_opening_the_clause_is_the_speaker(string text, string mention, string content)
    {
        var claim = ClaimStarting(text, content);
        Content(text, claim).Should().Be(content);
        Mention(text, claim).Should().Be(mention);
    }

    [Theory]
    // The head is no one who speaks or publishes: an agreement provides, a storm causes.
    [InlineData("The new trade agreement between the neighbours calls for lower tariffs on steel.")]
    // A capital at the sentence start is no name.
    [InlineData("Contrary to the forecast, prices said little about the harvest.")]
    // A finite verb inside makes the phrase a clause of its own.
    [InlineData("Workers who were laid off last spring said nothing about the new contract.")]
    // An infinitive's subject is not the phrase before "to".
    [InlineData("Other governments used unusually blunt language to condemn the missile launch.")]
    public void A_phrase_that_is_no_source_or_no_noun_phrase_gives_no_speaker(string text) =>
        Extract(text).Should().BeEmpty(Describe(text, Extract(text)));

    [Theory]
    [InlineData("The council hired a contractor who said the repairs would take a month.", "the repairs would take a month")]
    [InlineData("The fire hurt dozens of residents, many of whom say the alarms never sounded.", "the alarms never sounded")]
    public void A_relative_pronoun_without_a_comma_stands_for_the_noun_before_it(string text, string content)
    {
        var claim = ClaimStarting(text, content);
        Content(text, claim).Should().Be(content);
        Mention(text, claim).Should().BeOneOf("who", "whom");
    }

    [Fact]
    public void A_second_verb_after_but_and_an_auxiliary_shares_the_sentence_subject()
    {
        const string text = "Mayor Ellen Park has praised the volunteers but has said the shelter will close in March.";
        var claim = ClaimStarting(text, "the shelter will close");
        claim.Speaker.Should().Be("Ellen Park");
        Cue(text, claim).Should().Be("said");
    }
}
