using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using NewsExtract.Annotation.Names;
using NewsExtract.Extraction.Decisions;
using NewsExtract.Output;
using NewsExtract.Pipeline;

namespace NewsExtract.Training;

/// <summary>One model file of a model set.</summary>
public sealed record ModelEntry(string Name, string File, IReadOnlyList<string> Classes, int Examples);

/// <summary><c>models/manifest.json</c>: what was trained, on what, with which features.</summary>
/// <param name="FeatureSet">The hash of the feature extractors' versions; a model set whose hash differs from the code's is refused.</param>
/// <param name="TrainingData">SHA-256 over the training documents' gold files and article files, to tell when models are stale.</param>
/// <param name="KeepThresholds">Per fact type, the fact scorer's probability at or above which a candidate is kept;
/// null where cross-validation found the rule's own confidence the better judge (see <see cref="Extraction.Decisions.TrainedFactDecider"/>).</param>
public sealed record ModelManifest(
    string Version,
    string FeatureSet,
    string Trained,
    string TrainingData,
    int TrainingDocuments,
    IReadOnlyDictionary<string, double?> KeepThresholds,
    int Seed,
    IReadOnlyList<ModelEntry> Models)
{
    /// <summary>One line naming the models for a reader of the outputs: version, training date and size, and the models.</summary>
    public string Description =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"models {Version} (trained {Trained} on {TrainingDocuments} documents; {string.Join(", ", Models.Select(m => m.Name))})");
}

/// <summary>The trained models <c>extract</c> loads: the name tagger, the fact scorer and the export-control relation classifier.</summary>
public sealed record ModelSet(ModelManifest Manifest, LinearClassifier Names, LinearClassifier FactScorer, LinearClassifier ExportRelations)
{
    public const string ManifestFile = "manifest.json";
    public const string NamesFile = "name-tagger.zip";
    public const string FactScorerFile = "fact-scorer.zip";
    public const string ExportRelationsFile = "export-relation.zip";
    public const string ModelCardFile = "MODEL_CARD.md";

    /// <summary>The feature-set hash of this build of the code.</summary>
    public static string CurrentFeatureSet { get; } = Hash($"{NameFeatures.Version}|{FactFeatures.Version}|{FeatureHasher.Bits}");

    public static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>Loads a model folder, or says why it cannot: missing files, an unreadable manifest, or models built for other features.</summary>
    public static (ModelSet? Models, string? Problem) Load(string directory)
    {
        var (folder, problem) = ModelFolder.Open(directory);
        return folder is null ? (null, problem) : folder.Load();
    }

    /// <summary>Writes the model files, the manifest and a model card into <paramref name="directory"/>: all of them or, on failure, none.</summary>
    public void Save(string directory, string modelCard)
    {
        using var staging = new OutputStaging(directory);
        void Write(string file, Action<Stream> write)
        {
            using var stream = staging.CreateFile(file);
            write(stream);
        }
        Write(NamesFile, Names.Save);
        Write(FactScorerFile, FactScorer.Save);
        Write(ExportRelationsFile, ExportRelations.Save);
        Write(ManifestFile, s => s.Write(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(Manifest, Json) + "\n")));
        Write(ModelCardFile, s => s.Write(Encoding.UTF8.GetBytes(modelCard)));
        staging.Commit();
    }

    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
}
