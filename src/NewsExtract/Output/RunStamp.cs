using System.Text.Json;
using NewsExtract.Ingestion;
using NewsExtract.Pipeline;

namespace NewsExtract.Output;

/// <summary>What an up-to-date check needs: the key of an article file over everything its result depends on (null
/// when it cannot be read), and the settings that change the outputs (build, models, limits, shard, folders).</summary>
public sealed record UpToDateCheck(Func<string, string?> KeyOf, string Settings);

/// <summary>
/// The fingerprint of an <c>extract</c> run's inputs, kept beside its outputs, so that a run over an unchanged folder
/// can leave the outputs as they are instead of writing the same files again.
/// </summary>
/// <remarks>
/// The value is SHA-256 over the settings and every listed file in order: its relative path and, for an article, its
/// key (<see cref="UpToDateCheck.KeyOf"/>: bytes, sidecar, doc_id). The stamp file also lists each output's size and
/// write time as the run left it, so outputs changed since (a reviewer's verdicts in <c>facts.xlsx</c>), or missing,
/// make the stamp stale and the run goes ahead as usual. A run writes a stamp only when no file failed (a failure may
/// not fail again) and no review was carried forward.
/// </remarks>
public sealed class RunStamp
{
    public const string FileName = ".newsextract-run.json";

    private RunStamp(string value) => Value = value;

    public string Value { get; }

    /// <summary>The stamp of a run over <paramref name="options"/>' files, or null when some article cannot be keyed.</summary>
    public static RunStamp? For(BatchOptions options, UpToDateCheck check)
    {
        var input = Path.GetFullPath(options.InputDirectory);
        using var hash = new ContentHash();
        hash.Add(check.Settings).Add(input).Add(Path.GetFullPath(options.OutputDirectory)).Add(options.Limits.ToString());
        foreach (var path in options.Files)
        {
            hash.Add(Path.GetRelativePath(input, Path.GetFullPath(path)));
            if (options.Folders.ContainsKey(path))
            {
                hash.Add("folder");
            }
            else if (InputFolder.Classify(Path.GetFileName(path)).Kind == InputKind.Article)
            {
                if (check.KeyOf(path) is not { } key)
                    return null;
                hash.Add(key);
            }
            else
            {
                hash.Add("other");
            }
        }

        return new RunStamp(hash.Hex());
    }

    /// <summary>Whether <paramref name="outputDirectory"/> holds the outputs of a run with this stamp, unchanged since.</summary>
    public bool IsCurrent(string outputDirectory) =>
        Read(outputDirectory) is { } stamp && stamp.Value == Value
        && stamp.Outputs.Count > 0 && stamp.Outputs.All(output => Unchanged(outputDirectory, output));

    /// <summary>The outputs in <paramref name="outputDirectory"/> that an <c>extract</c> run wrote with no review work in
    /// them and that are unchanged since (size and write time as the run left them): no one has typed a verdict into
    /// them. Only a stamp with a value vouches for its outputs; a run that carried a review forward (or had a failed
    /// file) leaves one without.</summary>
    public static IReadOnlySet<string> UnchangedOutputs(string outputDirectory) =>
        Read(outputDirectory) is { Value.Length: > 0 } stamp
            ? stamp.Outputs.Where(output => Unchanged(outputDirectory, output)).Select(output => output.Name).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>();

    private static StampFile? Read(string outputDirectory)
    {
        var path = Path.Combine(outputDirectory, FileName);
        try
        {
            return File.Exists(path) && JsonSerializer.Deserialize<StampFile>(File.ReadAllBytes(path)) is { Value: not null, Outputs: not null } stamp
                ? stamp
                : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }

    private static bool Unchanged(string outputDirectory, StampedOutput output)
    {
        try
        {
            var file = new FileInfo(Path.Combine(outputDirectory, output.Name));
            return file.Exists && file.Length == output.Length && file.LastWriteTimeUtc.Ticks == output.WrittenTicks;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return false;
        }
    }

    /// <summary>Writes <paramref name="stamp"/> into the staging folder, listing every output already staged there (call it
    /// last); a null stamp writes one that matches no run, so an earlier stamp never outlives the outputs it described.</summary>
    /// <remarks>The staging folder is moved into place by renames, which keep each file's size and write time.</remarks>
    public static void Write(OutputStaging staging, RunStamp? stamp)
    {
        var outputs = staging.FileNames.Select(name =>
        {
            var file = new FileInfo(Path.Combine(staging.StagingDirectory, name));
            return new StampedOutput(name, file.Length, file.LastWriteTimeUtc.Ticks);
        }).ToList();
        using var stream = staging.CreateFile(FileName);
        JsonSerializer.Serialize(stream, new StampFile(stamp?.Value ?? "", outputs));
    }

    private sealed record StampFile(string Value, IReadOnlyList<StampedOutput> Outputs);

    private sealed record StampedOutput(string Name, long Length, long WrittenTicks);
}
