using NewsExtract.Annotation;

namespace NewsExtract.Extraction.Decisions;

/// <summary>The stage after the rule extractors: decides which candidates become facts, with what confidence and relation.</summary>
public interface IFactDecider
{
    IReadOnlyList<Fact> Decide(AnnotatedDocument document, IReadOnlyList<Fact> candidates);
}

/// <summary>Rules only (<c>--no-ml</c>): a candidate is a fact when its rule is sure enough of it.</summary>
/// <remarks>Rules also emit loose candidates (confidence below <see cref="MinConfidence"/>) for the fact scorer to
/// judge; without the scorer they would cost more precision than they add recall, so they are dropped.</remarks>
public sealed class RuleDecider : IFactDecider
{
    public const double MinConfidence = 0.5;

    public IReadOnlyList<Fact> Decide(AnnotatedDocument document, IReadOnlyList<Fact> candidates) =>
        [.. candidates.Where(c => c.Confidence >= MinConfidence)];
}
