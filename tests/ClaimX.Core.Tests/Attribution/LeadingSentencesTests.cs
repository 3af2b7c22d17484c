using static ClaimX.Core.Tests.Attribution.AttributionTestHelpers;

namespace ClaimX.Core.Tests.Attribution;

public class LeadingSentencesTests
{
    [Theory]
    [InlineData("Prices will rise again next year. Wages will not keep up, the economist said.",
        "Prices will rise again next year. Wages will not keep up")]
    [InlineData("The road is unsafe. Drivers ignore the limit. Children cross there every day, a local teacher said.",
        "The road is unsafe. Drivers ignore the limit. Children cross there every day")]
    public void A_trailing_cue_takes_the_uncued_sentences_before_it_in_its_paragraph(string text, string content) =>
        Content(text, ClaimStarting(text, content[..10])).Should().Be(content);

    [Theory]
    // A cue in an earlier sentence makes it someone's report, not the trailing speaker's.
    [InlineData("Prices rose again last year, officials reported. Wages will not keep up, the economist said.",
        "Wages will not keep up")]
    // A quotation in an earlier sentence is attributed on its own.
    [InlineData("The mayor called the budget “a disgrace to the city.” Wages will not keep up, the economist said.",
        "Wages will not keep up")]
    // The paragraph before is never taken.
    [InlineData("Prices rose again last year.\n\nWages will not keep up, the economist said.", "Wages will not keep up")]
    // A cue before its clause reports only that clause.
    [InlineData("Prices will rise again next year. The economist said wages will not keep up.", "wages will not keep up")]
    public void Sentences_with_their_own_cue_or_quotation_or_another_paragraph_are_not_taken(string text, string content)
        => Content(text, ClaimStarting(text, content[..10])).Should().Be(content);
}
