using System.Text.RegularExpressions;
using ClaimX.Core.Lexicons;

namespace ClaimX.Core.Articles;

/// <summary>
/// Infers the outlet from what an article says about its own making, when no front matter or option names it:
/// a byline ("This article was written by Susannah George, a reporter for The Washington Post.", "AWR Hawkins is the
/// Second Amendment columnist for Breitbart News") or a credit line ("Fox News' Adam Shaw ... contributed to this
/// report"). Only the first and last few paragraphs are read, because that is where such lines stand, and the same
/// words elsewhere usually describe someone being quoted ("Newkirk, a writer for The Atlantic, said"). Never looks at
/// the file name. Returns null when nothing says it.
/// </summary>
public static partial class SourceInference
{
    private const int EdgeParagraphs = 3;

    private static readonly HashSet<string> BylineRoles =
        new(LexiconResource.ReadLines("byline-roles.txt"), StringComparer.OrdinalIgnoreCase);

    // An outlet name: capitalised words (with "of", "the" or "&" inside), e.g. "The Washington Post", "Fox News".
    private const string Outlet = @"(?<outlet>(?:The\s+)?" + Word + @"(?:\s+(?:(?:of|the|&)\s+)?" + Word + @")*)";

    // A capitalised word; a full stop only inside it ("U.S."), so that a sentence end closes the name.
    private const string Word = @"[A-Z](?:[\w&-]|\.(?=\S))*";

    // "..., a reporter for The Washington Post" written after "by <name>", or "<Name> is the columnist for X".
    [GeneratedRegex(@"\bby\s+[A-Z][^,.;]{1,60},\s+(?:a|an|the)\s+(?<role>[\w\s-]{1,60}?)\s+(?:for|at|with)\s+" + Outlet)]
    private static partial Regex WrittenBy();

    [GeneratedRegex(@"^[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,4}\s+(?:is|was)\s+(?:a|an|the)\s+(?<role>[\w\s-]{1,60}?)\s+(?:for|at|with)\s+" + Outlet)]
    private static partial Regex IsRoleFor();

    // "Fox News' Adam Shaw and ... contributed", "The Washington Post's Sharif Hassan contributed this report."
    [GeneratedRegex(@"^(?:Additional\s+reporting:?\s+)?" + Outlet + @"(?:'s?|’s?)\s+[A-Z][^.]{0,160}?\bcontributed\b")]
    private static partial Regex PossessiveCredit();

    public static string? Infer(string text, int bodyStart = 0)
    {
        var paragraphs = SplitParagraphs(text, bodyStart);
        int count = paragraphs.Count;
        // The end of an article first: credits and author notes are more often at the bottom than bylines at the top.
        for (int k = count - 1; k >= 0; k--)
        {
            if (k >= EdgeParagraphs && k < count - EdgeParagraphs)
            {
                continue;
            }
            var (start, end) = paragraphs[k];
            if (FromParagraph(text.Substring(start, end - start)) is { } outlet)
            {
                return outlet;
            }
        }
        return null;
    }

    private static string? FromParagraph(string paragraph)
    {
        var credit = PossessiveCredit().Match(paragraph);
        if (credit.Success)
        {
            return Clean(credit.Groups["outlet"].Value);
        }
        foreach (var regex in (ReadOnlySpan<Regex>)[WrittenBy(), IsRoleFor()])
        {
            var match = regex.Match(paragraph);
            if (match.Success && IsBylineRole(match.Groups["role"].Value))
            {
                return Clean(match.Groups["outlet"].Value);
            }
        }
        return null;
    }

    private static bool IsBylineRole(string role)
    {
        var words = role.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return words.Length > 0 && BylineRoles.Contains(words[^1]);
    }

    private static string? Clean(string outlet)
    {
        outlet = outlet.TrimEnd('.', ',', '\'', '’');
        return outlet.Length == 0 ? null : outlet;
    }

    private static List<(int Start, int End)> SplitParagraphs(string text, int bodyStart)
    {
        var paragraphs = new List<(int, int)>();
        int pos = bodyStart;
        while (pos < text.Length)
        {
            int newline = text.IndexOf('\n', pos);
            int end = newline < 0 ? text.Length : newline;
            int start = pos;
            while (start < end && char.IsWhiteSpace(text[start])) start++;
            int stop = end;
            while (stop > start && char.IsWhiteSpace(text[stop - 1])) stop--;
            if (stop > start)
            {
                paragraphs.Add((start, stop));
            }
            pos = end + 1;
        }
        return paragraphs;
    }
}
