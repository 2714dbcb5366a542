using NewsExtract.Annotation;
using NewsExtract.Extraction;
using NewsExtract.Output;

namespace NewsExtract.Scoring;

/// <summary>Scores predicted facts and entities against gold documents (FACT_SCHEMA.md section 5). Pure and thread-safe.</summary>
/// <remarks>
/// Only documents with a gold file are scored; predictions for other documents are counted and left out.
/// Entities compare per document as sets of distinct (label, normalized) pairs, case-insensitively, and an
/// entity with a blank normalized value is ignored on both sides (LABELLING.md); a document whose gold has no
/// entity labels (<see cref="GoldDocument.EntitiesLabelled"/>) is scored for facts only. Facts are paired by
/// <see cref="FactMatcher"/>; attribute accuracy is over matched pairs.
/// </remarks>
public static class Scorer
{
    public static ScoreReport Score(IReadOnlyList<GoldDocument> gold, IEnumerable<Fact> predictedFacts, IEnumerable<EntityRecord> predictedEntities)
    {
        var goldIds = gold.Select(d => d.DocId).ToHashSet(StringComparer.Ordinal);
        var factsByDoc = predictedFacts.ToLookup(f => f.DocId, StringComparer.Ordinal);
        var entitiesByDoc = predictedEntities.ToLookup(e => e.DocId, StringComparer.Ordinal);
        var ignoredDocs = factsByDoc.Select(g => g.Key).Concat(entitiesByDoc.Select(g => g.Key))
            .Where(id => !goldIds.Contains(id)).ToHashSet(StringComparer.Ordinal);

        var entityScores = new Dictionary<string, Prf>(StringComparer.Ordinal);
        var factScores = new Dictionary<string, Prf>(StringComparer.Ordinal);
        var attributes = new Dictionary<(string Type, FactField Field), (int Correct, int Total)>();
        var falsePositives = new List<FactError>();
        var missed = new List<FactError>();
        var entityFalsePositives = new List<EntityError>();
        var entityMissed = new List<EntityError>();

        foreach (var document in gold.OrderBy(d => d.DocId, StringComparer.Ordinal))
        {
            if (document.EntitiesLabelled)
            {
                ScoreEntities(document, entitiesByDoc[document.DocId], entityScores, entityFalsePositives, entityMissed);
            }

            var predicted = factsByDoc[document.DocId].Select(FactFields.From).ToList();
            var matching = FactMatcher.Match(predicted, document.Facts);
            foreach (var match in matching.Matches)
            {
                var type = FactMatcher.NormalizeType(match.Gold.FactType);
                Add(factScores, type, new Prf(1, 0, 0));
                foreach (var field in FactKeys.AttributeFields(type))
                {
                    var correct = FactMatcher.AttributeMatches(type, field, match.Predicted, match.Gold) ? 1 : 0;
                    attributes[(type, field)] = attributes.TryGetValue((type, field), out var sofar)
                        ? (sofar.Correct + correct, sofar.Total + 1)
                        : (correct, 1);
                }
            }

            foreach (var fact in matching.FalsePositives)
            {
                Add(factScores, FactMatcher.NormalizeType(fact.FactType), new Prf(0, 1, 0));
                falsePositives.Add(new FactError(document.DocId, fact));
            }

            foreach (var fact in matching.Missed)
            {
                Add(factScores, FactMatcher.NormalizeType(fact.FactType), new Prf(0, 0, 1));
                missed.Add(new FactError(document.DocId, fact));
            }
        }

        var entityRows = OrderedRows(entityScores, Enum.GetNames<EntityLabel>());
        var factRows = OrderedRows(factScores, Extraction.FactTypes.All);
        return new ScoreReport(
            new DocumentCounts(
                gold.Count,
                gold.Count(d => !factsByDoc.Contains(d.DocId) && !entitiesByDoc.Contains(d.DocId)),
                ignoredDocs.Count,
                ignoredDocs.Sum(id => factsByDoc[id].Count()),
                ignoredDocs.Sum(id => entitiesByDoc[id].Count()),
                gold.Count(d => d.EntitiesLabelled)),
            entityRows,
            entityRows.Aggregate(Prf.Zero, (sum, row) => sum + row.Score),
            factRows,
            factRows.Aggregate(Prf.Zero, (sum, row) => sum + row.Score),
            AttributeRows(attributes),
            falsePositives,
            missed,
            entityFalsePositives,
            entityMissed);
    }

