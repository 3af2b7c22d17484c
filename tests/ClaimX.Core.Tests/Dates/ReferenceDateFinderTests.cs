using ClaimX.Core.Dates;

namespace ClaimX.Core.Tests.Dates;

public class ReferenceDateFinderTests
{
    public static TheoryData<string, string?> Cases() => new()
    {
        { "Wednesday, March 4, 2020\n\nThe United States conducted an airstrike.", "2020-03-04" },
        { "By Jane Doe\nMarch 4, 2020 10:31 a.m. EST\n\nThe strike came hours after the call.", "2020-03-04" },
        { "WASHINGTON, March 4, 2020 \u2014 The Senate voted on the measure.", "2020-03-04" },
        { "Published 2020-03-04\n\nTroops left the base.", "2020-03-04" },
        { "KABUL, Afghanistan \u2014 The United States conducted an airstrike Wednesday, March 4, just days after the deal.", null },
        { "The deal, first proposed on Sept. 11, 2001, in a memo that circulated for months among officials, was signed.", null },
        { "Officials met on Tuesday.\n\nThey agreed to talk again.", null },
        { "LONDON (Reuters) - 4 March 2020 - Shares fell sharply in early trade.", "2020-03-04" },
        { "", null },
        { "A headline about fact checks.\n\nThe site announced on Monday that it will check the first debate live for its readers, with eighteen staff on duty.\n\nOn July 6, 2015, he said:\n", null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reads_only_a_full_date_from_the_dateline(string text, string? expected)
    {
        var date = ReferenceDateFinder.FindDateline(text, 0);

        date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).Should().Be(expected);
        (date is null).Should().Be(expected is null);
    }

    [Fact]
    public void Skips_front_matter_before_the_body()
    {
        const string text = "---\ndate: 2019-01-01\n---\nMarch 4, 2020\n\nBody text.";
        int body = text.IndexOf("March", StringComparison.Ordinal);

        ReferenceDateFinder.FindDateline(text, body).Should().Be(new DateOnly(2020, 3, 4));
    }
}
