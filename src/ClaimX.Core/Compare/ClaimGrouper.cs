using ClaimX.Core.Claims;

namespace ClaimX.Core.Compare;

/// <summary>
/// Groups claims from several articles that report the same statement. Each claim is linked to its most similar
/// claim in each other source, provided the speakers match (<see cref="SpeakerMatcher"/>) and the contents are
/// similar (<see cref="ContentSimilarity.IsSimilar"/>); linked claims form a group. Linking only to the best match
/// keeps a loosely related paraphrase from pulling two different statements into one group, and a link is refused
/// when it would put speakers that do not match each other in one group. Claims of one source join a group only
/// through another source, which is how a quote one outlet splits in two meets the other outlet's whole quote.
/// </summary>
public static class ClaimGrouper
{
    public static IReadOnlyList<ClaimGroup> Group(IReadOnlyList<Claim> claims)
    {
        var entries = claims.Select(c => new Entry(c, ClaimSource.Of(c), SpeakerParser.Parse(c), WordNormalizer.ContentWords(c.Quote))).ToList();
        var sources = entries.Select(e => e.Source).Distinct(StringComparer.Ordinal).ToList();
        var components = new Components(entries.Count);

        for (int i = 0; i < entries.Count; i++)
        {
            foreach (var source in sources)
            {
                if (source == entries[i].Source)
                {
                    continue;
                }
                int best = BestMatch(entries, i, source);
                if (best >= 0)
                {
                    components.UnionIf(i, best, (x, y) => SpeakersAgree(entries, components, x, y));
                }
            }
        }

        return components.Members()
            .Select(members => new ClaimGroup(members.Select(m => entries[m].Claim).ToList()))
            .ToList();
    }

    private static int BestMatch(List<Entry> entries, int i, string source)
    {
        int best = -1;
        ContentSimilarity bestScore = default;
        for (int j = 0; j < entries.Count; j++)
        {
            if (entries[j].Source != source || !SpeakerMatcher.Matches(entries[i].Speaker, entries[j].Speaker))
            {
                continue;
            }
            var score = ContentSimilarity.Of(entries[i].Words, entries[j].Words);
            if (score.IsSimilar && (best < 0 || score.IsBetterThan(bestScore)))
            {
                best = j;
                bestScore = score;
            }
        }
        return best;
    }

    private static bool SpeakersAgree(List<Entry> entries, Components components, int rootA, int rootB)
    {
        var left = components.MembersOf(rootA);
        var right = components.MembersOf(rootB);
        return left.All(x => right.All(y => SpeakerMatcher.Matches(entries[x].Speaker, entries[y].Speaker)));
    }

    private sealed record Entry(Claim Claim, string Source, SpeakerIdentity Speaker, HashSet<string> Words);

    /// <summary>Union-find over claim indices; groups come out ordered by their first claim.</summary>
    private sealed class Components(int count)
    {
        private readonly int[] _parent = Enumerable.Range(0, count).ToArray();

        public int Find(int x)
        {
            while (_parent[x] != x)
            {
                _parent[x] = _parent[_parent[x]];
                x = _parent[x];
            }
            return x;
        }

        public void UnionIf(int a, int b, Func<int, int, bool> allowed)
        {
            int ra = Find(a), rb = Find(b);
            if (ra != rb && allowed(ra, rb))
            {
                _parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
            }
        }

        public List<int> MembersOf(int root)
        {
            int r = Find(root);
            var members = new List<int>();
            for (int i = 0; i < _parent.Length; i++)
            {
                if (Find(i) == r)
                {
                    members.Add(i);
                }
            }
            return members;
        }

        public List<List<int>> Members()
        {
            var byRoot = new Dictionary<int, List<int>>();
            var order = new List<List<int>>();
            for (int i = 0; i < _parent.Length; i++)
            {
                int r = Find(i);
                if (!byRoot.TryGetValue(r, out var list))
                {
                    list = [];
                    byRoot[r] = list;
                    order.Add(list);
                }
                list.Add(i);
            }
            return order;
        }
    }
}
