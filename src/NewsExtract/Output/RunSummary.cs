using NewsExtract.Ingestion;

namespace NewsExtract.Output;

/// <summary>What happened to one input file.</summary>
/// <param name="Path">Relative to the input folder, with '/' separators, so summaries compare across machines.</param>
public sealed record FileSummary(string Path, string DocId, IngestStatus Status, string? Reason, int Entities, int Facts);

/// <summary>The account of a run: every input file, processed, skipped (and why) or failed (and why), with totals.</summary>
/// <remarks>Holds no clock time, so the files written from it are the same for the same inputs.</remarks>
public sealed record RunSummary(string Command, string Input, IReadOnlyList<FileSummary> Files)
{
    public int Processed => Count(IngestStatus.Processed);

    public int Skipped => Count(IngestStatus.Skipped);

    public int Failed => Count(IngestStatus.Failed);

    public int Entities => Files.Sum(f => f.Entities);

    public int Facts => Files.Sum(f => f.Facts);

    private int Count(IngestStatus status) => Files.Count(f => f.Status == status);

    public static string StatusName(IngestStatus status) => status switch
    {
        IngestStatus.Processed => "processed",
        IngestStatus.Skipped => "skipped",
        IngestStatus.Failed => "failed",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };
}
