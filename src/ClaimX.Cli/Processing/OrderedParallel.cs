namespace ClaimX.Cli.Processing;

/// <summary>
/// Runs <c>work</c> over a lazy sequence on <c>jobs</c> worker threads and hands the results to <c>consume</c> on
/// the calling thread one at a time, in input order, as soon as each one's turn comes (so that even with one job,
/// writing the output overlaps the work). <see cref="OnCallingThread"/> runs everything inline instead. Workers
/// never run more than <c>window</c> items ahead of the one being consumed, so memory is bounded by the window
/// whatever the number of items, and a slow item holds the others back by at most the window.
/// <para>
/// Dedicated threads and one monitor, rather than a task per item, and few wake-ups: per-item hand-offs (tasks,
/// channels, a wake-up of the consumer for every article) were measured to eat the gain of a second core. Items can
/// be taken in small batches of consecutive ones (<c>batch</c>) where each is cheap; extract takes read articles
/// one at a time.
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
        private readonly object _gate = new(); // the ring and the counters and flags below (a plain monitor: Monitor.Wait needs one)

        // The source is read by one worker at a time under its own lock, never under _gate: taking the next input may
        // block (a read ahead waiting for a slow file or standard input), and that must hold up neither the writer nor
        // the other workers, nor a Ctrl-C, whose wake-up takes _gate.
        private readonly object _sourceGate = new();

        private readonly TOut[] _slots = new TOut[window];
        private readonly bool[] _ready = new bool[window];
        private IEnumerator<TIn>? _source;
        private long _taken;       // items handed to workers so far (the next sequence number); set under both locks
        private long _consumed;    // items consumed so far (the next sequence number to consume)
        private bool _exhausted;   // the source has no more items (or failed); _taken is then the total
        private bool _stopping;
        private Exception? _fault;
        private long _faultAt = long.MaxValue; // the sequence number the fault stands at: results before it still go out

        // A wake-up is a system call, paid by the thread that gives it, and a wake-up of the writer for every article
        // cost the extracting threads about 2% of their time. The writer, when it finds nothing to write, sleeps at
        // most ConsumerPollMs and then looks again; workers wake it early only when half the window is waiting, and
        // at the end. The workers, when the window is full, are woken once it has drained to half.
        private const int ConsumerPollMs = 2;
        private bool _consumerWaits;
        private int _workersWaiting;

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

        // The consumer's side: waits for the next result in order; false at the end. A fault (in the source or in
        // the work) surfaces once every result before it has been consumed, as it would running inline.
        private bool TakeNext(CancellationToken cancellation, out TOut result)
        {
            cancellation.ThrowIfCancellationRequested();
            lock (_gate)
            {
                int slot = (int)(_consumed % _slots.Length);
                while (!_ready[slot])
                {
                    cancellation.ThrowIfCancellationRequested();
                    if (_fault is { } fault && _consumed >= _faultAt)
                    {
                        throw new AggregateException(fault).InnerException!;
                    }
                    if (_exhausted && _consumed == _taken)
                    {
                        result = default!;
                        return false;
                    }
                    _consumerWaits = true;
                    Monitor.Wait(_gate, ConsumerPollMs);
                    _consumerWaits = false;
                }
                result = _slots[slot];
                _slots[slot] = default!;
                _ready[slot] = false;
                _consumed++;
                if (_workersWaiting > 0 && _taken - _consumed <= _slots.Length / 2)
                {
                    Monitor.PulseAll(_gate);
                }
                return true;
            }
        }

        // A worker's loop: wait for room in the window, take the next few items (in order, under the source's lock,
        // never more than the window ahead of the consumer), process them outside any lock, store the results in
        // their slots.
        private void Work()
        {
            var taken = new TIn[batch];
            var results = new TOut[batch];
            while (true)
            {
                lock (_gate)
                {
                    while (!_stopping && !_exhausted && _taken - _consumed >= _slots.Length)
                    {
                        _workersWaiting++;
                        Monitor.Wait(_gate);
                        _workersWaiting--;
                    }
                    if (_stopping || _exhausted)
                    {
                        return;
                    }
                }

                int count = 0;
                long first;
                lock (_sourceGate)
                {
                    bool ended = false;
                    Exception? sourceFault = null;
                    lock (_gate)
                    {
                        if (_stopping || _exhausted)
                        {
                            return;
                        }
                        first = _taken; // changes only under _sourceGate, which this worker holds
                    }
                    try
                    {
                        while (count < batch && first + count - Volatile.Read(ref _consumed) < _slots.Length)
                        {
                            if (!_source!.MoveNext())
                            {
                                ended = true;
                                break;
                            }
                            taken[count++] = _source.Current;
                        }
                    }
                    catch (Exception e)
                    {
                        sourceFault = e;
                    }
                    lock (_gate)
                    {
                        _taken = first + count;
                        if (ended || sourceFault is not null)
                        {
                            _exhausted = true;
                            if (sourceFault is not null && first + count < _faultAt)
                            {
                                _fault = sourceFault;
                                _faultAt = first + count;
                            }
                            Monitor.PulseAll(_gate);
                        }
                    }
                }
                if (count == 0)
                {
                    continue; // the window filled meanwhile, or the source ended: the wait above tells which
                }

                int done = 0;
                Exception? workFault = null;
                try
                {
                    for (; done < count; done++)
                    {
                        results[done] = work(taken[done]);
                        taken[done] = default!;
                    }
                }
                catch (Exception e)
                {
                    workFault = e;
                }

                lock (_gate)
                {
                    for (int i = 0; i < done; i++)
                    {
                        int slot = (int)((first + i) % _slots.Length);
                        _slots[slot] = results[i];
                        _ready[slot] = true;
                        results[i] = default!;
                    }
                    if (workFault is not null)
                    {
                        if (first + done < _faultAt)
                        {
                            _fault = workFault;
                            _faultAt = first + done;
                        }
                        _stopping = true;
                        Monitor.PulseAll(_gate);
                        return;
                    }
                    if (_consumerWaits && first <= _consumed && _consumed < first + count && _taken - _consumed >= _slots.Length / 2)
                    {
                        Monitor.PulseAll(_gate);
                    }
                }
            }
        }
    }
}
