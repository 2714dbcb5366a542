using System.Text;
using NewsExtract.Ingestion;

namespace NewsExtract.Output;

/// <summary>
/// The <c>clean</c> service: writes each document's clean text as <c>&lt;doc_id&gt;.txt</c>, plus <c>summary.json</c>,
/// into the output folder, all or nothing (see <see cref="OutputStaging"/>).
/// </summary>
/// <remarks>
/// Texts are UTF-8 without a BOM, exactly <see cref="Article.Text"/>, so offsets in the other outputs point into
/// them. No summary.txt: a document may be called "summary". Size limit, time budget and cancellation as for
/// <see cref="ExtractRunner"/>.
/// </remarks>
public sealed class CleanRunner(IArticleReader reader, IBatchObserver? observer = null)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public BatchResult Run(BatchOptions options, CancellationToken cancellationToken = default)
    {
        var ledger = new BatchLedger(options);
        observer?.Started(options.Files.Count);
        try
        {
            using var staging = new OutputStaging(options.OutputDirectory);
            foreach (var path in options.Files)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var relative = ledger.Relative(path);
                if (ledger.SkipReason(path) is { } skip)
                {
                    ledger.Add(new FileSummary(relative, BatchLedger.DocIdOf(path), IngestStatus.Skipped, skip, 0, 0), observer);
                    continue;
                }

                if (ledger.Folder(path) is { } folder)
                {
                    ledger.Add(folder, observer);
                    continue;
                }

                var outcome = DocumentGate.Run(path, options.Limits, cancellationToken, token => Read(path, token), reason => BatchLedger.Failed(path, reason));
                if (outcome is not { Status: IngestStatus.Processed, Article: { } article })
                {
                    var reason = outcome.Status == IngestStatus.Processed ? "processed without an article" : outcome.Reason;
                    var status = outcome.Status == IngestStatus.Processed ? IngestStatus.Failed : outcome.Status;
                    ledger.Add(new FileSummary(relative, outcome.DocId, status, reason, 0, 0), observer);
                    continue;
                }

                var fileName = outcome.DocId + ".txt";
                if (fileName != Path.GetFileName(fileName) || outcome.DocId.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
                {
                    ledger.Add(new FileSummary(relative, outcome.DocId, IngestStatus.Failed, $"doc_id '{outcome.DocId}' is not a file name", 0, 0), observer);
                    continue;
                }

                if (ledger.ClaimDocId(outcome.DocId, path) is { } duplicate)
                {
                    ledger.Add(new FileSummary(relative, outcome.DocId, IngestStatus.Skipped, duplicate, 0, 0), observer);
                    continue;
                }

                using (var stream = staging.CreateFile(fileName))
                {
                    var bytes = Utf8.GetBytes(article.Text);
                    stream.Write(bytes);
                }

                ledger.Add(new FileSummary(relative, outcome.DocId, IngestStatus.Processed, outcome.Reason, 0, 0), observer);
            }

            var summary = ledger.Summary("clean");
            RunSummaryWriter.WriteFiles(staging, summary, withText: false);
            staging.Commit();
            return new BatchResult(summary, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new BatchResult(ledger.Summary("clean"), $"cannot write the outputs to {options.OutputDirectory}: {ex.Message}");
        }
    }

    private IngestOutcome Read(string path, CancellationToken cancellationToken)
    {
        try
        {
            return reader.Read(path, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return BatchLedger.Failed(path, ex);
        }
    }
}
