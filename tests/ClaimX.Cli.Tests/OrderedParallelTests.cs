using ClaimX.Cli.Tests.Support;
using ClaimX.Cli.Processing;

namespace ClaimX.Cli.Tests;

public class OrderedParallelTests
{
    [Theory]
    [InlineData(OrderedParallel.OnCallingThread)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    public void Results_come_in_input_order_whatever_finishes_first(int jobs)
    {
        var random = new Random(jobs);
        var delays = Enumerable.Range(0, 300).Select(_ => random.Next(0, 3)).ToArray();
        var seen = new List<int>();

        OrderedParallel.Run(Enumerable.Range(0, 300), i => { Thread.Sleep(delays[i]); return i * 2; }, seen.Add, jobs, window: 8, CancellationToken.None);

        seen.Should().Equal(Enumerable.Range(0, 300).Select(i => i * 2));
    }

    [Fact]
    public void Never_runs_more_than_the_window_ahead_of_the_consumer()
    {
        long pulled = 0, consumed = 0, maxAhead = 0;
        IEnumerable<int> Source()
        {
            for (int i = 0; i < 500; i++)
            {
                long ahead = Interlocked.Increment(ref pulled) - Interlocked.Read(ref consumed);
                InterlockedMax(ref maxAhead, ahead);
                yield return i;
            }
        }

        OrderedParallel.Run(Source(), i => i, i =>
        {
            // A slow consumer now and then, so that the workers run into the window.
            Thread.Sleep(i % 50 == 0 ? 5 : 0);
            Interlocked.Increment(ref consumed);
        }, jobs: 3, window: 6, CancellationToken.None);

        Interlocked.Read(ref consumed).Should().Be(500);
        maxAhead.Should().BeLessThanOrEqualTo(6 + 1, "a worker takes an item only while fewer than the window are pending");
    }

    [Fact]
    public void A_fault_in_the_work_surfaces_on_the_calling_thread()
    {
        var act = () => OrderedParallel.Run(Enumerable.Range(0, 100), i => i == 37 ? throw new InvalidOperationException("boom") : i, _ => { }, 4, 8, CancellationToken.None);

        act.Should().Throw<InvalidOperationException>().WithMessage("boom");
    }

    [Fact]
    public void A_fault_in_the_source_surfaces_too()
    {
        IEnumerable<int> Source()
        {
            yield return 1;
            throw new IOException("listing failed");
        }

        var act = () => OrderedParallel.Run(Source(), i => i, _ => { }, 2, 4, CancellationToken.None);

        act.Should().Throw<IOException>().WithMessage("listing failed");
    }

    [Fact]
    public void Cancellation_stops_the_run()
    {
        using var cancellation = new CancellationTokenSource();
        int consumed = 0;

        var act = () => OrderedParallel.Run(Enumerable.Range(0, 100_000), i => i, _ =>
        {
            if (++consumed == 10)
            {
                cancellation.Cancel();
            }
        }, 2, 8, cancellation.Token);

        act.Should().Throw<OperationCanceledException>();
        consumed.Should().BeLessThan(100);
    }

    [Fact]
    public void Consumer_fault_stops_the_workers_and_propagates()
    {
        int worked = 0;
        var act = () => OrderedParallel.Run(Enumerable.Range(0, 100_000), i => Interlocked.Increment(ref worked), r =>
        {
            if (r > 5)
            {
                throw new IOException("output closed");
            }
        }, 2, 8, CancellationToken.None);

        act.Should().Throw<IOException>();
        Volatile.Read(ref worked).Should().BeLessThan(1000);
    }

    [Fact]
    public void One_job_works_on_a_thread_of_its_own_and_consumes_on_the_calling_one()
    {
        int caller = Environment.CurrentManagedThreadId;
        var workers = new HashSet<int>();
        var consumers = new HashSet<int>();

        OrderedParallel.Run(Enumerable.Range(0, 50), i => { lock (workers) workers.Add(Environment.CurrentManagedThreadId); return i; },
            _ => consumers.Add(Environment.CurrentManagedThreadId), jobs: 1, window: 16, CancellationToken.None);

        consumers.Should().Equal(caller);
        workers.Should().ContainSingle().Which.Should().NotBe(caller);
    }

    [Fact]
    public void On_the_calling_thread_nothing_else_runs()
    {
        int caller = Environment.CurrentManagedThreadId;
        var threads = new HashSet<int>();

        OrderedParallel.Run(Enumerable.Range(0, 50), i => { threads.Add(Environment.CurrentManagedThreadId); return i; },
            _ => threads.Add(Environment.CurrentManagedThreadId), OrderedParallel.OnCallingThread, window: 16, CancellationToken.None);

        threads.Should().Equal(caller);
    }

    [Theory]
    [InlineData(OrderedParallel.OnCallingThread)]
    [InlineData(1)]
    [InlineData(3)]
    public void A_fault_in_the_source_comes_after_every_result_before_it(int jobs)
    {
        IEnumerable<int> Source()
        {
            for (int i = 0; i < 5; i++)
            {
                yield return i;
            }
            throw new IOException("listing failed");
        }
        var seen = new List<int>();

        var act = () => OrderedParallel.Run(Source(), i => i * 10, seen.Add, jobs, window: 16, CancellationToken.None);

        act.Should().Throw<IOException>();
        seen.Should().Equal(0, 10, 20, 30, 40);
    }

    [Theory]
    [InlineData(OrderedParallel.OnCallingThread)]
    [InlineData(1)]
    [InlineData(4)]
    public void A_fault_in_the_work_comes_after_every_result_before_it(int jobs)
    {
        var seen = new List<int>();

        var act = () => OrderedParallel.Run(Enumerable.Range(0, 100), i => i == 37 ? throw new InvalidOperationException("boom") : i,
            seen.Add, jobs, window: 8, CancellationToken.None);

        act.Should().Throw<InvalidOperationException>();
        seen.Should().Equal(Enumerable.Range(0, 37));
    }

    [Fact]
    public async Task A_result_goes_out_while_the_next_input_is_still_being_read()
    {
        // Standard input after a file: the file's claims must not wait for the end of the input (one item per
        // hand-off, as extract takes read articles).
        using var release = new ManualResetEventSlim();
        var firstOut = new TaskCompletionSource();
        var run = Task.Run(() => OrderedParallel.Run(ReadAhead.Run(BlockingSource.OneThenWait(release), i => i, _ => 1, 8, 100, CancellationToken.None), i => i,
            i => { if (i == 1) firstOut.TrySetResult(); }, jobs: 2, window: 32, CancellationToken.None, batch: 1));

        var wentOut = await Task.WhenAny(firstOut.Task, Task.Delay(TimeSpan.FromSeconds(5))) == firstOut.Task;
        release.Set();
        await run.WaitAsync(TimeSpan.FromSeconds(10));

        wentOut.Should().BeTrue();
    }

    [Fact]
    public async Task Cancellation_ends_the_run_while_a_worker_waits_on_a_blocked_read()
    {
        for (int round = 0; round < 20; round++)
        {
            using var cancellation = new CancellationTokenSource();
            using var never = new ManualResetEventSlim();
            var firstOut = new TaskCompletionSource();
            var run = Task.Run(() => OrderedParallel.Run(ReadAhead.Run(BlockingSource.OneThenWait(never), i => i, _ => 1, 8, 100, cancellation.Token), i => i,
                _ => firstOut.TrySetResult(), jobs: 1, window: 16, cancellation.Token, batch: 1));
            await firstOut.Task.WaitAsync(TimeSpan.FromSeconds(5));

            // Cancel() runs the registered wake-ups; none may block on a lock a waiting worker holds.
            await Task.Run(cancellation.Cancel).WaitAsync(TimeSpan.FromSeconds(5));
            var act = () => run.WaitAsync(TimeSpan.FromSeconds(5));

            await act.Should().ThrowAsync<OperationCanceledException>();
        }
    }

    private static void InterlockedMax(ref long target, long value)
    {
        long current;
        while ((current = Interlocked.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
