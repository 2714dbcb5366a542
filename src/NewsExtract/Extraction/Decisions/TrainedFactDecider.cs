using NewsExtract.Annotation;
using NewsExtract.Training;

namespace NewsExtract.Extraction.Decisions;

/// <summary>
/// Rules propose, models decide: the fact scorer keeps a candidate when its probability of being a true fact
/// reaches its type's threshold and writes that probability as the confidence; the relation classifier then sets
/// the relation of each kept export control. A type whose threshold is null is left to the rule, as with
/// <c>--no-ml</c>: training chooses that where cross-validation shows the model no better than the rule.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public sealed class TrainedFactDecider(LinearClassifier scorer, LinearClassifier relations, IReadOnlyDictionary<string, double?> thresholds) : IFactDecider
{
    public const string Keep = "keep";
    public const string Drop = "drop";
    public const string ScorerName = "ml:fact-scorer";
    private const float OverrideAt = 0.6f;
    private const float RuleDoubtedBelow = 0.25f;

    public IReadOnlyList<Fact> Decide(AnnotatedDocument document, IReadOnlyList<Fact> candidates)
    {
        var context = FactFeatures.Context(document, candidates);
        var kept = new List<Fact>(candidates.Count);
        var slots = new FeatureSlots();
        foreach (var candidate in candidates)
        {
            if (thresholds.GetValueOrDefault(candidate.FactType, RuleDecider.MinConfidence) is not { } threshold)
            {
                // Cross-validation found the rule the better judge of this fact type.
                if (candidate.Confidence >= RuleDecider.MinConfidence)
                    kept.Add(candidate);
                continue;
            }

            slots.Clear();
            FactFeatures.WriteScoring(candidate, context, slots);
            var probability = scorer.Probability(slots, Keep);
            if (probability < threshold)
                continue;
            var fact = candidate with { Confidence = Math.Round(probability, 3), Extractor = $"{candidate.Extractor}+{ScorerName}" };
            if (fact.FactType == FactTypes.ExportControl)
                fact = fact with { Relation = Relation(candidate, context) };
            kept.Add(fact);
        }
        return OneSubjectPerFigure(kept);
    }

    /// <summary>A figure is about one party: of the statistics kept for the same figure of a sentence (its amount and
    /// unit), the likeliest stays. The labels never give one figure two subjects, and the scorer, judging each
    /// alternative alone, sometimes keeps two.</summary>
    internal static IReadOnlyList<Fact> OneSubjectPerFigure(List<Fact> kept)
    {
        var best = new Dictionary<(string DocId, int Start, double? Amount, string Unit), Fact>();
        foreach (var fact in kept.Where(f => f.FactType == FactTypes.Statistic))
        {
            var key = (fact.DocId, fact.Start, fact.Amount, fact.Unit);
            if (!best.TryGetValue(key, out var other) || fact.Confidence > other.Confidence)
                best[key] = fact;
        }
        return kept.Count(f => f.FactType == FactTypes.Statistic) == best.Count ? kept
            : [.. kept.Where(f => f.FactType != FactTypes.Statistic || ReferenceEquals(best[(f.DocId, f.Start, f.Amount, f.Unit)], f))];
    }

    /// <summary>The classifier's relation when it is confident and finds the rule's unlikely; else the rule's.</summary>
    /// <remarks>Cross-validation showed the classifier, trained on a few hundred export controls, wrong more often
    /// than the rule when it may always override it; gated like this it changes only clear cases.</remarks>
    private string Relation(Fact candidate, FactFeatures.DocumentContext context)
    {
        // One prediction serves both questions.
        var scores = relations.Predict(FactFeatures.ForRelation(candidate, context));
        var (label, probability) = relations.Best(scores);
        return probability >= OverrideAt && relations.Probability(scores, candidate.Relation) <= RuleDoubtedBelow ? label : candidate.Relation;
    }
}
