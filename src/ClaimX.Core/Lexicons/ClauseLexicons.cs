namespace ClaimX.Core.Lexicons;

/// <summary>
/// The closed-class word lists that several clause rules share (each was loaded by every rule that used it), each
/// loaded once from its embedded file.
/// </summary>
public static class ClauseLexicons
{
    public static WordSet Auxiliaries { get; } = WordSet.FromResource("auxiliaries.txt");

    public static WordSet IrregularPast { get; } = WordSet.FromResource("irregular-past.txt");

    public static WordSet Subordinators { get; } = WordSet.FromResource("subordinators.txt");

    /// <summary>Conjunctions that open the writer's adjunct right after a cue ("said Friday as he entered").</summary>
    public static WordSet AdjunctOpeners { get; } = WordSet.FromResource("adjunct-openers.txt");

    /// <summary>Words that can only open a clause when they follow a cue ("he", "whether").</summary>
    public static WordSet ClauseMarkers { get; } = WordSet.FromResource("clause-markers.txt");

    /// <summary>Words that introduce the title of a work in quotation marks ("titled", "dubbed"), not a claim.</summary>
    public static WordSet TitleMarkers { get; } = WordSet.FromResource("title-markers.txt");
}
