using NewsExtract.Extraction;
using NewsExtract.Ingestion;
using NewsExtract.Pipeline;

namespace NewsExtract.Output;

/// <summary>Turns one input file into its entities and facts; <c>NewsPipeline.Process</c> is one.</summary>
/// <remarks>Should return a failed outcome for a bad file rather than throw; the runner copes with both.</remarks>
public delegate DocumentResult DocumentProcessor(string path, CancellationToken cancellationToken);

/// <summary>
/// The <c>extract</c> service: runs a processor over every input file and writes facts.csv, facts.json,
/// facts.xlsx, entities.csv, entities.json, summary.json and summary.txt into the output folder, all or nothing.
/// </summary>
/// <remarks>
/// Documents stream through the CSV, JSON and workbook writers: each one's rows are written before the next is read
/// (the workbook's to a temporary file, see <see cref="FactWorkbookWriter"/>). Rows keep the file
/// order, and within a document are sorted by offset, so the outputs are the same for the same inputs (the
/// workbook's too, but for its run date). A fact without an id gets its <see cref="FactId"/>.
/// One broken file never stops the batch; an output that cannot be written does, and leaves the target folder as it
/// was. With a <see cref="ReviewGuard"/>, the outputs never replace a reviewed sheet without a backup: when every
/// output is staged the guard looks (again: the caller may have refused to start already), and the run either keeps
/// the reviewed sheets as backups first (<see cref="ReviewGuard.BackUpReviewed"/>) or writes nothing. A file above
/// <see cref="BatchOptions.Limits"/>' size is failed unread, and a document over its time budget is failed. Cancellation
/// of <c>cancellationToken</c> throws <see cref="OperationCanceledException"/>, removes the temporary folder and leaves
/// the target folder as it was.
/// </remarks>
/// <param name="review">Null writes over whatever is there.</param>
public sealed class ExtractRunner(
    DocumentProcessor process,
    RunInfo run,
    IBatchObserver? observer = null,
    ReviewGuard? review = null)
{
    public static readonly IReadOnlyList<string> OutputFiles =
        ["facts.csv", "facts.json", FactWorkbookWriter.FileName, "entities.csv", "entities.json", "summary.json", "summary.txt"];

    /// <summary>Changes a document's facts (sorted, with ids) before they are written, e.g. to carry a review forward; null writes them as found.</summary>
    public Func<string, IReadOnlyList<Fact>, IReadOnlyList<Fact>>? ReviseFacts { get; init; }

    /// <summary>Reads only this shard's files and lists the others as skipped (<see cref="Output.Shard.OtherShardReason"/>); null reads them all.</summary>
    public Shard? Shard { get; init; }

    public BatchResult Run(BatchOptions options, CancellationToken cancellationToken = default)
    {
        var ledger = new BatchLedger(options);
        using var workbook = new FactWorkbookWriter();
        IReadOnlyList<ReviewBackup> backups = [];
        observer?.Started(options.Files.Count);
        try
        {
            using var staging = new OutputStaging(options.OutputDirectory);
            using (var factsCsvStream = staging.CreateFile("facts.csv"))
            using (var factsJsonStream = staging.CreateFile("facts.json"))
            using (var entitiesCsvStream = staging.CreateFile("entities.csv"))
            using (var entitiesJsonStream = staging.CreateFile("entities.json"))
            using (var factsCsv = new FactCsvWriter(factsCsvStream))
            using (var factsJson = new FactJsonWriter(factsJsonStream))
            using (var entitiesCsv = new EntityCsvWriter(entitiesCsvStream))
            using (var entitiesJson = new EntityJsonWriter(entitiesJsonStream))
            {
                foreach (var path in options.Files)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if ((Shard?.SkipReason(path) ?? ledger.SkipReason(path)) is { } skip)
                    {
                        ledger.Add(new FileSummary(ledger.Relative(path), BatchLedger.DocIdOf(path), IngestStatus.Skipped, skip, 0, 0), observer);
                        continue;
                    }

                    if (ledger.Folder(path) is { } folder)
                    {
                        ledger.Add(folder, observer);
                        continue;
                    }

                    var result = DocumentGate.Run(path, options.Limits, cancellationToken, token => Process(path, token),
                        reason => DocumentResult.NotProcessed(BatchLedger.Failed(path, reason)));
                    var outcome = result.Outcome;
                    if (outcome.Status == IngestStatus.Processed && ledger.ClaimDocId(outcome.DocId, path) is { } duplicate)
                    {
                        ledger.Add(new FileSummary(ledger.Relative(path), outcome.DocId, IngestStatus.Skipped, duplicate, 0, 0), observer);
                        continue;
                    }

                    if (outcome.Status != IngestStatus.Processed)
                    {
                        ledger.Add(new FileSummary(ledger.Relative(path), outcome.DocId, outcome.Status, outcome.Reason, 0, 0), observer);
                        continue;
                    }

                    var entities = result.Entities.OrderBy(e => e.Start).ThenBy(e => e.End)
                        .Select(e => EntityRecord.From(outcome.DocId, e)).ToList();
                    IReadOnlyList<Fact> facts = result.Facts.OrderBy(f => f.Start).ThenBy(f => f.End).Select(FactId.EnsureId).ToList();
                    facts = ReviseFacts?.Invoke(outcome.DocId, facts) ?? facts;
                    foreach (var entity in entities)
                    {
                        entitiesCsv.Write(entity);
                        entitiesJson.Write(entity);
                        workbook.Add(entity);
                    }

                    foreach (var fact in facts)
                    {
                        factsCsv.Write(fact);
                        factsJson.Write(fact);
                        workbook.Add(fact);
                    }

                    ledger.Add(new FileSummary(ledger.Relative(path), outcome.DocId, IngestStatus.Processed, outcome.Reason, entities.Count, facts.Count), observer);
                }

                factsJson.Complete();
                entitiesJson.Complete();
            }

            var summary = ledger.Summary("extract");
            using (var xlsx = staging.CreateFile(FactWorkbookWriter.FileName))
            {
                workbook.Write(xlsx, summary, run);
            }

            RunSummaryWriter.WriteFiles(staging, summary, withText: true);
            if (review?.FindReviewed() is { Count: > 0 } reviewed)
            {
                if (!review.BackUpReviewed)
                {
                    return new BatchResult(summary, $"{reviewed[0].Path} holds review work ({reviewed[0].Reason})") { ReviewWouldBeLost = reviewed };
                }

                backups = review.BackUp(reviewed);
            }

            staging.Commit();
            return new BatchResult(summary, null) { Backups = backups };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new BatchResult(ledger.Summary("extract"), $"cannot write the outputs to {options.OutputDirectory}: {ex.Message}") { Backups = backups };
        }
    }

    private DocumentResult Process(string path, CancellationToken cancellationToken)
    {
        try
        {
            return process(path, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return DocumentResult.NotProcessed(BatchLedger.Failed(path, ex));
        }
    }
}
