using ClaimX.Core.Text;
using ClaimX.Core.Claims;
using ClaimX.Core.Dates;
using ClaimX.Core.Scanning;

namespace ClaimX.Core.Figures;

/// <summary>
/// Walks the range tokens of a <see cref="ScanContext"/> and reads each figure: currency, number, percent sign
/// or word, qualifier before it, a second number making a range or a score, and the unit after it.
/// </summary>
internal sealed class FigureScanner
{
    private const string Percent = "percent";
    private const string MagnitudeQualifier = "more than";
    private const string RangeLow = "at least";
    private const string RangeHigh = "at most";

    private readonly ScanContext _c;
    private bool[]? _masked;

    // The mask depends on the context's tokens alone, not on the claim's range, and the claims of one paragraph
    // share one window of tokens: the last window's mask is kept per thread (read-only once made).
    [ThreadStatic]
    private static (ScanContext.Window Window, bool[] Masked) s_lastMask;

    public FigureScanner(ScanContext context)
    {
        _c = context;
    }

    // Numbers in dates and clock times are not figures; durations are both ("11 days"). Made when the first
    // number is read: the date scan of the whole window is the dearest part, and most claims hold no number.
    private bool[] Masked => _masked ??= MakeMask();

    private bool[] MakeMask()
    {
        var window = _c.TokenWindow;
        if (s_lastMask.Masked is not null && s_lastMask.Window == window)
        {
            return s_lastMask.Masked;
        }
        var masked = new bool[_c.Count];
        foreach (var match in new DateScanner(_c, reference: null).Scan(0, _c.Count))
        {
            if (match.Kind == DateKinds.Duration)
            {
                continue;
            }
            for (int t = match.FirstToken; t <= match.LastToken; t++)
            {
                masked[t] = true;
            }
        }
        s_lastMask = (window, masked);
        return masked;
    }

    public List<Figure> Scan() => Scan(passOverPlainWords: true);

    /// <summary>The figures found by trying every token: what <see cref="Scan()"/> must always equal (for tests).</summary>
    internal List<Figure> ScanEveryToken() => Scan(passOverPlainWords: false);

    private List<Figure> Scan(bool passOverPlainWords)
    {
        var figures = new List<Figure>();
        int i = _c.RangeFirst;
        while (i < _c.RangeEnd)
        {
            if (passOverPlainWords && StartsNothing(i))
            {
                i++;
                continue;
            }
            int next = TryFigureAt(i, figures);
            i = Math.Max(next, i + 1);
        }
        return figures;
    }

    // Most tokens of a claim are lower-case words that start no number and carry no currency sign glued after them
    // ("us$5"): TryFigureAt would find nothing there (CurrencyBefore gives no currency, and NumberReader reads no
    // number at such a word), so they are passed over without its look-ups.
    private bool StartsNothing(int i) =>
        _c.IsWord(i) && !_c.IsCapitalized(i) && !_c.MayStartDateOrNumber(i) && !(_c.IsNumber(i + 2) && _c.Kind(i + 1) is ScanTokenKind.Symbol);

    // Reads the figure(s) starting at token i; returns the token after what was consumed (or i when nothing).
    private int TryFigureAt(int i, List<Figure> figures)
    {
        int start = i;
        string? currency = CurrencyBefore(i, out int numberToken);
        if (!NumberReader.TryRead(_c, numberToken, currency is not null, out var number) || Masked[i] || IsMasked(number))
        {
            return i;
        }
        if (NonFigureRules.IsNameOrCode(_c, number) || NonFigureRules.IsListMarker(_c, number) || NonFigureRules.IsAddress(_c, number))
        {
            return number.LastToken + 1;
        }
        if (!Counts(number, start))
        {
            return number.LastToken + 1;
        }
        string? qualifier = QualifierBefore(start);
        if (number.Magnitude)
        {
            qualifier ??= MagnitudeQualifier;
        }
        int end = number.LastToken;
        string? unit = currency;
        if (unit is null && TryPercentAfter(end, out int percentLast))
        {
            unit = Percent;
            end = percentLast;
        }
        if (unit is null && TryCurrencyAfter(end, out string? code, out int codeLast))
        {
            unit = code;
            end = codeLast;
        }
        else if (unit is null && number.Magnitude && _c.Is(end + 1, "of") && _c.IsWord(end + 2)
                 && _c.IsLower(end + 2) && ScanLexicons.Currencies.TryGet(_c.Span(end + 2), out string? ofCode))
        {
            unit = ofCode; // "millions of dollars": the text stays "millions"
        }

        // "15-plus years", "90-plus minutes": a lower bound.
        if (_c.IsDash(end + 1) && _c.Touches(end + 1) && _c.Is(end + 2, "plus") && _c.Touches(end + 2))
        {
            end += 2;
            qualifier ??= MagnitudeQualifier;
        }

        if (TrySecondNumber(start, end, number, out var second) && Joinable(start, unit, second))
        {
            return EmitPair(figures, start, end, number, currency, unit, qualifier, second);
        }

        // Magnitudes and fractions count what follows "of": "hundreds of people", "two-thirds of voters".
        bool partOf = number.Magnitude || (number.Form == NumberForm.Words && number.Value < 1 && number.Value > 0);
        unit ??= UnitHeadFinder.Find(_c, end + 1, partOf);
        figures.Add(Make(start, end, number.Value, unit, qualifier));
        return end + 1;
    }

