using ClaimX.Core.Claims;
using ClaimX.Core.Compare;
using FsCheck;
using FsCheck.Fluent;

namespace ClaimX.Core.Tests.Compare;

/// <summary>Invariants of grouping over random mixes of speakers, wordings and outlets.</summary>
public class ClaimGrouperPropertyTests
{
    private static readonly string[] Sources = ["Daily Ledger", "Coast Times", "Metro Post"];

    private static readonly string[] Speakers =
    [
        "Mayor Dana Whitfield", "Whitfield", "Dana Whitfield", "Fire Chief Omar Reyes", "Reyes", "the Riverton Fire Department",
        "a spokeswoman for the Riverton Fire Department", "the county emergency office", "Gov. Maria Alvarez", "Jose Alvarez",
    ];

    private static readonly string[] Quotes =
    [
        "The water is receding.", "We expect residents to return home by Friday.",
        "The water is receding. We expect residents to return home by Friday.", "residents could return home by Friday",
        "crews rescued 57 people from rooftops overnight", "The bridge will stay closed until engineers inspect it.",
        "the flood damaged 340 homes along the river", "engineers will inspect the bridge on Thursday",
    ];

    private static Gen<List<Claim>> ClaimSets() =>
        (from source in Gen.Choose(0, Sources.Length - 1)
         from speaker in Gen.Choose(0, Speakers.Length - 1)
         from quote in Gen.Choose(0, Quotes.Length - 1)
         select (Item1: source, Item2: speaker, Item3: quote))
            .ListOf()
            .Select(picks => picks.Select((p, n) => new Claim
            {
                Article = Sources[p.Item1] + ".txt",
                Source = Sources[p.Item1],
                Id = $"{Sources[p.Item1]}#{n}",
                Kind = ClaimKinds.Direct,
                Speaker = Speakers[p.Item2],
                Quote = Quotes[p.Item3],
                Start = n * 100,
                End = n * 100 + Quotes[p.Item3].Length,
                Paragraph = 1,
            }).ToList());

    [Fact]
    public void Every_claim_is_in_exactly_one_group_and_grouped_speakers_all_match()
    {
        Prop.ForAll(ClaimSets().ToArbitrary(), claims =>
            {
                var groups = ClaimGrouper.Group(claims);
                bool partition = groups.SelectMany(g => g.Claims).Select(c => c.Id).Order()
                    .SequenceEqual(claims.Select(c => c.Id).Order());
                bool speakersMatch = groups.All(g => g.Claims.All(a => g.Claims.All(b =>
                    ReferenceEquals(a, b) || SpeakerMatcher.Matches(a.Speaker, b.Speaker))));
                bool linkedAcrossSources = groups.All(g => g.Claims.Count == 1 || g.Sources.Count > 1);
                return partition && speakersMatch && linkedAcrossSources;
            })
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Grouping_does_not_depend_on_the_order_of_the_input()
    {
        var shuffled = from claims in ClaimSets()
                       from keys in Gen.Choose(0, 1_000_000).ArrayOf(claims.Count)
                       select (Claims: claims, Shuffled: claims.Zip(keys).OrderBy(pair => pair.Second).Select(pair => pair.First).ToList());
        Prop.ForAll(shuffled.ToArbitrary(), input =>
                Partition(ClaimGrouper.Group(input.Claims)).SetEquals(Partition(ClaimGrouper.Group(input.Shuffled))))
            .QuickCheckThrowOnFailure();
    }

    // The groups as sets of claim ids, so that two groupings compare whatever order their groups are listed in.
    private static HashSet<string> Partition(IReadOnlyList<ClaimGroup> groups) =>
        groups.Select(g => string.Join("|", g.Claims.Select(c => c.Id).Order(StringComparer.Ordinal))).ToHashSet(StringComparer.Ordinal);
}
