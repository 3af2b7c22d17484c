using static ClaimX.Core.Tests.Attribution.AttributionTestHelpers;

namespace ClaimX.Core.Tests.Attribution;

/// <summary>
/// Where the head of a speaker mention lies: past capitalised modifiers (a party, a nationality, an adjective opening
/// the sentence) to the role noun or name they qualify, behind age and place inserts, and after competition titles.
/// </summary>
public class SpeakerMentionHeadTests
{
    [Theory]
    [InlineData("Liberal mayoral candidate Joan Ferris spoke on the radio, saying the budget was a mess.",
        "the budget was a mess", "Joan Ferris", "Liberal mayoral candidate Joan Ferris", "Liberal mayoral candidate")]
    [InlineData("Norwegian energy minister Ola Brekke toured the harbour, saying the quotas would stay.",
        "the quotas would stay", "Ola Brekke", "Norwegian energy minister Ola Brekke", "Norwegian energy minister")]
    public void A_capitalised_modifier_before_a_role_noun_and_name_is_part_of_the_role(string text, string content, string speaker, string mention, string role)
    {
        var claim = ClaimStarting(text, content);
        Cue(text, claim).Should().Be("saying");
        claim.Speaker.Should().Be(speaker);
        Mention(text, claim).Should().Be(mention);
        claim.SpeakerRole.Should().Be(role);
    }

    [Theory]
    [InlineData("Small groups of farmers blocked the motorway, chanting \u201cNo fuel, no food.\u201d", "Small groups of farmers")]
    [InlineData("Angry members of the union gathered at the gate, saying the pay offer was an insult.", "Angry members of the union")]
    public void A_capitalised_adjective_opening_the_sentence_reaches_the_noun_phrase_head(string text, string mention)
    {
        var claim = Extract(text).Should().ContainSingle().Subject;
        claim.Speaker.Should().Be(mention);
        Mention(text, claim).Should().Be(mention);
        claim.SpeakerRole.Should().BeNull();
    }

    [Theory]
    // A capitalised plural is a head already: the lower-case word after it is the verb.
    [InlineData("Democrats attack local officials over the budget, saying the cuts were unfair.", "Democrats")]
    // A third-person verb is no modifier.
    [InlineData("Mayor Ruiz visits police officers in Leeds, saying the city was safe.", "Ruiz")]
    public void A_verb_after_the_subject_is_not_taken_for_a_modifier(string text, string speaker)
    {
        var claim = Extract(text).Should().ContainSingle().Subject;
        Cue(text, claim).Should().Be("saying");
        claim.Speaker.Should().Be(speaker);
    }

    [Fact]
    public void The_name_before_an_age_and_a_place_is_the_speaker_even_with_a_relative_clause_after_them()
    {
        const string text = "Maria Lopes Duarte, 47, of Braga, Portugal, who attended the rally on the square, said the wages were too low.";
        var claim = ClaimStarting(text, "the wages were too low");
        Cue(text, claim).Should().Be("said");
        claim.Speaker.Should().Be("Maria Lopes Duarte");
        Mention(text, claim).Should().Be("Maria Lopes Duarte, 47, of Braga, Portugal, who attended the rally on the square");
        claim.SpeakerRole.Should().BeNull();
    }

    [Theory]
    [InlineData("Peter Alvo, 63, of Tacoma, Wash., said the ferry was late.", "the ferry was late", "Peter Alvo", "Peter Alvo, 63, of Tacoma, Wash.", null)]
    [InlineData("Tom Hale, 71, a retired miner, said the pit had closed.", "the pit had closed", "Tom Hale", "Tom Hale, 71, a retired miner", "a retired miner")]
    public void An_age_is_not_a_role_but_a_description_after_it_is(string text, string content, string speaker, string mention, string? role)
    {
        var claim = ClaimStarting(text, content);
        claim.Speaker.Should().Be(speaker);
        Mention(text, claim).Should().Be(mention);
        claim.SpeakerRole.Should().Be(role);
    }

    [Fact]
    public void A_two_word_name_after_an_of_phrase_stays_the_speaker()
    {
        // Only a single word after "of Place," is read as the state or country of that place.
        const string text = "The head of Oxfam, Ann Lee, who runs the relief desk, said the trucks were stuck.";
        var claim = ClaimStarting(text, "the trucks were stuck");
        claim.Speaker.Should().Be("Ann Lee");
    }

    [Theory]
    [InlineData("Former Miss America Dana Kowalski said the scholarship had paid for law school.", "Former Miss America Dana Kowalski", "Former Miss America")]
    [InlineData("Miss World Lena Okoro said the tour would include three hospitals.", "Miss World Lena Okoro", "Miss World")]
    public void A_competition_title_before_a_name_is_a_role_not_part_of_the_name(string text, string mention, string role)
    {
        var claim = Extract(text).Should().ContainSingle().Subject;
        Cue(text, claim).Should().Be("said");
        Mention(text, claim).Should().Be(mention);
        claim.SpeakerRole.Should().Be(role);
        claim.Speaker.Should().Be(mention[(role.Length + 1)..]);
    }

    [Fact]
    public void A_month_after_a_first_name_is_a_surname_in_the_subject_of_an_earlier_verb()
    {
        const string text = "Irish Prime Minister Anne May met the bankers on Monday and suggested that the tax would stay.";
        var claim = ClaimStarting(text, "the tax would stay");
        Cue(text, claim).Should().Be("suggested");
        claim.Speaker.Should().Be("Anne May");
        Mention(text, claim).Should().Be("Irish Prime Minister Anne May");
        claim.SpeakerRole.Should().Be("Irish Prime Minister");
    }

    [Theory]
    [InlineData("The State Highway Authority said that the bridge would close in May.", "The State Highway Authority")]
    [InlineData("A Report Committee spokesman said that the figures would be revised.", "A Report Committee spokesman")]
    public void A_capitalised_cue_word_after_a_determiner_opens_a_name(string text, string mention)
    {
        var claim = Extract(text).Should().ContainSingle().Subject;
        Cue(text, claim).Should().Be("said");
        Mention(text, claim).Should().Be(mention);
        claim.Speaker.Should().Be(mention);
    }
}
