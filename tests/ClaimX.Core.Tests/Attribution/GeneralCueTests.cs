using static ClaimX.Core.Tests.Attribution.AttributionTestHelpers;

namespace ClaimX.Core.Tests.Attribution;

/// <summary>General reporting, belief and intention verbs beyond "say": rulings, signals, encouragement, decisions.</summary>
public class GeneralCueTests
{
    [Theory]
    [InlineData("The judge ruled that the search of the warehouse had been unlawful.", "the search of the warehouse had been unlawful", "ruled", "The judge")]
    [InlineData("The coach encouraged the players to rest over the holiday.", "the players to rest over the holiday", "encouraged", "The coach")]
    [InlineData("The mayor decided to close the pool for the rest of the summer.", "to close the pool for the rest of the summer", "decided", "The mayor")]
    [InlineData("Residents wondered whether the plant would ever reopen.", "whether the plant would ever reopen", "wondered", "Residents")]
    [InlineData("The central bank signalled that rates would stay low until spring.", "rates would stay low until spring", "signalled", "The central bank")]
    public void A_general_cue_reports_its_clausal_or_infinitive_complement(string text, string content, string cue, string mention)
    {
        var claim = ClaimStarting(text, content);
        Content(text, claim).Should().Be(content);
        Cue(text, claim).Should().Be(cue);
        Mention(text, claim).Should().Be(mention);
    }

    [Theory]
    // The same verbs in their plain senses take a plain object and report nothing.
    [InlineData("The driver signalled a left turn at the corner.")]
    [InlineData("Thousands of fans encouraged the team from the stands.")]
    [InlineData("The queen ruled the country for forty years.")]
    public void A_plain_object_is_no_claim(string text) =>
        Extract(text).Should().BeEmpty(Describe(text, Extract(text)));

    [Fact]
    public void A_relative_clause_ends_where_the_main_clause_resumes()
    {
        const string text = "Her neighbours, who asked the council to repair the wall, waited for a reply for months.";
        var claim = ClaimStarting(text, "the council to repair the wall");
        Content(text, claim).Should().Be("the council to repair the wall");
        Mention(text, claim).Should().Be("who");
    }
}
