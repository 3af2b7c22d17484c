namespace ClaimX.Cli.Processing;

/// <summary>
/// Runs <c>work</c> over a lazy sequence on <c>jobs</c> worker threads and hands the results to <c>consume</c> on
/// the calling thread one at a time, in input order, as soon as each one's turn comes (so that even with one job,
/// writing the output overlaps the work). <see cref="OnCallingThread"/> runs everything inline instead. Workers never run more than
/// <c>window</c> items ahead of the one being consumed, so memory is bounded by the window whatever the number of
/// items, and a slow item holds the others back by at most the window.
/// <para>
/// Dedicated threads and one monitor, rather than a task per item, and items taken in small batches of consecutive
/// ones: an article takes tens of microseconds, and per-item hand-offs (tasks, channels, a wake-up of the consumer
/// for every article) were measured to eat the gain of a second core.
/// </para>
/// </summary>
public static class OrderedParallel
{
    /// <summary>The <c>jobs</c> value that works and consumes on the calling thread, starting no thread.</summary>
    public const int OnCallingThread = 0;

    public static void Run<TIn, TOut>(
        IEnumerable<TIn> items,
        Func<TIn, TOut> work,
        Action<TOut> consume,
        int jobs,
        int window,
        CancellationToken cancellation,
        int batch = 8)
    {
        if (jobs <= OnCallingThread)
        {
            foreach (var item in items)
            {
                cancellation.ThrowIfCancellationRequested();
                consume(work(item));
            }
            return;
        }
        batch = Math.Clamp(batch, 1, Math.Max(1, window / (2 * jobs)));
        new Coordinator<TIn, TOut>(items, work, Math.Max(window, jobs * batch), batch).Run(consume, jobs, cancellation);
    }

    private sealed class Coordinator<TIn, TOut>(IEnumerable<TIn> items, Func<TIn, TOut> work, int window, int batch)
    {
        private readonly object _gate = new(); // a plain monitor: Monitor.Wait needs one
        private readonly TOut[] _slots = new TOut[window];
        private readonly bool[] _ready = new bool[window];
        private IEnumerator<TIn>? _source;
        private long _taken;       // items handed to workers so far (the next sequence number)
        private long _consumed;    // items consumed so far (the next sequence number to consume)
        private bool _exhausted;   // the source has no more items; _taken is then the total
        private bool _stopping;
        private Exception? _fault;

        public void Run(Action<TOut> consume, int jobs, CancellationToken cancellation)
        {
            using var source = items.GetEnumerator();
            _source = source;
            var workers = new Thread[jobs];
            for (int i = 0; i < jobs; i++)
            {
                workers[i] = new Thread(Work) { IsBackground = true, Name = $"claimx worker {i + 1}" };
                workers[i].Start();
            }
            using var wake = cancellation.Register(() => Signal());
            bool joined = false;
            try
            {
                while (TakeNext(cancellation, out var result))
                {
                    consume(result);
                }
                foreach (var worker in workers)
                {
                    worker.Join();
                }
                joined = true;
            }
            finally
            {
                if (!joined)
                {
                    lock (_gate)
                    {
                        _stopping = true;
                        Monitor.PulseAll(_gate);
                    }
                    // On Ctrl-C a worker may sit in a blocking read (standard input); it is a background thread
                    // and must not hold the exit. Otherwise each worker ends after its current item.
                    if (!cancellation.IsCancellationRequested)
                    {
                        foreach (var worker in workers)
                        {
                            worker.Join();
                        }
                    }
                }
            }
        }

        private void Signal()
        {
            lock (_gate)
            {
                Monitor.PulseAll(_gate);
            }
        }

        // The consumer's side: waits for the next result in order; false at the end.
        private bool TakeNext(CancellationToken cancellation, out TOut result)
        {
            cancellation.ThrowIfCancellationRequested();
            lock (_gate)
            {
                int slot = (int)(_consumed % _slots.Length);
                while (!_ready[slot])
                {
                    cancellation.ThrowIfCancellationRequested();
                    if (_fault is { } fault)
                    {
                        throw new AggregateException(fault).InnerException!;
                    }
                    if (_exhausted && _consumed == _taken)
                    {
                        result = default!;
                        return false;
                    }
                    Monitor.Wait(_gate);
                }
                result = _slots[slot];
                _slots[slot] = default!;
                _ready[slot] = false;
                _consumed++;
                Monitor.PulseAll(_gate);
                return true;
            }
        }

        // A worker's loop: take the next few items (in order, under the lock, never more than the window ahead of
        // the consumer), process them outside the lock, store the results in their slots.
        private void Work()
        {
            var taken = new TIn[batch];
            var results = new TOut[batch];
            while (true)
            {
                int count = 0;
                long first;
                lock (_gate)
                {
                    while (!_stopping && !_exhausted && _taken - _consumed >= _slots.Length)
                    {
                        Monitor.Wait(_gate);
                    }
                    if (_stopping || _exhausted)
                    {
                        return;
                    }
                    first = _taken;
                    try
                    {
                        while (count < batch && _taken + count - _consumed < _slots.Length && _source!.MoveNext())
                        {
                            taken[count++] = _source.Current;
                        }
                        if (count < batch && _taken + count - _consumed < _slots.Length)
                        {
                            _exhausted = true;
                            Monitor.PulseAll(_gate);
                        }
                    }
                    catch (Exception e)
                    {
                        _fault ??= e;
                        _exhausted = true;
                        Monitor.PulseAll(_gate);
                        return;
                    }
                    _taken += count;
                }
                if (count == 0)
                {
                    return;
                }

                try
                {
                    for (int i = 0; i < count; i++)
                    {
                        results[i] = work(taken[i]);
                        taken[i] = default!;
                    }
                }
                catch (Exception e)
                {
                    lock (_gate)
                    {
                        _fault ??= e;
                        _stopping = true;
                        Monitor.PulseAll(_gate);
                    }
                    return;
                }

                lock (_gate)
                {
                    for (int i = 0; i < count; i++)
                    {
                        int slot = (int)((first + i) % _slots.Length);
                        _slots[slot] = results[i];
                        _ready[slot] = true;
                        results[i] = default!;
                    }
                    if (first <= _consumed && _consumed < first + count)
                    {
                        Monitor.PulseAll(_gate);
                    }
                }
            }
        }
    }
}
