using NewsExtract.Annotation;
using NewsExtract.Extraction;
using NewsExtract.Ingestion;

namespace NewsExtract.Pipeline;

/// <summary>Everything the pipeline produced for one input file. Entities and facts are empty unless it was processed.</summary>
public sealed record DocumentResult(IngestOutcome Outcome, IReadOnlyList<Entity> Entities, IReadOnlyList<Fact> Facts)
{
    public static DocumentResult NotProcessed(IngestOutcome outcome) => new(outcome, [], []);
}
