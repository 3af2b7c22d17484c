using ClaimX.Core.Claims;

namespace ClaimX.Core.Compare;

/// <summary>
/// Sets figures about the same thing (<see cref="FigureThing.IsCompatibleWith"/>) side by side across sources and
/// decides whether they differ. Sources A and B differ about a thing when A states a figure of it that no figure
/// of B agrees with, and B states one that no figure of A agrees with. One outlet giving an extra figure of the
/// same thing (a count for one town besides the national total) is therefore not a conflict; two outlets giving
/// different totals are.
/// </summary>
public static class FigureAligner
{
    /// <summary>Alignments that span at least two sources, in order of first appearance.</summary>
    public static IReadOnlyList<FigureAlignment> Align(IEnumerable<Claim> claims, FigureScope scope = FigureScope.WithinStatement)
    {
        bool across = scope == FigureScope.AcrossStatements;
        var items = new List<Item>();
        foreach (var claim in claims)
        {
            foreach (var figure in claim.Figures)
            {
                if (FigureThing.Of(claim, figure) is { } thing && !(across && (thing.IsTimeSpan || IsRank(figure.Text))))
                {
                    items.Add(new Item(ClaimSource.Of(claim), claim, figure, thing));
                }
            }
        }

        var clusters = Cluster(items, scope);
        var alignments = new List<FigureAlignment>();
        foreach (var cluster in clusters)
        {
            if (cluster.Select(i => i.Source).Distinct(StringComparer.Ordinal).Count() < 2)
            {
                continue;
            }
            var values = cluster.Select(i => new AlignedFigure(i.Source, i.Claim.Id, i.Claim.Speaker ?? i.Claim.SpeakerMention,
                i.Figure.Text, i.Figure.Value, i.Figure.Qualifier)).ToList();
            alignments.Add(new FigureAlignment(Describe(cluster), !Differs(cluster, scope), values));
        }
        return alignments;
    }

    private static bool Differs(List<Item> cluster, FigureScope scope)
    {
        var sources = cluster.Select(i => i.Source).Distinct(StringComparer.Ordinal).ToList();
        for (int x = 0; x < sources.Count; x++)
        {
            for (int y = x + 1; y < sources.Count; y++)
            {
                var a = cluster.Where(i => i.Source == sources[x]).ToList();
                var b = cluster.Where(i => i.Source == sources[y]).ToList();
                if (HasUnmatched(a, b, scope) && HasUnmatched(b, a, scope))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>True when some figure of <paramref name="mine"/> has a counterpart about the same thing in
    /// <paramref name="theirs"/> but none that agrees with it.</summary>
    private static bool HasUnmatched(List<Item> mine, List<Item> theirs, FigureScope scope) =>
        mine.Any(m =>
        {
            var same = theirs.Where(t => t.Thing.IsCompatibleWith(m.Thing, scope)).ToList();
            return same.Count > 0 && !same.Any(t => FigureAgreement.Agree(m.Figure, t.Figure));
        });

    /// <summary>Connected sets of figures about compatible things. Only figures with the same unit (or, without a
    /// unit, the same measure) can be compatible, so each such bucket is clustered on its own.</summary>
    private static List<List<Item>> Cluster(List<Item> items, FigureScope scope)
    {
        var parent = Enumerable.Range(0, items.Count).ToArray();
        int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        var buckets = Enumerable.Range(0, items.Count)
            .GroupBy(i => items[i].Thing.Unit is { } unit ? "u:" + unit : "m:" + items[i].Thing.Measure, StringComparer.Ordinal);
        foreach (var bucket in buckets)
        {
            var members = bucket.ToList();
            for (int x = 0; x < members.Count; x++)
            {
                for (int y = x + 1; y < members.Count; y++)
                {
                    if (items[members[x]].Thing.IsCompatibleWith(items[members[y]].Thing, scope))
                    {
                        int rx = Find(members[x]), ry = Find(members[y]);
                        parent[Math.Max(rx, ry)] = Math.Min(rx, ry);
                    }
                }
            }
        }
        return Enumerable.Range(0, items.Count)
            .GroupBy(Find)
            .OrderBy(g => g.Key)
            .Select(g => g.Select(i => items[i]).ToList())
            .ToList();
    }

    /// <summary>A rank ("1st", "first") orders things rather than counting them.</summary>
    private static bool IsRank(string text)
    {
        var word = WordNormalizer.Lower(text.AsSpan().Trim());
        if (CompareLexicons.NumberWords.TryGetValue(word, out var digits))
        {
            word = digits;
        }
        return word.Length > 2 && char.IsDigit(word[0]) && (word.EndsWith("st", StringComparison.Ordinal)
            || word.EndsWith("nd", StringComparison.Ordinal) || word.EndsWith("rd", StringComparison.Ordinal)
            || word.EndsWith("th", StringComparison.Ordinal));
    }

    // The most specific description in the cluster: one that names a measure, else the first.
    private static string Describe(List<Item> cluster) =>
        (cluster.FirstOrDefault(i => i.Thing.Measure is not null) ?? cluster[0]).Thing.ToString();

    private sealed record Item(string Source, Claim Claim, Figure Figure, FigureThing Thing);
}
