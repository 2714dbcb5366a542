using System.Text.Json;
using NewsExtract.Cli;
using NewsExtract.Ingestion;
using NewsExtract.Pipeline;
using NewsExtract.Tests.TestSupport;
using NewsExtract.Training;

namespace NewsExtract.Tests.Cli;

/// <summary><c>newsextract train</c> on a small labelled folder copied from the corpus, with the real pipeline.</summary>
public sealed class TrainCommandTests : IDisposable
{
    private static readonly string[] Documents = ["ho_a3_rhenium-niobium-desk-note", "dev_t02_minor_metals_weekly_prices", "dev_t05_australia_korea_minerals_dialogue"];

    private readonly TemporaryDirectory _dir = new();
    private readonly StringWriter _out = new();
    private readonly StringWriter _error = new();

    public TrainCommandTests()
    {
        var source = Path.Combine(RepoPaths.Root, "corpus", "dev");
        for (var i = 0; i < Documents.Length; i++)
        {
            // The last document goes into a folder named blind, which training must never read.
            var folder = i == Documents.Length - 1 ? _dir.Combine("labels", "blind") : _dir.Combine("labels");
            Directory.CreateDirectory(folder);
            foreach (var file in Directory.GetFiles(source, Documents[i] + ".*"))
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }
    }

    public void Dispose() => _dir.Dispose();

    private Task<int> Run(params string[] args)
    {
        var env = new CliEnvironment(_out, _error, Interactive: false, models => PipelineFactory.Parts().Pipeline(models).Process,
            () => new ArticleReader(), CliEnvironment.InputPaths, TimeProvider.System);
        return NewsExtractApp.RunAsync(args, env);
    }

    [Fact]
    public async Task Train_writes_loadable_models_with_a_manifest_and_card_and_skips_the_blind_folder()
    {
        var models = _dir.Combine("models");

        var code = await Run("train", "--labels", _dir.Combine("labels"), "--out", models, "--no-cv");

        Assert.True(code == ExitCode.Success, _error.ToString());
        Assert.Equal(
            ["MODEL_CARD.md", "export-relation.zip", "fact-scorer.zip", "manifest.json", "name-tagger.zip"],
            Directory.GetFiles(models).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var (loaded, problem) = ModelSet.Load(models);
        Assert.True(loaded is not null, problem);
        Assert.Equal(2, loaded.Manifest.TrainingDocuments);
        Assert.Equal(["GPE", "NONE", "ORG", "PERSON"], loaded.Names.Classes);
        Assert.Equal(["drop", "keep"], loaded.FactScorer.Classes);
        Assert.Contains("Not run for this set", File.ReadAllText(Path.Combine(models, "MODEL_CARD.md")));

        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(models, "manifest.json")));
        Assert.Equal(ModelSet.CurrentFeatureSet, manifest.RootElement.GetProperty("feature_set").GetString());