    // A second number joined to the first: a range ("10 to 15", "between 10 and 20", "two or three", "10-15")
    // or a score or vote ("97-1", "134 to 63": the first larger).
    private readonly record struct SecondNumber(int Start, int End, NumberMatch Number, string? Currency, bool Percent);

    private bool TrySecondNumber(int start, int end, NumberMatch first, out SecondNumber second)
    {
        second = default;
        int joiner = end + 1;
        bool between = _c.Is(QualifierStart(start) - 1, "between") || _c.Is(start - 1, "between");
        bool dash = _c.IsDash(joiner);
        if (!(dash || _c.Is(joiner, "to") || _c.Is(joiner, "or") || (between && _c.Is(joiner, "and"))))
        {
            return false;
        }
        int s = joiner + 1;
        // "a 2-to-1 vote": the joined form of "2 to 1".
        bool joinedTo = dash && _c.Touches(joiner) && _c.Is(s, "to") && _c.Touches(s) && _c.IsDash(s + 1) && _c.Touches(s + 1) && _c.Touches(s + 2);
        if (joinedTo)
        {
            s += 2;
            dash = false;
        }
        if (!_c.Valid(s) || Masked[s])
        {
            return false;
        }
        string? currency = CurrencyBefore(s, out int numberToken);
        if (!NumberReader.TryRead(_c, numberToken, currency is not null || first.Multiplied, out var n2) || IsMasked(n2)
            || n2.Ordinal != first.Ordinal || n2.Form != first.Form || n2.Magnitude)
        {
            return false;
        }
        if (dash && (first.Form != NumberForm.Digits || !_c.Touches(joiner) && !(_c.Text[_c[joiner].Start] == '\u2013')))
        {
            return false;
        }
        if (!joinedTo && NonFigureRules.IsNameOrCode(_c, n2))
        {
            return false;
        }
        int e = n2.LastToken;
        bool percent = TryPercentAfter(e, out int percentLast);
        if (percent)
        {
            e = percentLast;
        }
        second = new SecondNumber(s, e, n2, currency, percent);
        return true;
    }

    // Two numbers joined by "to" make a range only when they measure alike, and not when a verb of change
    // precedes a first number with its own unit: "rose 12% to $4.2 billion" and "fell 3% to 4%" state a change
    // and a new level, while "rose 5 to 7 percent" is still a range.
    private bool Joinable(int start, string? unit, SecondNumber second)
    {
        bool firstPercent = unit == Percent;
        bool firstMoney = unit is not null && !firstPercent;
        bool secondMoney = second.Currency is not null || TryCurrencyAfter(second.End, out _, out _);
        if ((firstPercent && secondMoney) || (firstMoney && second.Percent))
        {
            return false;
        }
        int before = QualifierStart(start) - 1;
        return unit is null || !(_c.Valid(before) && _c.IsWord(before) && ScanLexicons.ChangeVerbs.Contains(_c.Span(before)));
    }

    private int EmitPair(List<Figure> figures, int start, int end, NumberMatch first, string? currency, string? unit,
        string? qualifier, SecondNumber second)
    {
        double low = first.Value;
        double high = second.Number.Value;
        // "$10 to $15 million", "10-15 million": the first number shares the second's multiplier.
        if (second.Number.Multiplied && !first.Multiplied && first.Form == NumberForm.Digits
            && NumberReader.TryParseDigits(_c.Span(second.Number.FirstToken), out double bare) && bare > 0)
        {
            low = NumberReader.Scale(low, Math.Round(high / bare));
        }
        string? pairUnit = unit ?? second.Currency ?? currency ?? (second.Percent ? Percent : null);
        bool fromTo = _c.Is(start - 1, "from");
        bool score = low >= high && !fromTo;
        if (pairUnit is null || (pairUnit != Percent && second.Currency is null && currency is null && unit is null))
        {
            pairUnit ??= UnitHeadFinder.Find(_c, second.End + 1, false);
        }
        if (score || fromTo)
        {
            figures.Add(Make(start, end, low, pairUnit, score ? null : qualifier));
            figures.Add(Make(second.Start, second.End, high, pairUnit, null));
        }
        else
        {
            figures.Add(Make(start, end, low, pairUnit, qualifier ?? RangeLow));
            figures.Add(Make(second.Start, second.End, high, pairUnit, RangeHigh));
        }
        return second.End + 1;
    }

