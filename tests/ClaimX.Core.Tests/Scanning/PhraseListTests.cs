using ClaimX.Core.Scanning;
using ClaimX.Core.Text;
using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;

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

    [Fact]
    public void Answers_equal_a_plain_search_of_every_phrase_longest_first()
    {
        string[] phrases = ["at least", "at", "at least as many as", "more than", "no more than", "as many as", "many", "approx.", "up to"];
        var list = new PhraseList(phrases);
        // The reference: every phrase in turn, longest first, compared token by token ignoring case.
        var ordered = phrases
            .Select(p => (Phrase: p.ToLowerInvariant(), Parts: ScanTokenizer.Tokenize(p, 0, p.Length).Select(t => p[t.Start..t.End]).ToArray()))
            .OrderByDescending(p => p.Parts.Length)
            .ToArray();
        bool Matches(ScanContext c, int start, string[] parts) =>
            Enumerable.Range(0, parts.Length).All(k => c.Is(start + k, parts[k]));
        var words = Gen.Elements("at", "AT", "least", "as", "many", "More", "than", "no", "approx", ".", "up", "to", "40", "boats");
        Prop.ForAll(words.ArrayOf().Select(w => string.Join(" ", w)).ToArbitrary(), text =>
        {
            var c = Context(text);
            for (int i = -1; i <= c.Count; i++)
            {
                var starting = ordered.FirstOrDefault(p => i >= 0 && i + p.Parts.Length <= c.Count && Matches(c, i, p.Parts));
                var ending = ordered.FirstOrDefault(p => i - p.Parts.Length + 1 >= 0 && Matches(c, i - p.Parts.Length + 1, p.Parts));
                bool found = list.MatchStartingAt(c, i, out int last, out string phrase);
                if (found != (starting.Phrase is not null) || (found && (phrase != starting.Phrase || last != i + starting.Parts.Length - 1)))
                {
                    return false;
                }
                found = list.MatchEndingAt(c, i, out int first, out phrase);
                if (found != (ending.Phrase is not null) || (found && (phrase != ending.Phrase || first != i - ending.Parts.Length + 1)))
                {
                    return false;
                }
            }
            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }
}
