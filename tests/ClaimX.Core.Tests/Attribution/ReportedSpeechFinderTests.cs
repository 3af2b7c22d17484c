using static ClaimX.Core.Tests.Attribution.AttributionTestHelpers;

namespace ClaimX.Core.Tests.Attribution;

public class ReportedSpeechFinderTests
{
    [Fact]
    public void Said_that_takes_the_clause_without_that()
    {
        const string text = "Police Chief Dana Moore said that three suspects were arrested overnight.";
        var claim = ClaimStarting(text, "three suspects");
        claim.Kind.Should().Be("indirect");
        Content(text, claim).Should().Be("three suspects were arrested overnight");
        claim.Speaker.Should().Be("Dana Moore");
        claim.SpeakerRole.Should().Be("Police Chief");
        claim.CueLemma.Should().Be("say");
    }

    [Fact]
    public void Told_reporters_skips_the_addressee()
    {
        const string text = "The senator told reporters the bill would pass by a wide margin.";
        var claim = ClaimStarting(text, "the bill would pass");
        Mention(text, claim).Should().Be("The senator");
    }

    [Fact]
    public void Cue_after_the_clause()
    {
        const string text = "The storm caused flooding in four counties, officials said.";
        var claim = ClaimStarting(text, "The storm caused");
        Content(text, claim).Should().Be("The storm caused flooding in four counties");
        claim.Speaker.Should().Be("officials");
    }

    [Fact]
    public void According_to_at_the_end()
    {
        const string text = "The factory will close in June, according to a company spokeswoman.";
        var claim = ClaimStarting(text, "The factory");
        Content(text, claim).Should().Be("The factory will close in June");
        Cue(text, claim).Should().Be("according to");
        Mention(text, claim).Should().Be("a company spokeswoman");
    }

    [Fact]
    public void According_to_at_the_start()
    {
        const string text = "According to the state health department, forty new cases were recorded this week.";
        var claim = ClaimStarting(text, "forty new cases");
        Content(text, claim).Should().Be("forty new cases were recorded this week");
        claim.Speaker.Should().Be("the state health department");
    }

    [Fact]
    public void Appositive_between_speaker_and_cue_is_the_role()
    {
        const string text = "Helen Park, a spokeswoman for the utility, added that power would return by Sunday.";
        var claim = ClaimStarting(text, "power would return");
        claim.Speaker.Should().Be("Helen Park");
        claim.SpeakerRole.Should().Be("a spokeswoman for the utility");
    }

    [Fact]
    public void Adjunct_before_that_is_skipped()
    {
        const string text = "The mayor said in a post on Facebook that the curfew had been lifted.";
        Content(text, ClaimStarting(text, "the curfew")).Should().Be("the curfew had been lifted");
    }

    [Fact]
    public void Reported_clause_with_a_partial_quote_is_mixed()
    {
        const string text = "The minister said the talks had been “constructive and frank” and would continue.";
        var claim = ClaimStarting(text, "the talks");
        claim.Kind.Should().Be("mixed");
        Content(text, claim).Should().Be("the talks had been “constructive and frank” and would continue");
    }

    [Theory]
    [InlineData("Engineer Brian Lowe warned that the dam could fail within days.", "warn")]
    [InlineData("Engineer Brian Lowe insisted that the dam could fail within days.", "insist")]
    [InlineData("Engineer Brian Lowe acknowledged that the dam could fail within days.", "acknowledge")]
    public void Other_reporting_verbs(string text, string lemma)
    {
        var claim = ClaimStarting(text, "the dam could fail");
        claim.CueLemma.Should().Be(lemma);
        claim.Speaker.Should().Be("Brian Lowe");
    }

    [Fact]
    public void Participle_reports_for_the_subject_of_the_sentence()
    {
        const string text = "The coach defended the decision, saying the players needed rest.";
        var claim = ClaimStarting(text, "the players needed rest");
        Mention(text, claim).Should().Be("The coach");
    }

    [Fact]
    public void Cue_interrupting_the_clause_keeps_both_halves()
    {
        const string text = "The new plan, she said, would cost far less than the old one.";
        Content(text, ClaimStarting(text, "The new plan")).Should().Be("The new plan, she said, would cost far less than the old one");
    }

