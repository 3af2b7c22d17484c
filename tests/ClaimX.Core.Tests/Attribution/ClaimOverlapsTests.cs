using static ClaimX.Core.Tests.Attribution.AttributionTestHelpers;

namespace ClaimX.Core.Tests.Attribution;

public class ClaimOverlapsTests
{
    [Theory]
    // The inner intention cue comes first in the text; the trailing speech act still wins.
    [InlineData("Tenants plan to march on the town hall next week, organiser Priya Nair said.",
        "Tenants plan to march on the town hall next week", "organiser Priya Nair", "said")]
    [InlineData("The union has said it will strike if talks fail, according to a union official.",
        "The union has said it will strike if talks fail", "a union official", "according to")]
    [InlineData("Farmers want the levy scrapped before the harvest, the agriculture minister told parliament.",
        "Farmers want the levy scrapped before the harvest", "the agriculture minister", "told")]
    public void A_speech_act_that_reports_another_attribution_wins_over_it(string text, string content, string mention, string cue)
    {
        var spans = Extract(text);
        spans.Should().ContainSingle($"the inner attribution is part of what was reported; found: {Describe(text, spans)}");
        Content(text, spans[0]).Should().Be(content);
        Mention(text, spans[0]).Should().Be(mention);
        Cue(text, spans[0]).Should().Be(cue);
    }

    [Fact]
    public void A_cue_before_its_clause_keeps_the_report_whole()
    {
        const string text = "Priya Nair said tenants plan to march on the town hall next week.";
        var spans = Extract(text);
        spans.Should().ContainSingle(Describe(text, spans));
        Content(text, spans[0]).Should().Be("tenants plan to march on the town hall next week");
        spans[0].Speaker.Should().Be("Priya Nair");
    }

    [Fact]
    public void A_quotation_inside_a_reported_clause_stays_the_quoted_speakers_claim()
    {
        // The belief's clause runs on through the quotation and its cue; the quotation is the councillor's own.
        const string text = "She believes the vote was rushed because “nobody read the bill,” the councillor said.";
        var quote = ClaimStarting(text, "nobody read the bill");
        quote.Kind.Should().Be("direct");
        Mention(text, quote).Should().Be("the councillor");
        Extract(text).Should().ContainSingle();
    }

    [Fact]
    public void Overlapping_claims_that_do_not_nest_keep_the_first()
    {
        // The participle's clause and the trailing cue's clause overlap without one holding the other's speaker.
        const string text = "Prices will keep rising, the bank warned, adding that wages would lag behind for a year.";
        var spans = Extract(text);
        for (int i = 1; i < spans.Count; i++)
        {
            spans[i].Content.Start.Should().BeGreaterThanOrEqualTo(spans[i - 1].Content.End, Describe(text, spans));
        }
        ClaimStarting(text, "Prices will keep rising").Speaker.Should().Be("the bank");
    }
}
