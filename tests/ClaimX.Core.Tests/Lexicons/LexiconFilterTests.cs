using ClaimX.Core.Lexicons;
using FluentAssertions;

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
    public void Every_pair_of_characters_equal_ignoring_case_gets_the_same_answer_in_every_probed_place()
    {
        // All of the Basic Multilingual Plane, bucketed by OrdinalIgnoreCase's own hash: within a bucket, every pair
        // the comparer calls equal must pass a filter built from the other, as first, second and last character.
        var buckets = new Dictionary<int, List<char>>();
        for (int code = 0; code <= 0xFFFF; code++)
        {
            char c = (char)code;
            if (char.IsSurrogate(c))
            {
                continue;
            }
            int hash = StringComparer.OrdinalIgnoreCase.GetHashCode(c.ToString());
            if (!buckets.TryGetValue(hash, out var list))
            {
                buckets[hash] = list = [];
            }
            list.Add(c);
        }
        int pairs = 0;
        foreach (var list in buckets.Values)
        {
            foreach (char x in list)
            {
                foreach (char y in list)
                {
                    if (x == y || !string.Equals(x.ToString(), y.ToString(), StringComparison.OrdinalIgnoreCase))
                    {
                        continue;
                    }
                    pairs++;
                    string[] entries = [$"{x}", $"q{x}", $"{x}qq{x}"];
                    string[] words = [$"{y}", $"Q{y}", $"{y}QQ{y}"];
                    for (int i = 0; i < entries.Length; i++)
                    {
                        new LexiconFilter([entries[i]]).MayContain(words[i]).Should().BeTrue($"U+{(int)x:X4} and U+{(int)y:X4} are equal ignoring case");
                    }
                }
            }
        }
        pairs.Should().BeGreaterThan(1000, "the whole plane has well over a thousand case pairs");
    }

    [Fact]
    public void Words_with_surrogates_are_never_turned_away()
    {
        // Deseret capital and small long I: a case pair outside the Basic Multilingual Plane.
        const string capital = "\U00010400bc", small = "\U00010428BC";
        new WordSet([capital]).Contains(small).Should().Be(string.Equals(capital, small, StringComparison.OrdinalIgnoreCase));
        new WordSet([capital]).Contains(capital).Should().BeTrue();
        // An entry the filter cannot key lets every word through to the real look-up.
        new LexiconFilter(["said", "\U00010400"]).MayContain("zzz").Should().BeTrue();
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
