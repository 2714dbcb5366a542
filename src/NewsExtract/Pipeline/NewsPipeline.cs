using NewsExtract.Annotation;
using NewsExtract.Extraction;
using NewsExtract.Extraction.Decisions;
using NewsExtract.Extraction.Rules;
using NewsExtract.Ingestion;

namespace NewsExtract.Pipeline;

/// <summary>ingest -> split -> tag -> extract -> merge -> decide, for one file at a time.</summary>
/// <remarks>Thread-safe: every stage is stateless. One document's failure is returned as a failed outcome,
/// never thrown, so a batch always runs to its end.</remarks>
public sealed class NewsPipeline(
    IArticleReader reader,
    ISentenceSplitter splitter,
    IEntityTagger tagger,
    IReadOnlyList<IFactExtractor> extractors,
    FactMerger merger,
    IFactDecider decider)
{
    public DocumentResult Process(string path, CancellationToken cancellationToken = default) => Process(path, null, cancellationToken);

    /// <summary>As <see cref="Process(string, CancellationToken)"/>, with the time of each stage added to <paramref name="timer"/> (for <c>bench</c>).</summary>
    public DocumentResult Process(string path, StageTimer? timer, CancellationToken cancellationToken)
    {
        var mark = timer?.Now() ?? 0;
        var outcome = reader.Read(path, cancellationToken);
        mark = timer?.Lap(PipelineStage.ReadClean, mark) ?? 0;
        if (outcome.Article is not { } article)
            return DocumentResult.NotProcessed(outcome);
        try
        {
            var (annotated, facts) = Extract(new Document(article, splitter.Split(article.Text)), timer, mark, cancellationToken);
            return new DocumentResult(outcome, annotated.Entities, facts);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A defect in a rule must not cost the rest of the batch; the summary names the file and the error.
            return DocumentResult.NotProcessed(IngestOutcome.Fail(path, article.DocId, $"annotation failed: {ex.GetType().Name}: {ex.Message}"));
        }
    }

    /// <summary>Tags a split document, lets the rules propose facts and the decider choose among them.</summary>
    public (AnnotatedDocument Document, IReadOnlyList<Fact> Facts) Extract(Document document, CancellationToken cancellationToken = default) =>
        Extract(document, null, 0, cancellationToken);

    /// <param name="mark">The timer's mark at the end of reading: splitting counts as annotation.</param>
    private (AnnotatedDocument Document, IReadOnlyList<Fact> Facts) Extract(Document document, StageTimer? timer, long mark, CancellationToken cancellationToken)
    {
        // The stages check the token (the tagger between spotters and once a name candidate, the extractors once a
        // sentence), so a document over its time budget, or a Ctrl-C, stops without finishing a long document.
        cancellationToken.ThrowIfCancellationRequested();
        var annotated = new AnnotatedDocument(document, tagger.Tag(document, cancellationToken));
        mark = timer?.Lap(PipelineStage.Annotate, mark) ?? 0;
        var lookups = new DocumentLookups(annotated);
        var candidates = merger.Merge(extractors.SelectMany(x => x.Extract(lookups, cancellationToken)));
        cancellationToken.ThrowIfCancellationRequested();
        // A relation the classifier changed can make two candidates the same fact: merge again.
        var facts = merger.Merge(decider.Decide(annotated, candidates));
        timer?.Lap(PipelineStage.ExtractDecide, mark);
        return (annotated, facts);
    }
}
