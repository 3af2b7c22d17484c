using ClaimX.Core.Claims;
using ClaimX.Core.Text;

namespace ClaimX.Core.Eval;

/// <summary>
/// Scores predicted claims against gold claims, article by article, and sums them up for one corpus.
/// A gold claim is found when one predicted content covers at least half of its words; a predicted claim is
/// correct when at least half of its words lie inside gold contents. Optional gold claims count neither way:
/// they are not expected, and a prediction lying mostly inside them is not counted.
/// </summary>
public sealed class CorpusEvaluator(string corpus)
{
    private readonly List<EvalError> _errors = [];
    private int _articles;
    private int _gold;
    private int _optional;
    private int _skipped;
    private int _predicted;
    private int _counted;
    private int _found;
    private int _correct;
    private int _rightSpeaker;
    private int _correctRightSpeaker;
    private PrecisionRecall _figures;
    private PrecisionRecall _dates;
    private bool _figuresAnnotated;
    private bool _datesAnnotated;

    public string Corpus { get; } = corpus;

    /// <param name="text">The article text exactly as the offsets of both gold and predictions count it.</param>
    public void Add(GoldArticle gold, string text, IReadOnlyList<Claim> predicted)
    {
        _articles++;
        var offsets = new CodePointOffsets(text);
        var golds = new GoldSpan[gold.Claims.Count];
        for (int g = 0; g < golds.Length; g++)
        {
            var claim = gold.Claims[g];
            var span = new TextSpan(offsets.ToUtf16(claim.Start), offsets.ToUtf16(claim.End));
            golds[g] = new GoldSpan(claim, span, span.IsEmpty || span.End > text.Length ? [] : ContentWords.Of(text, span));
            _figuresAnnotated |= claim.Figures.Count > 0;
            _datesAnnotated |= claim.Dates.Count > 0;
        }
        var predictions = new TextSpan[predicted.Count];
        for (int p = 0; p < predictions.Length; p++)
        {
            predictions[p] = new TextSpan(Math.Clamp(predicted[p].Start, 0, text.Length), Math.Clamp(predicted[p].End, 0, text.Length));
        }

        foreach (var g in golds)
        {
            if (g.Claim.Optional)
            {
                _optional++;
                continue;
            }
            if (g.Words.Length == 0)
            {
                // Nothing to cover: an annotation without content (or offsets outside the text) cannot be scored.
                _skipped++;
                continue;
            }
            _gold++;
            int best = BestCover(g, predictions);
            if (best < 0)
            {
                _errors.Add(new EvalError(gold.Article, EvalErrorKind.Missed, g.Span.Start, g.Span.End, g.Claim.Content, g.Claim.Speaker, null, null));
                continue;
            }
            _found++;
            var claim = predicted[best];
            if (RightSpeaker(claim, g.Claim))
            {
                _rightSpeaker++;
            }
            else
            {
                _errors.Add(new EvalError(gold.Article, EvalErrorKind.WrongSpeaker, g.Span.Start, g.Span.End, g.Claim.Content,
                    g.Claim.Speaker, claim.Speaker, claim.SpeakerMention));
            }
            CountFigures(claim, g);
            CountDates(claim, g);
        }

        for (int p = 0; p < predictions.Length; p++)
        {
            _predicted++;
            var words = ContentWords.Of(text, predictions[p]);
            if (words.Length == 0)
            {
                continue;
            }
            int inRequired = 0, inAny = 0, bestOverlap = 0;
            GoldSpan? main = null;
            foreach (var word in words)
            {
                bool required = false, any = false;
                foreach (var g in golds)
                {
                    int middle = (word.Start + word.End) / 2;
                    if (middle >= g.Span.Start && middle < g.Span.End)
                    {
                        any = true;
                        required |= !g.Claim.Optional;
                    }
                }
                inRequired += required ? 1 : 0;
                inAny += any ? 1 : 0;
            }
            foreach (var g in golds)
            {
                int overlap = ContentWords.CountInside(words, g.Span);
                if (!g.Claim.Optional && overlap > bestOverlap)
                {
                    bestOverlap = overlap;
                    main = g;
                }
            }
            if (2 * inRequired >= words.Length)
            {
                _counted++;
                _correct++;
                if (main is { } m && RightSpeaker(predicted[p], m.Claim))
                {
                    _correctRightSpeaker++;
                }
            }
            else if (2 * inAny < words.Length)
            {
                _counted++;
                var claim = predicted[p];
                _errors.Add(new EvalError(gold.Article, EvalErrorKind.Extra, predictions[p].Start, predictions[p].End,
                    text[predictions[p].Start..predictions[p].End], null, claim.Speaker, claim.SpeakerMention));
            }
        }
    }

