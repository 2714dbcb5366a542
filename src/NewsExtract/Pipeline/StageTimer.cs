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

    /// <summary>Writing a document's rows to the outputs (<c>extract</c> only; <c>bench</c> writes nothing).</summary>
    Write,
}

/// <summary>Wall time spent in each stage, summed over the documents of a pass.</summary>
/// <remarks>With several threads the times are summed over them, so they add up to more than the wall time.</remarks>
public sealed record StageTimes(TimeSpan ReadClean, TimeSpan Annotate, TimeSpan ExtractDecide, TimeSpan Write)
{
    public static StageTimes Zero { get; } = new(TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero);

    public TimeSpan Total => ReadClean + Annotate + ExtractDecide + Write;

    /// <summary>The mean of two passes, for the median of an even number of passes.</summary>
    public static StageTimes Mean(StageTimes a, StageTimes b) =>
        new((a.ReadClean + b.ReadClean) / 2, (a.Annotate + b.Annotate) / 2, (a.ExtractDecide + b.ExtractDecide) / 2, (a.Write + b.Write) / 2);
}

/// <summary>
/// Accumulates the time of stages, summed over documents and threads: the caller keeps its own mark (a timestamp)
/// per document, so one timer serves a pipeline that processes documents on several threads at once. It only reads
/// the clock, so a timed pipeline produces exactly what an untimed one does.
/// </summary>
public sealed class StageTimer(TimeProvider clock)
{
    private readonly long[] _elapsed = new long[Enum.GetValues<PipelineStage>().Length];

    /// <summary>A mark to lap from.</summary>
    public long Now() => clock.GetTimestamp();

    /// <summary>Adds the time since <paramref name="mark"/> to <paramref name="stage"/>; returns the mark of the next lap.</summary>
    public long Lap(PipelineStage stage, long mark)
    {
        var now = clock.GetTimestamp();
        Interlocked.Add(ref _elapsed[(int)stage], now - mark);
        return now;
    }

    /// <summary>The times accumulated since the last call, which starts the next count from zero.</summary>
    public StageTimes Take()
    {
        TimeSpan Time(PipelineStage stage) => TimeSpan.FromSeconds((double)Interlocked.Exchange(ref _elapsed[(int)stage], 0) / clock.TimestampFrequency);
        return new StageTimes(Time(PipelineStage.ReadClean), Time(PipelineStage.Annotate), Time(PipelineStage.ExtractDecide), Time(PipelineStage.Write));
    }
}
