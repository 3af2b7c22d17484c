using ClaimX.Core.Claims;
using ClaimX.Core.Scanning;
using ClaimX.Core.Text;

namespace ClaimX.Core.Dates;

/// <summary>
/// Finds the dates, durations and date ranges stated inside a range of an article and resolves them against the
/// article's reference date. Conventions of <see cref="DateMention.Value"/> (ISO 8601):
/// <list type="bullet">
/// <item>a full date "2020-03-04"; a month "2020-03"; a year "2019";</item>
/// <item>with no reference date, a month-day stays "XXXX-03-10", a month "XXXX-03", a weekday the ISO week-date
/// form with year and week unknown, "XXXX-WXX-3" (3 = Wednesday); "today", "last week" and the like are then not
/// reported at all, since they say nothing without an anchor;</item>
/// <item>a month-day without a year takes the year (before, of or after the reference) that puts it nearest;</item>
/// <item>a bare weekday is the latest such day on or before the reference in a past or present-perfect clause
/// (and when no tense marker is found), the next one after it in a future clause; "last Friday" is strictly
/// before, "next Monday" strictly after;</item>
/// <item>"last/this/next week" is a range Monday/Sunday of that ISO week; "this weekend" Saturday/Sunday;
/// "overnight" the range from the day before the reference to the reference;</item>
/// <item>durations "P11D", "P14M", "P19Y", "PT24H", "PT2H", "P1W" (kind duration; a qualifier such as "nearly"
/// belongs to the figure of the same words);</item>
/// <item>ranges "start/end" (kind range): "2019/2020", "2020-03-01/2020-03-05".</item>
/// </list>
/// "today", "yesterday" and "tomorrow" inside quotation marks count from the day the words were spoken, which is
/// passed as <c>speechDate</c>; when it is unknown they are not reported rather than guessed.
/// </summary>
public static class DateExtractor
{
    public static IReadOnlyList<DateMention> Extract(string text, TextSpan range, DateOnly? reference) =>
        Extract(text, range, reference, speechDate: null);

    /// <param name="speechDate">The date the claim was made (its said_on date) if known; it anchors "today"
    /// and its kin inside quotation marks.</param>
    public static IReadOnlyList<DateMention> Extract(string text, TextSpan range, DateOnly? reference, DateOnly? speechDate)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (range.IsEmpty)
        {
            return [];
        }
        var context = ScanContext.Create(text, range);
        var matches = new DateScanner(context, reference, speechDate).Scan();
        var mentions = new List<DateMention>(matches.Count);
        foreach (var match in matches)
        {
            if (!match.Reportable || !context.InRange(match.FirstToken) || !context.InRange(match.LastToken))
            {
                continue;
            }
            var span = context.SpanOf(match.FirstToken, match.LastToken);
            mentions.Add(new DateMention(text[span.Start..span.End], match.Value!, match.Kind, span.Start, span.End));
        }
        return mentions;
    }

    /// <summary>
    /// The date a statement was made on when a date modifies its reporting cue: "said Tuesday", "told reporters on
    /// Monday", "said in a statement Wednesday", "On Monday, the ministry said". Looks at up to
    /// <see cref="CueWindow"/> tokens either side of <paramref name="cue"/> within its sentence, outside
    /// <paramref name="content"/>, and takes the nearest date. The cue is a reporting verb in the past, so a bare
    /// weekday is the latest one on or before the reference. Null when there is none.
    /// </summary>
    public static DateMention? ResolveCueDate(string text, TextSpan cue, TextSpan content, DateOnly? reference)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (cue.IsEmpty)
        {
            return null;
        }
        var window = new TextSpan(Math.Max(0, cue.Start - 200), Math.Min(text.Length, cue.End + 200));
        var context = ScanContext.Create(text, window);
        // The cue's tokens: found by a search, since the context holds the cue's whole paragraph.
        int cueFirst = context.FirstEndingAfter(cue.Start), cueLast = -1;
        for (int i = cueFirst; i < context.Count && context[i].Start < cue.End; i++)
        {
            cueLast = i;
        }
        if (cueLast < 0)
        {
            return null;
        }
        // Only CueWindow tokens either side matter: the sentence's edges are looked for no further than that.
        var (from, to) = context.SentenceAround(cueFirst, cueFirst - CueWindow, cueLast + CueWindow);
        var scanner = new DateScanner(context, reference);
        DateMention? best = null;
        int bestDistance = int.MaxValue;
        foreach (var match in scanner.Scan(from, to + 1))
        {
            var span = context.SpanOf(match.FirstToken, match.LastToken);
            if (!match.Reportable || match.Kind != DateKinds.Date || span.Overlaps(content) || span.Overlaps(cue) || span.End > context[to].End)
            {
                continue;
            }
            if (!PathStaysOutsideContent(span, cue, content))
            {
                continue;
            }
            int distance = match.FirstToken > cueLast ? match.FirstToken - cueLast : cueFirst - match.LastToken;
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = new DateMention(text[span.Start..span.End], match.Value!, match.Kind, span.Start, span.End);
            }
        }
        return best;
    }

    /// <summary>The calendar day a mention names, when it names one fully ("2020-03-03"); else null.</summary>
    public static DateOnly? AsDay(DateMention? mention) =>
        mention is { Kind: DateKinds.Date, Value.Length: 10 }
        && DateOnly.TryParseExact(mention.Value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day)
            ? day
            : null;

    /// <summary>How many tokens from the cue a date may sit and still modify it ("told reporters at the White House on Monday").</summary>
    public const int CueWindow = 8;

    // A date on the far side of the content belongs to the content's sentence, not to the cue.
    private static bool PathStaysOutsideContent(TextSpan date, TextSpan cue, TextSpan content)
    {
        int lo = Math.Min(date.Start, cue.Start);
        int hi = Math.Max(date.End, cue.End);
        return !(content.Start >= lo && content.End <= hi);
    }
}
