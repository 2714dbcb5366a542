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
/// <see cref="MergeProblem"/>); writes whole or not at all through <see cref="OutputStaging"/>. Holds every row in
/// memory, as the workbook needs them anyway.
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
        var (facts, entities, rowError) = Rows(shards, owners, files);
        if (rowError is not null)
        {
            return MergeResult.Refused(MergeProblem.ShardUnreadable, rowError);
        }

        var summary = new RunSummary(first.Summary.Command, first.Summary.Input, files);
        var run = first.Run with { Date = shards.Min(s => s.Run.Date) };
        if (new ReviewGuard(outputDirectory, TimeProvider.System).FindReviewed() is { Count: > 0 } reviewed)
        {
            return MergeResult.Refused(MergeProblem.ReviewWouldBeLost, $"{reviewed[0].Path} holds review work ({reviewed[0].Reason}); merge into another folder");
        }

        try
        {
            Write(outputDirectory, summary, run, facts, entities);
            return new MergeResult(summary, MergeProblem.None, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return MergeResult.Refused(MergeProblem.OutputFailed, $"cannot write the outputs to {outputDirectory}: {ex.Message}");
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

    /// <summary>The rows in the single run's order: by file, each processed document's rows as its shard wrote them.</summary>
    private static (List<Fact> Facts, List<EntityRecord> Entities, string? Error) Rows(
        IReadOnlyList<ShardOutput> shards, IReadOnlyList<int> owners, IReadOnlyList<FileSummary> files)
    {
        var factsByDoc = shards.Select(s => s.Facts.ToLookup(f => f.DocId, StringComparer.Ordinal)).ToList();
        var entitiesByDoc = shards.Select(s => s.Entities.ToLookup(e => e.DocId, StringComparer.Ordinal)).ToList();
        var facts = new List<Fact>();
        var entities = new List<EntityRecord>();
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            if (file.Status != IngestStatus.Processed)
            {
                continue;
            }

            var docFacts = factsByDoc[owners[i]][file.DocId].ToList();
            var docEntities = entitiesByDoc[owners[i]][file.DocId].ToList();
            if (docFacts.Count != file.Facts || docEntities.Count != file.Entities)
            {
                return ([], [], $"{shards[owners[i]].Directory}: {file.DocId} has {docFacts.Count} facts and {docEntities.Count} entities, its summary says {file.Facts} and {file.Entities}");
            }

            facts.AddRange(docFacts);
            entities.AddRange(docEntities);
        }

        return facts.Count == shards.Sum(s => s.Facts.Count) && entities.Count == shards.Sum(s => s.Entities.Count)
            ? (facts, entities, null)
            : ([], [], "a shard holds rows of documents its summary does not list as processed");
    }

    private static void Write(string outputDirectory, RunSummary summary, RunInfo run, IReadOnlyList<Fact> facts, IReadOnlyList<EntityRecord> entities)
    {
        using var staging = new OutputStaging(outputDirectory);
        WriteFile(staging, "facts.csv", stream => FactCsvWriter.Write(stream, facts));
        WriteFile(staging, "facts.json", stream => FactJsonWriter.Write(stream, facts));
        WriteFile(staging, "entities.csv", stream => EntityCsvWriter.Write(stream, entities));
        WriteFile(staging, "entities.json", stream => EntityJsonWriter.Write(stream, entities));
        var workbook = new FactWorkbookWriter();
        foreach (var entity in entities)
        {
            workbook.Add(entity);
        }

        foreach (var fact in facts)
        {
            workbook.Add(fact);
        }

        WriteFile(staging, FactWorkbookWriter.FileName, stream => workbook.Write(stream, summary, run));
        RunSummaryWriter.WriteFiles(staging, summary, withText: true);
        staging.Commit();
    }

    private static void WriteFile(OutputStaging staging, string name, Action<Stream> write)
    {
        using var stream = staging.CreateFile(name);
        write(stream);
    }
}
