using NewsExtract.Annotation;
using NewsExtract.Extraction;
using NewsExtract.Extraction.Decisions;
using NewsExtract.Scoring;

namespace NewsExtract.Training;

/// <summary>The fact candidates of one document labelled against its gold facts.</summary>
/// <param name="Scoring">keep/drop rows for the fact scorer, one per candidate.</param>
/// <param name="Relations">relation rows for the export-control classifier, one per candidate matching a gold export control.</param>
/// <param name="GoldFound">Gold facts some candidate matches: the most any decision stage can reach.</param>
/// <param name="LeftOut">Candidates without a row: they match only review rows nobody gave a verdict.</param>
public sealed record FactExampleSet(IReadOnlyList<Example> Scoring, IReadOnlyList<Example> Relations, int GoldFound, int Gold, int LeftOut = 0);

/// <summary>
/// Labels rule candidates by the scorer's own matching (ML_DESIGN.md): a candidate that matches a gold fact under
/// the key-field rules is <c>keep</c>, any other <c>drop</c>. An export control is matched with its relation left
/// out, since the relation is the relation classifier's to decide; the gold relation is that row's class. With a
/// review, a candidate that matches no gold fact and no rejected row but a row nobody reviewed is neither: it is left out.
/// </summary>
public static class FactExamples
{
    public static FactExampleSet For(AnnotatedDocument document, IReadOnlyList<Fact> candidates, GoldDocument gold, ReviewRecords? review = null)
    {
        var predicted = candidates.Select(c => WithoutRelation(FactFields.From(c))).ToList();
        var goldFields = gold.Facts.Select(WithoutRelation).ToList();
        var matching = FactMatcher.Match(predicted, goldFields);
        var goldOf = new Dictionary<int, int>();
        foreach (var match in matching.Matches)
            goldOf[IndexOf(predicted, match.Predicted)] = IndexOf(goldFields, match.Gold);

        var unknown = review is null ? [] : Unreviewed(predicted, goldOf, review);
        var context = FactFeatures.Context(document, candidates);
        var scoring = new List<Example>(candidates.Count);
        var relations = new List<Example>();
        for (var i = 0; i < candidates.Count; i++)
        {
            if (unknown.Contains(i))
                continue;
            var matched = goldOf.TryGetValue(i, out var g);
            scoring.Add(new Example(matched ? TrainedFactDecider.Keep : TrainedFactDecider.Drop, FactFeatures.ForScoring(candidates[i], context)));
            if (matched && candidates[i].FactType == FactTypes.ExportControl)
                relations.Add(new Example(gold.Facts[g].Relation, FactFeatures.ForRelation(candidates[i], context)));
        }
        return new FactExampleSet(scoring, relations, matching.Matches.Count, gold.Facts.Count, unknown.Count);
    }

    /// <summary>Candidates matching no gold fact, no rejected row and some unreviewed row. Any match counts here, not
    /// one-to-one as for gold: every candidate like an unreviewed row is as unknown as the row.</summary>
    private static HashSet<int> Unreviewed(List<FactFields> predicted, Dictionary<int, int> goldOf, ReviewRecords review)
    {
        var unreviewed = review.Unreviewed.Select(WithoutRelation).ToList();
        var rejected = review.Rejected.Select(WithoutRelation).ToList();
        bool MatchesAny(FactFields candidate, List<FactFields> rows) => rows.Any(r => FactMatcher.KeySimilarity(candidate, r) is not null);
        return [.. Enumerable.Range(0, predicted.Count).Where(i => !goldOf.ContainsKey(i) && MatchesAny(predicted[i], unreviewed) && !MatchesAny(predicted[i], rejected))];
    }

    private static FactFields WithoutRelation(FactFields fields) =>
        FactMatcher.NormalizeType(fields.FactType) == FactTypes.ExportControl ? fields with { Relation = "" } : fields;

    private static int IndexOf(List<FactFields> list, FactFields item)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (ReferenceEquals(list[i], item))
                return i;
        }
        throw new InvalidOperationException("matched fact not in its list");
    }
}
