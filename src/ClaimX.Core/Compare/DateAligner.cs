using ClaimX.Core.Claims;

namespace ClaimX.Core.Compare;

/// <summary>
/// Sets the dates of claims that report one statement side by side, one alignment per kind (date, duration,
/// range): within a statement, dates of one kind are taken to be about the same happening. They differ by the
/// same rule as figures: each of two sources states a value the other does not. Partial dates ("XXXX-03-10")
/// agree with any date they fit.
/// </summary>
public static class DateAligner
{
    public static IReadOnlyList<DateAlignment> Align(IEnumerable<Claim> claims)
    {
        var items = claims.SelectMany(c => c.Dates.Select(d => (Source: ClaimSource.Of(c), Claim: c, Date: d))).ToList();
        var alignments = new List<DateAlignment>();
        foreach (var kind in items.GroupBy(i => i.Date.Kind, StringComparer.Ordinal))
        {
            var sources = kind.Select(i => i.Source).Distinct(StringComparer.Ordinal).ToList();
            if (sources.Count < 2)
            {
                continue;
            }
            bool differs = false;
            for (int x = 0; x < sources.Count && !differs; x++)
            {
                for (int y = x + 1; y < sources.Count && !differs; y++)
                {
                    var a = kind.Where(i => i.Source == sources[x]).Select(i => i.Date.Value).ToList();
                    var b = kind.Where(i => i.Source == sources[y]).Select(i => i.Date.Value).ToList();
                    differs = a.Any(v => !b.Any(w => Agree(v, w))) && b.Any(w => !a.Any(v => Agree(v, w)));
                }
            }
            var values = kind.Select(i => new AlignedDate(i.Source, i.Claim.Id, i.Date.Text, i.Date.Value)).ToList();
            alignments.Add(new DateAlignment(kind.Key, !differs, values));
        }
        return alignments;
    }

    /// <summary>Equal ISO values, where an 'X' in either stands for any digit.</summary>
    public static bool Agree(string a, string b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }
        for (int i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i] && a[i] != 'X' && b[i] != 'X')
            {
                return false;
            }
        }
        return true;
    }
}
