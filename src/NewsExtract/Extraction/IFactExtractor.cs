using NewsExtract.Annotation;

namespace NewsExtract.Extraction;

/// <summary>One fact type's extractor. Extractors are stateless; everything they need comes in the document.</summary>
public interface IFactExtractor
{
    /// <summary>Name written to the <c>extractor</c> column, e.g. <c>rule:price</c>.</summary>
    string Name { get; }

    /// <param name="cancellationToken">Checked once a sentence, so a long document can be stopped.</param>
    IEnumerable<Fact> Extract(AnnotatedDocument document, CancellationToken cancellationToken = default);
}
