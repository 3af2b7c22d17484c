using ClaimX.Core.Attribution;
using ClaimX.Core.Lexicons;
using ClaimX.Core.Tests.Support;
using ClaimX.Core.Text;
using FsCheck;
using FsCheck.Fluent;

namespace ClaimX.Core.Tests.Attribution;

public class ClauseTokenizerTests
{
    [Fact]
    public void Character_classes_equal_the_general_unicode_calls_for_every_code_unit()
    {
        for (int i = 0; i <= char.MaxValue; i++)
        {
            char c = (char)i;
            ClauseTokenizer.IsWhiteSpace(c).Should().Be(char.IsWhiteSpace(c), "U+{0:X4}", i);
            ClauseTokenizer.IsLetterOrDigit(c).Should().Be(char.IsLetterOrDigit(c), "U+{0:X4}", i);
        }
    }

    [Fact]
    public void Joins_inner_marks_keeps_abbreviation_periods_and_classifies_marks()
    {
        const string text = "Sen. Smith (R-Fla.) said AT&T’s int'l unit earned $3.5bn -- a record – in Kabul.";
        var document = TextAnalyzer.Analyze(text);
        var tokens = ClauseTokenizer.Tokenize(document);
        tokens.Select(t => text[t.Start..t.End]).Should().Equal(
            "Sen.", "Smith", "(", "R-Fla.", ")", "said", "AT&T’s", "int'l", "unit", "earned", "$3.5bn", "--", "a", "record", "–", "in", "Kabul", ".");
        tokens[^1].Kind.Should().Be(ClauseTokenKind.Stop);
        tokens[11].Kind.Should().Be(ClauseTokenKind.Dash);
        tokens[14].Kind.Should().Be(ClauseTokenKind.Dash);
    }

    [Fact]
    public void A_closing_quote_mark_ends_the_word_before_it_and_a_long_text_keeps_every_token()
    {
        string text = "He said 'no' today. " + string.Concat(Enumerable.Repeat("word, ", 1500));
        var tokens = ClauseTokenizer.Tokenize(TextAnalyzer.Analyze(text));
        tokens.Take(7).Select(t => t.Kind).Should().Equal(
            ClauseTokenKind.Word, ClauseTokenKind.Word, ClauseTokenKind.QuoteOpen, ClauseTokenKind.Word, ClauseTokenKind.QuoteClose,
            ClauseTokenKind.Word, ClauseTokenKind.Stop);
        tokens.Should().HaveCount(7 + 3000);
    }

    [Fact]
    public void Words_taken_from_the_analysers_tokens_equal_the_words_read_from_the_characters()
    {
        // The tokenizer takes a word of ASCII letters from the text analyser's token when nothing after it could
        // join it to more: the tokens must be those a reading of every character gives.
        foreach (var text in SampleArticles.Texts)
        {
            var document = TextAnalyzer.Analyze(text);
            ClauseTokenizer.Tokenize(document).Should().Equal(ClauseTokenizer.TokenizeFromCharacters(document));
        }
        Prop.ForAll(NewsLikeText.Arbitrary(), Gen.Choose(0, 40).ToArbitrary(), (text, bodyStart) =>
        {
            var document = TextAnalyzer.Analyze(text, Math.Min(bodyStart, text.Length));
            return ClauseTokenizer.Tokenize(document).SequenceEqual(ClauseTokenizer.TokenizeFromCharacters(document));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(2_000));
    }

    [Fact]
    public void A_word_is_handed_on_with_its_hash_only_when_it_is_the_analysers_word_of_ascii_letters()
    {
        Prop.ForAll(NewsLikeText.Arbitrary(), text =>
        {
            var document = TextAnalyzer.Analyze(text);
            var buffers = ClauseTokenizer.TokenizeShared(document);
            var (tokens, count, pending) = (buffers.Tokens, buffers.Count, buffers.Pending);
            for (int t = 0; t < count; t++)
            {
                var word = text.AsSpan(tokens[t].Start, tokens[t].End - tokens[t].Start);
                bool analysersWord = tokens[t].IsWord && word.Length > 0 && Ascii(word)
                    && document.Tokens.Any(token => token.Start == tokens[t].Start && token.End == tokens[t].End);
                ulong expected = analysersWord ? WordFacts.Pending(TextHash.Lower(word.ToString())) : WordFacts.Unused;
                if (pending[t] != expected)
                {
                    return false;
                }
            }
            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(1_000));

        static bool Ascii(ReadOnlySpan<char> word)
        {
            foreach (char c in word)
            {
                if (!char.IsAsciiLetter(c)) return false;
            }
            return true;
        }
    }

    [Fact]
    public void The_noted_capitalised_words_and_cue_starts_are_every_word_the_document_passes_need()
    {
        // Names are looked for from the capitalised words and cues from the noted cue starts only: a word missing
        // from either list would lose a name or a cue. The cue starts may hold more words, never fewer.
        var texts = Gen.OneOf(NewsLikeText.Generator, Gen.Elements(SampleArticles.Texts.ToArray())).ToArbitrary();
        Prop.ForAll(texts, text =>
        {
            var view = new ClauseView(TextAnalyzer.Analyze(text));
            var capitalized = Enumerable.Range(0, view.Count).Where(view.IsCapitalized);
            var cueStarts = view.CueStartCandidates.ToArray();
            return view.CapitalizedWords.ToArray().SequenceEqual(capitalized)
                && cueStarts.SequenceEqual(cueStarts.Order().Distinct())
                // Against the lexicon itself: the view's own answer goes through the same filter as the list.
                && Enumerable.Range(0, view.Count).Where(t => view.IsWord(t) && CueLexicon.Default.MaxWordsStartingWith(view.Word(t)) > 0)
                    .All(t => cueStarts.Contains(t));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500));
    }
}
