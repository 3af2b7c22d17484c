using System.Globalization;
using ClaimX.Core.Claims;
using ClaimX.Core.Dates;
using ClaimX.Core.Text;

namespace ClaimX.Core.Tests.Dates;

public class DateExtractorTests
{
    public static TheoryData<string, string?, string> Cases()
    {
        var data = new TheoryData<string, string?, string>();
        foreach (var (sentence, reference, expected) in DateCases.All)
        {
            data.Add(sentence, reference, expected);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Finds_and_resolves_the_dates_of_a_sentence(string sentence, string? reference, string expected)
    {
        var mentions = DateExtractor.Extract(sentence, new TextSpan(0, sentence.Length), Parse(reference));

        Render(mentions).Should().Be(expected);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Mention_text_is_the_slice_of_its_offsets(string sentence, string? reference, string expected)
    {
        _ = expected;
        foreach (var mention in DateExtractor.Extract(sentence, new TextSpan(0, sentence.Length), Parse(reference)))
        {
            sentence[mention.Start..mention.End].Should().Be(mention.Text);
        }
    }

    internal static DateOnly? Parse(string? iso) =>
        iso is null ? null : DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static string Render(IEnumerable<DateMention> mentions) =>
        string.Join("; ", mentions.Select(m => m.Kind == DateKinds.Date ? m.Value : m.Value + " " + m.Kind));
}
