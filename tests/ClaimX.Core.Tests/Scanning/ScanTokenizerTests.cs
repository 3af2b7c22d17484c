using ClaimX.Core.Scanning;
using ClaimX.Core.Tests.Support;
using ClaimX.Core.Text;
using FsCheck;
using FsCheck.Fluent;

namespace ClaimX.Core.Tests.Scanning;

public class ScanTokenizerTests
{
    // Characters the scan tokenizer treats specially, ASCII and not, plus any UTF-16 code unit.
    private static readonly char[] Interesting =
    [
        'a', 'Z', 's', 'S', 'é', 'ß', 'Ж', '0', '9', '٣', '５', ',', '.', '\'', '\u2019', '\u2018', '-', '$', '%',
        ' ', '\t', '\n', '\r', '\u000B', '\u001F', '\u0085', '\u00A0', '\u2028', '\u200B', '\uD83D', '\uDE00',
    ];

    private static Arbitrary<string> MixedText() =>
        Gen.OneOf(Gen.Elements(Interesting), Gen.Choose(0, 0x7F).Select(i => (char)i), Gen.Choose(0, 0xFFFF).Select(i => (char)i))
            .ArrayOf().Select(chars => new string(chars)).ToArbitrary();

    [Fact]
    public void Character_classes_equal_the_general_unicode_calls_for_every_code_unit()
    {
        for (int i = 0; i <= char.MaxValue; i++)
        {
            char c = (char)i;
            ScanTokenizer.IsSpace(c).Should().Be(char.IsWhiteSpace(c), "U+{0:X4}", i);
            ScanTokenizer.IsDigit(c).Should().Be(char.IsDigit(c), "U+{0:X4}", i);
            ScanTokenizer.IsLetter(c).Should().Be(char.IsLetter(c), "U+{0:X4}", i);
        }
    }

    [Fact]
    public void Tokens_equal_the_general_path_for_random_text_and_windows()
    {
        Prop.ForAll(MixedText(), Gen.Choose(0, 1000).ToArbitrary(), Gen.Choose(0, 1000).ToArbitrary(), (text, a, b) =>
        {
            int start = Math.Min(a, b) % (text.Length + 1);
            int end = Math.Clamp(Math.Max(a, b), start, text.Length);
            return ScanTokenizer.Tokenize(text, start, end).SequenceEqual(GeneralTokenize(text, start, end))
                && ScanTokenizer.Tokenize(text, 0, text.Length).SequenceEqual(GeneralTokenize(text, 0, text.Length));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Words_taken_from_the_analysers_tokens_equal_the_words_read_from_the_characters()
    {
        // A document's scan tokens take each word of ASCII letters from the text analyser's token when no letter or
        // apostrophe follows it: the tokens must be those a reading of every character gives, in any window.
        var texts = Gen.OneOf(NewsLikeText.Generator, MixedText().Generator).ToArbitrary();
        Prop.ForAll(texts, Gen.Choose(0, 1000).ToArbitrary(), Gen.Choose(0, 1000).ToArbitrary(), (text, a, b) =>
        {
            int start = Math.Min(a, b) % (text.Length + 1);
            int end = Math.Clamp(Math.Max(a, b), start, text.Length);
            var analysed = TextAnalyzer.Analyze(text).TokenSpan.ToArray();
            return WithAnalysed(text, 0, text.Length, analysed).SequenceEqual(ScanTokenizer.Tokenize(text, 0, text.Length))
                && WithAnalysed(text, start, end, analysed).SequenceEqual(ScanTokenizer.Tokenize(text, start, end));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(2_000));
        foreach (var text in SampleArticles.Texts)
        {
            WithAnalysed(text, 0, text.Length, TextAnalyzer.Analyze(text).TokenSpan.ToArray()).Should().Equal(ScanTokenizer.Tokenize(text, 0, text.Length));
        }

        static ScanToken[] WithAnalysed(string text, int start, int end, TokenData[] analysed)
        {
            var buffer = new ScanToken[4];
            sbyte[]? starts = new sbyte[2];
            int count = ScanTokenizer.TokenizeInto(text, start, end, ref buffer, analysed, ref starts);
            // A token ruled out as a start must be one no date or number can start at.
            for (int t = 0; t < count; t++)
            {
                starts![t].Should().BeOneOf(new sbyte[] { -1, 0 });
                if (starts[t] < 0)
                {
                    buffer[t].Kind.Should().Be(ScanTokenKind.Word);
                    StartWords.CanStart(text.AsSpan(buffer[t].Start, buffer[t].End - buffer[t].Start)).Should().BeFalse();
                }
            }
            return buffer[..count];
        }
    }

    [Fact]
    public void Splits_numbers_words_possessives_and_symbols()
    {
        const string text = "The bank's 5,000 F-16s didn't cost 4,5 or 3.5bn";
        var tokens = ScanTokenizer.Tokenize(text, 0, text.Length);
        tokens.Select(t => text[t.Start..t.End]).Should().Equal(
            "The", "bank", "'", "s", "5,000", "F", "-", "16", "s", "didn't", "cost", "4", ",", "5", "or", "3.5", "bn");
        tokens[4].Kind.Should().Be(ScanTokenKind.Number);
        tokens[2].Kind.Should().Be(ScanTokenKind.Symbol);
    }

    [Fact]
    public void A_document_longer_than_the_reused_buffer_keeps_every_token()
    {
        string text = string.Concat(Enumerable.Repeat("word 12 ", 2000));
        var tokens = ScanTokenizer.Tokenize(text, 0, text.Length);
        tokens.Should().HaveCount(4000);
        tokens[^1].Should().Be(new ScanToken(text.Length - 3, text.Length - 1, ScanTokenKind.Number));
    }

    // The tokenizer as first written with the general char.IsX calls, kept as the reference the fast paths must equal.
    private static List<ScanToken> GeneralTokenize(string text, int start, int end)
    {
        var tokens = new List<ScanToken>();
        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            int tokenStart = i;
            if (char.IsDigit(c))
            {
                i++;
                while (i < end)
                {
                    if (char.IsDigit(text[i]))
                    {
                        i++;
                    }
                    else if ((text[i] == ',' || text[i] == '.') && i + 1 < end && char.IsDigit(text[i + 1])
                             && (text[i] == '.' || DigitRun(text, i + 1, end) == 3))
                    {
                        i++;
                    }
                    else
                    {
                        break;
                    }
                }
                tokens.Add(new ScanToken(tokenStart, i, ScanTokenKind.Number));
            }
            else if (char.IsLetter(c))
            {
                i++;
                while (i < end)
                {
                    if (char.IsLetter(text[i]))
                    {
                        i++;
                    }
                    else if ((text[i] == '\'' || text[i] == '\u2019') && i + 1 < end && char.IsLetter(text[i + 1]) && char.IsLetter(text[i - 1])
                             && !(text[i + 1] is 's' or 'S' && (i + 2 >= end || !char.IsLetter(text[i + 2]))))
                    {
                        i++;
                    }
                    else
                    {
                        break;
                    }
                }
                tokens.Add(new ScanToken(tokenStart, i, ScanTokenKind.Word));
            }
            else
            {
                i += char.IsHighSurrogate(c) && i + 1 < end ? 2 : 1;
                tokens.Add(new ScanToken(tokenStart, i, ScanTokenKind.Symbol));
            }
        }
        return tokens;
    }

    private static int DigitRun(string text, int i, int end)
    {
        int n = 0;
        while (i < end && char.IsDigit(text[i]))
        {
            n++;
            i++;
        }
        return n;
    }
}
