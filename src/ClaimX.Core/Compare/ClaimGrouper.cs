using ClaimX.Core.Claims;

namespace ClaimX.Core.Compare;

/// <summary>
/// Groups claims from several articles that report the same statement. Each claim is linked to its most similar
/// claim in each other source, provided the speakers match (<see cref="SpeakerMatcher"/>) and the contents are
/// similar (<see cref="ClaimText.Compare"/>: whole claims, or a sentence or quoted stretch of one against the other);
/// linked claims form a group. Linking only to the best match
/// keeps a loosely related paraphrase from pulling two different statements into one group, and a link is refused
/// when it would put speakers that do not match each other in one group. Claims of one source join a group only
/// through another source, which is how a quote one outlet splits in two meets the other outlet's whole quote.
/// </summary>
public static class ClaimGrouper
{
    public static IReadOnlyList<ClaimGroup> Group(IReadOnlyList<Claim> claims)
    {
        var speakers = new SpeakerTable();
        // Ties between equally good matches and refused links are settled in processing order; a canonical order
        // (article, position, id) makes the grouping the same however the input is ordered.
        // Groups and their claims are still listed in input order.
        var order = Enumerable.Range(0, claims.Count).OrderBy(i => claims[i].Article, StringComparer.Ordinal).ThenBy(i => claims[i].Start)
            .ThenBy(i => claims[i].End).ThenBy(i => claims[i].Id, StringComparer.Ordinal).ToArray();
        var ordered = order.Select(i => claims[i]).ToList();
        var entries = ordered.Select(c => new Entry(c, ClaimSource.Of(c), speakers.IdOf(c), new ClaimText(c.Quote))).ToList();
        var components = new Components(entries.Count);

        // Which claims use each content word: only claims sharing words are ever scored against each other.
        var byWord = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < entries.Count; i++)
        {
            foreach (var word in entries[i].Text.Words)
            {
                if (!byWord.TryGetValue(word, out var list))
                {
                    byWord[word] = list = [];
                }
                list.Add(i);
            }
        }

        var shared = new Dictionary<int, int>();
        for (int i = 0; i < entries.Count; i++)
        {
            shared.Clear();
            foreach (var word in entries[i].Text.Words)
            {
                foreach (int j in byWord[word])
                {
                    if (entries[j].Source != entries[i].Source)
                    {
                        shared[j] = shared.GetValueOrDefault(j) + 1;
                    }
                }
            }
            foreach (int best in BestPerSource(entries, speakers, i, shared))
            {
                components.UnionIf(i, best, (left, right) =>
                    left.All(x => right.All(y => speakers.Match(entries[x].Speaker, entries[y].Speaker))));
            }
        }

        return components.Groups()
            .Select(members => members.Select(m => order[m]).Order().ToList())
            .OrderBy(inputIndices => inputIndices[0])
            .Select(inputIndices => new ClaimGroup(inputIndices.Select(i => claims[i]).ToList()))
            .ToList();
    }

    /// <summary>For each other source, the candidate with a matching speaker and the best similar content; ties go
    /// to the claim that comes first.</summary>
    private static IEnumerable<int> BestPerSource(List<Entry> entries, SpeakerTable speakers, int i, Dictionary<int, int> shared)
    {
        var best = new Dictionary<string, (int Index, ContentSimilarity Score)>(StringComparer.Ordinal);
        foreach (var (j, count) in shared.OrderBy(p => p.Key))
        {
            // Fewer shared words than MinShared can only match verbatim, which needs all words of a claim or fragment.
            if (count < ContentSimilarity.MinShared && count < Math.Min(entries[i].Text.SmallestWordCount, entries[j].Text.SmallestWordCount))
            {
                continue;
            }
            if (!speakers.Match(entries[i].Speaker, entries[j].Speaker))
            {
                continue;
            }
            var score = ClaimText.Compare(entries[i].Text, entries[j].Text);
            if (!score.IsSimilar)
            {
                continue;
            }
            if (!best.TryGetValue(entries[j].Source, out var current) || score.IsBetterThan(current.Score))
            {
                best[entries[j].Source] = (j, score);
            }
        }
        return best.Values.Select(b => b.Index);
    }

    private sealed record Entry(Claim Claim, string Source, int Speaker, ClaimText Text);

    /// <summary>Each distinct speaker (name and role) parsed once, and each pair of them matched once.</summary>
    private sealed class SpeakerTable
    {
        private readonly Dictionary<(string?, string?), int> _ids = new();
        private readonly List<SpeakerIdentity> _identities = [];
        private readonly Dictionary<(int, int), bool> _matches = new();

        public int IdOf(Claim claim)
        {
            var key = (claim.Speaker ?? claim.SpeakerMention, claim.SpeakerRole);
            if (!_ids.TryGetValue(key, out int id))
            {
                id = _identities.Count;
                _identities.Add(SpeakerParser.Parse(claim));
                _ids[key] = id;
            }
            return id;
        }

        public bool Match(int a, int b)
        {
            var key = a <= b ? (a, b) : (b, a);
            if (!_matches.TryGetValue(key, out bool match))
            {
                match = SpeakerMatcher.Matches(_identities[a], _identities[b]);
                _matches[key] = match;
            }
            return match;
        }
    }

    /// <summary>Union-find over claim indices that keeps each component's members, so a union can be vetted
    /// against both sides; groups come out ordered by their first claim.</summary>
    private sealed class Components
    {
        private readonly int[] _parent;
        private readonly List<int>[] _members;

        public Components(int count)
        {
            _parent = Enumerable.Range(0, count).ToArray();
            _members = Enumerable.Range(0, count).Select(i => new List<int> { i }).ToArray();
        }

        public void UnionIf(int a, int b, Func<List<int>, List<int>, bool> allowed)
        {
            int ra = Find(a), rb = Find(b);
            if (ra == rb || !allowed(_members[ra], _members[rb]))
            {
                return;
            }
            var (root, child) = ra < rb ? (ra, rb) : (rb, ra);
            _parent[child] = root;
            _members[root].AddRange(_members[child]);
            _members[child] = [];
        }

        public IEnumerable<List<int>> Groups() =>
            Enumerable.Range(0, _parent.Length).Where(i => _parent[i] == i).Select(i => _members[i].Order().ToList());

        private int Find(int x)
        {
            while (_parent[x] != x)
            {
                _parent[x] = _parent[_parent[x]];
                x = _parent[x];
            }
            return x;
        }
    }
}
