using ClaimX.Core.Scanning;

namespace ClaimX.Core.Dates;

/// <summary>
/// Decides whether the clause around a date mention is past or future: the tense marker nearest to the mention
/// within its sentence wins ("Trump said Tuesday the talks will resume Thursday": Tuesday is past, Thursday
/// future). Future markers are modal and schedule phrases ("will", "'ll", "going to", "scheduled to"); a bare
/// "is"/"are" just before the date reads as a schedule ("the vote is Thursday"); past markers are auxiliaries,
/// irregular past verbs, -ed forms and "since".
/// </summary>
internal static class TenseDetector
{
    public static Tense Detect(ScanContext context, int first, int last) => DetectWithDistance(context, first, last).Tense;

    /// <summary>
    /// The tense, how many tokens separate its marker from the mention (int.MaxValue when none), and whether the
    /// marker comes before the mention.
    /// </summary>
    public static (Tense Tense, int Distance, bool MarkerBefore) DetectWithDistance(ScanContext context, int first, int last)
    {
        bool markerBefore = false;
        var (sentenceFirst, sentenceLast) = context.SentenceAround(first);
        Tense best = Tense.Unknown;
        int bestDistance = int.MaxValue;
        for (int i = sentenceFirst; i <= sentenceLast; i++)
        {
            if (i >= first && i <= last)
            {
                continue;
            }
            var tense = MarkerAt(context, i, out int markerLast);
            if (tense == Tense.Unknown)
            {
                continue;
            }
            int distance = i < first ? first - markerLast : i - last;
            // A bare "is"/"are" schedules only the day it introduces ("the vote is [on] Thursday"); elsewhere
            // it describes ("Monday's debate is still talked about").
            if (tense == Tense.Future && IsBarePresent(context, i, markerLast) && !(i < first && distance <= BarePresentReach))
            {
                i = Math.Max(i, markerLast);
                continue;
            }
            // Ties go to the marker after the mention: "on Tuesday" usually modifies the verb that follows
            // its subject ("the airstrike Wednesday was conducted").
            if (distance < bestDistance || (distance == bestDistance && i > last))
            {
                best = tense;
                bestDistance = distance;
                markerBefore = i < first;
            }
            i = Math.Max(i, markerLast);
        }
        return (best, bestDistance, markerBefore);
    }

    private const int BarePresentReach = 2;

    private static bool IsBarePresent(ScanContext context, int index, int markerLast) =>
        markerLast == index && ScanLexicons.PresentMarkers.Contains(context.Span(index));

    private static Tense MarkerAt(ScanContext context, int index, out int last)
    {
        last = index;
        if (!context.IsWord(index))
        {
            return Tense.Unknown;
        }
        if (ScanLexicons.FutureMarkers.MatchStartingAt(context, index, out int phraseLast, out _))
        {
            last = phraseLast;
            return Tense.Future;
        }
        var word = context.Span(index);
        if (EndsWithApostrophe(word, "ll"))
        {
            return Tense.Future;
        }
        if (ScanLexicons.PresentMarkers.Contains(word))
        {
            // "is expected to", "are supposed to": the phrase decides; a bare present "be" is a schedule.
            if (ScanLexicons.FutureMarkers.MatchStartingAt(context, index + 1, out phraseLast, out _))
            {
                last = phraseLast;
                return Tense.Future;
            }
            // A present passive ("is blamed for Tuesday's attack") reports; it does not schedule.
            if (context.IsWord(index + 1) && (ScanLexicons.PastMarkers.Contains(context.Span(index + 1)) || IsRegularPast(context, index + 1, context.Span(index + 1))))
            {
                return Tense.Unknown;
            }
            return Tense.Future;
        }
        bool past = ScanLexicons.PastMarkers.Contains(word) || EndsWithApostrophe(word, "d")
            || EndsWithApostrophe(word, "ve") || IsRegularPast(context, index, word);
        if (past && AfterBe(context, index))
        {
            // A passive participle takes its tense from the auxiliary before "be": "will be held" is future,
            // "has been held" past; that auxiliary is a marker of its own.
            return Tense.Unknown;
        }
        if (past)
        {
            return Tense.Past;
        }
        return Tense.Unknown;
    }

    // "conducted", "killed": lower-case words ending in -ed that are not -eed verbs ("need", "proceed") and not
    // number words ("hundred").
    private static bool IsRegularPast(ScanContext context, int index, ReadOnlySpan<char> word)
    {
        if (word.Length < 4 || !context.IsLower(index) || !word.EndsWith("ed", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        if (word.EndsWith("eed", StringComparison.OrdinalIgnoreCase) || ScanLexicons.NumberWords.Contains(word))
        {
            return false;
        }
        return true;
    }

    private static bool AfterBe(ScanContext context, int index) =>
        context.Is(index - 1, "be") || context.Is(index - 1, "been") || context.Is(index - 1, "being");

    private static bool EndsWithApostrophe(ReadOnlySpan<char> word, string suffix) =>
        word.Length > suffix.Length + 1
        && word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)
        && ScanTokenizer.IsApostrophe(word[^(suffix.Length + 1)]);
}
