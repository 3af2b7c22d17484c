using ClaimX.Core.Text;
using ClaimX.Core.Scanning;

namespace ClaimX.Core.Figures;

/// <summary>
/// Numbers that are part of a name, code or list rather than a count: "COVID-19", "F-16", "G20", "5G", "9/11",
/// "24/7", "Route 66", "Section 8", "Boeing 737", "Air Force One", list markers ("1." or "(2)" opening a line).
/// Numbers inside dates and clock times are masked separately by the date scanner.
/// </summary>
internal static class NonFigureRules
{
    // News writes counts above this many digits with commas or words ("1.2 billion").
    private const int MaxUngroupedDigits = 9;

    public static bool IsNameOrCode(ScanContext c, NumberMatch number)
    {
        int first = number.FirstToken;
        int last = number.LastToken;
        // Handles and tags: "@Fred_945", "#Election2016".
        if ((c.Touches(first) && c.Valid(first - 1) && c.Kind(first - 1) == ScanTokenKind.Symbol && c.Text[c[first - 1].Start] is '_' or '@' or '#')
            || (c.IsSymbol(last + 1, '_') && c.Touches(last + 1)))
        {
            return true;
        }
        // The tail of a hyphenated compound or name: "high-five", "F-16", "COVID-19".
        if (c.Touches(first) && c.IsDash(first - 1) && c.Touches(first - 1) && c.IsWord(first - 2))
        {
            return true;
        }
        if (number.Form == NumberForm.Words)
        {
            // A capitalized number word inside a sentence names something ("Air Force One", "Formula One").
            return c.IsCapitalized(first) && !IsSentenceStart(c, first) && !(c.Is(first, "a") || c.Is(first, "an"));
        }
        // Long digit strings without grouping are identifiers (tweet or account ids, phone numbers).
        if (c.Span(first).Length > MaxUngroupedDigits && c.Span(first).IndexOfAny(',', '.') < 0)
        {
            return true;
        }
        // Three or more digit groups joined by dashes: phone numbers and codes ("800-273-8255").
        if (DashGroups(c, first) >= 3)
        {
            return true;
        }
        // Glued to letters before: "G20", "MH17"; after a hyphenated prefix: "F-16", "COVID-19", "B-52".
        if (c.Touches(first) && c.IsWord(first - 1))
        {
            return true;
        }
        if (c.Touches(first) && c.IsDash(first - 1) && c.Touches(first - 1) && c.IsWord(first - 2))
        {
            return true;
        }
        // Fractions and codes with slashes: "9/11", "24/7", "1/2".
        if ((c.Touches(first) && c.IsSymbol(first - 1, '/')) || (c.IsSymbol(last + 1, '/') && c.Touches(last + 1)))
        {
            return true;
        }
        // Glued letters after that are not a unit abbreviation: "5G", "3D" (but "5km", "10kg" are measures).
        if (c.IsWord(last + 1) && c.Touches(last + 1))
        {
            var suffix = c.Span(last + 1);
            // A glued "s" is a decade or an age bracket ("the 1990s", "her early 20s").
            bool unitAbbreviation = suffix.Length <= 3 && IsAllLower(suffix) && !suffix.Equals("s", StringComparison.Ordinal);
            if (!unitAbbreviation)
            {
                return true;
            }
        }
        // "No. 10", "Route 66", "section 8".
        int before = c.IsSymbol(first - 1, '.') && c.Touches(first - 1) ? first - 2 : first - 1;
        if (c.IsWord(before) && ScanLexicons.CodePrefixes.Contains(c.Span(before)))
        {
            return true;
        }
        // A capitalized name right before the digits ("Boeing 737", "Windows 10", "Apollo 11").
        if (c.IsWord(first - 1) && c.IsCapitalized(first - 1) && !IsSentenceStart(c, first - 1) && IsNameWord(c, first - 1))
        {
            return true;
        }
        return false;
    }

    /// <summary>"131 West 23rd Street", "10 Downing St.", "5th Avenue": a house number or street name.</summary>
    public static bool IsAddress(ScanContext c, NumberMatch number)
    {
        if (number.Form != NumberForm.Digits)
        {
            return false;
        }
        // Up to three capitalized words (or ordinals like "23rd") and then a street word.
        int i = number.LastToken + 1;
        for (int words = 0; words <= 3 && c.Valid(i); words++)
        {
            if (c.IsWord(i) && c.IsCapitalized(i) && ScanLexicons.StreetWords.Contains(c.Span(i)))
            {
                return true;
            }
            if (c.IsWord(i) && c.IsCapitalized(i))
            {
                i++;
            }
            else if (c.IsNumber(i) && c.IsWord(i + 1) && c.Touches(i + 1))
            {
                i += 2; // "23rd"
            }
            else
            {
                return false;
            }
        }
        return false;
    }

    // How many dash-joined digit groups the group at index belongs to.
    private static int DashGroups(ScanContext c, int index)
    {
        int start = index;
        while (c.IsDash(start - 1) && c.Touches(start) && c.Touches(start - 1) && c.IsNumber(start - 2))
        {
            start -= 2;
        }
        int groups = 1;
        for (int i = start; c.IsDash(i + 1) && c.Touches(i + 1) && c.Touches(i + 2) && c.IsNumber(i + 2); i += 2)
        {
            groups++;
        }
        return groups;
    }

    /// <summary>"1." or "2)" opening a line, or "(3)" in running text: a list marker.</summary>
    public static bool IsListMarker(ScanContext c, NumberMatch number)
    {
        if (number.Form != NumberForm.Digits || number.FirstToken != number.LastToken)
        {
            return false;
        }
        int i = number.FirstToken;
        bool lineStart = c[i].Start == 0 || IsLineStart(c.Text, c[i].Start);
        if (lineStart && (c.IsSymbol(i + 1, '.') || c.IsSymbol(i + 1, ')')) && c.Touches(i + 1))
        {
            return true;
        }
        return c.IsSymbol(i - 1, '(') && c.Touches(i) && c.IsSymbol(i + 1, ')') && c.Touches(i + 1) && c.Span(i).Length <= 2;
    }

    public static bool IsSentenceStart(ScanContext c, int index)
    {
        int before = index - 1;
        while (c.Valid(before) && c.Kind(before) == ScanTokenKind.Symbol && c.Text[c[before].Start] is '"' or '\u201C' or '\'' or '\u2018' or '(')
        {
            before--;
        }
        return !c.Valid(before) || c.IsSentenceEnd(before) || IsLineStart(c.Text, c[index].Start) || c.IsSymbol(before, ':');
    }

    private static bool IsNameWord(ScanContext c, int index)
    {
        var word = c.Span(index);
        return !ScanLexicons.UnitStopWords.Contains(word) && !ScanLexicons.Months.Contains(word) && !ScanLexicons.Weekdays.Contains(word)
            && !ScanLexicons.Currencies.Contains(word) && !ScanLexicons.Qualifiers.MatchEndingAt(c, index, out _, out _)
            && !ScanLexicons.DurationCues.Contains(word);
    }

    private static bool IsLineStart(string text, int offset)
    {
        for (int i = offset - 1; i >= 0; i--)
        {
            if (text[i] == '\n')
            {
                return true;
            }
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsAllLower(ReadOnlySpan<char> s)
    {
        foreach (char ch in s)
        {
            if (!TextChars.IsLower(ch))
            {
                return false;
            }
        }
        return true;
    }
}
