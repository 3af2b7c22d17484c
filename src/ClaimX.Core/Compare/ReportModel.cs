using ClaimX.Core.Claims;

namespace ClaimX.Core.Compare;

/// <summary>The outcome of comparing the claims of several articles (written as csv, json or markdown).</summary>
public sealed record ComparisonReport(
    IReadOnlyList<string> Sources,
    IReadOnlyList<GroupComparison> Groups,
    IReadOnlyList<FigureAlignment> DifferingFigures);

/// <summary>One statement as reported by each source, with its status (see <see cref="ComparisonStatus"/>).</summary>
public sealed record GroupComparison(
    int Group,
    string Status,
    string? Speaker,
    IReadOnlyList<SourceWording> Sources,
    IReadOnlyList<FigureAlignment> Figures,
    IReadOnlyList<DateAlignment> Dates);

/// <summary>What one source says in a group: its claims' speaker, wording (joined in article order), figures, dates.</summary>
public sealed record SourceWording(
    string Source,
    string Article,
    string? Speaker,
    string? SpeakerRole,
    IReadOnlyList<string> ClaimIds,
    string Kind,
    string Wording,
    IReadOnlyList<Figure> Figures,
    IReadOnlyList<DateMention> Dates);

/// <summary>Figures about one counted thing or measure, side by side across sources.</summary>
public sealed record FigureAlignment(string Thing, bool Agree, IReadOnlyList<AlignedFigure> Values);

/// <summary>One figure of an alignment; <see cref="Unit"/> is its unit as written, which can differ between the values
/// (synonyms, or a count of a kind beside the broader count: "11 troops" beside "at least 4 people").</summary>
public sealed record AlignedFigure(string Source, string ClaimId, string? Speaker, string Text, double Value, string? Qualifier, string? Unit);

/// <summary>Dates of one kind within a group, side by side across sources.</summary>
public sealed record DateAlignment(string Kind, bool Agree, IReadOnlyList<AlignedDate> Values);

public sealed record AlignedDate(string Source, string ClaimId, string Text, string Value);
