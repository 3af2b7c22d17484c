using ClaimX.Core.Dates;
using ClaimX.Core.Figures;
using ClaimX.Core.Text;
using FsCheck;
using FsCheck.Fluent;

namespace ClaimX.Core.Tests.Figures;

/// <summary>
/// Over random news-like text built from the pieces the scanners react to, every figure and date lies inside
/// the requested range, its text is the slice of its offsets, and nothing throws.
/// </summary>
public class FigureAndDatePropertyTests
{
    private static readonly string[] Pieces =
    [
        "4", "11", "5,000", "3.5", "2.5bn", "$", "£", "€", "%", "percent", "per", "cent", "million", "four", "twenty",
        "-", "five", "a", "dozen", "hundreds", "of", "at", "least", "nearly", "to", "between", "and", "1st", "third",
        "the", "March", "Feb", ".", "29", ",", "2020", "Wednesday", "last", "next", "week", "today", "overnight",
        "days", "hours", "ago", "will", "said", "fighters", "security", "forces", "COVID", "F", "16", "/", "9",
        "Route", "66", "\u201C", "\u201D", "\"", "(", ")", "\n", "10", "a.m.", ":", "30", "the past", "May", "Dec",
    ];

    private static Arbitrary<(string Text, int Start, int End)> Inputs()
    {
        var words = Gen.Elements(Pieces).ListOf().Select(parts => string.Join(" ", parts));
        return (from text in words
                from a in Gen.Choose(0, Math.Max(0, text.Length))
                from b in Gen.Choose(0, Math.Max(0, text.Length))
                select (text, Math.Min(a, b), Math.Max(a, b))).ToArbitrary();
    }

    [Fact]
    public void Passing_over_plain_lower_case_words_finds_the_figures_that_trying_every_token_finds()
    {
        // The scanner passes over lower-case words that start no number and have no currency sign glued after them;
        // with currency words and glued signs ("us$5", "Rs 500", "USD") among the pieces, it must find the same.
        string[] currencies = ["us$5", "US$5", "C$10", "rs", "Rs", "500", "usd", "USD", "dollars", "yen", "$"];
        var words = Gen.Elements(Pieces.Concat(currencies).ToArray()).ListOf().Select(parts => string.Join(" ", parts));
        Prop.ForAll(words.ToArbitrary(), text =>
        {
            if (text.Length == 0)
            {
                return true;
            }
            var range = new TextSpan(0, text.Length);
            return new FigureScanner(ClaimX.Core.Scanning.ScanContext.Create(text, range)).Scan()
                .SequenceEqual(new FigureScanner(ClaimX.Core.Scanning.ScanContext.Create(text, range)).ScanEveryToken());
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(2_000));
        foreach (var text in ClaimX.Core.Tests.Support.SampleArticles.Texts)
        {
            var range = new TextSpan(0, text.Length);
            new FigureScanner(ClaimX.Core.Scanning.ScanContext.Create(text, range)).Scan()
                .Should().Equal(new FigureScanner(ClaimX.Core.Scanning.ScanContext.Create(text, range)).ScanEveryToken());
        }
    }

    [Fact]
    public void Figures_stay_inside_the_range_and_match_their_offsets()
    {
        Prop.ForAll(Inputs(), input =>
        {
            var (text, start, end) = input;
            foreach (var figure in FigureExtractor.Extract(text, new TextSpan(start, end)))
            {
                if (figure.Start < start || figure.End > end || text[figure.Start..figure.End] != figure.Text)
                {
                    return false;
                }
            }
            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500));
    }

    [Fact]
    public void Dates_stay_inside_the_range_and_match_their_offsets()
    {
        Prop.ForAll(Inputs(), input =>
        {
            var (text, start, end) = input;
            foreach (var date in DateExtractor.Extract(text, new TextSpan(start, end), new DateOnly(2020, 3, 4)))
            {
                if (date.Start < start || date.End > end || text[date.Start..date.End] != date.Text || date.Value.Length == 0)
                {
                    return false;
                }
            }
            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500));
    }
}
