using NewsExtract.Review;
using NewsExtract.Annotation;
using NewsExtract.Extraction;
using NewsExtract.Extraction.Decisions;
using NewsExtract.Scoring;

namespace NewsExtract.Training;

/// <summary>The fact candidates of one document labelled against its gold facts.</summary>
/// <param name="Scoring">keep/drop rows for the fact scorer, one per candidate.</param>
/// <param name="Relations">relation rows for the export-control classifier, one per candidate matching a gold export control.</param>
/// <param name="GoldFound">Gold facts some candidate matches: the most any decision stage can reach.</param>
/// <param name="LeftOut">Candidates without a row: in a reviewed document, those matching neither a gold fact nor a rejected row.</param>
public sealed record FactExampleSet(IReadOnlyList<Example> Scoring, IReadOnlyList<Example> Relations, int GoldFound, int Gold, int LeftOut = 0);

/// <summary>
/// Labels rule candidates by the scorer's own matching (ML_DESIGN.md): a candidate that matches a gold fact under
/// the key-field rules is <c>keep</c>, any other <c>drop</c>. An export control is matched with its relation left
/// out, since the relation is the relation classifier's to decide; the gold relation is that row's class.
/// A review labels only what the reviewer saw: a candidate that matches no accepted, fixed or added fact and no
/// rejected row is left out, not dropped. Those are the rows nobody gave a verdict and, above all, the candidates the
/// earlier models dropped before the review; teaching "drop" for them would teach the old models' misses, since a
/// reviewer adds some missed facts, never all (measured: F1 on unseen documents fell when they counted as drop).
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

        var unknown = review is null ? [] : Unlabelled(predicted, goldOf, review);
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

    /// <summary>Candidates matching no gold fact and no rejected row. Any match with a rejected row counts, not
    /// one-to-one as for gold: every candidate like a rejected row is as wrong as the row.</summary>
    private static HashSet<int> Unlabelled(List<FactFields> predicted, Dictionary<int, int> goldOf, ReviewRecords review)
    {
        var rejected = review.Rejected.Select(WithoutRelation).ToList();
        return [.. Enumerable.Range(0, predicted.Count).Where(i => !goldOf.ContainsKey(i) && !rejected.Any(r => FactMatcher.KeySimilarity(predicted[i], r) is not null))];
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
