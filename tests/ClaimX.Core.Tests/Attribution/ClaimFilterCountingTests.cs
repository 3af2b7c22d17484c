using ClaimX.Core.Attribution;
using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;

namespace ClaimX.Core.Tests.Attribution;

/// <summary>The vectorised case count and the bounded word count agree with the plain one-by-one counts.</summary>
public class ClaimFilterCountingTests
{
    private static (int Upper, int Lower) Plain(string text) => (text.Count(char.IsUpper), text.Count(c => !char.IsUpper(c) && char.IsLower(c)));

    [Theory]
    [InlineData("")]
    [InlineData("BREAKING NEWS: MINISTER RESIGNS")]
    [InlineData("The minister said on Tuesday that talks would resume.")]
    [InlineData("ÉLYSÉE PALACE SAYS ÇA VA; straße, İstanbul, ΑΘΗΝΑ and 東京 and 😀 TOO")]
    public void Case_counts_equal_the_plain_count(string text)
    {
        ClaimFilter.CountCase(text).Should().Be(Plain(text));
    }

    [Fact]
    public void Case_counts_equal_the_plain_count_for_any_text()
    {
        var chars = Gen.Elements("aZzA@[`{ \n.ÉéßΣσ東😀\u00B5\u0130".ToCharArray());
        Prop.ForAll(chars.ArrayOf().Select(a => new string(a)).ToArbitrary(), text => ClaimFilter.CountCase(text) == Plain(text))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(500));
    }

    [Fact]
    public void Case_counts_are_exact_at_the_edges_of_the_letter_ranges()
    {
        // Long ASCII runs go through the vector path; the characters next to A-Z and a-z must not count, and one
        // non-ASCII character anywhere must not lose the letters around it.
        var ascii = Gen.Elements("@AZ[`az{ .09".ToCharArray());
        var texts =
            from run in ascii.ArrayOf()
            from tail in ascii.ArrayOf()
            from other in Gen.Elements('É', 'é', 'ß', 'Σ', '東', '\u0130')
            from at in Gen.Choose(0, 200)
            let chars = run.Concat(Enumerable.Repeat('a', 40)).Concat(tail).ToList()
            select new string([.. chars.Take(Math.Min(at, chars.Count)), other, .. chars.Skip(Math.Min(at, chars.Count))]);
        Prop.ForAll(texts.ToArbitrary(), text => ClaimFilter.CountCase(text) == Plain(text))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(500));
        var pure = ascii.ArrayOf().Where(a => a.Length >= 16).Select(a => new string(a));
        Prop.ForAll(pure.ToArbitrary(), text => ClaimFilter.CountCase(text) == Plain(text))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(500));
        ClaimFilter.CountCase(new string('@', 40) + new string('[', 40) + new string('`', 40) + new string('{', 40)).Should().Be((0, 0));
    }

    [Fact]
    public void The_all_caps_test_that_stops_early_answers_as_the_full_count_does()
    {
        // Mostly capitals with lower-case runs of any length anywhere, so that the early stop meets texts that
        // stay all capitals only just, and texts that turn just too lower-case late.
        var texts =
            from capitals in Gen.Choose(0, 300)
            from lowers in Gen.Choose(0, 60)
            from at in Gen.Choose(0, 300)
            from spaces in Gen.Choose(0, 100)
            let body = new string('Q', capitals) + new string(' ', spaces)
            select body.Insert(Math.Min(at, body.Length), new string('q', lowers));
        Prop.ForAll(texts.ToArbitrary(), text =>
        {
            var (upper, lower) = Plain(text);
            return ClaimFilter.IsAllCaps(text) == (upper >= 8 && lower * 10 < upper);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(2000));
    }

    [Fact]
    public void An_all_caps_line_is_told_from_a_sentence()
    {
        ClaimFilter.IsAllCaps("WATCH: THE FULL INTERVIEW WITH THE MAYOR").Should().BeTrue();
        ClaimFilter.IsAllCaps("The mayor said the bridge would reopen in May.").Should().BeFalse();
    }

    [Fact]
    public void A_bounded_word_count_stops_at_its_bound_and_is_exact_below_it()
    {
        const string text = "Officials said the bridge, closed since March, would reopen within weeks.";
        int all = ClaimFilter.CountWords(text);
        all.Should().Be(11);
        ClaimFilter.CountWords(text, 3).Should().Be(3);
        ClaimFilter.CountWords(text, 50).Should().Be(all);
        ClaimFilter.CountWords("don't stop", 5).Should().Be(2);
    }
}
