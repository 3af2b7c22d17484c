using ClaimX.Core.Text;
using FsCheck;
using FsCheck.Fluent;

namespace ClaimX.Core.Tests.Text;

public class TokenizerFastPathTests
{
    // Mostly ASCII letters of both cases, with characters that must send a word to the general path.
    private static Arbitrary<string> WordLike() =>
        Gen.OneOf(
                Gen.Choose('a', 'z').Select(i => (char)i),
                Gen.Choose('A', 'Z').Select(i => (char)i),
                Gen.Choose('A', 'Z').Select(i => (char)i),
                Gen.Elements('@', '[', '`', '{', '\'', '-', '.', '1', 'é', 'Ł', '\u2019', '\uFF41'),
                Gen.Choose(0, 0xFFFF).Select(i => (char)i))
            .ArrayOf().Select(chars => new string(chars)).ToArbitrary();

    private static Arbitrary<char> Terminator() =>
        Gen.Elements(' ', ',', ';', '!', '?', ')', ']', '"', '\n', '\r', '\t', '.', ':', '\'', '-', 'é').ToArbitrary();

    [Fact]
    public void A_word_with_sixteen_characters_ahead_tokenizes_as_on_the_general_path()
    {
        // With fewer than sixteen characters left the vector fast path cannot run, so the short text takes the
        // general path; with padding after it the same word may take the fast path. Both must agree in full.
        Prop.ForAll(WordLike(), Terminator(), (word, end) =>
        {
            string shortText = word + end;
            string longText = shortText + "                padding";
            var general = Tokenizer.Tokenize(shortText);
            var fast = Tokenizer.Tokenize(longText);
            // A first token that is no word, or that reaches the end of the short text, may rightly change with
            // what follows it; every other first token must come out the same.
            return general.Length == 0 || general[0].Kind != TokenKind.Word || general[0].End >= shortText.Length
                || fast[0].Equals(general[0]);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(2000));
    }

    [Theory]
    [InlineData("Kabul ")]
    [InlineData("NATO,")]
    [InlineData("a)")]
    [InlineData("Internationally;")]
    [InlineData("iPhone!")]
    public void Plain_words_keep_their_flags_and_hash_on_both_paths(string shortText)
    {
        var general = Tokenizer.Tokenize(shortText)[0];
        var fast = Tokenizer.Tokenize(shortText + "                padding")[0];
        fast.Should().Be(general);
        fast.LowerHash.Should().Be(TextHash.Lower(shortText.AsSpan(0, general.Length)));
    }

    [Fact]
    public void A_token_is_marked_ascii_letters_exactly_when_it_is_a_word_of_ascii_letters()
    {
        // Later stages take such a word's end and hash from the token without reading it: the mark must never be
        // missing from one, and never on anything else (a digit, an apostrophe, a kept period, a non-ASCII letter).
        var texts = Gen.OneOf(WordLike().Generator, ClaimX.Core.Tests.Support.NewsLikeText.Generator).ToArbitrary();
        Prop.ForAll(texts, text => Tokenizer.Tokenize(text).All(token =>
            ((token.Flags & TokenFlags.AsciiLetters) != 0)
                == (token.Kind == TokenKind.Word && AsciiLetters(text.AsSpan(token.Start, token.Length)))))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(3000));

        static bool AsciiLetters(ReadOnlySpan<char> word)
        {
            foreach (char c in word)
            {
                if (!char.IsAsciiLetter(c)) return false;
            }
            return word.Length > 0;
        }
    }
}
