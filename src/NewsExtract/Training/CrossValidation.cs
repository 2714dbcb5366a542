using NewsExtract.Annotation;
using NewsExtract.Extraction;
using NewsExtract.Output;
using NewsExtract.Pipeline;
using NewsExtract.Scoring;

namespace NewsExtract.Training;

/// <summary>Leave-one-document-out scores: rules only, rules plus ML, and the candidate generator's ceiling.</summary>
/// <param name="WithModels">Rules plus ML at <paramref name="KeepThreshold"/>.</param>
/// <param name="KeepThreshold">The fact scorer's threshold with the best cross-validated fact F1 (from <see cref="CrossValidation.Thresholds"/>).</param>
/// <param name="CandidateCeiling">Share of gold facts that some rule candidate matches (relation left out): no decision stage can do better.</param>
/// <param name="TaggerOnly">The rule candidates over the trained tagger's entities, undecided: shows what the tagger and the fact models each add.</param>
public sealed record CrossValidationResult(ScoreReport RulesOnly, ScoreReport TaggerOnly, ScoreReport WithModels, double KeepThreshold, double CandidateCeiling, int Folds);

/// <summary>
/// Cross-validation by document (ML_DESIGN.md), leave-one-document-out unless fewer folds are asked for: each
/// document is scored with models trained on documents of the other folds, so its sentences never sit in two
/// folds. Folds run in parallel on all cores.
/// </summary>
public sealed class CrossValidation(PipelineParts parts, TrainerSettings settings)
{
    /// <summary>The keep thresholds tried; the fact scorer's probabilities are kept whole, so one run scores them all.</summary>
    public static readonly IReadOnlyList<double> Thresholds = [0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6];

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
        Parallel.For(0, folds, new ParallelOptions { CancellationToken = cancellationToken }, fold =>
        {
            var (models, _) = trainer.Train(
                [.. documents.Where((_, j) => j % folds != fold)], [.. nameRows.Where((_, j) => j % folds != fold)], "cross-validation", DateOnly.MinValue, keepThreshold: 0);
            for (var i = fold; i < documents.Count; i += folds)
            {
                var held = documents[i];
                var (rulesDoc, rulesCandidates) = parts.Candidates(held.Document, ruleTagger);
                rulesFacts[i] = [.. rulesCandidates];
                rulesEntities[i] = [.. rulesDoc.Entities.Select(e => EntityRecord.From(held.Gold.DocId, e))];
                var (annotated, candidates) = parts.Candidates(held.Document, parts.Tagger(models));
                found[i] = FactExamples.For(annotated, candidates, held.Gold).GoldFound;
                taggerFacts[i] = [.. candidates];
                mlFacts[i] = [.. parts.Merger.Merge(parts.Decider(models).Decide(annotated, candidates))];
                mlEntities[i] = [.. annotated.Entities.Select(e => EntityRecord.From(held.Gold.DocId, e))];
            }
            progress?.Report(Interlocked.Increment(ref done));
        });

        var gold = documents.Select(d => d.Gold).ToList();
        var goldFacts = gold.Sum(g => g.Facts.Count);
        // Ties go to the lower threshold: prefer recall when F1 is equal.
        var best = Thresholds
            .Select(t => (Threshold: t, Report: Scorer.Score(gold, mlFacts.SelectMany(f => f).Where(f => f.Confidence >= t), mlEntities.SelectMany(e => e))))
            .Aggregate((a, b) => b.Report.FactMicro.F1 > a.Report.FactMicro.F1 ? b : a);
        return new CrossValidationResult(
            Scorer.Score(gold, rulesFacts.SelectMany(f => f), rulesEntities.SelectMany(e => e)),
            Scorer.Score(gold, taggerFacts.SelectMany(f => f), mlEntities.SelectMany(e => e)),
            best.Report,
            best.Threshold,
            goldFacts == 0 ? 0 : (double)found.Sum() / goldFacts,
            folds);
    }
}
