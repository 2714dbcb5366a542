using NewsExtract.Annotation;
using NewsExtract.Extraction.Rules;

namespace NewsExtract.Extraction;

/// <summary>Extraction from one document on its own (tests, tools); the pipeline shares one <see cref="DocumentLookups"/>.</summary>
public static class FactExtractorExtensions
{
    public static IEnumerable<Fact> Extract(this IFactExtractor extractor, AnnotatedDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        return extractor.Extract(new DocumentLookups(document), cancellationToken);
    }
}
