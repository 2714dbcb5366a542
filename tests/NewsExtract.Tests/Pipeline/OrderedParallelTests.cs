using NewsExtract.Pipeline;

namespace NewsExtract.Tests.Pipeline;

public sealed class OrderedParallelTests
{
    /// <summary>Later items finish first (shorter sleeps), so only a reorder gives the input order.</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void Results_reach_the_consumer_in_the_items_order_whatever_order_they_finish_in(int threads)
    {
        var items = Enumerable.Range(0, 40).ToList();
        var consumed = new List<(int Item, int Result)>();

        OrderedParallel.Run(items, threads, (item, _) =>
        {
            Thread.Sleep((40 - item) % 7);
            return item * 10;
        }, (item, result) => consumed.Add((item, result)));

        Assert.Equal(items.Select(i => (i, i * 10)), consumed);
    }

    [Fact]
    public void Work_runs_on_several_threads_at_once_but_never_more_than_asked()
    {
        var running = 0;
        var most = 0;
        var gate = new object();

        OrderedParallel.Run(Enumerable.Range(0, 24).ToList(), 3, (item, _) =>
        {
            lock (gate)
            {
                running++;
                most = Math.Max(most, running);
            }

            // Hold on until three run at once (the thread pool may add threads slowly on a busy machine), or give up.
            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (Volatile.Read(ref running) < 3 && waited.ElapsedMilliseconds < 2_000)
                Thread.Sleep(1);
            Thread.Sleep(5);
            lock (gate)
            {
                running--;
            }

            return item;
        }, (_, _) => { });

        Assert.Equal(3, most);
    }

    /// <summary>A slow consumer must hold the workers back: memory stays flat however many items there are.</summary>
    [Fact]
    public void No_more_than_twice_the_threads_plus_one_results_wait_for_a_slow_consumer()
    {
        var produced = 0;
        var consumed = 0;
        var mostWaiting = 0;

        OrderedParallel.Run(Enumerable.Range(0, 60).ToList(), 2, (item, _) =>
        {
            var waiting = Interlocked.Increment(ref produced) - Volatile.Read(ref consumed);
            InterlockedMax(ref mostWaiting, waiting);
            return item;
        }, (_, _) =>
        {
            Thread.Sleep(5);
            Interlocked.Increment(ref consumed);
        });

        Assert.Equal(60, consumed);
        Assert.InRange(mostWaiting, 2, (2 * 2) + 1); // the queue, and the one being consumed (counted once it is done)
    }

    [Fact]
    public void An_exception_in_the_work_reaches_the_caller_and_later_items_are_not_consumed()
    {
        var consumed = new List<int>();

        var error = Assert.Throws<InvalidOperationException>(() => OrderedParallel.Run(Enumerable.Range(0, 50).ToList(), 2, (item, _) =>
            item == 5 ? throw new InvalidOperationException("bad item") : item, (item, _) => consumed.Add(item)));

        Assert.Equal("bad item", error.Message);
        Assert.Equal([0, 1, 2, 3, 4], consumed);
    }

    [Fact]
    public void Cancellation_stops_the_run_and_no_work_is_still_running_when_it_returns()
    {
        using var cancel = new CancellationTokenSource();
        var running = 0;
        var started = 0;

        Assert.ThrowsAny<OperationCanceledException>(() => OrderedParallel.Run(Enumerable.Range(0, 1000).ToList(), 2, (item, token) =>
        {
            Interlocked.Increment(ref started);
            Interlocked.Increment(ref running);
            try
            {
                token.WaitHandle.WaitOne(item == 3 ? 5 : 50);
                token.ThrowIfCancellationRequested();
                return item;
            }
            finally
            {
                Interlocked.Decrement(ref running);
            }
        }, (item, _) =>
        {
            if (item == 2)
                cancel.Cancel();
        }, cancel.Token));

        Assert.Equal(0, Volatile.Read(ref running));
        Assert.InRange(started, 3, 20);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
