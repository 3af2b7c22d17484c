namespace ClaimX.Cli.Tests;

public class PlaceholderTests
{
    [Fact]
    public void Builds() => typeof(ClaimX.Core.Pipeline.ClaimExtractor).Should().NotBeNull();
}
