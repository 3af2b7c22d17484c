namespace ClaimX.Core.Eval;

public enum EvalErrorKind
{
    /// <summary>A gold claim no prediction covers.</summary>
    Missed,
    /// <summary>A predicted claim that lies mostly outside every gold content.</summary>
    Extra,
    /// <summary>A found gold claim whose predicted speaker does not match.</summary>
    WrongSpeaker,
}

/// <summary>One error for --show-errors: where it is (UTF-16 offsets into the article), its text, and the speakers.</summary>
public sealed record EvalError(
    string Article,
    EvalErrorKind Kind,
    int Start,
    int End,
    string Text,
    string? GoldSpeaker,
    string? PredictedSpeaker,
    string? PredictedMention);

/// <summary>The numbers of one corpus, ready to print or serialise. Ratios are null when nothing was there to count.</summary>
public sealed record EvalSummary
{
    public required string Corpus { get; init; }

    public int Articles { get; init; }

    public int GoldClaims { get; init; }

    public int OptionalGoldClaims { get; init; }

    /// <summary>Gold claims without any content words (annotation errors), left out of every count.</summary>
    public int SkippedGoldClaims { get; init; }

    public int PredictedClaims { get; init; }

    /// <summary>Predicted claims that count (those mostly inside optional gold contents do not).</summary>
    public int CountedPredictions { get; init; }

    public int Found { get; init; }

    public int Correct { get; init; }

    public double Precision { get; init; }

    public double Recall { get; init; }

    public double F1 { get; init; }

    public int RightSpeaker { get; init; }

    public double SpeakerAccuracy { get; init; }

    public double EndToEndPrecision { get; init; }

    public double EndToEndRecall { get; init; }

    public double EndToEndF1 { get; init; }

    /// <summary>Null when the gold file annotates no figures.</summary>
    public double? FiguresF1 { get; init; }

    /// <summary>Null when the gold file annotates no dates.</summary>
    public double? DatesF1 { get; init; }
}

/// <summary>A corpus's summary plus the individual errors behind it.</summary>
public sealed record EvalResult(EvalSummary Summary, IReadOnlyList<EvalError> Errors);
