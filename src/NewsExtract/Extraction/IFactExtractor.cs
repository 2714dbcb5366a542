using NewsExtract.Extraction.Rules;

namespace NewsExtract.Extraction;

/// <summary>One fact type's extractor. Extractors are stateless; everything they need comes in the document.</summary>
public interface IFactExtractor
{
    /// <summary>Name written to the <c>extractor</c> column, e.g. <c>rule:price</c>.</summary>
    string Name { get; }

    /// <param name="document">The document and what the rules look up in it; one instance is shared by every
    /// extractor of the document, so its sentence views and their commodity phrases are read once, not once an extractor.</param>
    /// <param name="cancellationToken">Checked once a sentence, so a long document can be stopped.</param>
    IEnumerable<Fact> Extract(DocumentLookups document, CancellationToken cancellationToken = default);
}
