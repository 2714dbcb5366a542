using NewsExtract.Annotation;
using NewsExtract.Training;

namespace NewsExtract.Extraction.Decisions;

/// <summary>
/// Rules propose, models decide: the fact scorer keeps a candidate when its probability of being a true fact
/// reaches the threshold and writes that probability as the confidence; the relation classifier then sets the
/// relation of each kept export control.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public sealed class TrainedFactDecider(LinearClassifier scorer, LinearClassifier relations, double threshold) : IFactDecider
{
    public const string Keep = "keep";
    public const string Drop = "drop";
    public const string ScorerName = "ml:fact-scorer";

    public IReadOnlyList<Fact> Decide(AnnotatedDocument document, IReadOnlyList<Fact> candidates)
    {
        var context = FactFeatures.Context(document, candidates);
        var kept = new List<Fact>(candidates.Count);
        foreach (var candidate in candidates)
        {
            var probability = scorer.Probability(FactFeatures.ForScoring(candidate, context), Keep);
            if (probability < threshold)
                continue;
            var fact = candidate with { Confidence = Math.Round(probability, 3), Extractor = $"{candidate.Extractor}+{ScorerName}" };
            if (fact.FactType == FactTypes.ExportControl)
                fact = fact with { Relation = relations.Best(FactFeatures.ForRelation(candidate, context)).Label };
            kept.Add(fact);
        }
        return kept;
    }
}
