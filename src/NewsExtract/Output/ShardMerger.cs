using NewsExtract.Extraction;
using NewsExtract.Ingestion;

namespace NewsExtract.Output;

/// <summary>
/// The <c>merge</c> service: joins the output folders of <c>extract --shard K/N</c> runs (K = 1..N over one input
/// folder) into the outputs a single <c>extract</c> run over that folder writes, file for file.
/// </summary>
/// <remarks>
/// Every shard's summary lists every input file in the run's order (ordinal by relative path); the file's own shard
/// has its real entry and the others "in another shard". The merged summary takes the real entries in that order, and
/// the rows follow it, each document's rows from the shard that read it, as the single run writes them. The workbook's
/// run date is the earliest shard's. Refuses, writing nothing, when the shards do not make up one run (see
/// <see cref="MergeProblem"/>); writes whole or not at all through <see cref="OutputStaging"/>. Streams: each
/// shard's tables are read side by side (<see cref="ShardRows"/>), one document's rows at a time, and written as they
/// come, so memory does not grow with the rows.
/// </remarks>
public static class ShardMerger
{
    public static MergeResult Merge(IReadOnlyList<string> shardDirectories, string outputDirectory)
    {
        var shards = new List<ShardOutput>();
        foreach (var directory in shardDirectories)
        {
            var (shard, error) = ShardOutput.Load(directory);
            if (shard is null)
            {
                return MergeResult.Refused(MergeProblem.ShardUnreadable, error!);
            }

            shards.Add(shard);
        }

        var (owners, misfit) = Owners(shards);
        if (misfit is not null)
        {
            return MergeResult.Refused(MergeProblem.ShardsDoNotFit, misfit);
        }

        var first = shards[0];
        var files = owners.Select((owner, i) => shards[owner].Summary.Files[i]).ToList();
        var summary = new RunSummary(first.Summary.Command, first.Summary.Input, files);
        var run = first.Run with { Date = shards.Min(s => s.Run.Date) };
        if (new ReviewGuard(outputDirectory, TimeProvider.System).FindReviewed() is { Count: > 0 } reviewed)
        {
            return MergeResult.Refused(MergeProblem.ReviewWouldBeLost, $"{reviewed[0].Path} holds review work ({reviewed[0].Reason}); merge into another folder");
        }

        var rows = new List<ShardRows>();
        try
        {
            foreach (var shard in shards)
            {
                var (opened, error) = ShardRows.Open(shard);
                if (opened is null)
                {
                    return MergeResult.Refused(MergeProblem.ShardUnreadable, error!);
                }

                rows.Add(opened);
            }

            var rowError = Write(outputDirectory, summary, run, files, owners, rows);
            return rowError is null ? new MergeResult(summary, MergeProblem.None, null) : MergeResult.Refused(MergeProblem.ShardUnreadable, rowError);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return MergeResult.Refused(MergeProblem.OutputFailed, $"cannot write the outputs to {outputDirectory}: {ex.Message}");
        }
        finally
        {
            rows.ForEach(r => r.Dispose());
        }
    }

    /// <summary>For each input file (by position), the index of the one shard that read it; or why the shards do not fit.</summary>
    private static (IReadOnlyList<int> Owners, string? Misfit) Owners(IReadOnlyList<ShardOutput> shards)
    {
        var first = shards[0];
        foreach (var other in shards.Skip(1))
        {
            if (other.Summary.Input != first.Summary.Input)
            {
                return ([], $"{other.Directory} read {other.Summary.Input} but {first.Directory} read {first.Summary.Input}: shards must be runs over one input folder, given the same way");
            }

            if (!other.Summary.Files.Select(f => f.Path).SequenceEqual(first.Summary.Files.Select(f => f.Path), StringComparer.Ordinal))
            {
                return ([], $"{other.Directory} and {first.Directory} list different input files: the input folder changed between the shard runs");
            }

            if (other.Run.ToolVersion != first.Run.ToolVersion || other.Run.Models != first.Run.Models)
            {
                return ([], $"{other.Directory} ran {other.Run.ToolVersion} with {other.Run.Models} but {first.Directory} ran {first.Run.ToolVersion} with {first.Run.Models}");
            }
        }

        var owners = new List<int>();
        for (var i = 0; i < first.Summary.Files.Count; i++)
        {
            var readers = Enumerable.Range(0, shards.Count).Where(s => !InAnotherShard(shards[s].Summary.Files[i])).ToList();
            var path = first.Summary.Files[i].Path;
            switch (readers.Count)
            {
                case 0:
                    return ([], $"no shard read {path}: a shard is missing (give every K of --shard K/N)");
                case > 1:
                    return ([], $"{path} was read by both {shards[readers[0]].Directory} and {shards[readers[1]].Directory}: the same shard given twice, or shards of different N");
                default:
                    owners.Add(readers[0]);
                    break;
            }
        }

        return (owners, null);
    }

    private static bool InAnotherShard(FileSummary file) => file.Status == IngestStatus.Skipped && file.Reason == Shard.OtherShardReason;

    /// <summary>
    /// Writes the rows in the single run's order: by file, each processed document's rows, the next ones of the shard
    /// that read it. Returns why a shard's rows do not match its summary, and then commits nothing.
    /// </summary>
    private static string? Write(string outputDirectory, RunSummary summary, RunInfo run,
        IReadOnlyList<FileSummary> files, IReadOnlyList<int> owners, IReadOnlyList<ShardRows> shards)
    {
        using var staging = new OutputStaging(outputDirectory);
        using var workbook = new FactWorkbookWriter();
        using (var tables = new TableWriters(staging, workbook))
        {
            for (var i = 0; i < files.Count; i++)
            {
                var file = files[i];
                if (file.Status != IngestStatus.Processed)
                {
                    continue;
                }

                var (entities, entityError) = shards[owners[i]].TakeEntities(file.DocId, file.Entities);
                var (facts, factError) = shards[owners[i]].TakeFacts(file.DocId, file.Facts);
                if ((entityError ?? factError) is { } error)
                {
                    return error;
                }

                tables.Write(entities, facts);
            }

            if (shards.Select(s => s.Leftover()).FirstOrDefault(e => e is not null) is { } leftover)
            {
                return leftover;
            }

            tables.Complete();
        }

        using (var xlsx = staging.CreateFile(FactWorkbookWriter.FileName))
        {
            workbook.Write(xlsx, summary, run);
        }

        RunSummaryWriter.WriteFiles(staging, summary, withText: true);
        staging.Commit();
        return null;
    }
}
