using System.Threading.Channels;

namespace NewsExtract.Pipeline;

/// <summary>
/// Runs work on many items on several threads and hands the results to one consumer in the items' order, with a
/// bounded number of items in flight: the shape of a batch that must use every core, write its outputs in a
/// deterministic order, and keep memory flat however many files it reads.
/// </summary>
/// <remarks>
/// At most <c>threads</c> items are worked on at once, and at most <c>2 × threads + 1</c> results (the queue, and the
/// one the consumer is waiting for) exist at any time. The consumer runs on the calling thread, so it needs no locks.
/// When the consumer or the token stops the run, the items not yet started are dropped, those running see their token
/// cancelled, and the call returns only when none is still running, so the caller may dispose what the work uses.
/// </remarks>
public static class OrderedParallel
{
    public static void Run<TIn, TOut>(
        IReadOnlyList<TIn> items,
        int threads,
        Func<TIn, CancellationToken, TOut> work,
        Action<TIn, TOut> consume,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var scheduler = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, threads).ConcurrentScheduler;
        var queue = Channel.CreateBounded<Task<TOut>>(new BoundedChannelOptions(2 * threads) { SingleReader = true, SingleWriter = true });
        var producer = Task.Run(async () =>
        {
            try
            {
                foreach (var item in items)
                {
                    // Room first, then start: an item is never worked on while it has no place in the queue.
                    if (!await queue.Writer.WaitToWriteAsync(stop.Token).ConfigureAwait(false))
                        return;
                    var task = Task.Factory.StartNew(() => work(item, stop.Token), stop.Token, TaskCreationOptions.None, scheduler);
                    queue.Writer.TryWrite(task);
                }

                queue.Writer.Complete();
            }
            catch (Exception ex)
            {
                queue.Writer.TryComplete(ex);
            }
        }, CancellationToken.None);

        try
        {
            var next = 0;
            // No synchronization context in a console or test host, so blocking on the channel is safe.
            while (queue.Reader.WaitToReadAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult())
            {
                while (queue.Reader.TryRead(out var task))
                {
                    consume(items[next++], task.GetAwaiter().GetResult());
                }
            }

            // A cancelled producer completes the queue with the cancellation; it surfaces above as that exception.
            cancellationToken.ThrowIfCancellationRequested();
        }
        finally
        {
            stop.Cancel();
            Drain(producer, queue.Reader);
        }
    }

    /// <summary>Waits for the producer and every item already started; their results and errors no longer matter.</summary>
    private static void Drain<TOut>(Task producer, ChannelReader<Task<TOut>> queue)
    {
        Quietly(producer);
        while (queue.TryRead(out var task))
        {
            Quietly(task);
        }
    }

    private static void Quietly(Task task)
    {
        try
        {
            task.Wait();
        }
        catch (AggregateException)
        {
            // Cancelled or failed after the run stopped: the caller is already unwinding for its own reason.
        }
    }
}
