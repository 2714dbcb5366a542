using System.Globalization;
using NewsExtract.Ingestion;
using NewsExtract.Output;

namespace NewsExtract.Pipeline;

/// <summary>Repeated timed passes of one pipeline configuration over the same files, for the <c>bench</c> command.</summary>
/// <param name="Documents">Files processed per pass (the others are counted in <paramref name="NotProcessed"/>).</param>
/// <param name="TextCharacters">Characters of clean article text per pass: what the pipeline actually reads.</param>
/// <param name="Passes">The wall time of each timed pass, in order.</param>
public sealed record Throughput(string Configuration, int Documents, int NotProcessed, long TextCharacters, IReadOnlyList<TimeSpan> Passes)
{
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
    public static IReadOnlyList<Throughput> Compare(IReadOnlyList<(string Configuration, DocumentProcessor Process)> configurations, IReadOnlyList<string> files, int passes, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(passes, 1);
        var counts = configurations.Select(c => Pass(c.Process, files, cancellationToken)).ToList();
        var times = configurations.Select(_ => new List<TimeSpan>(passes)).ToList();
        for (var round = 0; round < passes; round++)
        {
            for (var i = 0; i < configurations.Count; i++)
            {
                var started = clock.GetTimestamp();
                Pass(configurations[i].Process, files, cancellationToken);
                times[i].Add(clock.GetElapsedTime(started));
            }
        }

        return [.. configurations.Select((c, i) => new Throughput(c.Configuration, counts[i].Documents, counts[i].NotProcessed, counts[i].Characters, times[i]))];
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