    // Spelled-out ordinals count only as "the third attack"; a lone "one" is usually an article or pronoun
    // ("in one attack", "one of them") and counts only with a qualifier ("at least one").
    private bool Counts(NumberMatch number, int start)
    {
        if (number.Form != NumberForm.Words || number.Magnitude)
        {
            return true;
        }
        if (number.Ordinal)
        {
            if (number.FirstToken == number.LastToken && ScanLexicons.UncountedOrdinals.Contains(_c.Span(number.FirstToken)))
            {
                return false;
            }
            return _c.IsWord(start - 1) && ScanLexicons.OrdinalDeterminers.Contains(_c.Span(start - 1))
                && UnitHeadFinder.Find(_c, number.LastToken + 1, false) is not null;
        }
        if (number.FirstToken == number.LastToken && number.Value == 1 && _c.Is(number.FirstToken, "one"))
        {
            // "at least one", but not "the only one who".
            int qualifierStart = QualifierStart(start);
            return qualifierStart < start && !(_c.IsWord(qualifierStart - 1) && ScanLexicons.OrdinalDeterminers.Contains(_c.Span(qualifierStart - 1)));
        }
        return true;
    }

    private string? CurrencyBefore(int i, out int numberToken)
    {
        numberToken = i;
        if (!_c.Valid(i))
        {
            return null;
        }
        // "US$5", "C$10": letters glued to the sign.
        // (The cheap token tests come first: this runs at every token of every claim.)
        if (_c.IsWord(i) && _c.IsNumber(i + 2) && _c.Kind(i + 1) is ScanTokenKind.Symbol && _c.Touches(i + 1)
            && ScanLexicons.Currencies.TryGet(_c.Text.AsSpan(_c[i].Start, _c[i + 1].End - _c[i].Start), out string? glued))
        {
            numberToken = i + 2;
            return glued;
        }
        if (_c.IsWord(i) && !_c.IsCapitalized(i))
        {
            return null; // currency names ("dollars") follow the number
        }
        if (_c.IsNumber(i + 1) && ScanLexicons.Currencies.TryGet(_c.Span(i), out string? code))
        {
            if (_c.IsWord(i) && !IsAllUpper(_c.Span(i)) && !_c.Is(i, "rs"))
            {
                return null;
            }
            numberToken = i + 1;
            return code;
        }
        return null;
    }

    private bool TryCurrencyAfter(int last, out string? code, out int codeLast)
    {
        code = null;
        codeLast = last;
        int next = last + 1;
        if (_c.IsWord(next) && ScanLexicons.Currencies.TryGet(_c.Span(next), out code))
        {
            codeLast = next;
            return true;
        }
        return false;
    }

    private bool TryPercentAfter(int last, out int percentLast)
    {
        percentLast = last;
        int next = last + 1;
        if (_c.IsSymbol(next, '%'))
        {
            percentLast = next;
            return true;
        }
        if (_c.Is(next, "percent") || _c.Is(next, "pct"))
        {
            percentLast = next;
            return true;
        }
        if (_c.Is(next, "per") && _c.Is(next + 1, "cent"))
        {
            percentLast = next + 1;
            return true;
        }
        return false;
    }

    private string? QualifierBefore(int start) =>
        ScanLexicons.Qualifiers.MatchEndingAt(_c, start - 1, out _, out string phrase) ? phrase : null;

    private int QualifierStart(int start) =>
        ScanLexicons.Qualifiers.MatchEndingAt(_c, start - 1, out int first, out _) ? first : start;

    private bool IsMasked(NumberMatch number)
    {
        for (int t = number.FirstToken; t <= number.LastToken; t++)
        {
            if (Masked[t])
            {
                return true;
            }
        }
        return false;
    }

    private Figure Make(int first, int last, double value, string? unit, string? qualifier)
    {
        var span = _c.SpanOf(first, last);
        return new Figure(_c.Text[span.Start..span.End], value, unit, qualifier, span.Start, span.End);
    }

    private static bool IsAllUpper(ReadOnlySpan<char> s)
    {
        foreach (char ch in s)
        {
            if (!TextChars.IsUpper(ch))
            {
                return false;
            }
        }
        return true;
    }
}
