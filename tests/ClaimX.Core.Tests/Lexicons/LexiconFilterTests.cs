using ClaimX.Core.Lexicons;
using FluentAssertions;
using FsCheck;
using FsCheck.Fluent;

namespace ClaimX.Core.Tests.Lexicons;

/// <summary>
/// The filter in front of every lexicon look-up may let a word through that is not there, but must never turn
/// away one that is, in any casing OrdinalIgnoreCase accepts.
/// </summary>
public class LexiconFilterTests
{
    private static readonly string[] Entries = ["said", "Secretary of State", "according to", "Ms.", "élysée", "x", "ÆON", "naïve"];

    [Fact]
    public void Every_entry_passes_in_any_case()
    {
        var filter = new LexiconFilter(Entries);
        foreach (var entry in Entries)
        {
            filter.MayContain(entry).Should().BeTrue(entry);
            filter.MayContain(entry.ToUpperInvariant()).Should().BeTrue(entry.ToUpperInvariant());
            filter.MayContain(entry.ToLowerInvariant()).Should().BeTrue(entry.ToLowerInvariant());
        }
    }

    [Fact]
    public void Most_other_words_are_ruled_out()
    {
        var filter = new LexiconFilter(Entries);
        string[] others = ["the", "minister", "told", "reporters", "on", "Tuesday", "that", "talks", "would", "resume", "soon", "in", "Geneva"];
        others.Count(w => filter.MayContain(w)).Should().BeLessThan(3, "a filter that lets everything through saves nothing");
    }

    [Fact]
    public void A_word_equal_ignoring_case_to_an_entry_always_passes()
    {
        var letters = Gen.Elements("aAbBeEéÉıIiİsSſkKK ñÑ.'-1".ToCharArray());
        var words = letters.ArrayOf().Where(a => a.Length > 0).Select(a => new string(a));
        Prop.ForAll(words.ArrayOf().ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), (entries, upper) =>
        {
            var filter = new LexiconFilter(entries);
            var set = new HashSet<string>(entries, StringComparer.OrdinalIgnoreCase);
            return entries.All(e =>
            {
                string variant = upper ? e.ToUpperInvariant() : e.ToLowerInvariant();
                return !set.Contains(variant) || filter.MayContain(variant);
            });
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    [Fact]
    public void Word_sets_answer_the_same_with_the_filter_in_front()
    {
        var set = new WordSet(Entries);
        set.Contains("SAID").Should().BeTrue();
        set.Contains("secretary of state").Should().BeTrue();
        set.Contains("ÉLYSÉE").Should().BeTrue();
        set.Contains("saidx").Should().BeFalse();
        set.MaxWordsStartingWith("Secretary").Should().Be(3);
        set.MaxWordsEndingWith("STATE").Should().Be(3);
        set.MaxWordsStartingWith("State").Should().Be(0);
    }
}
