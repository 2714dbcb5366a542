namespace NewsExtract.Pipeline;

/// <summary>The stages <c>bench</c> reports separately.</summary>
public enum PipelineStage
{
    /// <summary>Reading the file, decoding and cleaning it into article text.</summary>
    ReadClean,

    /// <summary>Sentence splitting and entity tagging.</summary>
    Annotate,

    /// <summary>The rules proposing facts, merging, and the decider choosing among them.</summary>
    ExtractDecide,
}

/// <summary>Wall time spent in each stage, summed over the documents of a pass.</summary>
public sealed record StageTimes(TimeSpan ReadClean, TimeSpan Annotate, TimeSpan ExtractDecide)
{
    public static StageTimes Zero { get; } = new(TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero);

    public TimeSpan Total => ReadClean + Annotate + ExtractDecide;

    /// <summary>The mean of two passes, for the median of an even number of passes.</summary>
    public static StageTimes Mean(StageTimes a, StageTimes b) => new((a.ReadClean + b.ReadClean) / 2, (a.Annotate + b.Annotate) / 2, (a.ExtractDecide + b.ExtractDecide) / 2);
}

/// <summary>
/// Accumulates the time between laps into stages, for one pipeline used on one thread (as <c>bench</c> does);
/// it only reads the clock, so a timed pipeline produces exactly what an untimed one does.
/// </summary>
public sealed class StageTimer(TimeProvider clock)
{
    private readonly long[] _elapsed = new long[Enum.GetValues<PipelineStage>().Length];
    private long _mark;

    /// <summary>Starts a document: the next lap counts from now.</summary>
    public void Start() => _mark = clock.GetTimestamp();

    /// <summary>Adds the time since the last lap (or <see cref="Start"/>) to <paramref name="stage"/>.</summary>
    public void Lap(PipelineStage stage)
    {
        var now = clock.GetTimestamp();
        _elapsed[(int)stage] += now - _mark;
        _mark = now;
    }

    /// <summary>The times accumulated since the last call, which starts the next count from zero.</summary>
    public StageTimes Take()
    {
        TimeSpan Time(PipelineStage stage) => TimeSpan.FromSeconds((double)_elapsed[(int)stage] / clock.TimestampFrequency);
        var times = new StageTimes(Time(PipelineStage.ReadClean), Time(PipelineStage.Annotate), Time(PipelineStage.ExtractDecide));
        Array.Clear(_elapsed);
        return times;
    }
}
