// TEMP stub: replaced on merge
using NewsExtract.Ingestion;

namespace NewsExtract.Pipeline;

/// <summary>The whole pipeline: ingest, annotate, extract. Stub until the lead's pipeline is merged.</summary>
public sealed class NewsPipeline
{
    public static NewsPipeline CreateDefault() => new();

    public DocumentResult Process(string path, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        var docId = Path.GetFileNameWithoutExtension(path);
        return DocumentResult.NotProcessed(IngestOutcome.Fail(path, docId, "pipeline not built"));
    }
}
