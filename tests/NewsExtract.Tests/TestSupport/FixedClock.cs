namespace NewsExtract.Tests.TestSupport;

/// <summary>A clock whose wall time stands still (elapsed time still runs), for outputs that carry a run date.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    /// <summary>2026-11-29 21:30:00 UTC.</summary>
    public static readonly DateTimeOffset Default = new(2026, 11, 29, 21, 30, 0, TimeSpan.Zero);

    public FixedClock()
        : this(Default)
    {
    }

    public override DateTimeOffset GetUtcNow() => now;
}
