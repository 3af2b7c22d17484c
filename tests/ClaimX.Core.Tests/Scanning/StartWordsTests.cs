using ClaimX.Core.Scanning;
using ClaimX.Core.Text;
using FluentAssertions;

namespace ClaimX.Core.Tests.Scanning;

/// <summary>
/// The start-word gate in front of the date rules and the number reader must let through every word either can
/// begin with, or a figure or a date would silently be lost.
/// </summary>
public class StartWordsTests
{
    public static TheoryData<string> LexiconWords()
    {
        var data = new TheoryData<string>();
        foreach (var word in ScanLexicons.NumberWords.Keys.Concat(ScanLexicons.Ordinals.Keys).Concat(ScanLexicons.Months.Keys)
                     .Concat(ScanLexicons.Weekdays.Keys).Concat(ScanLexicons.RelativeDays.Keys))
        {
            data.Add(word);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(LexiconWords))]
    public void Every_number_and_date_word_can_start_in_any_case(string word)
    {
        StartWords.CanStart(word).Should().BeTrue();
        StartWords.CanStart(word.ToUpperInvariant()).Should().BeTrue();
        // The hash filter the scan tokenizer asks of words of ASCII letters never rules one out.
        foreach (var form in new[] { word, word.ToUpperInvariant(), char.ToUpperInvariant(word[0]) + word[1..] }.Where(f => f.All(char.IsAsciiLetter)))
        {
            StartWords.MayStart(ClaimX.Core.Text.TextHash.Lower(form)).Should().BeTrue(form);
        }
    }

    [Fact]
    public void The_hash_filter_rules_out_only_words_that_cannot_start_and_most_that_cannot()
    {
        var random = new Random(7);
        int ruledOut = 0, words = 0;
        foreach (var word in Enumerable.Range(0, 20_000).Select(_ => new string(Enumerable.Range(0, random.Next(1, 10)).Select(_ => "aeinorstlhdTHSuwyfv"[random.Next(19)]).ToArray()))
                     .Concat(["the", "said", "officials", "hundreds", "Hundreds", "LAST", "one", "ones"]))
        {
            words++;
            if (!StartWords.MayStart(ClaimX.Core.Text.TextHash.Lower(word)))
            {
                ruledOut++;
                StartWords.CanStart(word).Should().BeFalse(word);
            }
        }
        ruledOut.Should().BeGreaterThan(words * 9 / 10);
    }

    [Theory]
    [InlineData("a")]
    [InlineData("An")]
    [InlineData("hundreds")]
    [InlineData("Dozens")]
    [InlineData("millions")]
    [InlineData("last")]
    [InlineData("overnight")]
    public void Articles_plural_magnitudes_and_rule_keywords_can_start(string word) => StartWords.CanStart(word).Should().BeTrue();

    [Theory]
    [InlineData("the")]
    [InlineData("said")]
    [InlineData("minister")]
    [InlineData("Geneva")]
    public void Ordinary_words_cannot_start(string word) => StartWords.CanStart(word).Should().BeFalse();

    [Fact]
    public void A_plural_number_word_of_four_letters_or_more_can_start_and_others_are_not_plurals()
    {
        // The rule: a word of four letters or more ending in 's' or 'S' whose stem is a number word.
        static bool Rule(string word) => word.Length >= 4 && word[^1] is 's' or 'S' && ScanLexicons.NumberWords.Contains(word.AsSpan(0, word.Length - 1));
        var listed = ScanLexicons.NumberWords.Keys.Concat(ScanLexicons.Ordinals.Keys).Concat(ScanLexicons.Months.Keys)
            .Concat(ScanLexicons.Weekdays.Keys).Concat(ScanLexicons.RelativeDays.Keys)
            .Concat(["a", "an", "one", "last", "this", "next", "previous", "current", "coming", "past", "overnight"])
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var words = ScanLexicons.NumberWords.Keys
            .SelectMany(w => new[] { w + "s", w + "S", w.ToUpperInvariant() + "s", w + "es", w[..^1] + "s", "x" + w + "s" })
            .Where(w => !listed.Contains(w))
            .ToList();

        words.Where(w => StartWords.CanStart(w) != Rule(w)).Should().BeEmpty();
        words.Where(Rule).Should().NotBeEmpty();
    }

    [Fact]
    public void The_answer_computed_per_document_token_equals_the_plain_answer_in_every_context()
    {
        // The last line is longer than a scan window reaches, so its windows are tokenized on their own.
        string longLine = string.Concat(Enumerable.Repeat("A dozen officials said on Monday that two hundred more would come. ", 40));
        string text = "Officials said a dozen people were hurt.\nTwo hundred more were evacuated on Monday, the third day.\n" + longLine;
        int tail = text.Length - longLine.Length;
        foreach (var range in new[] { new TextSpan(0, 10), new TextSpan(41, 98), new TextSpan(0, 98), new TextSpan(tail + 1400, tail + 1500) })
        {
            var context = ScanContext.Create(text, range);
            for (int i = 0; i < context.Count; i++)
            {
                bool word = context.Kind(i) == ScanTokenKind.Word;
                context.MayStartDateOrNumber(i).Should().Be(word && StartWords.CanStart(context.Span(i)), context.Span(i).ToString());
            }
        }
    }
}