    [Fact]
    public void A_writer_comment_after_the_clause_is_left_out()
    {
        const string text = "The president said Monday he had spoken to the rebel leader, making him the first to do so.";
        Content(text, ClaimStarting(text, "he had spoken")).Should().Be("he had spoken to the rebel leader");
    }

    [Fact]
    public void Time_adjunct_between_speaker_and_cue()
    {
        const string text = "The senator on Wednesday warned that the budget would run out in May.";
        var claim = ClaimStarting(text, "the budget would run out");
        Mention(text, claim).Should().Be("The senator");
    }

    [Fact]
    public void Progressive_cue_is_finite()
    {
        const string text = "The mayor is promising that the roads will reopen before winter.";
        Mention(text, ClaimStarting(text, "the roads will reopen")).Should().Be("The mayor");
    }

    [Fact]
    public void Coordinated_speakers_speak_together()
    {
        const string text = "Mr. Hale and Ms. Ortiz said the deal was final.";
        var claim = ClaimStarting(text, "the deal was final");
        Mention(text, claim).Should().Be("Mr. Hale and Ms. Ortiz");
    }

    [Fact]
    public void Bodies_take_the_bare_form()
    {
        const string text = "Police say the suspect fled on foot toward the river.";
        ClaimStarting(text, "the suspect fled").Speaker.Should().Be("Police");
    }

    [Fact]
    public void A_colon_at_the_paragraph_end_introduces_the_next_paragraph()
    {
        const string text = "The governor added:\n\nWe will not raise taxes this year or next.\n\nThe session ended.";
        var claim = ClaimStarting(text, "We will not raise taxes");
        claim.Kind.Should().Be("direct");
        Content(text, claim).Should().Be("We will not raise taxes this year or next.");
    }

    [Fact]
    public void Title_case_headline_with_its_cue()
    {
        const string text = "Bridge Will Reopen Next Month, City Engineer Says.\n\nThe bridge closed in March.";
        var claim = ClaimStarting(text, "Bridge Will Reopen");
        Content(text, claim).Should().Be("Bridge Will Reopen Next Month");
    }

    [Fact]
    public void A_cue_in_a_relative_clause_ends_at_its_comma()
    {
        const string text = "Ruth Glass, who urged the board to delay the vote until next spring, added that the audit was finished.";
        var urged = ClaimStarting(text, "the board to delay");
        Content(text, urged).Should().Be("the board to delay the vote until next spring");
        urged.Speaker.Should().Be("Ruth Glass");
        ClaimStarting(text, "the audit was finished").Speaker.Should().Be("Ruth Glass");
    }

    [Fact]
    public void Before_a_trailing_cue_a_participle_clause_is_the_source_s()
    {
        const string text = "A tree fell on a car near the bridge, killing the driver, the sheriff's office said.";
        var claim = ClaimStarting(text, "A tree fell");
        Content(text, claim).Should().Be("A tree fell on a car near the bridge, killing the driver");
        claim.Speaker.Should().Be("the sheriff's office");
    }

    [Fact]
    public void A_dateline_is_not_part_of_the_claim()
    {
        const string text = "NEW ORLEANS (AP) — A storm swept across the coast on Monday, utility officials said.";
        Content(text, ClaimStarting(text, "A storm swept")).Should().Be("A storm swept across the coast on Monday");
    }

    [Fact]
    public void A_second_cue_of_the_same_subject_starts_its_own_claim()
    {
        const string text = "The family called on police to release the videos and called on residents to stay calm.";
        Content(text, ClaimStarting(text, "police to release")).Should().Be("police to release the videos");
        ClaimStarting(text, "residents to stay calm").Speaker.Should().Be("The family");
    }

    [Fact]
    public void Nouns_ending_in_ly_head_speakers()
    {
        const string text = "The assembly said that the vote would be held in public.";
        ClaimStarting(text, "the vote would be held").Speaker.Should().Be("The assembly");
    }

