using ClaimX.Core.Lexicons;
using static ClaimX.Core.Tests.Attribution.AttributionTestHelpers;

namespace ClaimX.Core.Tests.Attribution;

/// <summary>
/// General attribution rules, each with sentences where the rule must fire and sentences where it must not:
/// named groups as bodies, the addressee after "told", complements of stance and belief cues, quote-only cues,
/// time adjuncts before the reported clause, credit lines, person descriptions and scare quotes.
/// </summary>
public class AttributionRuleTests
{
    // Groups named without an organisation word are bodies; "he" never resolves to them.
    [Theory]
    [InlineData("Hezbollah said the border would stay closed through the winter.", "Hezbollah")]
    [InlineData("Boko Haram said its fighters had left the town by Sunday.", "Boko Haram")]
    [InlineData("The Kremlin said the talks would resume in the spring.", "The Kremlin")]
    public void Named_groups_are_speakers_but_not_persons(string sentence, string group)
    {
        string text = "Ana Ruiz spoke first at the meeting.\n\n" + sentence + "\n\nHe said the decision was final and would not change.";
        var spans = Extract(text);
        spans.Should().Contain(s => s.Speaker == group, Describe(text, spans));
        ClaimStarting(text, "the decision was final").Speaker.Should().Be("Ana Ruiz");
    }

    [Fact]
    public void The_organisation_lexicon_holds_no_particular_group()
    {
        SpeakerLexicons.OrganisationHeads.Contains("taliban").Should().BeFalse();
        SpeakerLexicons.NamedGroups.Contains("taliban").Should().BeTrue();
        SpeakerLexicons.NamedGroups.Count.Should().BeGreaterThan(40);
    }

    [Fact]
    public void A_person_named_like_no_group_is_still_a_person()
    {
        const string text = "Mara Quist said the harvest had been poor. She said prices would rise before the winter.";
        ClaimStarting(text, "prices would rise").Speaker.Should().Be("Mara Quist");
    }

    // The addressee rule: cue "told", lemma "tell", whoever the addressee is.
    [Theory]
    [InlineData("“We will rebuild every house,” the governor told journalists.", "We will rebuild")]
    [InlineData("“We will rebuild every house,” the governor told reporters.", "We will rebuild")]
    [InlineData("The governor told reporters the levee would hold through the weekend.", "the levee would hold")]
    [InlineData("The governor told a crowd of farmers that the levee would hold through the weekend.", "the levee would hold")]
    public void Told_gives_cue_told_and_lemma_tell(string text, string contentStart)
    {
        var claim = ClaimStarting(text, contentStart);
        Cue(text, claim).Should().Be("told");
        claim.CueLemma.Should().Be("tell");
        claim.Speaker.Should().BeEquivalentTo("the governor", "the addressee is never the speaker");
    }

    [Theory]
    [InlineData("told reporters")]
    [InlineData("argued that")]
    [InlineData("argues that")]
    public void Cue_phrases_never_swallow_their_object_or_that(string form) =>
        CueLexicon.Default.TryGet(form, out _).Should().BeFalse();

    [Fact]
    public void Argued_that_has_lemma_argue_and_cue_argued()
    {
        const string text = "The defence lawyer argued that the search had been illegal from the start.";
        var claim = ClaimStarting(text, "the search had been illegal");
        claim.CueLemma.Should().Be("argue");
        Cue(text, claim).Should().Be("argued");
    }

    // "continue" reports only next to a quotation.
    [Theory]
    [InlineData("“The river is still rising,” Marsh continued.", "The river is still rising")]
    [InlineData("The engineer continued: “The river is still rising.”", "The river is still rising")]
    public void Continued_next_to_a_quotation_is_a_cue(string text, string contentStart) =>
        ClaimStarting(text, contentStart).CueLemma.Should().Be("continue");

    [Theory]
    [InlineData("The company continued its expansion into three new markets.")]
    [InlineData("The company continued its expansion into three new markets: “Asia First,” a brochure of 2019.")]
    [InlineData("The storm continued to batter the coast for two more days.")]
    public void Continued_with_an_object_is_no_cue(string text)
    {
        var spans = Extract(text);
        spans.Should().NotContain(s => s.CueLemma == "continue", Describe(text, spans));
    }

    // Stance, belief and verbs with a non-speech sense need a clausal or quoted complement.
    [Theory]
    [InlineData("The band released a new album on Friday.")]
    [InlineData("Police found the car abandoned near the river.")]
    [InlineData("The team attacked the goal from the left wing.")]
    [InlineData("She thanked the volunteers who had cooked for the shelter.")]
    [InlineData("The striker refused the offer from the rival club.")]
    [InlineData("The museum published a catalogue of its collection.")]
    [InlineData("The council welcomed the new residents at a dinner in the hall.")]
    [InlineData("The fans expected a win against the weakest side in the league.")]
    [InlineData("The team attacked the goal as the crowd cheered.")]
    [InlineData("The hikers found a way to cross the river before dark.")]
    [InlineData("The author wrote a novel about her grandmother.")]
    [InlineData("The fans blamed the referee.")]
    [InlineData("The coach called the doctor after the match.")]
    [InlineData("The pilot cited the weather.")]
    [InlineData("The senator supported the farmers of her state.")]
    [InlineData("The striker refused the transfer to the rival club.")]
    [InlineData("The fans attacked the referee for a second time.")]
    [InlineData("The fans attacked the referee over a dozen times.")]
    [InlineData("The mayor called the federal government.")]
    [InlineData("The sheriff called the police detective.")]
    [InlineData("The candidate called the nurse practitioner.")]
    public void A_plain_object_is_not_a_claim(string text)
    {
        var spans = Extract(text);
        spans.Should().BeEmpty(Describe(text, spans));
    }

