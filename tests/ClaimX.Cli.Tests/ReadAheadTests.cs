using ClaimX.Cli.Tests.Support;
using ClaimX.Cli.Processing;

namespace ClaimX.Cli.Tests;

public class ReadAheadTests
{
    [Fact]
    public void Results_come_in_source_order_mapped_on_another_thread()
    {
        int caller = Environment.CurrentManagedThreadId;
        var mappedOn = new HashSet<int>();

        var results = ReadAhead.Run(Enumerable.Range(0, 1000), i => { lock (mappedOn) mappedOn.Add(Environment.CurrentManagedThreadId); return i * 3; },
            _ => 1, capacity: 4, budget: 100, CancellationToken.None).ToList();

        results.Should().Equal(Enumerable.Range(0, 1000).Select(i => i * 3));
        mappedOn.Should().ContainSingle().Which.Should().NotBe(caller);
    }

    [Fact]
    public void Never_holds_more_than_the_capacity_ahead_of_the_consumer()
    {
        long mapped = 0, maxAhead = 0;
        int consumed = 0;

        foreach (var _ in ReadAhead.Run(Enumerable.Range(0, 300), i => Interlocked.Increment(ref mapped), _ => 1, capacity: 5, budget: long.MaxValue, CancellationToken.None))
        {
            // A slow consumer, so that the reader runs into the bound.
            Thread.Sleep(consumed % 30 == 0 ? 5 : 0);
            consumed++;
            maxAhead = Math.Max(maxAhead, Interlocked.Read(ref mapped) - consumed);
        }

        consumed.Should().Be(300);
        maxAhead.Should().BeLessThanOrEqualTo(5 + 1, "one item may be in the mapping while the buffer is full");
    }

    [Fact]
    public void Never_holds_more_than_the_byte_budget_but_always_passes_one_heavy_item()
    {
        long mapped = 0, maxAhead = 0;
        int consumed = 0;
        // Every item weighs 40: a budget of 100 lets three wait (the third starts while 80 are waiting).
        foreach (var _ in ReadAhead.Run(Enumerable.Range(0, 200), i => Interlocked.Increment(ref mapped), _ => 40, capacity: 1000, budget: 100, CancellationToken.None))
        {
            Thread.Sleep(consumed % 20 == 0 ? 5 : 0);
            consumed++;
            maxAhead = Math.Max(maxAhead, Interlocked.Read(ref mapped) - consumed);
        }
        var heavy = ReadAhead.Run(Enumerable.Range(0, 3), i => i, _ => 1_000_000, capacity: 8, budget: 10, CancellationToken.None).ToList();

        consumed.Should().Be(200);
        maxAhead.Should().BeLessThanOrEqualTo(3 + 1);
        heavy.Should().Equal(0, 1, 2);
    }

    [Fact]
    public void A_fault_in_the_mapping_surfaces_after_the_results_before_it()
    {
        var seen = new List<int>();

        var act = () =>
        {
            foreach (var result in ReadAhead.Run(Enumerable.Range(0, 100), i => i == 37 ? throw new InvalidOperationException("boom") : i, _ => 1, 8, 100, CancellationToken.None))
            {
                seen.Add(result);
            }
        };

        act.Should().Throw<InvalidOperationException>().WithMessage("boom");
        seen.Should().Equal(Enumerable.Range(0, 37));
    }

    [Fact]
    public void A_fault_in_the_source_surfaces_too()
    {
        IEnumerable<int> Source()
        {
            yield return 1;
            throw new IOException("listing failed");
        }

        var act = () => ReadAhead.Run(Source(), i => i, _ => 1, 8, 100, CancellationToken.None).ToList();

        act.Should().Throw<IOException>().WithMessage("listing failed");
    }

    [Fact]
    public void A_consumer_that_stops_early_stops_the_reader()
    {
        long mapped = 0;

        var firstTen = ReadAhead.Run(Enumerable.Range(0, 1_000_000), i => Interlocked.Increment(ref mapped), _ => 1, capacity: 4, budget: 100, CancellationToken.None)
            .Take(10).ToList();
        Thread.Sleep(50);

        firstTen.Should().HaveCount(10);
        Interlocked.Read(ref mapped).Should().BeLessThanOrEqualTo(10 + 4 + 1);
    }

    [Fact]
    public void Cancellation_reaches_a_consumer_waiting_on_a_blocked_reader()
    {
        using var cancellation = new CancellationTokenSource();
        using var never = new ManualResetEventSlim();
        var results = ReadAhead.Run(BlockingSource.OneThenWait(never), i => i, _ => 1, 8, 100, cancellation.Token).GetEnumerator();
        results.MoveNext().Should().BeTrue();

        cancellation.CancelAfter(50);
        var act = () => results.MoveNext();

        act.Should().Throw<OperationCanceledException>();
        results.Dispose();
    }
}
