using ClaimX.Core.Text;

namespace ClaimX.Core.Tests;

public class TextSpanTests
{
    [Fact]
    public void Overlap_is_half_open()
    {
        new TextSpan(0, 5).Overlaps(new TextSpan(5, 9)).Should().BeFalse();
        new TextSpan(0, 5).Overlaps(new TextSpan(4, 9)).Should().BeTrue();
    }
}
