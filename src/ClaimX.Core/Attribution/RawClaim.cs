using ClaimX.Core.Text;

namespace ClaimX.Core.Attribution;

/// <summary>A claim as the finders produce it, before its speaker mention is resolved to a canonical speaker.</summary>
internal sealed record RawClaim(string Kind, TextSpan Content, Cue? Cue, SpeakerMention? Mention);