    private static void ScoreEntities(
        GoldDocument document,
        IEnumerable<EntityRecord> predicted,
        Dictionary<string, Prf> scores,
        List<EntityError> falsePositives,
        List<EntityError> missed)
    {
        var goldPairs = Pairs(document.Entities.Select(e => (e.Label, e.Normalized)));
        var predPairs = Pairs(predicted.Select(e => (e.Label, e.Normalized)));
        foreach (var pair in predPairs.Keys.Union(goldPairs.Keys)
            .OrderBy(p => p.Label, StringComparer.Ordinal).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            var inGold = goldPairs.TryGetValue(pair, out var goldText);
            var inPred = predPairs.TryGetValue(pair, out var predText);
            Add(scores, pair.Label, new Prf(inGold && inPred ? 1 : 0, inPred && !inGold ? 1 : 0, inGold && !inPred ? 1 : 0));
            if (inPred && !inGold)
            {
                falsePositives.Add(new EntityError(document.DocId, pair.Label, predText!));
            }
            else if (inGold && !inPred)
            {
                missed.Add(new EntityError(document.DocId, pair.Label, goldText!));
            }
        }
    }

    /// <summary>Distinct (label, lower-cased normalized) pairs, blank normalized values left out, each with its first written form.</summary>
    private static Dictionary<(string Label, string Key), string> Pairs(IEnumerable<(EntityLabel Label, string Normalized)> entities)
    {
        var pairs = new Dictionary<(string, string), string>();
        foreach (var (label, normalized) in entities)
        {
            var key = normalized.Trim().ToLowerInvariant();
            if (key.Length > 0)
            {
                pairs.TryAdd((label.ToString(), key), normalized.Trim());
            }
        }

        return pairs;
    }

    private static void Add(Dictionary<string, Prf> scores, string name, Prf score) =>
        scores[name] = scores.TryGetValue(name, out var sofar) ? sofar + score : score;

    /// <summary>Known names in their schema order, then any others (an unknown predicted fact type) in ordinal order.</summary>
    private static List<CategoryScore> OrderedRows(Dictionary<string, Prf> scores, IEnumerable<string> knownOrder)
    {
        var known = knownOrder.ToList();
        return [.. scores
            .OrderBy(s => known.IndexOf(s.Key) is var i && i >= 0 ? i : int.MaxValue)
            .ThenBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => new CategoryScore(s.Key, s.Value))];
    }

    private static List<AttributeScore> AttributeRows(Dictionary<(string Type, FactField Field), (int Correct, int Total)> attributes)
    {
        var known = Extraction.FactTypes.All.ToList();
        var rows = attributes
            .OrderBy(a => known.IndexOf(a.Key.Type) is var i && i >= 0 ? i : int.MaxValue)
            .ThenBy(a => a.Key.Field)
            .Select(a => new AttributeScore(a.Key.Type, FactKeys.ColumnName(a.Key.Field), a.Value.Correct, a.Value.Total))
            .ToList();
        var totals = attributes
            .GroupBy(a => a.Key.Field)
            .OrderBy(g => g.Key)
            .Select(g => new AttributeScore(AttributeScore.AllTypes, FactKeys.ColumnName(g.Key), g.Sum(a => a.Value.Correct), g.Sum(a => a.Value.Total)));
        return [.. rows, .. totals];
    }
}
