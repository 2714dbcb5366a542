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
/// <see cref="Threads"/> workers process documents at once while this thread writes their rows in file order
/// (<see cref="OrderedParallel"/>) to the CSV, JSON and workbook writers (the workbook's to a temporary file, see
/// <see cref="FactWorkbookWriter"/>), a bounded number of documents in flight, so memory does not grow with the batch.
/// Within a document rows are sorted by offset, so the outputs are the same for the same inputs whatever the number
/// of threads (the workbook's too, but for its run date). A fact without an id gets its <see cref="FactId"/>.
/// One broken file never stops the batch; an output that cannot be written does, and leaves the target folder as it
/// was. With a <see cref="ReviewGuard"/>, the outputs never replace a reviewed sheet without a backup: when every
/// output is staged the guard looks (again: the caller may have refused to start already), and the run either keeps
/// the reviewed sheets as backups first (<see cref="ReviewGuard.BackUpReviewed"/>) or writes nothing. A file above
/// <see cref="BatchOptions.Limits"/>' size is failed unread, and a document over its time budget is failed. Cancellation
/// of <c>cancellationToken</c> throws <see cref="OperationCanceledException"/>, removes the temporary folder and leaves
/// the target folder as it was.
/// </remarks>
/// <param name="prepare">Builds the processor once the outputs are found out of date, before any file is read, or says
/// why it cannot (the models will not load); then the run ends with <see cref="BatchResult.StartError"/>, nothing read
/// or written. So a run whose outputs are up to date never loads the models.</param>
/// <param name="review">Null writes over whatever is there.</param>
public sealed class ExtractRunner(
    Func<(DocumentProcessor? Processor, string? Problem)> prepare,
    RunInfo run,
    IBatchObserver? observer = null,
    ReviewGuard? review = null)
{
    public ExtractRunner(DocumentProcessor process, RunInfo run, IBatchObserver? observer = null, ReviewGuard? review = null)
        : this(() => (process, null), run, observer, review)
    {
    }

    public static readonly IReadOnlyList<string> OutputFiles =
        ["facts.csv", "facts.json", FactWorkbookWriter.FileName, "entities.csv", "entities.json", "summary.json", "summary.txt"];

    /// <summary>Changes a document's facts (sorted, with ids) before they are written, e.g. to carry a review forward; null writes them as found.</summary>
    public Func<string, IReadOnlyList<Fact>, IReadOnlyList<Fact>>? ReviseFacts { get; init; }

    /// <summary>Reads only this shard's files and lists the others as skipped (<see cref="Output.Shard.OtherShardReason"/>); null reads them all.</summary>
    public Shard? Shard { get; init; }

    /// <summary>Documents processed at once (each on its own thread); the outputs are the same for any number.</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>Receives the time of each stage, the writing of the outputs included; null times nothing.</summary>
    /// <remarks>The processor laps the document stages itself when it was built with the same timer.</remarks>
    public StageTimer? Stages { get; init; }

    /// <summary>Leaves the outputs as they are when nothing changed since they were written (see <see cref="RunStamp"/>);
    /// null always runs. Never applies with <see cref="ReviseFacts"/>, which changes what is written.</summary>
    public UpToDateCheck? UpToDate { get; init; }

    /// <summary>Whether a batch that processes documents first starts <see cref="RegexWarmUp"/> (the tool does when it
    /// has more than one core; tests need not). Not when the outputs are up to date: that run compiles little, and on
    /// one core the warm-up took its time.</summary>
    public bool WarmUp { get; init; }

    public BatchResult Run(BatchOptions options, CancellationToken cancellationToken = default)
    {
        var stamp = UpToDate is { } check && ReviseFacts is null ? RunStamp.For(options, check) : null;
        if (stamp is not null && stamp.IsCurrent(options.OutputDirectory)
            && RunSummaryReader.ReadFile(Path.Combine(options.OutputDirectory, "summary.json")).Summary is { } previous)
        {
            observer?.Started(options.Files.Count);
            return new BatchResult(previous, null) { UpToDate = true, Threads = Threads };
        }

        // Refuse before the batch, not after minutes of work; the check before anything is replaced (below) stays, for a
        // sheet saved during the run. After the up-to-date check: reading a large workbook for verdicts took longer than
        // the rest of an up-to-date run, and up-to-date outputs are as the tool wrote them.
        if (review is { BackUpReviewed: false } && review.FindReviewed() is { Count: > 0 } found)
            return new BatchResult(new BatchLedger(options).Summary("extract"), null) { ReviewWouldBeLost = found, Threads = Threads };

        // Not awaited: it only moves compiling to another core, while the models load, and the process does not wait
        // for it.
        if (WarmUp)
            _ = RegexWarmUp.Start();
        var (process, problem) = prepare();
        if (process is null)
            return new BatchResult(new BatchLedger(options).Summary("extract"), null) { StartError = problem ?? "the pipeline could not be built", Threads = Threads };
        var ledger = new BatchLedger(options);
        using var workbook = new FactWorkbookWriter();
        IReadOnlyList<ReviewBackup> backups = [];
        long characters = 0;
        observer?.Started(options.Files.Count);
        try
        {
            using var staging = new OutputStaging(options.OutputDirectory);
            using (var tables = new TableWriters(staging, workbook))
            {
                // Workers read and process the documents; this thread takes their results in file order and writes them,
                // so the outputs do not depend on the number of threads and memory does not grow with the batch.
                OrderedParallel.Run(
                    options.Files,
                    Threads,
                    (path, token) => IsArticle(ledger, path) ? Gate(process, path, options, token) : null,
                    (path, result) =>
                    {
                        var mark = Stages?.Now() ?? 0;
                        characters += Record(ledger, tables, path, result);
                        Stages?.Lap(PipelineStage.Write, mark);
                    },
                    cancellationToken);
                tables.Complete();
            }

            var summary = ledger.Summary("extract");
            using (var xlsx = staging.CreateFile(FactWorkbookWriter.FileName))
            {
                workbook.Write(xlsx, summary, run);
            }

            RunSummaryWriter.WriteFiles(staging, summary, withText: true);
            if (UpToDate is not null)
                RunStamp.Write(staging, summary.Failed == 0 ? stamp : null);
            if (review?.FindReviewed() is { Count: > 0 } reviewed)
            {
                if (!review.BackUpReviewed)
                {
                    return new BatchResult(summary, $"{reviewed[0].Path} holds review work ({reviewed[0].Reason})") { ReviewWouldBeLost = reviewed };
                }

                backups = review.BackUp(reviewed);
            }

            staging.Commit();
            return new BatchResult(summary, null)
            {
                Backups = backups,
                TextCharacters = characters,
                Threads = Threads,
                Warnings = workbook.Warning is { } warning ? [warning] : [],
            };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new BatchResult(ledger.Summary("extract"), $"cannot write the outputs to {options.OutputDirectory}: {ex.Message}") { Backups = backups };
        }
    }

    /// <summary>Whether a worker should read the file: not another shard's, not inside the outputs, not a folder the
    /// listing did not enter. Reads only the options, so workers may call it at once.</summary>
    private bool IsArticle(BatchLedger ledger, string path) =>
        Shard?.SkipReason(path) is null && ledger.SkipReason(path) is null && ledger.Folder(path) is null;

    private static DocumentResult Gate(DocumentProcessor process, string path, BatchOptions options, CancellationToken cancellationToken) =>
        DocumentGate.Run(path, options.Limits, cancellationToken, token => Process(process, path, token),
            reason => DocumentResult.NotProcessed(BatchLedger.Failed(path, reason)));

    /// <summary>Accounts for one file, in file order, and writes a processed document's rows; returns the length of
    /// the article text written (0 for a file not written).</summary>
    /// <param name="result">Null for a file no worker read (see <see cref="IsArticle"/>).</param>
    private long Record(BatchLedger ledger, TableWriters tables, string path, DocumentResult? result)
    {
        if ((Shard?.SkipReason(path) ?? ledger.SkipReason(path)) is { } skip)
        {
            ledger.Add(new FileSummary(ledger.Relative(path), BatchLedger.DocIdOf(path), IngestStatus.Skipped, skip, 0, 0), observer);
            return 0;
        }

        if (ledger.Folder(path) is { } folder)
        {
            ledger.Add(folder, observer);
            return 0;
        }

        var outcome = (result ?? throw new InvalidOperationException($"{path} is an article but was not read")).Outcome;
        if (outcome.Status == IngestStatus.Processed && ledger.ClaimDocId(outcome.DocId, path) is { } duplicate)
        {
            ledger.Add(new FileSummary(ledger.Relative(path), outcome.DocId, IngestStatus.Skipped, duplicate, 0, 0), observer);
            return 0;
        }

        if (outcome.Status != IngestStatus.Processed)
        {
            ledger.Add(new FileSummary(ledger.Relative(path), outcome.DocId, outcome.Status, outcome.Reason, 0, 0), observer);
            return 0;
        }

        var entities = result.Entities.OrderBy(e => e.Start).ThenBy(e => e.End)
            .Select(e => EntityRecord.From(outcome.DocId, e)).ToList();
        IReadOnlyList<Fact> facts = result.Facts.OrderBy(f => f.Start).ThenBy(f => f.End).Select(FactId.EnsureId).ToList();
        facts = ReviseFacts?.Invoke(outcome.DocId, facts) ?? facts;
        tables.Write(entities, facts);
        ledger.Add(new FileSummary(ledger.Relative(path), outcome.DocId, IngestStatus.Processed, outcome.Reason, entities.Count, facts.Count), observer);
        return outcome.Article?.Text.Length ?? 0;
    }

    private static DocumentResult Process(DocumentProcessor process, string path, CancellationToken cancellationToken)
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
