using ClaimX.Core.Lexicons;

namespace ClaimX.Core.Attribution;

/// <summary>A reporting cue found in the text: its first and last clause token and its lexicon entry.</summary>
internal readonly record struct Cue(int First, int Last, CueEntry Entry);
