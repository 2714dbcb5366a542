using NewsExtract.Extraction;
namespace NewsExtract.Scoring;

/// <summary>A predicted fact paired with the gold fact it matches; <see cref="Score"/> is the mean key-field similarity.</summary>
public sealed record FactMatch(FactFields Predicted, FactFields Gold, double Score);

/// <summary>The outcome of matching one document's facts.</summary>
public sealed record FactMatching(IReadOnlyList<FactMatch> Matches, IReadOnlyList<FactFields> FalsePositives, IReadOnlyList<FactFields> Missed);

/// <summary>Pairs predicted with gold facts of one document (FACT_SCHEMA.md section 5).</summary>
/// <remarks>
/// A pair is a candidate when the fact types are equal and every key field of the type matches. Candidates are
/// taken best first (mean key-field similarity, then agreement on the attribute fields, then list order), and
/// each gold and each predicted fact is used at most once, so a close but imperfect duplicate cannot take a
/// gold fact from its exact twin. Deterministic, pure and thread-safe.
/// </remarks>
public static class FactMatcher
{
    public static FactMatching Match(IReadOnlyList<FactFields> predicted, IReadOnlyList<FactFields> gold)
    {
        var candidates = new List<(int Pred, int Gold, double Score, double Attributes)>();
        for (var p = 0; p < predicted.Count; p++)
        {
            for (var g = 0; g < gold.Count; g++)
            {
                if (KeySimilarity(predicted[p], gold[g]) is { } score)
                {
                    candidates.Add((p, g, score, AttributeAgreement(predicted[p], gold[g])));
                }
            }
        }

        var ordered = candidates
            .OrderByDescending(c => c.Score)
            .ThenByDescending(c => c.Attributes)
            .ThenBy(c => c.Gold)
            .ThenBy(c => c.Pred);
        var predUsed = new bool[predicted.Count];
        var goldUsed = new bool[gold.Count];
        var matches = new List<(int Gold, FactMatch Match)>();
        foreach (var candidate in ordered)
        {
            if (predUsed[candidate.Pred] || goldUsed[candidate.Gold])
            {
                continue;
            }

            predUsed[candidate.Pred] = goldUsed[candidate.Gold] = true;
            matches.Add((candidate.Gold, new FactMatch(predicted[candidate.Pred], gold[candidate.Gold], candidate.Score)));
        }

        return new FactMatching(
            [.. matches.OrderBy(m => m.Gold).Select(m => m.Match)],
            [.. predicted.Where((_, i) => !predUsed[i])],
            [.. gold.Where((_, i) => !goldUsed[i])]);
    }

    /// <summary>The mean similarity of the key fields, or null when the types differ or a key field does not match.</summary>
    public static double? KeySimilarity(FactFields predicted, FactFields gold)
    {
        var factType = NormalizeType(gold.FactType);
        if (!string.Equals(NormalizeType(predicted.FactType), factType, StringComparison.Ordinal))
        {
            return null;
        }

        var keys = FactKeys.KeyFields(factType);
        var total = 0.0;
        foreach (var field in keys)
        {
            var similarity = FieldMatcher.Similarity(factType, field, predicted, gold);
            if (similarity <= 0)
            {
                return null;
            }

            total += similarity;
        }

        return keys.Count == 0 ? 1 : total / keys.Count;
    }

    /// <summary>Whether an attribute (non-key) field of a matched pair agrees; a field blank on both sides agrees.</summary>
    public static bool AttributeMatches(string factType, FactField field, FactFields predicted, FactFields gold) =>
        FieldMatcher.Matches(NormalizeType(factType), field, predicted, gold);

    public static string NormalizeType(string factType) => factType.Trim().ToLowerInvariant();

    private static double AttributeAgreement(FactFields predicted, FactFields gold)
    {
        var factType = NormalizeType(gold.FactType);
        return FactKeys.AttributeFields(factType).Count(f => AttributeMatches(factType, f, predicted, gold));
    }
}