        // The new models drive extract.
        var extracted = await Run("extract", _dir.Combine("labels"), "--out", _dir.Combine("out"), "--models", models);
        Assert.True(extracted == ExitCode.Success, _error.ToString());
        Assert.Contains("+ml:fact-scorer", File.ReadAllText(_dir.Combine("out", "facts.csv")));
    }

    [Fact]
    public async Task Train_without_labelled_documents_exits_3_and_writes_nothing()
    {
        var models = _dir.Combine("models");

        var code = await Run("train", "--labels", _dir.Combine("labels", "blind"), "--out", models);

        Assert.Equal(ExitCode.InputMissing, code);
        Assert.Contains("0 usable labelled documents", _error.ToString());
        Assert.False(Directory.Exists(models));
    }

    [Fact]
    public async Task Train_with_cross_validation_writes_its_scores_and_chosen_thresholds_into_the_card()
    {
        var models = _dir.Combine("models");

        var code = await Run("train", "--labels", _dir.Combine("labels"), "--out", models, "--folds", "2");

        Assert.True(code == ExitCode.Success, _error.ToString());
        Assert.Contains("2-fold cross-validation, rules only: entities micro", _out.ToString());
        var card = File.ReadAllText(Path.Combine(models, "MODEL_CARD.md"));
        Assert.Contains("Leave-one-document-out over the 2 documents", card);
        Assert.Contains("| rules + ML |", card);
        var (loaded, problem) = ModelSet.Load(models);
        Assert.True(loaded is not null, problem);
        Assert.Equal(FactTypesInOrder, loaded.Manifest.KeepThresholds.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Retraining_without_cross_validation_keeps_the_thresholds_cross_validation_chose()
    {
        var models = _dir.Combine("models");
        await Run("train", "--labels", _dir.Combine("labels"), "--out", models, "--folds", "2");
        var chosen = ModelSet.Load(models).Models!.Manifest.KeepThresholds;
        // As if cross-validation had chosen 0.3 for quotes.
        var manifestPath = Path.Combine(models, ModelSet.ManifestFile);
        var manifest = JsonSerializer.Deserialize<ModelManifest>(File.ReadAllText(manifestPath), ModelSet.Json)!;
        var edited = chosen.ToDictionary(k => k.Key, k => k.Key == "quote" ? 0.3 : k.Value);
        File.WriteAllText(manifestPath, JsonSerializer.Serialize(manifest with { KeepThresholds = edited }, ModelSet.Json));

        var retrained = await Run("train", "--labels", _dir.Combine("labels"), "--out", models, "--no-cv");

        Assert.True(retrained == ExitCode.Success, _error.ToString());
        var kept = ModelSet.Load(models).Models!.Manifest.KeepThresholds;
        Assert.Equal(0.3, kept["quote"]);
        Assert.Equal(chosen["price"], kept["price"]);
    }

    [Fact]
    public async Task Train_refuses_one_fold()
    {
        Assert.Equal(ExitCode.UsageError, await Run("train", "--labels", _dir.Combine("labels"), "--out", _dir.Combine("models"), "--folds", "1"));
        Assert.Contains("--folds must be at least 2", _error.ToString());
    }

    /// <summary>A review folder as `review import` writes it: one dev document's facts, no entities key, the article beside.</summary>
    private string ReviewFolder()
    {
        const string docId = "d3_01_asian-lng-cold-snap-prices";
        var source = Path.Combine(RepoPaths.Root, "corpus", "dev");
        var folder = _dir.Combine("reviews");
        Directory.CreateDirectory(folder);
        File.Copy(Path.Combine(source, docId + ".html"), Path.Combine(folder, docId + ".html"));
        var gold = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(source, docId + ".gold.json")))!.AsObject();
        gold.Remove("entities");
        gold["source"] = "review";
        File.WriteAllText(Path.Combine(folder, docId + ".gold.json"), gold.ToJsonString());
        return folder;
    }

    [Fact]
    public async Task Train_with_reviews_cross_validates_and_says_so_in_the_card()
    {
        var models = _dir.Combine("models");

        var code = await Run("train", "--labels", _dir.Combine("labels"), "--reviews", ReviewFolder(), "--out", models, "--folds", "2");

        Assert.True(code == ExitCode.Success, _error.ToString());
        Assert.Contains("reviews: facts of 1 documents from reviews", _out.ToString());
        Assert.Contains("(2 with entity labels)", _out.ToString());
        var card = File.ReadAllText(Path.Combine(models, "MODEL_CARD.md"));
        Assert.Contains("The facts of 1 of them are reviewed extract outputs", card);
        Assert.Equal(3, ModelSet.Load(models).Models!.Manifest.TrainingDocuments);
    }

    [Fact]
    public async Task Train_on_reviews_alone_exits_3_since_the_name_tagger_needs_entity_labels()
    {
        var code = await Run("train", "--reviews", ReviewFolder(), "--reviews", _dir.Combine("labels"), "--out", _dir.Combine("models"), "--no-cv");

        Assert.Equal(ExitCode.InputMissing, code);
        Assert.Contains("name tagger has nothing to learn from", _error.ToString());
        Assert.False(Directory.Exists(_dir.Combine("models")));
    }

    private static readonly IEnumerable<string> FactTypesInOrder = global::NewsExtract.Extraction.FactTypes.All.Order(StringComparer.Ordinal);
}
