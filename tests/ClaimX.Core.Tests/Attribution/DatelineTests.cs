using static ClaimX.Core.Tests.Attribution.AttributionTestHelpers;

namespace ClaimX.Core.Tests.Attribution;

/// <summary>A wire dateline opening the first sentence is the agency's, never part of the reported claim.</summary>
public class DatelineTests
{
    [Theory]
    [InlineData("MALATYA, Turkey, Oct 14 (Reuters) - A strong earthquake struck the region overnight, officials said.", "A strong earthquake struck the region overnight")]
    [InlineData("LIMA (AP) — Two bridges collapsed after the storm, the transport ministry said.", "Two bridges collapsed after the storm")]
    [InlineData("NAIROBI, Kenya — Fuel prices will rise next month, the energy regulator said.", "Fuel prices will rise next month")]
    public void The_claim_starts_after_the_dateline(string text, string expected)
    {
        var claim = ClaimStarting(text, expected);
        Content(text, claim).Should().Be(expected);
    }
}
