using ClaimX.Core.Text;

namespace ClaimX.Core.Tests.Text;

internal static class TextTestHelpers
{
    public static string[] Words(string text) =>
        Tokenizer.Tokenize(text).Select(t => text.Substring(t.Start, t.Length)).ToArray();

    public static TokenData Single(string text, string token)
    {
        var tokens = Tokenizer.Tokenize(text);
        var matches = tokens.Where(t => text.AsSpan(t.Start, t.Length).SequenceEqual(token)).ToArray();
        matches.Should().HaveCount(1, $"'{token}' should be one token of «{text}»; tokens: {string.Join(" | ", Words(text))}");
        return matches[0];
    }

    public static string[] Sentences(string text)
    {
        var document = TextAnalyzer.Analyze(text);
        return document.Sentences.Select(s => text[s.Span.Start..s.Span.End]).ToArray();
    }

    public static string[] Contents(TextDocument document) =>
        document.Quotations.Select(q => document.Text[q.Content.Start..q.Content.End]).ToArray();
}
