using NewsExtract.Annotation;
using NewsExtract.Extraction;
using NewsExtract.Output;
using NewsExtract.Pipeline;
using NewsExtract.Scoring;

namespace NewsExtract.Training;

/// <summary>Leave-one-document-out scores: rules only, rules plus ML, and the candidate generator's ceiling.</summary>
/// <param name="WithModels">Rules plus ML at <paramref name="KeepThresholds"/>.</param>
/// <param name="KeepThresholds">Per fact type, the fact scorer's threshold (from <see cref="CrossValidation.Thresholds"/>) or the rule's own decision (null), whichever had the best cross-validated F1 of that type (near-ties: <see cref="CrossValidation.Choose"/>).</param>
/// <param name="CandidateCeiling">Share of gold facts that some rule candidate matches (relation left out): no decision stage can do better.</param>
/// <param name="TaggerOnly">The rules (as with --no-ml) over the trained tagger's entities: shows what the tagger and the fact models each add.</param>
public sealed record CrossValidationResult(ScoreReport RulesOnly, ScoreReport TaggerOnly, ScoreReport WithModels, IReadOnlyDictionary<string, double?> KeepThresholds, double CandidateCeiling, int Folds);

/// <summary>
/// Cross-validation by document (ML_DESIGN.md), leave-one-document-out unless fewer folds are asked for: each
/// document is scored with models trained on documents of the other folds, so its sentences never sit in two
/// folds. Folds run in parallel on all cores.
/// </summary>
public sealed class CrossValidation(PipelineParts parts, TrainerSettings settings)
{
    /// <summary>The keep thresholds tried; the fact scorer's probabilities are kept whole, so one run scores them all.</summary>
    public static readonly IReadOnlyList<double> Thresholds = [0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6];

    /// <summary>F1 differences in cross-validation below this are ties: noise of one retraining. Without it the choice
    /// flipped between near-equal options with every retraining, and every document's output with it.</summary>
    public const double RuleMargin = 0.005;

    /// <summary>The rule's own decision (null) unless the best threshold beats its F1 by more than <see cref="RuleMargin"/>;
    /// else the lowest threshold within <see cref="RuleMargin"/> of the best (recall).</summary>
    public static double? Choose(double ruleF1, IEnumerable<(double Threshold, double F1)> thresholds)
    {
        var all = thresholds.ToList();
        var best = all.Max(t => t.F1);
        return best > ruleF1 + RuleMargin ? all.Where(t => t.F1 >= best - RuleMargin).Min(t => t.Threshold) : null;
    }

    public CrossValidationResult LeaveOneOut(IReadOnlyList<LabelledDocument> documents, IProgress<int>? progress = null, CancellationToken cancellationToken = default) =>
        Run(documents, documents.Count, progress, cancellationToken);

    /// <summary>K-fold by document (document i is held out in fold i mod K); K = the number of documents is leave-one-out.</summary>
    public CrossValidationResult Run(IReadOnlyList<LabelledDocument> documents, int folds, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        folds = Math.Clamp(folds, 2, documents.Count);
        var ruleTagger = parts.Tagger(null);
        var rulesFacts = new List<Fact>[documents.Count];
        var rulesEntities = new List<EntityRecord>[documents.Count];
        var mlFacts = new List<Fact>[documents.Count];
        var taggerFacts = new List<Fact>[documents.Count];
        var mlEntities = new List<EntityRecord>[documents.Count];
        var found = new int[documents.Count];
        var trainer = new ModelTrainer(parts, settings);
        var nameRows = trainer.NameRows(documents);
        var done = 0;
        // One fold a core: a fold waits on the trainer's own threads, and an unbounded loop let the thread pool start
        // about a thousand of them, each holding a fold's training set (19 GB resident with 285 documents).
        var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.For(0, folds, options, fold =>
        {
            var (models, _) = trainer.Train(
                [.. documents.Where((_, j) => j % folds != fold)], [.. nameRows.Where((_, j) => j % folds != fold)], "cross-validation", DateOnly.MinValue, FactTypes.All.ToDictionary(t => t, _ => (double?)0));
            for (var i = fold; i < documents.Count; i += folds)
            {
                var held = documents[i];
                var (rulesDoc, rulesCandidates) = parts.Candidates(held.Document, ruleTagger);
                rulesFacts[i] = [.. parts.Decider(null).Decide(rulesDoc, rulesCandidates)];
                rulesEntities[i] = [.. rulesDoc.Entities.Select(e => EntityRecord.From(held.Gold.DocId, e))];
                var (annotated, candidates) = parts.Candidates(held.Document, parts.Tagger(models));
                found[i] = FactExamples.For(annotated, candidates, held.Gold, held.Review).GoldFound;
                taggerFacts[i] = [.. parts.Decider(null).Decide(annotated, candidates)];
                mlFacts[i] = [.. parts.Merger.Merge(parts.Decider(models).Decide(annotated, candidates))];
                mlEntities[i] = [.. annotated.Entities.Select(e => EntityRecord.From(held.Gold.DocId, e))];
            }
            progress?.Report(Interlocked.Increment(ref done));
        });

        var gold = documents.Select(d => d.Gold).ToList();
        var goldFacts = gold.Sum(g => g.Facts.Count);
        // Facts match only facts of their own type, so each type's choice is independent (Choose).
        IEnumerable<Fact> Kept(string type, double? threshold) => threshold is { } t
            ? mlFacts.SelectMany(f => f).Where(f => f.FactType == type && f.Confidence >= t)
            : taggerFacts.SelectMany(f => f).Where(f => f.FactType == type);
        double F1(string type, double? threshold) =>
            Scorer.Score(gold, Kept(type, threshold), []).FactTypes.FirstOrDefault(r => r.Name == type)?.Score.F1 ?? 0;
        var chosen = FactTypes.All.ToDictionary(
            type => type,
            type => Choose(F1(type, null), Thresholds.Select(t => (t, F1(type, t)))),
            StringComparer.Ordinal);
        var decided = FactTypes.All.SelectMany(type => Kept(type, chosen[type]));
        return new CrossValidationResult(
            Scorer.Score(gold, rulesFacts.SelectMany(f => f), rulesEntities.SelectMany(e => e)),
            Scorer.Score(gold, taggerFacts.SelectMany(f => f), mlEntities.SelectMany(e => e)),
            Scorer.Score(gold, decided, mlEntities.SelectMany(e => e)),
            chosen,
            goldFacts == 0 ? 0 : (double)found.Sum() / goldFacts,
            folds);
    }
}
