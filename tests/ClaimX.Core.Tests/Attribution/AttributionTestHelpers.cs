using ClaimX.Core.Attribution;
using ClaimX.Core.Text;

namespace ClaimX.Core.Tests.Attribution;

internal static class AttributionTestHelpers
{
    public static IReadOnlyList<AttributedSpan> Extract(string text) => AttributionExtractor.Extract(TextAnalyzer.Analyze(text));

    /// <summary>The one claim whose content starts with <paramref name="contentStart"/>.</summary>
    public static AttributedSpan ClaimStarting(string text, string contentStart)
    {
        var spans = Extract(text);
        var matches = spans.Where(s => text.AsSpan(s.Content.Start, s.Content.Length).StartsWith(contentStart, StringComparison.Ordinal)).ToArray();
        matches.Should().HaveCount(1, $"one claim should start with «{contentStart}»; found: {Describe(text, spans)}");
        return matches[0];
    }

    public static string Content(string text, AttributedSpan span) => text[span.Content.Start..span.Content.End];

    public static string? Mention(string text, AttributedSpan span) => span.SpeakerMention is { } m ? text[m.Start..m.End] : null;

    public static string? Cue(string text, AttributedSpan span) => span.Cue is { } c ? text[c.Start..c.End] : null;

    public static string Describe(string text, IReadOnlyList<AttributedSpan> spans) =>
        spans.Count == 0 ? "(none)" : string.Join(" | ", spans.Select(s => $"{s.Kind} «{Content(text, s)}» by {s.Speaker} ({Mention(text, s)})"));
}
