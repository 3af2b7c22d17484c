using ClaimX.Core.Claims;
using ClaimX.Core.Eval;

namespace ClaimX.Core.Tests.Eval;

public class CorpusEvaluatorTests
{
    private const string Text = "Alpha beta gamma delta epsilon. Zeta eta theta iota kappa. Lambda mu nu xi omicron. Pi rho sigma tau upsilon.";

    private static GoldClaim Gold(string content, string speaker, bool optional = false, double[]? figures = null, string[]? dates = null)
    {
        int start = Text.IndexOf(content, StringComparison.Ordinal);
        return new GoldClaim
        {
            Speaker = speaker,
            Aliases = [speaker.Split(' ')[^1]],
            Content = content,
            Start = start,
            End = start + content.Length,
            Optional = optional,
            Figures = figures ?? [],
            Dates = dates ?? [],
        };
    }

    private static Claim Predicted(string content, string? speaker, string? mention = null, IReadOnlyList<Figure>? figures = null, IReadOnlyList<DateMention>? dates = null)
    {
        int start = Text.IndexOf(content, StringComparison.Ordinal);
        return new Claim
        {
            Article = "a.txt",
            Id = "a.txt#1",
            Kind = ClaimKinds.Indirect,
            Speaker = speaker,
            SpeakerMention = mention,
            Quote = content,
            Start = start,
            End = start + content.Length,
            Paragraph = 1,
            Figures = figures ?? [],
            Dates = dates ?? [],
        };
    }

    [Fact]
    public void Half_the_words_find_a_claim_and_outside_words_make_an_extra()
    {
        var gold = new GoldArticle
        {
            Article = "a.txt",
            Claims = [Gold("Alpha beta gamma delta", "Ann Lee"), Gold("Zeta eta theta iota kappa", "Bob Ray"), Gold("Lambda mu nu xi", "Cy Po", optional: true)],
        };
        var evaluator = new CorpusEvaluator("test");
        evaluator.Add(gold, Text,
        [
            Predicted("Alpha beta", "Ann Lee"),              // 2 of 4 words: found; all its words in gold: correct
            Predicted("Zeta eta", "Lee"),                    // 2 of 5 words: not found; correct as a prediction
            Predicted("Lambda mu nu", "Cy Po"),              // inside an optional claim: not counted
            Predicted("Pi rho sigma tau", null),             // outside every gold: extra
        ]);
        var result = evaluator.Result();
        var s = result.Summary;
        s.GoldClaims.Should().Be(2);
        s.OptionalGoldClaims.Should().Be(1);
        s.Found.Should().Be(1);
        s.Recall.Should().Be(0.5);
        s.CountedPredictions.Should().Be(3);
        s.Correct.Should().Be(2);
        s.Precision.Should().BeApproximately(2.0 / 3, 1e-9);
        s.F1.Should().BeApproximately(2 * (2.0 / 3) * 0.5 / (2.0 / 3 + 0.5), 1e-9);
        s.SpeakerAccuracy.Should().Be(1);
        result.Errors.Select(e => e.Kind).Should().BeEquivalentTo([EvalErrorKind.Missed, EvalErrorKind.Extra]);
    }

    [Fact]
    public void Wrong_speaker_is_an_error_and_lowers_end_to_end()
    {
        var gold = new GoldArticle { Article = "a.txt", Claims = [Gold("Alpha beta gamma delta", "Ann Lee")] };
        var evaluator = new CorpusEvaluator("test");
        evaluator.Add(gold, Text, [Predicted("Alpha beta gamma delta", "Bob Ray", "he")]);
        var s = evaluator.Result().Summary;
        s.F1.Should().Be(1);
        s.SpeakerAccuracy.Should().Be(0);
        s.EndToEndF1.Should().Be(0);
        evaluator.Result().Errors.Should().ContainSingle(e => e.Kind == EvalErrorKind.WrongSpeaker && e.PredictedMention == "he");
    }

