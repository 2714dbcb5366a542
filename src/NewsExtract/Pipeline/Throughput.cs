using System.Globalization;
using NewsExtract.Ingestion;
using NewsExtract.Output;

namespace NewsExtract.Pipeline;

/// <summary>Repeated timed passes of one pipeline configuration over the same files, for the <c>bench</c> command.</summary>
/// <param name="Documents">Files processed per pass (the others are counted in <paramref name="NotProcessed"/>).</param>
/// <param name="TextCharacters">Characters of clean article text per pass: what the pipeline actually reads.</param>
/// <param name="Passes">The wall time of each timed pass, in order.</param>
/// <param name="PassStages">The time per stage of each timed pass, in order; null when the processor was not timed by stage.</param>
public sealed record Throughput(string Configuration, int Documents, int NotProcessed, long TextCharacters, IReadOnlyList<TimeSpan> Passes, IReadOnlyList<StageTimes>? PassStages = null)
{
    /// <summary>The stage times of the median pass (the mean of the two middle passes for an even count), or null.</summary>
    public StageTimes? MedianStages
    {
        get
        {
            if (PassStages is null || PassStages.Count != Passes.Count)
                return null;
            var byTime = Enumerable.Range(0, Passes.Count).OrderBy(i => Passes[i]).ToList();
            var middle = byTime.Count / 2;
            return byTime.Count % 2 == 1 ? PassStages[byTime[middle]] : StageTimes.Mean(PassStages[byTime[middle - 1]], PassStages[byTime[middle]]);
        }
    }

    /// <summary>The median pass: the figure to quote, since one slow pass (a collection, a busy machine) does not move it.</summary>
    public TimeSpan Median
    {
        get
        {
            var sorted = Passes.Order().ToList();
            var middle = sorted.Count / 2;
            return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        }
    }

    public double DocumentsPerSecond => Documents / Math.Max(Median.TotalSeconds, 1e-9);

    /// <summary>Megabytes (10^6 characters) of clean article text per second, on the one thread a pass runs on.</summary>
    public double MegabytesPerSecond => TextCharacters / 1e6 / Math.Max(Median.TotalSeconds, 1e-9);

    /// <summary>
    /// Times each configuration over <paramref name="files"/>: one warm-up pass of every configuration first (JIT,
    /// lexicons, models), then <paramref name="passes"/> rounds in which each configuration runs one timed pass, so
    /// that a machine that speeds up or slows down over the run favours none of them. Each pass processes one
    /// document after another on this thread and writes nothing.
    /// </summary>
    public static IReadOnlyList<Throughput> Compare(IReadOnlyList<(string Configuration, DocumentProcessor Process)> configurations, IReadOnlyList<string> files, int passes, TimeProvider clock, CancellationToken cancellationToken = default) =>
        Compare([.. configurations.Select(c => (c.Configuration, c.Process, (StageTimer?)null))], files, passes, clock, cancellationToken);

    /// <summary>As above; a configuration with a <see cref="StageTimer"/> (the one its processor laps) also gets the time per stage of each timed pass.</summary>
    public static IReadOnlyList<Throughput> Compare(IReadOnlyList<(string Configuration, DocumentProcessor Process, StageTimer? Stages)> configurations, IReadOnlyList<string> files, int passes, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(passes, 1);
        var counts = configurations.Select(c => Pass(c.Process, files, cancellationToken)).ToList();
        var times = configurations.Select(_ => new List<TimeSpan>(passes)).ToList();
        var stages = configurations.Select(_ => new List<StageTimes>(passes)).ToList();
        for (var round = 0; round < passes; round++)
        {
            for (var i = 0; i < configurations.Count; i++)
            {
                // Drops what the warm-up (or the other configuration, should they share a timer) accumulated.
                configurations[i].Stages?.Take();
                var started = clock.GetTimestamp();
                Pass(configurations[i].Process, files, cancellationToken);
                times[i].Add(clock.GetElapsedTime(started));
                if (configurations[i].Stages is { } timer)
                    stages[i].Add(timer.Take());
            }
        }

        return [.. configurations.Select((c, i) => new Throughput(c.Configuration, counts[i].Documents, counts[i].NotProcessed, counts[i].Characters, times[i], c.Stages is null ? null : stages[i]))];
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Configuration}: {Documents} documents, median {Median.TotalSeconds:0.000} s of {Passes.Count}, {DocumentsPerSecond:0.0} documents/s, {MegabytesPerSecond:0.000} MB/s");

    private static (int Documents, int NotProcessed, long Characters) Pass(DocumentProcessor process, IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        int documents = 0, notProcessed = 0;
        long characters = 0;
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = process(file, cancellationToken);
            if (result.Outcome is { Status: IngestStatus.Processed, Article: { } article })
            {
                documents++;
                characters += article.Text.Length;
            }
            else
            {
                notProcessed++;
            }
        }

        return (documents, notProcessed, characters);
    }
}
