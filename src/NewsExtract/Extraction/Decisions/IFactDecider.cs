using NewsExtract.Annotation;

namespace NewsExtract.Extraction.Decisions;

/// <summary>The stage after the rule extractors: decides which candidates become facts, with what confidence and relation.</summary>
public interface IFactDecider
{
    IReadOnlyList<Fact> Decide(AnnotatedDocument document, IReadOnlyList<Fact> candidates);
}

/// <summary>Rules only (<c>--no-ml</c>): every candidate is a fact, with the rule's confidence.</summary>
public sealed class RuleDecider : IFactDecider
{
    public IReadOnlyList<Fact> Decide(AnnotatedDocument document, IReadOnlyList<Fact> candidates) => candidates;
}
