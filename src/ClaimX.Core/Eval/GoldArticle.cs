namespace ClaimX.Core.Eval;

/// <summary>One article of a gold file: its file name, what is known about it, and its annotated claims.</summary>
public sealed record GoldArticle
{
    /// <summary>File name, relative to the gold file's folder (or its texts/ subfolder).</summary>
    public required string Article { get; init; }

    public string? ReferenceDate { get; init; }

    public string? Source { get; init; }

    public IReadOnlyList<GoldClaim> Claims { get; init; } = [];
}

/// <summary>One annotated claim (see shared/corpus/GOLD-FORMAT.md). Offsets count Unicode code points.</summary>
public sealed record GoldClaim
{
    public string Speaker { get; init; } = "";

    public IReadOnlyList<string> Aliases { get; init; } = [];

    public string? Kind { get; init; }

    public string? Cue { get; init; }

    public string Content { get; init; } = "";

    public int Start { get; init; }

    public int End { get; init; }

    public IReadOnlyList<double> Figures { get; init; } = [];

    public IReadOnlyList<string> Dates { get; init; } = [];

    /// <summary>A borderline case: finding it or not counts neither for nor against.</summary>
    public bool Optional { get; init; }
}