    [Theory]
    [InlineData("Investigators found that the brakes had failed before the crash.", "the brakes had failed", "find")]
    [InlineData("The coach thanked fans for staying until the final whistle.", "fans for staying", "thank")]
    [InlineData("The minister criticized the ruling as a blow to press freedom.", "the ruling as a blow", "criticize")]
    [InlineData("The union called the offer “an insult to every nurse in the state.”", "the offer", "call")]
    [InlineData("The chairman expects prices to rise again next year.", "prices to rise", "expect")]
    [InlineData("The senator wants to delay the vote until spring.", "to delay the vote", "want")]
    [InlineData("The mayor rejected the allegations in a brief statement.", "the allegations", "reject")]
    [InlineData("A new survey showed a close race in the state.", "a close race", "show")]
    [InlineData("The striker refused to play for the national team.", "to play for", "refuse")]
    [InlineData("The senator likened the new tax to a toll on every family.", "the new tax to a toll", "liken")]
    [InlineData("The airline blamed the delays on a shortage of pilots.", "the delays on a shortage", "blame")]
    [InlineData("The mayor attacked the councillor for her vote on the harbour plan.", "the councillor for her vote", "attack")]
    [InlineData("The union criticized the minister over his remarks about nurses.", "the minister over his remarks", "criticize")]
    [InlineData("The union called the pay offer unacceptable.", "the pay offer unacceptable", "call")]
    [InlineData("The senator called the charges unsubstantiated.", "the charges unsubstantiated", "call")]
    [InlineData("The coach called their tactics utterly irresponsible.", "their tactics utterly irresponsible", "call")]
    public void A_clausal_quoted_or_propositional_complement_is_a_claim(string text, string contentStart, string lemma) =>
        ClaimStarting(text, contentStart).CueLemma.Should().Be(lemma);

    // Time words start the reported clause's subject unless a whole time adjunct comes before a clause.
    [Theory]
    [InlineData("The mayor said this would never happen again in the city.", "this would never happen again in the city")]
    [InlineData("The coach said last season was the hardest of his career.", "last season was the hardest of his career")]
    [InlineData("The chairwoman said May would be the deadline for all bids.", "May would be the deadline for all bids")]
    public void A_time_word_that_begins_the_subject_is_kept(string text, string content) =>
        Content(text, ClaimStarting(text, content[..8])).Should().Be(content);

    [Theory]
    [InlineData("The mayor said Tuesday that the curfew would end.")]
    [InlineData("The mayor said on Monday that the curfew would end.")]
    [InlineData("The mayor said on Monday the curfew would end.")]
    [InlineData("The mayor said this week that the curfew would end.")]
    [InlineData("The mayor said Tuesday the curfew would end.")]
    public void A_time_adjunct_before_the_clause_is_skipped(string text) =>
        Content(text, ClaimStarting(text, "the curfew")).Should().Be("the curfew would end");

    // Credit phrases count only as whole words in short paragraphs at the article's edges.
    [Fact]
    public void Credit_phrases_inside_words_or_reporting_drop_nothing()
    {
        const string text = "Cases rose sharply in the north.\n\nUnderreporting by hospitals hid the true death toll, the health ministry said on Monday.\n\nSchools stayed open.";
        ClaimStarting(text, "Underreporting by hospitals").Speaker.Should().Be("the health ministry");
        const string deposits = "The rules changed in March.\n\nThe regulator said banks would have to sign up for federal deposit insurance by the end of the year.\n\nShares fell.";
        ClaimStarting(deposits, "banks would have to sign up").Speaker.Should().Be("The regulator");
    }

    [Fact]
    public void A_credit_line_at_the_end_still_holds_no_claims()
    {
        const string text = "The mayor said the bridge would reopen in June.\n\nReporting by Lena Ortiz; editing by Sam Cole, who said nothing more.";
        var spans = Extract(text);
        spans.Should().ContainSingle(Describe(text, spans));
    }

    [Theory]
    [InlineData("The sign read “closed for repairs,” the reporters wrote.", false)]
    [InlineData("A.B. Smith contributed to this report.", true)]
    [InlineData("Staff writers contributed reporting.", true)]
    [InlineData("Noncontributed reporting budgets grew.", false)]
    [InlineData("Misreporting by the agency was common, he said.", false)]
    public void Credit_phrases_match_whole_words(string paragraph, bool credit) =>
        ClaimX.Core.Attribution.ClaimFilter.IsCredit(paragraph).Should().Be(credit);

    // Only a description headed by a person noun is a person for "he" or "she".
    [Fact]
    public void A_thing_is_not_a_person_for_pronouns()
    {
        const string text = "Nadia Fell joined the tour in May. The band said the tour would go on. She said the last show would be in Oslo.";
        ClaimStarting(text, "the last show").Speaker.Should().Be("Nadia Fell");
    }

    [Fact]
    public void A_role_description_is_a_person_for_pronouns()
    {
        const string text = "The spokeswoman said the tour would go on. She said the last show would be in Oslo.";
        ClaimStarting(text, "the last show").Speaker.Should().Be("The spokeswoman");
    }

    // Scare quotes leave a reported claim indirect; a real embedded quotation makes it mixed.
    [Fact]
    public void Scare_quotes_leave_an_indirect_claim_indirect()
    {
        const string text = "Officials said the strike was a “defensive” one aimed at fighters.";
        ClaimStarting(text, "the strike was").Kind.Should().Be("indirect");
    }

    [Fact]
    public void An_embedded_quotation_of_the_speaker_makes_a_mixed_claim()
    {
        const string text = "Officials said the strike was “a measured response to repeated attacks” on the base.";
        ClaimStarting(text, "the strike was").Kind.Should().Be("mixed");
    }
}
