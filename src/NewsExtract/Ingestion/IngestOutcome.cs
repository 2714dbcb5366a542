namespace NewsExtract.Ingestion;

public enum IngestStatus { Processed, Skipped, Failed }

/// <summary>What happened to one input file. A bad file is a value, never an exception that ends a batch.</summary>
/// <param name="Reason">Why a file was skipped or failed; for a processed file, a note for the summary (bytes replaced) or null.</param>
public sealed record IngestOutcome(string SourcePath, string DocId, IngestStatus Status, Article? Article, string? Reason)
{
    public static IngestOutcome Ok(Article article, string? note = null) =>
        new(article.SourcePath, article.DocId, IngestStatus.Processed, article, note);

    public static IngestOutcome Skip(string path, string docId, string reason) =>
        new(path, docId, IngestStatus.Skipped, null, reason);

    public static IngestOutcome Fail(string path, string docId, string reason) =>
        new(path, docId, IngestStatus.Failed, null, reason);
}
