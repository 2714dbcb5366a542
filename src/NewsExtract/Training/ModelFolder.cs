using System.Text.Json;
using NewsExtract.Pipeline;

namespace NewsExtract.Training;

/// <summary>
/// A model folder checked but not loaded: its manifest, built for this code's features, and the fingerprint of its
/// files. Opening reads the manifest and hashes the files; <see cref="Load"/> deserializes the models, which took about
/// half a second, most of a run whose outputs turn out to be up to date, and such a run needs only the fingerprint.
/// </summary>
/// <param name="Fingerprint">SHA-256 over the bytes of the manifest and the model files, for caches keyed by the exact models.</param>
public sealed record ModelFolder(string Directory, ModelManifest Manifest, string Fingerprint)
{
    private static readonly string[] Files = [ModelSet.ManifestFile, ModelSet.NamesFile, ModelSet.FactScorerFile, ModelSet.ExportRelationsFile];

    /// <summary>The folder, or why it cannot serve: no manifest, an unreadable one, models built for other features, a
    /// model file missing or unreadable. A model file that is there but broken is found by <see cref="Load"/>.</summary>
    public static (ModelFolder? Folder, string? Problem) Open(string directory)
    {
        var manifestPath = Path.Combine(directory, ModelSet.ManifestFile);
        if (!File.Exists(manifestPath))
            return (null, $"{directory}: no {ModelSet.ManifestFile} (train one with `newsextract train --labels DIR --out {directory}`)");
        try
        {
            var manifest = JsonSerializer.Deserialize<ModelManifest>(File.ReadAllText(manifestPath), ModelSet.Json)
                ?? throw new JsonException("empty manifest");
            if (manifest.FeatureSet != ModelSet.CurrentFeatureSet)
                return (null, $"{manifestPath}: the models were trained with feature set {manifest.FeatureSet}, this build computes {ModelSet.CurrentFeatureSet}; retrain them with `newsextract train`");
            using var hash = new ContentHash();
            foreach (var file in Files)
            {
                var path = Path.Combine(directory, file);
                if (!File.Exists(path))
                    return (null, $"{directory}: cannot load the models: {path}: model file missing");
                hash.Add(file).AddFile(path);
            }

            return (new ModelFolder(directory, manifest, hash.Hex()), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or NotSupportedException)
        {
            return (null, $"{directory}: cannot load the models: {ex.Message}");
        }
    }

    /// <summary>The models, or why they cannot be read, naming the file.</summary>
    public (ModelSet? Models, string? Problem) Load()
    {
        var path = "";
        try
        {
            LinearClassifier Model(string file) => LinearClassifier.Load(path = Path.Combine(Directory, file));
            return (new ModelSet(Manifest, Model(ModelSet.NamesFile), Model(ModelSet.FactScorerFile), Model(ModelSet.ExportRelationsFile)), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException or FormatException or NotSupportedException)
        {
            return (null, $"{Directory}: cannot load the models: {path}: {ex.Message}");
        }
    }
}
