using ClaimX.Core.Dates;
using ClaimX.Core.Text;

namespace ClaimX.Core.Tests.Dates;

/// <summary>
/// said_on dates: a date that modifies the reporting cue. Each case marks the cue with [brackets] and the
/// content with {braces}; the markers are removed before extraction. Reference 2020-03-04 (a Wednesday).
/// </summary>
public class CueDateTests
{
    public static TheoryData<string, string?> Cases() => new()
    {
        { "President Trump [said] Tuesday {he spoke on the phone to the leader}.", "2020-03-03" },
        { "The minister [told] reporters on Monday {that the border would reopen}.", "2020-03-02" },
        { "On Friday, the ministry [said] {the talks had failed}.", "2020-02-28" },
        { "Leggett [said] in a statement on Twitter Wednesday {the strike was defensive}.", "2020-03-04" },
        { "The spokesman [said] {the attack happened Tuesday}.", null },
        { "The envoy [said] {talks would resume} on Thursday.", null },
        { "The envoy [announced] yesterday {that he would resign}.", "2020-03-03" },
        { "Officials [said] on March 1 {the plan was final}.", "2020-03-01" },
        { "\u201C{We will defend our partners},\u201D the colonel [said] Wednesday.", "2020-03-04" },
        { "The mayor [says] {the city is safe}.", null },
        { "The army [said] last Friday {that it had withdrawn}.", "2020-02-28" },
        { "The agency [reported] Sunday {that 40 people had died}.", "2020-03-01" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_date_beside_the_cue_is_the_said_on_date(string marked, string? expected)
    {
        var (text, cue, content) = Unmark(marked);

        var said = DateExtractor.ResolveCueDate(text, cue, content, new DateOnly(2020, 3, 4));

        said?.Value.Should().Be(expected);
        (said is null).Should().Be(expected is null);
        if (said is not null)
        {
            text[said.Start..said.End].Should().Be(said.Text);
        }
    }

    [Fact]
    public void Without_a_reference_the_said_on_weekday_stays_partial()
    {
        var (text, cue, content) = Unmark("Officials [said] Tuesday {the road was closed}.");

        DateExtractor.ResolveCueDate(text, cue, content, null)!.Value.Should().Be("XXXX-WXX-2");
    }

    [Fact]
    public void Today_in_a_quotation_counts_from_the_speech_date_when_known()
    {
        const string text = "\u201CI spoke to their leader today,\u201D the president said on Tuesday.";
        var range = new TextSpan(1, text.IndexOf(',', StringComparison.Ordinal));

        var withSpeech = DateExtractor.Extract(text, range, new DateOnly(2020, 3, 4), new DateOnly(2020, 3, 3));
        var without = DateExtractor.Extract(text, range, new DateOnly(2020, 3, 4));

        withSpeech.Select(d => d.Value).Should().Equal("2020-03-03");
        without.Should().BeEmpty();
    }

    private static (string Text, TextSpan Cue, TextSpan Content) Unmark(string marked)
    {
        var text = new System.Text.StringBuilder();
        int cueStart = 0, cueEnd = 0, contentStart = 0, contentEnd = 0;
        foreach (char c in marked)
        {
            switch (c)
            {
                case '[': cueStart = text.Length; break;
                case ']': cueEnd = text.Length; break;
                case '{': contentStart = text.Length; break;
                case '}': contentEnd = text.Length; break;
                default: text.Append(c); break;
            }
        }
        return (text.ToString(), new TextSpan(cueStart, cueEnd), new TextSpan(contentStart, contentEnd));
    }
}
