namespace NewsExtract.Tests.TestSupport;

/// <summary>A clock whose every reading is later than the last by the next of <c>steps</c> (in turn, round and round),
/// in ticks of 100 ns, so the times measured with it are known.</summary>
public sealed class SteppingClock(params long[] steps) : TimeProvider
{
    private int _next;
    private long _now;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => _now += steps[_next++ % steps.Length];
}
