using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;
using NewsExtract.Annotation;
using NewsExtract.Extraction;
using NewsExtract.Ingestion;
using NewsExtract.Output;

namespace NewsExtract.Pipeline;

/// <summary>
/// Earlier results of the pipeline on disk, so that a second run over an unchanged folder re-uses them: one file
/// per document, named by a key over everything the result depends on.
/// </summary>
/// <remarks>
/// The key is SHA-256 over the <paramref name="version"/> (the pipeline's build and the models' bytes, see
/// <see cref="VersionOf"/>), the doc_id, the article file's bytes and its sidecar's bytes; so a changed file, a changed
/// sidecar, a rebuilt tool or a retrained model each miss and are processed again. Only processed documents are kept: a
/// failure (a timeout, an unreadable file) is tried again next time. An entry is written to a temporary name and
/// renamed, so a crash leaves no half entry; an entry that cannot be read is a miss. Thread-safe.
/// </remarks>
public sealed class ResultCache(string directory, string version)
{
    /// <summary>The version part of every key.</summary>
    public string Version => version;

    private static readonly JsonSerializerOptions Json = new()
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    private readonly ConcurrentDictionary<string, byte> _used = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string?> _keys = new(StringComparer.Ordinal);
    private int _hits;
    private int _misses;

    public string Directory { get; } = Path.GetFullPath(directory);

    /// <summary>Documents answered from the cache so far.</summary>
    public int Hits => Volatile.Read(ref _hits);

    /// <summary>Documents processed and stored so far.</summary>
    public int Misses => Volatile.Read(ref _misses);

    /// <summary>The version part of the key: this build of the pipeline (its assembly's deterministic module id, which
    /// changes with any code or embedded lexicon) and the models' fingerprint, or rules only.</summary>
    public static string VersionOf(string? modelFingerprint) =>
        $"{typeof(ResultCache).Assembly.ManifestModule.ModuleVersionId:N}|{modelFingerprint ?? "rules-only"}";

    /// <summary>Answers from the cache when it can, else runs <paramref name="process"/> and keeps a processed result.</summary>
    public DocumentProcessor Wrap(DocumentProcessor process) => (path, cancellationToken) =>
    {
        var key = TakeKey(path);
        if (key is null)
            return process(path, cancellationToken);
        _used.TryAdd(key, 0);
        if (Load(key, path) is { } cached)
        {
            Interlocked.Increment(ref _hits);
            return cached;
        }

        var result = process(path, cancellationToken);
        if (result.Outcome is { Status: IngestStatus.Processed, Article: { } article })
        {
            Store(key, new Entry(article, result.Outcome.Reason, result.Entities, result.Facts));
            Interlocked.Increment(ref _misses);
        }

        return result;
    };

    /// <summary>Deletes the entries this run did not use, so the cache holds what the folder holds now and no more.</summary>
    public int Prune()
    {
        var removed = 0;
        if (!System.IO.Directory.Exists(Directory))
            return 0;
        foreach (var file in System.IO.Directory.EnumerateFiles(Directory, "*", SearchOption.AllDirectories))
        {
            var name = Path.GetFileName(file);
            var key = name.EndsWith(".json", StringComparison.Ordinal) ? name[..^".json".Length] : null;
            if (key is not null && _used.ContainsKey(key))
                continue;
            try
            {
                File.Delete(file);
                removed++;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // An entry that cannot be deleted costs disk, not correctness.
            }
        }

        return removed;
    }

    /// <summary>The key of an article file, or null when it cannot be read (the pipeline then reports why). Computed once
    /// per path and cache: an up-to-date check and the run that follows it read each file once for its key.</summary>
    public string? KeyOf(string path) => _keys.GetOrAdd(path, ComputeKey);

    /// <summary>The key <see cref="KeyOf"/> found earlier, now dropped from memory, or a fresh one.</summary>
    private string? TakeKey(string path) => _keys.TryRemove(path, out var key) ? key : ComputeKey(path);

    private string? ComputeKey(string path)
    {
        try
        {
            using var hash = new ContentHash();
            hash.Add(version)
                .Add(Path.GetFileNameWithoutExtension(path))
                .Add(Path.GetExtension(path).ToLowerInvariant())
                .AddFile(path);
            var sidecar = SidecarMetadata.PathFor(path);
            if (File.Exists(sidecar))
                hash.AddFile(sidecar);
            else
                hash.Add("no sidecar");
            return hash.Hex();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private string EntryPath(string key) => Path.Combine(Directory, key[..2], key + ".json");

    private DocumentResult? Load(string key, string path)
    {
        var file = EntryPath(key);
        if (!File.Exists(file))
            return null;
        try
        {
            using var stream = File.OpenRead(file);
            if (JsonSerializer.Deserialize<Entry>(stream, Json) is not { Article: not null, Entities: not null, Facts: not null } entry)
                return null;
            var article = entry.Article with { SourcePath = path };
            return new DocumentResult(IngestOutcome.Ok(article, entry.Reason), entry.Entities, entry.Facts);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or NotSupportedException)
        {
            return null;
        }
    }

    private void Store(string key, Entry entry)
    {
        var file = EntryPath(key);
        var temporary = $"{file}.tmp-{Guid.NewGuid():N}";
        try
        {
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            using (var stream = File.Create(temporary))
            {
                JsonSerializer.Serialize(stream, entry, Json);
            }

            File.Move(temporary, file, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            // A cache that cannot be written only costs the next run time; this run's outputs do not depend on it.
            try
            {
                File.Delete(temporary);
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
            {
                // Left for the next prune.
            }
        }
    }

    /// <summary>What is kept of one processed document: the article (clean text and metadata), the reader's note, the
    /// entities and facts as the pipeline produced them (before the runner sorts them and adds fact ids).</summary>
    private sealed record Entry(Article Article, string? Reason, IReadOnlyList<Entity> Entities, IReadOnlyList<Fact> Facts);
}
