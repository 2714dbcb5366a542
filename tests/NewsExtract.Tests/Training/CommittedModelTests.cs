using System.Text.Json;
using NewsExtract.Output;
using NewsExtract.Pipeline;
using NewsExtract.Scoring;
using NewsExtract.Tests.TestSupport;
using NewsExtract.Training;

namespace NewsExtract.Tests.Training;

/// <summary>The committed <c>models/</c>: trained on the repository's current labels, and reproducible from them.</summary>
public sealed class CommittedModelTests
{
    private static readonly string ModelDirectory = Path.Combine(RepoPaths.Root, "models");
    private static readonly string[] LabelFolders = [Path.Combine(RepoPaths.Root, "seeds"), Path.Combine(RepoPaths.Root, "corpus")];

    private static ModelSet Committed()
    {
        var (models, problem) = ModelSet.Load(ModelDirectory);
        Assert.True(models is not null, problem);
        return models;
    }

    [Fact]
    public void Committed_models_were_trained_on_the_current_labels_and_never_on_the_blind_split()
    {
        var parts = PipelineFactory.Parts();
        var data = LabelledData.Load(LabelFolders, parts);
        var manifest = Committed().Manifest;

        Assert.Empty(data.Problems);
        Assert.DoesNotContain(data.Documents, d => d.ArticlePath.Contains($"{Path.DirectorySeparatorChar}blind{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        Assert.True(data.DataHash == manifest.TrainingData,
            "models/ is stale: the labelled data changed since it was trained; run `newsextract train --labels seeds --labels corpus --out models`");
        Assert.Equal(data.Documents.Count, manifest.TrainingDocuments);
    }

    [Fact]
    public void Retraining_on_the_same_labels_reproduces_models_that_score_the_same()
    {
        var parts = PipelineFactory.Parts();
        var data = LabelledData.Load(LabelFolders, parts);
        var committed = Committed();
        var (retrained, _) = new ModelTrainer(parts, new TrainerSettings(committed.Manifest.Seed)).Train(data.Documents, data.DataHash, DateOnly.FromDateTime(DateTime.UtcNow), committed.Manifest.KeepThresholds);

        var dev = data.Documents.Where(d => d.ArticlePath.Contains($"{Path.DirectorySeparatorChar}dev{Path.DirectorySeparatorChar}", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(dev);
        var before = Score(parts, committed, dev);
        var after = Score(parts, retrained, dev);

        Assert.Equal(before.FactMicro, after.FactMicro);
        Assert.Equal(before.EntityMicro, after.EntityMicro);
    }

    [Fact]
    public void A_model_folder_built_for_other_features_is_refused_with_the_reason()
    {
        using var dir = new TemporaryDirectory();
        foreach (var file in Directory.GetFiles(ModelDirectory))
            File.Copy(file, dir.Combine(Path.GetFileName(file)));
        var manifestPath = dir.Combine(ModelSet.ManifestFile);
        var manifest = JsonSerializer.Deserialize<ModelManifest>(File.ReadAllText(manifestPath), ModelSet.Json)!;
        File.WriteAllText(manifestPath, JsonSerializer.Serialize(manifest with { FeatureSet = "0000000000000000" }, ModelSet.Json));

        var (models, problem) = ModelSet.Load(dir.Root);

        Assert.Null(models);
        Assert.Contains("feature set 0000000000000000", problem);
        Assert.Contains("retrain", problem);
    }

    [Fact]
    public void A_folder_without_a_manifest_is_refused_with_the_reason()
    {
        using var dir = new TemporaryDirectory();
        var (models, problem) = ModelSet.Load(dir.Root);
        Assert.Null(models);
        Assert.Contains("no manifest.json", problem);
    }

    private static ScoreReport Score(PipelineParts parts, ModelSet models, IReadOnlyList<LabelledDocument> documents)
    {
        var facts = new List<global::NewsExtract.Extraction.Fact>();
        var entities = new List<EntityRecord>();
        foreach (var document in documents)
        {
            var (annotated, decided) = parts.Extract(document.Document, models);
            facts.AddRange(decided);
            entities.AddRange(annotated.Entities.Select(e => EntityRecord.From(document.Gold.DocId, e)));
        }
        return Scorer.Score([.. documents.Select(d => d.Gold)], facts, entities);
    }
}
