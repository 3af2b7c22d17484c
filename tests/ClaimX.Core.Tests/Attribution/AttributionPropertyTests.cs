using ClaimX.Core.Attribution;
using ClaimX.Core.Text;
using FsCheck;
using FsCheck.Fluent;

namespace ClaimX.Core.Tests.Attribution;

/// <summary>Whatever the text, attribution returns well-formed spans: inside the text, in order, not overlapping.</summary>
public class AttributionPropertyTests
{
    // Attribution words and marks mixed with hostile characters, so that cue, quote and appositive paths all run.
    private static readonly string[] Pieces =
    [
        "The", "minister", "said", "told", "reporters", "according", "to", "Col.", "Mr.", "Ann", "Lee", "he", "she", "who",
        "that", "added", "saying", "officials", "the", "ministry", "of", "State", "Secretary", "and", "a", "spokesman",
        "was", "criticized", "by", "plans", "on", "Tuesday", "WALLACE", "(R-Ohio)", ",", ".", ":", ";", "―", " - ", "--",
        "\"", "“", "”", "'", "‘", "’", "''", "(", ")", " ", " ", " ", "\n", "\n\n", "\t", "\u00A0", "\uD83D\uDE00", "\uD83D",
    ];

    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(400);

    private static Arbitrary<string> Attributions() =>
        Gen.Elements(Pieces).ArrayOf().Select(parts => string.Join(' ', parts)).ToArbitrary();

    private static bool WellFormed(string text)
    {
        var spans = AttributionExtractor.Extract(TextAnalyzer.Analyze(text));
        int previousEnd = 0;
        foreach (var span in spans)
        {
            bool inside = span.Content.Start >= 0 && span.Content.End <= text.Length && !span.Content.IsEmpty;
            bool ordered = span.Content.Start >= previousEnd;
            bool mentionInside = span.SpeakerMention is not { } m || (m.Start >= 0 && m.End <= text.Length && !m.IsEmpty);
            bool cueInside = span.Cue is not { } c || (c.Start >= 0 && c.End <= text.Length);
            bool kind = span.Kind is "direct" or "indirect" or "mixed";
            if (!(inside && ordered && mentionInside && cueInside && kind))
            {
                return false;
            }
            previousEnd = span.Content.End;
        }
        return true;
    }

    [Fact]
    public void Claims_are_inside_the_text_ordered_and_disjoint() =>
        Prop.ForAll(Attributions(), WellFormed).Check(Config);

    [Fact]
    public void Arbitrary_characters_never_break_attribution() =>
        Prop.ForAll(Gen.Choose(0, 0xFFFF).Select(i => (char)i).ArrayOf().Select(chars => new string(chars)).ToArbitrary(), WellFormed).Check(Config);
}
