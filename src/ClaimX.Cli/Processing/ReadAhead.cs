namespace ClaimX.Cli.Processing;

/// <summary>
/// Maps a lazy sequence on one background thread, keeping a bounded number of results ready ahead of the consumer
/// and handing them over in order. ClaimX reads inputs with it, so that opening, reading and decoding the next
/// files (about a tenth of a batch run's time) overlaps extraction instead of taking turns with it; with one job
/// the worker then only extracts. The bound is both a count and a weight (bytes read), so memory stays flat
/// whatever the number or size of the inputs.
/// <para>
/// The consumer sees exactly what mapping the sequence inline would give: the same results in the same order, and
/// a fault in the source or in the mapping after the results before it.
/// </para>
/// </summary>
public static class ReadAhead
{
    /// <param name="capacity">Most results waiting at once.</param>
    /// <param name="budget">Most total weight waiting at once; a single heavier result still passes, alone.</param>
    public static IEnumerable<TOut> Run<TIn, TOut>(
        IEnumerable<TIn> source,
        Func<TIn, TOut> map,
        Func<TOut, long> weight,
        int capacity,
        long budget,
        CancellationToken cancellation)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        var buffer = new Buffer<TIn, TOut>(source, map, weight, capacity, budget);
        return buffer.Consume(cancellation);
    }

    private sealed class Buffer<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> map, Func<TOut, long> weight, int capacity, long budget)
    {
        private readonly object _gate = new();
        private readonly Queue<(TOut Item, long Weight)> _ready = new();
        private long _readyWeight;
        private bool _finished;   // the producer is done: the source ended or faulted
        private bool _stopping;   // the consumer is gone: the producer stops after its current item
        private Exception? _fault;

        // Who sleeps on _gate. A wake-up is a system call, paid by the thread that gives it: the consumer wakes a
        // full producer only once the buffer has drained to half, and each side wakes the other only when it sleeps
        // (a wake-up per article cost the extracting thread about 4% of its time).
        private bool _producerWaits;
        private bool _consumerWaits;

        public IEnumerable<TOut> Consume(CancellationToken cancellation)
        {
            var producer = new Thread(Produce) { IsBackground = true, Name = "claimx reader" };
            producer.Start();
            using var wake = cancellation.Register(() => Pulse());
            try
            {
                while (true)
                {
                    TOut item;
                    lock (_gate)
                    {
                        while (_ready.Count == 0 && !_finished)
                        {
                            cancellation.ThrowIfCancellationRequested();
                            _consumerWaits = true;
                            Monitor.Wait(_gate);
                            _consumerWaits = false;
                        }
                        if (_ready.Count == 0)
                        {
                            if (_fault is { } fault)
                            {
                                throw new AggregateException(fault).InnerException!;
                            }
                            yield break;
                        }
                        var (next, itemWeight) = _ready.Dequeue();
                        _readyWeight -= itemWeight;
                        item = next;
                        if (_producerWaits && _ready.Count <= capacity / 2 && _readyWeight <= budget / 2)
                        {
                            Monitor.PulseAll(_gate);
                        }
                    }
                    yield return item;
                }
            }
            finally
            {
                // The consumer stopped early (a fault downstream, Ctrl-C, `| head`): let the producer go. It is a
                // background thread, so one blocked in a read (standard input) does not hold the process either.
                lock (_gate)
                {
                    _stopping = true;
                    Monitor.PulseAll(_gate);
                }
            }
        }

        private void Pulse()
        {
            lock (_gate)
            {
                Monitor.PulseAll(_gate);
            }
        }

        private void Produce()
        {
            try
            {
                foreach (var input in source)
                {
                    lock (_gate)
                    {
                        // Room for one more: fewer than `capacity` waiting and the budget not spent (an empty
                        // buffer always takes the next item, however heavy).
                        while (!_stopping && _ready.Count > 0 && (_ready.Count >= capacity || _readyWeight >= budget))
                        {
                            _producerWaits = true;
                            Monitor.Wait(_gate);
                            _producerWaits = false;
                        }
                        if (_stopping)
                        {
                            return;
                        }
                    }
                    var item = map(input);
                    long itemWeight = Math.Max(0, weight(item));
                    lock (_gate)
                    {
                        _ready.Enqueue((item, itemWeight));
                        _readyWeight += itemWeight;
                        if (_consumerWaits)
                        {
                            Monitor.PulseAll(_gate);
                        }
                    }
                }
            }
            catch (Exception e)
            {
                lock (_gate)
                {
                    _fault = e;
                }
            }
            finally
            {
                lock (_gate)
                {
                    _finished = true;
                    Monitor.PulseAll(_gate);
                }
            }
        }
    }
}
