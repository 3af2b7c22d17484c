using ClaimX.Core.Articles;

namespace ClaimX.Core.Tests.Articles;

public class SourceInferenceTests
{
    private const string Body = "The council met on Monday.\n\nIt voted on the budget.\n\nThe mayor was absent.\n\nA second vote follows.\n\nResidents were divided.\n\nThe debate went on late.\n\nNo decision was reached.\n\n";

    [Theory]
    [InlineData("This article was written by Ana Ruiz, a staff writer for The Daily Ledger.", "The Daily Ledger")]
    [InlineData("Reporting by Ana Ruiz, a correspondent at Northern Public Radio.", "Northern Public Radio")]
    [InlineData("Ana Ruiz is the city hall reporter for The Harbor Gazette and a contributor to other papers.", "The Harbor Gazette")]
    [InlineData("Valley Broadcasting's Ana Ruiz and Tom Lee contributed to this report.", "Valley Broadcasting")]
    [InlineData("The Harbor Gazette’s Ana Ruiz contributed reporting.", "The Harbor Gazette")]
    [InlineData("Channel Nine' Ana Ruiz contributed.", "Channel Nine")]
    public void Bylines_and_credits_at_the_end_name_the_outlet(string line, string outlet)
    {
        SourceInference.Infer(Body + line).Should().Be(outlet);
    }

    [Fact]
    public void A_byline_at_the_top_counts_too()
    {
        SourceInference.Infer("Written by Ana Ruiz, a reporter for The Daily Ledger.\n\n" + Body).Should().Be("The Daily Ledger");
    }

    [Fact]
    public void A_quoted_persons_description_in_the_middle_is_not_a_byline()
    {
        string text = "Intro.\n\nMore.\n\nStill more.\n\n\"It matters,\" Ana Ruiz, a writer for The Monthly Review, said on Twitter.\n\n" + Body;

        SourceInference.Infer(text).Should().BeNull();
    }

    [Fact]
    public void Someone_told_an_outlets_reporter_is_not_a_credit()
    {
        SourceInference.Infer(Body + "The minister told Valley Broadcasting's Ana Ruiz on Monday that talks would go on.").Should().BeNull();
    }

    [Fact]
    public void Roles_outside_journalism_do_not_name_an_outlet()
    {
        SourceInference.Infer(Body + "Ana Ruiz is a senior fellow at the Institute for Policy Studies.").Should().BeNull();
    }

    [Fact]
    public void Front_matter_is_not_searched()
    {
        const string front = "---\ntitle: Written by Ana Ruiz, a reporter for The Daily Ledger\n---\n";

        SourceInference.Infer(front + Body, front.Length).Should().BeNull();
    }

    [Fact]
    public void Nothing_said_gives_null()
    {
        SourceInference.Infer(Body).Should().BeNull();
        SourceInference.Infer("").Should().BeNull();
    }
}
