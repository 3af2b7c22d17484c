using ClaimX.Core.Text;
using static ClaimX.Core.Tests.Text.TextTestHelpers;

namespace ClaimX.Core.Tests.Text;

public class SentenceSplitterTests
{
    public static TheoryData<string, string[]> Cases => new()
    {
        {
            "“This was a defensive strike to disrupt the attack,” he added. “This was our 1st strike against the Taliban in 11 days.” Next came the reply.",
            [
                "“This was a defensive strike to disrupt the attack,” he added.",
                "“This was our 1st strike against the Taliban in 11 days.”",
                "Next came the reply.",
            ]
        },
        {
            "\"I spoke to the leader of the Taliban today,\" Trump told reporters on the South Lawn. \"We had a very good talk.\"",
            [
                "\"I spoke to the leader of the Taliban today,\" Trump told reporters on the South Lawn.",
                "\"We had a very good talk.\"",
            ]
        },
        {
            "U.S. military spokesman Col. Sonny Leggett said the strike was defensive. He gave no details.",
            ["U.S. military spokesman Col. Sonny Leggett said the strike was defensive.", "He gave no details."]
        },
        {
            "Former President George W. Bush spoke in Washington, D.C. on Monday.",
            ["Former President George W. Bush spoke in Washington, D.C. on Monday."]
        },
        {
            "The deal was signed on Feb. 29 in Doha. It lays out a path.",
            ["The deal was signed on Feb. 29 in Doha.", "It lays out a path."]
        },
        {
            "Inflation rose 3.5 percent. Prices fell 2.1 percent in May.",
            ["Inflation rose 3.5 percent.", "Prices fell 2.1 percent in May."]
        },
        {
            "The agreement was reached in the U.S. The Taliban disputed it.",
            ["The agreement was reached in the U.S.", "The Taliban disputed it."]
        },
        {
            "It was signed by the U.S. Army and the Afghan forces.",
            ["It was signed by the U.S. Army and the Afghan forces."]
        },
        {
            "Dr. Jane Smith and Mr. Omar Khan met Gen. Miller at 9 a.m. Tuesday.",
            ["Dr. Jane Smith and Mr. Omar Khan met Gen. Miller at 9 a.m. Tuesday."]
        },
        {
            "The attack began at 3 a.m. The police arrived later.",
            ["The attack began at 3 a.m.", "The police arrived later."]
        },
        {
            "Shares of Apple Inc. rose. But Microsoft Corp. fell.",
            ["Shares of Apple Inc. rose.", "But Microsoft Corp. fell."]
        },
        {
            "Why now? Nobody knows! Officials said nothing.",
            ["Why now?", "Nobody knows!", "Officials said nothing."]
        },
        {
            "\"Why now?\" asked one official.",
            ["\"Why now?\" asked one official."]
        },
        {
            "He paused... Then he left.",
            ["He paused...", "Then he left."]
        },
        {
            "They seized rifles, drones etc. and left.",
            ["They seized rifles, drones etc. and left."]
        },
        {
            "The vote was 97-1. (Sen. Paul objected.) Then the House voted.",
            ["The vote was 97-1.", "(Sen. Paul objected.)", "Then the House voted."]
        },
        {
            "He said it was over.” he added, and left.",
            ["He said it was over.” he added, and left."]
        },
        {
            "\"Why now?\" Smith asked. The minister left.",
            ["\"Why now?\" Smith asked.", "The minister left."]
        },
        {
            "“Get out!” Police Chief Ramos shouted at the crowd.",
            ["“Get out!” Police Chief Ramos shouted at the crowd."]
        },
        {
            "\"Is it over?\" The question hung in the air.",
            ["\"Is it over?\"", "The question hung in the air."]
        },
        {
            "He lives on Main St. The house is old.",
            ["He lives on Main St.", "The house is old."]
        },
        {
            "They visited St. Louis on Monday.",
            ["They visited St. Louis on Monday."]
        },
        {
            "The award went to John Smith Sr. He accepted it.",
            ["The award went to John Smith Sr.", "He accepted it."]
        },
        {
            "“This is a disgusting day,” said Rep. G.K. Butterfield (D-N.C.), head of the caucus. Sen. Tim Kaine (D-Va.) agreed.",
            ["“This is a disgusting day,” said Rep. G.K. Butterfield (D-N.C.), head of the caucus.", "Sen. Tim Kaine (D-Va.) agreed."]
        },
        {
            "A headline without a period",
            ["A headline without a period"]
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Splits_news_sentences(string text, string[] expected)
    {
        Sentences(text).Should().Equal(expected);
    }

    [Fact]
    public void A_paragraph_end_always_ends_a_sentence()
    {
        const string text = "The talks began with Mr.\n\nSmith and Col.\n\nJones said";
        Sentences(text).Should().Equal("The talks began with Mr.", "Smith and Col.", "Jones said");
    }

    [Fact]
    public void Sentences_know_their_paragraph_and_tokens()
    {
        const string text = "One. Two.\n\nThree.";
        var document = TextAnalyzer.Analyze(text);
        document.Sentences.Select(s => s.Paragraph).Should().Equal(0, 0, 1);
        document.Sentences.Select(s => s.TokenCount).Should().Equal(2, 2, 2);
        document.Paragraphs[0].SentenceCount.Should().Be(2);
        document.Paragraphs[1].FirstSentence.Should().Be(2);
        document.SentenceOf(3).Should().Be(1);
        document.SentenceOf(4).Should().Be(2);
    }
}