    public EvalResult Result()
    {
        double precision = _counted == 0 ? 0 : (double)_correct / _counted;
        double recall = _gold == 0 ? 0 : (double)_found / _gold;
        double e2ePrecision = _counted == 0 ? 0 : (double)_correctRightSpeaker / _counted;
        double e2eRecall = _gold == 0 ? 0 : (double)_rightSpeaker / _gold;
        var summary = new EvalSummary
        {
            Corpus = Corpus,
            Articles = _articles,
            GoldClaims = _gold,
            OptionalGoldClaims = _optional,
            SkippedGoldClaims = _skipped,
            PredictedClaims = _predicted,
            CountedPredictions = _counted,
            Found = _found,
            Correct = _correct,
            Precision = precision,
            Recall = recall,
            F1 = PrecisionRecall.F(precision, recall),
            RightSpeaker = _rightSpeaker,
            SpeakerAccuracy = _found == 0 ? 0 : (double)_rightSpeaker / _found,
            EndToEndPrecision = e2ePrecision,
            EndToEndRecall = e2eRecall,
            EndToEndF1 = PrecisionRecall.F(e2ePrecision, e2eRecall),
            FiguresF1 = _figuresAnnotated ? _figures.F1 : null,
            DatesF1 = _datesAnnotated ? _dates.F1 : null,
        };
        var errors = _errors.OrderBy(e => e.Article, StringComparer.Ordinal).ThenBy(e => e.Start).ThenBy(e => e.Kind).ToList();
        return new EvalResult(summary, errors);
    }

    // The prediction covering most of the gold's words, if it covers at least half; -1 otherwise.
    private static int BestCover(GoldSpan gold, TextSpan[] predictions)
    {
        int best = -1, bestCount = 0;
        for (int p = 0; p < predictions.Length; p++)
        {
            int count = ContentWords.CountInside(gold.Words, predictions[p]);
            if (count > bestCount)
            {
                best = p;
                bestCount = count;
            }
        }
        return gold.Words.Length > 0 && 2 * bestCount >= gold.Words.Length ? best : -1;
    }

    private static bool RightSpeaker(Claim claim, GoldClaim gold) =>
        SpeakerNames.Matches(claim.Speaker, gold.Speaker, gold.Aliases)
        || SpeakerNames.Matches(claim.SpeakerMention, gold.Speaker, gold.Aliases);

    // Only values stated inside the gold content count: a prediction covering two adjacent gold quotes must not
    // have the figures of one counted against the other.
    private void CountFigures(Claim claim, GoldSpan gold)
    {
        var expected = gold.Claim.Figures.ToList();
        _figures.Expected += expected.Count;
        foreach (var figure in claim.Figures)
        {
            if (!gold.Span.Overlaps(new TextSpan(figure.Start, figure.End)))
            {
                continue;
            }
            _figures.Predicted++;
            int at = expected.FindIndex(v => Math.Abs(v - figure.Value) <= 1e-9 * Math.Max(1, Math.Abs(v)));
            if (at >= 0)
            {
                _figures.TruePositives++;
                expected.RemoveAt(at);
            }
        }
    }

    private void CountDates(Claim claim, GoldSpan gold)
    {
        var expected = gold.Claim.Dates.ToList();
        _dates.Expected += expected.Count;
        foreach (var date in claim.Dates)
        {
            if (date.Kind != DateKinds.Date || !gold.Span.Overlaps(new TextSpan(date.Start, date.End)))
            {
                continue;
            }
            _dates.Predicted++;
            int at = expected.FindIndex(v => string.Equals(v, date.Value, StringComparison.Ordinal));
            if (at >= 0)
            {
                _dates.TruePositives++;
                expected.RemoveAt(at);
            }
        }
    }

    private sealed record GoldSpan(GoldClaim Claim, TextSpan Span, TextSpan[] Words);
}
