using ClaimX.Core.Scanning;
using ClaimX.Core.Text;
using FluentAssertions;

namespace ClaimX.Core.Tests.Scanning;

/// <summary>Phrases are found by their first or last token, longest first, in any case.</summary>
public class PhraseListTests
{
    private static readonly PhraseList Phrases = new(["at least", "at", "at least as many as", "more than", "no more than", "approx."]);

    private static ScanContext Context(string text) => ScanContext.Create(text, new TextSpan(0, text.Length));

    [Fact]
    public void The_longest_phrase_starting_at_a_token_wins()
    {
        var c = Context("We saw at least as many as 40 boats.");
        Phrases.MatchStartingAt(c, 2, out int last, out string phrase).Should().BeTrue();
        phrase.Should().Be("at least as many as");
        last.Should().Be(6);
    }

    [Fact]
    public void The_longest_phrase_ending_at_a_token_wins()
    {
        var c = Context("It cost No More Than 40 dollars.");
        Phrases.MatchEndingAt(c, 4, out int first, out string phrase).Should().BeTrue();
        phrase.Should().Be("no more than");
        first.Should().Be(2);
    }

    [Fact]
    public void A_phrase_keeps_its_inner_tokens_and_nothing_matches_out_of_range()
    {
        var c = Context("approx. 40");
        Phrases.MatchStartingAt(c, 0, out int last, out _).Should().BeTrue();
        last.Should().Be(1);
        Phrases.MatchStartingAt(c, 2, out _, out _).Should().BeFalse();
        Phrases.MatchEndingAt(c, -1, out _, out _).Should().BeFalse();
        Phrases.MatchStartingAt(Context("a tleast"), 0, out _, out _).Should().BeFalse();
    }
}