    [Fact]
    public void A_reported_clause_in_an_opening_subordinate_clause_ends_at_its_comma()
    {
        const string text = "When the senator noted that the budget had grown by half, the chairman interrupted her.";
        Content(text, ClaimStarting(text, "the budget had grown")).Should().Be("the budget had grown by half");
    }

    [Theory]
    [InlineData("The mayor said the city would repair every bridge, including the one on Main Street.",
        "the city would repair every bridge, including the one on Main Street")]
    [InlineData("The minister said taxes would rise by a tenth, assuming no change in spending.",
        "taxes would rise by a tenth, assuming no change in spending")]
    public void A_participle_that_works_as_a_preposition_stays_in_the_clause(string text, string content) =>
        Content(text, ClaimStarting(text, content[..10])).Should().Be(content);

    [Theory]
    [InlineData("The mayor said the city would repair the old bridge, making it the third repair this year.",
        "the city would repair the old bridge")]
    public void Another_participle_clause_after_the_clause_is_the_writers(string text, string content) =>
        Content(text, ClaimStarting(text, content[..10])).Should().Be(content);

    [Fact]
    public void As_before_a_trailing_cue()
    {
        const string text = "The video does not show whether the man was armed, as police have said.";
        ClaimStarting(text, "The video does not show").Speaker.Should().Be("police");
    }

    [Theory]
    [InlineData("The governor believes that the bridge is safe for traffic.", "the bridge is safe", ClaimX.Core.Lexicons.CueClass.Belief)]
    [InlineData("The governor wants to reopen the bridge before winter.", "to reopen the bridge", ClaimX.Core.Lexicons.CueClass.Intention)]
    [InlineData("The governor said that the bridge is safe for traffic.", "the bridge is safe", ClaimX.Core.Lexicons.CueClass.Speech)]
    [InlineData("The governor criticized the inspection report as rushed.", "the inspection report", ClaimX.Core.Lexicons.CueClass.Stance)]
    public void Claims_carry_the_class_of_their_cue(string text, string contentStart, ClaimX.Core.Lexicons.CueClass cueClass)
    {
        ClaimStarting(text, contentStart).CueClass.Should().Be(cueClass);
    }

    [Theory]
    [InlineData("According to Reuters, both plants were closed for the weekend.", "Reuters")]
    [InlineData("According to union leader Maria Gomez, the plants were closed for the weekend.", "Maria Gomez")]
    public void According_to_a_name_at_the_start(string text, string speaker)
    {
        var claim = ClaimStarting(text, text.Contains("both", StringComparison.Ordinal) ? "both plants" : "the plants");
        claim.Speaker.Should().Be(speaker);
    }

    [Theory]
    [InlineData("The ferry will stop running in winter, the harbour master told reporters on Friday.", "the harbour master")]
    [InlineData("The ferry will stop running in winter, she told him.", "she")]
    [InlineData("The ferry will stop running in winter, the harbour master told the Gazette.", "the harbour master")]
    public void A_trailing_cue_may_name_its_addressee(string text, string mention)
    {
        var claim = ClaimStarting(text, "The ferry");
        Content(text, claim).Should().Be("The ferry will stop running in winter");
        Mention(text, claim).Should().Be(mention);
        Cue(text, claim).Should().Be("told");
    }

    [Fact]
    public void A_trailing_cue_after_a_described_name_keeps_the_description()
    {
        const string text = "The ferry will stop running in winter, veteran skipper Tom Reyes said.";
        var claim = ClaimStarting(text, "The ferry");
        Content(text, claim).Should().Be("The ferry will stop running in winter");
        claim.Speaker.Should().Be("Tom Reyes");
        claim.SpeakerRole.Should().Be("veteran skipper");
    }

    [Fact]
    public void A_trailing_cue_with_a_complement_of_its_own_is_no_addressee_case()
    {
        // "told the crew to ..." reports what was ordered, so the clause before it is the writer's.
        const string text = "The ferry stopped running in winter, and the harbour master told the crew to stay home.";
        ClaimStarting(text, "the crew to stay home").Speaker.Should().Be("the harbour master");
        Extract(text).Should().ContainSingle();
    }
}
