using NewsExtract.Annotation.Names;
using NewsExtract.Pipeline;

namespace NewsExtract.Training;

/// <summary>What one training run used and produced, for the model card.</summary>
/// <param name="ReviewedDocuments">Documents whose facts come from a review (<c>--reviews</c>).</param>
/// <param name="CandidatesLeftOut">Candidates that match only review rows nobody gave a verdict: no fact-scorer row.</param>
public sealed record TrainingStats(int Documents, int NameExamples, int FactExamples, int RelationExamples, int GoldFacts, int GoldFactsFound, int ReviewedDocuments = 0, int CandidatesLeftOut = 0);

/// <summary>
/// Trains the three models from labelled documents: the name tagger first, then, on the candidates the rule
/// extractors propose over the trained tagger's entities, the fact scorer and the export-control relation
/// classifier. Deterministic for the same documents and settings.
/// </summary>
public sealed class ModelTrainer(PipelineParts parts, TrainerSettings settings)
{
    /// <summary>The fact scorer decides every type at p(keep) >= 0.5 unless cross-validation chose otherwise.</summary>
    public static IReadOnlyDictionary<string, double?> DefaultKeepThresholds { get; } =
        Extraction.FactTypes.All.ToDictionary(t => t, _ => (double?)0.5);

    public (ModelSet Models, TrainingStats Stats) Train(IReadOnlyList<LabelledDocument> documents, string dataHash, DateOnly today, IReadOnlyDictionary<string, double?>? keepThresholds = null) =>
        Train(documents, NameRows(documents), dataHash, today, keepThresholds);

    /// <summary>The name tagger's rows of each document; they do not depend on any model, so cross-validation makes them once.</summary>
    public IReadOnlyList<IReadOnlyList<Example>> NameRows(IReadOnlyList<LabelledDocument> documents)
    {
        var nameExamples = new NameExamples(parts.Spotters, parts.NameFinder, parts.NameFeatures);
        return documents.AsParallel().AsOrdered().Select(d => (IReadOnlyList<Example>)[.. nameExamples.For(d.Document, d.Gold)]).ToList();
    }

    /// <param name="nameRows">The name rows of each of <paramref name="documents"/>, in order (see <see cref="NameRows"/>).</param>
    public (ModelSet Models, TrainingStats Stats) Train(IReadOnlyList<LabelledDocument> documents, IReadOnlyList<IReadOnlyList<Example>> nameRows, string dataHash, DateOnly today, IReadOnlyDictionary<string, double?>? keepThresholds = null)
    {
        var names = nameRows.SelectMany(r => r).ToList();
        var nameModel = LinearClassifier.Train(names, settings);

        var tagger = new TrainedNameTagger(parts.Spotters, parts.Resolver, parts.NameFinder, parts.NameFeatures, nameModel);
        var sets = documents.Select(d =>
        {
            var (annotated, candidates) = parts.Candidates(d.Document, tagger);
            return FactExamples.For(annotated, candidates, d.Gold, d.Review);
        }).ToList();
        var scoring = sets.SelectMany(s => s.Scoring).ToList();
        var relations = sets.SelectMany(s => s.Relations).ToList();
        var scorer = LinearClassifier.Train(scoring, settings);
        var relationModel = LinearClassifier.Train(relations, settings);

        var manifest = new ModelManifest(
            Version: string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{today:yyyy.MM.dd}-{dataHash[..8]}"),
            FeatureSet: ModelSet.CurrentFeatureSet,
            Trained: today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            TrainingData: dataHash,
            TrainingDocuments: documents.Count,
            KeepThresholds: keepThresholds ?? DefaultKeepThresholds,
            Seed: settings.Seed,
            Models:
            [
                new ModelEntry("name-tagger", ModelSet.NamesFile, nameModel.Classes, names.Count),
                new ModelEntry("fact-scorer", ModelSet.FactScorerFile, scorer.Classes, scoring.Count),
                new ModelEntry("export-relation", ModelSet.ExportRelationsFile, relationModel.Classes, relations.Count),
            ]);
        var stats = new TrainingStats(documents.Count, names.Count, scoring.Count, relations.Count, sets.Sum(s => s.Gold), sets.Sum(s => s.GoldFound),
            documents.Count(d => d.Review is not null), sets.Sum(s => s.LeftOut));
        return (new ModelSet(manifest, nameModel, scorer, relationModel), stats);
    }
}
