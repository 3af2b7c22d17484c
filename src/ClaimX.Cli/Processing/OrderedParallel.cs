using System.Threading.Channels;

namespace ClaimX.Cli.Processing;

/// <summary>
/// Runs <c>work</c> over items on up to <c>jobs</c> threads and hands the results to <c>consume</c> one at a
/// time, in input order, as soon as each one's turn comes. At most <c>window</c> results wait (finished or running)
/// ahead of the one being consumed, so memory stays bounded however many items there are, and a slow article holds
/// back the output by at most the window.
/// </summary>
public static class OrderedParallel
{
    public static async Task RunAsync<TIn, TOut>(
        IEnumerable<TIn> items,
        Func<TIn, TOut> work,
        Action<TOut> consume,
        int jobs,
        int window,
        CancellationToken cancellation)
    {
        if (jobs <= 1)
        {
            foreach (var item in items)
            {
                cancellation.ThrowIfCancellationRequested();
                consume(work(item));
            }
            return;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var pending = Channel.CreateBounded<Task<TOut>>(new BoundedChannelOptions(Math.Max(window, jobs))
        {
            SingleReader = true,
            SingleWriter = true,
        });
        using var slots = new SemaphoreSlim(jobs);
        var producer = Task.Run(async () =>
        {
            try
            {
                foreach (var item in items)
                {
                    await slots.WaitAsync(stop.Token).ConfigureAwait(false);
                    var task = Task.Run(() =>
                    {
                        try
                        {
                            return work(item);
                        }
                        finally
                        {
                            slots.Release();
                        }
                    }, CancellationToken.None);
                    await pending.Writer.WriteAsync(task, stop.Token).ConfigureAwait(false);
                }
                pending.Writer.Complete();
            }
            catch (Exception e)
            {
                pending.Writer.Complete(e);
            }
        }, CancellationToken.None);

        try
        {
            await foreach (var task in pending.Reader.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
            {
                cancellation.ThrowIfCancellationRequested();
                consume(await task.ConfigureAwait(false));
            }
        }
        finally
        {
            // The consumer stopped early (closed pipe, Ctrl-C, a fault): stop the producer and let running work
            // end before returning, so nothing touches the inputs or outputs after this method.
            stop.Cancel();
            try
            {
                await producer.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }
            while (pending.Reader.TryRead(out var left))
            {
                try
                {
                    await left.ConfigureAwait(false);
                }
                catch (Exception)
                {
                    // Its result is not wanted any more; its fault (if any) is not the one being reported.
                }
            }
        }
        await producer.ConfigureAwait(false);
    }
}
