using ClaimX.Core.Lexicons;
using ClaimX.Core.Text;

namespace ClaimX.Core.Attribution;

/// <summary>What the attribution stage finds before figures and dates are attached: content, cue and speaker.</summary>
public sealed record AttributedSpan(
    string Kind,
    TextSpan Content,
    TextSpan? Cue,
    string? CueLemma,
    TextSpan? SpeakerMention,
    string? Speaker,
    string? SpeakerRole)
{
    /// <summary>What kind of cue attributes the claim (speech, belief, intention, stance), so callers can weigh it.</summary>
    public CueClass? CueClass { get; init; }
}
