using ClaimX.Core.Claims;

namespace ClaimX.Core.Compare;

/// <summary>
/// Sets figures about related things (<see cref="FigureThing.RelationTo"/>: the same thing, or within a statement a
/// kind of it) side by side across sources and decides whether they differ. Two figures are set side by side when
/// they are about the same thing, or when one counts a kind of the other's thing and the two agree or differ
/// (<see cref="FigureAgreement.Compare"/>); a count of a kind that is merely below the broader count is another
/// set and is left out. Sources A and B differ about a thing when A states a figure of it that no figure of B
/// agrees with while some figure of B differs from it, and the same holds the other way round. One outlet giving
/// an extra figure of the same thing (a count for one town besides the national total) is therefore not a
/// conflict; two outlets giving different totals are.
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
                i.Figure.Text, i.Figure.Value, i.Figure.Qualifier, i.Figure.Unit)).ToList();
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

    /// <summary>True when some figure of <paramref name="mine"/> has a counterpart in <paramref name="theirs"/> that
    /// differs from it and none that agrees with it.</summary>
    private static bool HasUnmatched(List<Item> mine, List<Item> theirs, FigureScope scope) =>
        mine.Any(m =>
        {
            var verdicts = theirs.Select(t => Verdict(m, t, scope)).Where(v => v != FigureVerdict.Unaligned).ToList();
            return verdicts.Count > 0 && !verdicts.Contains(FigureVerdict.Agree);
        });

    private static FigureVerdict Verdict(Item a, Item b, FigureScope scope) =>
        FigureAgreement.Compare(a.Figure, b.Figure, a.Thing.RelationTo(b.Thing, scope));

    /// <summary>Connected sets of figures set side by side. Only figures whose units share a broadest thing (or,
    /// without a unit, the same measure) can relate, so each such bucket is clustered on its own.</summary>
    private static List<List<Item>> Cluster(List<Item> items, FigureScope scope)
    {
        var parent = Enumerable.Range(0, items.Count).ToArray();
        int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        var buckets = Enumerable.Range(0, items.Count)
            .GroupBy(i => items[i].Thing.Root is { } root ? "u:" + root : "m:" + items[i].Thing.Measure, StringComparer.Ordinal);
        foreach (var bucket in buckets)
        {
            var members = bucket.ToList();
            for (int x = 0; x < members.Count; x++)
            {
                for (int y = x + 1; y < members.Count; y++)
                {
                    var (a, b) = (items[members[x]], items[members[y]]);
                    var relation = a.Thing.RelationTo(b.Thing, scope);
                    if (relation == UnitRelation.Same
                        || (relation != UnitRelation.Unrelated && FigureAgreement.Compare(a.Figure, b.Figure, relation) != FigureVerdict.Unaligned))
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

    // The most specific description in the cluster: one that names a measure; among counts of a thing and its
    // kinds, the broadest thing ("people" for people and troops); else the first.
    private static string Describe(List<Item> cluster) =>
        (cluster.FirstOrDefault(i => i.Thing.Measure is not null) ?? cluster.MinBy(i => i.Thing.Depth)!).Thing.ToString();

    private sealed record Item(string Source, Claim Claim, Figure Figure, FigureThing Thing);
}
