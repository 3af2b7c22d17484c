namespace ClaimX.Core.Claims;

/// <summary>
/// One attributed claim, as written to every output format. Property names map to the fixed output field names
/// (snake_case): see README "Output fields".
/// </summary>
public sealed record Claim
{
    /// <summary>The input path as given, "-" for standard input.</summary>
    public required string Article { get; init; }

    public string? Source { get; init; }

    /// <summary>The reference date used for this article (ISO yyyy-MM-dd), or null.</summary>
    public string? ArticleDate { get; init; }

    /// <summary>Stable across runs: article plus 1-based ordinal ("samples/a.txt#3").</summary>
    public required string Id { get; init; }

    /// <summary>direct | indirect | mixed (see <see cref="ClaimKinds"/>).</summary>
    public required string Kind { get; init; }

    /// <summary>Canonical speaker within the article: fullest name, titles removed, or the body / description.</summary>
    public string? Speaker { get; init; }

    /// <summary>The words the cue attaches to, as written ("he", "Col. Ines Duarte").</summary>
    public string? SpeakerMention { get; init; }

    public int? SpeakerStart { get; init; }

    public int? SpeakerEnd { get; init; }

    /// <summary>Title or description of the speaker ("U.S. military spokesman").</summary>
    public string? SpeakerRole { get; init; }

    /// <summary>The reporting cue as written ("said", "told", "according to").</summary>
    public string? Cue { get; init; }

    /// <summary>The cue's lemma ("say" for "said"), for comparing cues.</summary>
    public string? CueLemma { get; init; }

    /// <summary>The claim's content; for a direct quote the words inside the marks.</summary>
    public required string Quote { get; init; }

    public required int Start { get; init; }

    public required int End { get; init; }

    /// <summary>1-based paragraph of <see cref="Start"/>.</summary>
    public required int Paragraph { get; init; }

    public IReadOnlyList<Figure> Figures { get; init; } = [];

    public IReadOnlyList<DateMention> Dates { get; init; } = [];

    /// <summary>ISO date the statement was made on when a date modifies the cue ("said Tuesday"), else null.</summary>
    public string? SaidOn { get; init; }
}

public static class ClaimKinds
{
    public const string Direct = "direct";
    public const string Indirect = "indirect";
    public const string Mixed = "mixed";
}
