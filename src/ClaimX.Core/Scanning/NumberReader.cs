using System.Globalization;

namespace ClaimX.Core.Scanning;

/// <summary>
/// Reads a number starting at a token: digits with grouping and decimals, an ordinal suffix ("1st"), a
/// multiplier ("1.2 million", "2.5bn", "£5m"), or number words ("twenty-five", "a dozen", "three hundred",
/// "hundreds of").
/// </summary>
internal static class NumberReader
{
    public static bool TryRead(ScanContext context, int index, bool afterCurrency, out NumberMatch match)
    {
        if (context.IsNumber(index))
        {
            return TryReadDigits(context, index, afterCurrency, out match);
        }
        if (context.IsWord(index) && context.MayStartDateOrNumber(index))
        {
            return TryReadWords(context, index, out match);
        }
        match = default;
        return false;
    }

    /// <summary>The value of a digit token: grouping commas dropped, parsed with the invariant culture.</summary>
    public static bool TryParseDigits(ReadOnlySpan<char> token, out double value)
    {
        Span<char> buffer = stackalloc char[Math.Min(token.Length, 64)];
        int n = 0;
        foreach (char c in token)
        {
            if (c == ',')
            {
                continue;
            }
            if (n == buffer.Length)
            {
                value = 0;
                return false;
            }
            buffer[n++] = c;
        }
        return double.TryParse(buffer[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static bool TryReadDigits(ScanContext context, int index, bool afterCurrency, out NumberMatch match)
    {
        match = default;
        if (!TryParseDigits(context.Span(index), out double value))
        {
            return false;
        }
        int last = index;
        bool ordinal = false;
        bool multiplied = false;
        int next = index + 1;
        if (context.IsWord(next) && context.Touches(next))
        {
            var suffix = context.Span(next);
            if (IsOrdinalSuffix(suffix, value))
            {
                ordinal = true;
                last = next;
            }
            else if (ScanLexicons.Multipliers.TryGet(suffix, out var glued)
                     && (glued.Use != MultiplierUse.Money || afterCurrency))
            {
                value = Scale(value, glued.Value);
                multiplied = true;
                last = next;
            }
        }
        else if (context.IsWord(next) && ScanLexicons.Multipliers.TryGet(context.Span(next), out var spaced)
                 && spaced.Use == MultiplierUse.Spaced)
        {
            value = Scale(value, spaced.Value);
            multiplied = true;
            last = next;
        }
        match = new NumberMatch(index, last, value, NumberForm.Digits, ordinal, false, multiplied);
        return true;
    }

    /// <summary>
    /// <paramref name="value"/> times <paramref name="multiplier"/> computed in decimal, so that 65.4 billion is
    /// 65400000000 and not 65400000000.00001.
    /// </summary>
    public static double Scale(double value, double multiplier)
    {
        try
        {
            return (double)((decimal)value * (decimal)multiplier);
        }
        catch (OverflowException)
        {
            return value * multiplier;
        }
    }

    private static bool IsOrdinalSuffix(ReadOnlySpan<char> suffix, double value)
    {
        if (value != Math.Floor(value))
        {
            return false;
        }
        return suffix.Equals("st", StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("th", StringComparison.OrdinalIgnoreCase);
    }

    private static bool TryReadWords(ScanContext context, int index, out NumberMatch match)
    {
        match = default;
        var first = context.Span(index);

        // "a dozen", "a hundred", "a million": the article stands for one.
        if ((first.Equals("a", StringComparison.OrdinalIgnoreCase) || first.Equals("an", StringComparison.OrdinalIgnoreCase))
            && context.IsWord(index + 1)
            && ScanLexicons.NumberWords.TryGet(context.Span(index + 1), out var scaleWord)
            && scaleWord.Role != NumberWordRole.Unit)
        {
            return TryReadCardinal(context, index + 1, out match, startToken: index, seed: 1);
        }

        // "a third of", "a quarter of", "one fifth of": a fraction.
        if ((first.Equals("a", StringComparison.OrdinalIgnoreCase) || first.Equals("one", StringComparison.OrdinalIgnoreCase))
            && context.IsWord(index + 1) && context.Is(index + 2, "of") && TryDenominator(context.Span(index + 1), out double denominator)
            && !context.Span(index + 1).EndsWith("s", StringComparison.OrdinalIgnoreCase))
        {
            match = new NumberMatch(index, index + 1, Math.Round(1 / denominator, 4), NumberForm.Words, false, false, false);
            return true;
        }

        if (TryReadMagnitude(context, index, out match))
        {
            return true;
        }

        if (ScanLexicons.Ordinals.TryGet(first, out double ordinalValue))
        {
            match = new NumberMatch(index, index, ordinalValue, NumberForm.Words, true, false, false);
            return true;
        }

        if (!ScanLexicons.NumberWords.TryGet(first, out _))
        {
            return false;
        }
        return TryReadCardinal(context, index, out match, startToken: index, seed: 0);
    }

    // "hundreds of", "tens of thousands of", "dozens": a plural number word names a lower bound.
    private static bool TryReadMagnitude(ScanContext context, int index, out NumberMatch match)
    {
        match = default;
        if (!TryPluralNumberWord(context.Span(index), out double magnitude))
        {
            return false;
        }
        int last = index;
        if (context.Is(index + 1, "of") && context.IsWord(index + 2) && TryPluralNumberWord(context.Span(index + 2), out double outer))
        {
            magnitude *= outer;
            last = index + 2;
        }
        match = new NumberMatch(index, last, magnitude, NumberForm.Words, false, true, false);
        return true;
    }

    private static bool TryPluralNumberWord(ReadOnlySpan<char> word, out double value)
    {
        value = 0;
        if (word.Length < 4 || (word[^1] != 's' && word[^1] != 'S'))
        {
            return false;
        }
        return ScanLexicons.NumberWords.TryGet(word[..^1], out var singular) && singular.Value >= 10
            && (singular.Role != NumberWordRole.Unit || singular.Value == 10) && (value = singular.Value) > 0;
    }

    // Standard composition: units add, "hundred" and "dozen" multiply the running group, "thousand" and up
    // close it. A hyphen joins tens and units; "and" may follow a hundred ("one hundred and five").
    private static bool TryReadCardinal(ScanContext context, int index, out NumberMatch match, int startToken, double seed)
    {
        double total = 0;
        double group = seed;
        bool any = false;
        bool ordinal = false;
        int last = index - 1;
        int i = index;
        double previous = 0;
        while (context.IsWord(i))
        {
            var word = context.Span(i);
            if (ScanLexicons.NumberWords.TryGet(word, out var number))
            {
                if (number.Role == NumberWordRole.Unit && any && previous < 100 && previous != 0
                    && !(previous >= 20 && previous % 10 == 0 && number.Value < 10))
                {
                    break; // "five six" is two numbers, "twenty five" is one
                }
                switch (number.Role)
                {
                    case NumberWordRole.Unit:
                        group += number.Value;
                        break;
                    case NumberWordRole.Scale:
                        group = (group == 0 ? 1 : group) * number.Value;
                        break;
                    case NumberWordRole.Group:
                        total += (group == 0 ? 1 : group) * number.Value;
                        group = 0;
                        break;
                }
                previous = number.Role == NumberWordRole.Unit ? number.Value : number.Value * 1000;
                any = true;
                last = i;
            }
            else if (any && previous >= 20 && previous < 100 && previous % 10 == 0
                     && ScanLexicons.Ordinals.TryGet(word, out double ordinalUnit) && ordinalUnit < 10 && context.Touches(i))
            {
                group += ordinalUnit; // "twenty-first"
                ordinal = true;
                last = i;
                break;
            }
            else if (any && previous >= 100 && ScanLexicons.Ordinals.TryGet(word, out double ordinalScale) && ordinalScale >= 100)
            {
                group = (group == 0 ? 1 : group) * ordinalScale; // "one hundredth"
                ordinal = true;
                last = i;
                break;
            }
            else
            {
                break;
            }

            // Joiners: "twenty-five" (hyphen), "hundred and five".
            int next = i + 1;
            if (context.IsDash(next) && context.Touches(next) && context.Touches(next + 1) && context.IsWord(next + 1))
            {
                i = next + 1;
                continue;
            }
            if (context.Is(next, "and") && previous >= 100 && context.IsWord(next + 1)
                && ScanLexicons.NumberWords.TryGet(context.Span(next + 1), out var after) && after.Role == NumberWordRole.Unit)
            {
                i = next + 1;
                continue;
            }
            i = next;
        }
        if (!any)
        {
            match = default;
            return false;
        }
        double value = total + group;
        // "four and a half", "four-and-a-half".
        if (!ordinal && context.Is(NextWord(context, last), "and") && context.Is(NextWord(context, NextWord(context, last)), "a")
            && context.Is(NextWord(context, NextWord(context, NextWord(context, last))), "half"))
        {
            value += 0.5;
            last = NextWord(context, NextWord(context, NextWord(context, last)));
        }
        // "one-third", "two-thirds", "three-quarters": a fraction.
        if (!ordinal && context.IsDash(last + 1) && context.Touches(last + 1) && context.IsWord(last + 2) && context.Touches(last + 2)
            && TryDenominator(context.Span(last + 2), out double denominator))
        {
            value = Math.Round(value / denominator, 4);
            last += 2;
        }
        match = new NumberMatch(startToken, last, value, NumberForm.Words, ordinal, false, false);
        return true;
    }

    // The next word token, stepping over one joining hyphen ("four-and-a-half").
    private static int NextWord(ScanContext context, int index)
    {
        int next = index + 1;
        return context.IsDash(next) && context.Touches(next) && context.Touches(next + 1) ? next + 1 : next;
    }

    private static bool TryDenominator(ReadOnlySpan<char> word, out double denominator)
    {
        if (word.Equals("half", StringComparison.OrdinalIgnoreCase) || word.Equals("halves", StringComparison.OrdinalIgnoreCase))
        {
            denominator = 2;
            return true;
        }
        if (word.StartsWith("quarter", StringComparison.OrdinalIgnoreCase) && word.Length <= 8)
        {
            denominator = 4;
            return true;
        }
        var singular = word.Length > 3 && (word[^1] == 's' || word[^1] == 'S') ? word[..^1] : word;
        return ScanLexicons.Ordinals.TryGet(singular, out denominator) && denominator >= 3;
    }
}
