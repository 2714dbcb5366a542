using NewsExtract.Extraction;
namespace NewsExtract.Scoring;

/// <summary>True positives, false positives and false negatives, with precision, recall and F1 (0 when undefined).</summary>
public sealed record Prf(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public static readonly Prf Zero = new(0, 0, 0);

    public int Predicted => TruePositives + FalsePositives;

    public int Gold => TruePositives + FalseNegatives;

    public double Precision => Predicted == 0 ? 0 : (double)TruePositives / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)TruePositives / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static Prf operator +(Prf a, Prf b) =>
        new(a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives);
}

/// <summary>Scores of one entity label or fact type.</summary>
public sealed record CategoryScore(string Name, Prf Score);

/// <summary>Accuracy of one non-key field over matched fact pairs; <see cref="FactType"/> is <c>all</c> for the total over types.</summary>
public sealed record AttributeScore(string FactType, string Field, int Correct, int Total)
{
    public const string AllTypes = "all";

    public double Accuracy => Total == 0 ? 0 : (double)Correct / Total;
}

/// <summary>A predicted fact no gold fact matched, or a gold fact no prediction matched.</summary>
public sealed record FactError(string DocId, FactFields Fact);

/// <summary>A (label, normalized) pair found on one side only.</summary>
public sealed record EntityError(string DocId, string Label, string Normalized);

/// <summary>How many documents were scored and what was left out.</summary>
/// <param name="Scored">Documents with a gold file, all scored for facts.</param>
/// <param name="GoldWithoutPredictions">Gold documents with no predicted fact or entity at all (missing from the run, or nothing found).</param>
/// <param name="Ignored">Predicted documents without a gold file, not scored.</param>
/// <param name="ScoredForEntities">Documents whose gold labels entities; the others (facts-only gold from a review) are left out of the entity scores.</param>
public sealed record DocumentCounts(int Scored, int GoldWithoutPredictions, int Ignored, int IgnoredFacts, int IgnoredEntities, int ScoredForEntities);

/// <summary>The result of scoring predictions against gold (FACT_SCHEMA.md section 5). Immutable.</summary>
public sealed record ScoreReport(
    DocumentCounts Documents,
    IReadOnlyList<CategoryScore> EntityLabels,
    Prf EntityMicro,
    IReadOnlyList<CategoryScore> FactTypes,
    Prf FactMicro,
    IReadOnlyList<AttributeScore> Attributes,
    IReadOnlyList<FactError> FalsePositives,
    IReadOnlyList<FactError> Missed,
    IReadOnlyList<EntityError> EntityFalsePositives,
    IReadOnlyList<EntityError> EntityMissed);