    [Fact]
    public void Mention_matching_an_alias_is_the_right_speaker()
    {
        var gold = new GoldArticle { Article = "a.txt", Claims = [Gold("Alpha beta gamma delta", "Ann Lee")] };
        var evaluator = new CorpusEvaluator("test");
        evaluator.Add(gold, Text, [Predicted("Alpha beta gamma delta", "Someone Else", "LEE")]);
        evaluator.Result().Summary.SpeakerAccuracy.Should().Be(1);
    }

    [Fact]
    public void One_prediction_covering_two_adjacent_gold_claims_finds_both()
    {
        var gold = new GoldArticle { Article = "a.txt", Claims = [Gold("Alpha beta gamma delta epsilon", "Ann Lee"), Gold("Zeta eta theta iota kappa", "Ann Lee")] };
        var evaluator = new CorpusEvaluator("test");
        evaluator.Add(gold, Text, [Predicted("Alpha beta gamma delta epsilon. Zeta eta theta iota kappa", "Ann Lee")]);
        var s = evaluator.Result().Summary;
        s.Found.Should().Be(2);
        s.Precision.Should().Be(1);
    }

    [Fact]
    public void Figures_and_dates_count_values_inside_the_gold_content()
    {
        var gold = new GoldArticle
        {
            Article = "a.txt",
            Claims = [Gold("Alpha beta gamma delta", "Ann Lee", figures: [4, 11], dates: ["2020-03-04"])],
        };
        int at = Text.IndexOf("beta", StringComparison.Ordinal);
        int outside = Text.IndexOf("Pi", StringComparison.Ordinal);
        var evaluator = new CorpusEvaluator("test");
        evaluator.Add(gold, Text,
        [
            Predicted("Alpha beta gamma delta", "Ann Lee",
                figures: [new Figure("four", 4, null, null, at, at + 4), new Figure("7", 7, null, null, at, at + 4), new Figure("11", 11, null, null, outside, outside + 2)],
                dates: [new DateMention("Wednesday", "2020-03-04", DateKinds.Date, at, at + 4), new DateMention("11 days", "P11D", DateKinds.Duration, at, at + 4)]),
        ]);
        var s = evaluator.Result().Summary;
        // Figures: 4 right, 7 wrong, 11 outside the content is not counted: P 1/2, R 1/2.
        s.FiguresF1.Should().BeApproximately(0.5, 1e-9);
        s.DatesF1.Should().Be(1);
    }

    [Fact]
    public void Unannotated_figures_and_dates_are_reported_as_absent()
    {
        var gold = new GoldArticle { Article = "a.txt", Claims = [Gold("Alpha beta gamma delta", "Ann Lee")] };
        var evaluator = new CorpusEvaluator("test");
        evaluator.Add(gold, Text, []);
        evaluator.Result().Summary.FiguresF1.Should().BeNull();
        evaluator.Result().Summary.DatesF1.Should().BeNull();
    }

    [Fact]
    public void Gold_claims_without_content_are_skipped()
    {
        var gold = new GoldArticle { Article = "a.txt", Claims = [new GoldClaim { Speaker = "X", Content = "", Start = 20, End = 10 }] };
        var evaluator = new CorpusEvaluator("test");
        evaluator.Add(gold, Text, []);
        var s = evaluator.Result().Summary;
        s.GoldClaims.Should().Be(0);
        s.SkippedGoldClaims.Should().Be(1);
    }

    [Fact]
    public void Gold_offsets_in_code_points_are_mapped_past_emoji()
    {
        const string text = "Wow \U0001F600 then the mayor spoke about the bridge today";
        // In code points the emoji is one character, so "the mayor" starts one unit earlier than in UTF-16.
        int utf16 = text.IndexOf("the mayor", StringComparison.Ordinal);
        var gold = new GoldArticle
        {
            Article = "e.txt",
            Claims = [new GoldClaim { Speaker = "X", Content = "the mayor spoke about the bridge", Start = utf16 - 1, End = utf16 - 1 + 32 }],
        };
        var evaluator = new CorpusEvaluator("test");
        evaluator.Add(gold, text,
        [
            new Claim { Article = "e.txt", Id = "e#1", Kind = ClaimKinds.Direct, Speaker = "X", Quote = "", Start = utf16, End = utf16 + 32, Paragraph = 1 },
        ]);
        evaluator.Result().Summary.Found.Should().Be(1);
    }
}
