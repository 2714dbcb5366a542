using System.Collections.Concurrent;
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

    // An entry's file name: its key and this extension (CacheEntryCodec's format). Files of other names, such as the
    // JSON entries of earlier builds, are never read, and are deleted by the first prune.
    private const string Extension = ".entry";

    private readonly ConcurrentDictionary<string, byte> _used = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string?> _keys = new(StringComparer.Ordinal);
    private int _hits;
    private int _misses;

    public string Directory { get; } = Path.GetFullPath(directory);

    /// <summary>Documents answered from the cache so far.</summary>
    public int Hits => Volatile.Read(ref _hits);

    /// <summary>Documents processed and kept so far.</summary>
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
            if (Store(key, new CacheEntry(article, result.Outcome.Reason, result.Entities, result.Facts)))
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
            var key = name.EndsWith(Extension, StringComparison.Ordinal) ? name[..^Extension.Length] : null;
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

    private string EntryPath(string key) => Path.Combine(Directory, key[..2], key + Extension);

    private DocumentResult? Load(string key, string path)
    {
        var file = EntryPath(key);
        if (!File.Exists(file))
            return null;
        try
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 16 * 1024);
            if (CacheEntryCodec.Read(stream) is not { } entry)
                return null;
            var article = entry.Article with { SourcePath = path };
            return new DocumentResult(IngestOutcome.Ok(article, entry.Reason), entry.Entities, entry.Facts);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Keeps <paramref name="entry"/> under <paramref name="key"/>; false when it could not be written.</summary>
    private bool Store(string key, CacheEntry entry)
    {
        var file = EntryPath(key);
        var temporary = $"{file}.tmp-{Guid.NewGuid():N}";
        try
        {
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 16 * 1024))
            {
                CacheEntryCodec.Write(stream, entry);
            }

            File.Move(temporary, file, overwrite: true);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or System.Text.EncoderFallbackException)
        {
            // A cache that cannot be written (or a text with half a surrogate pair, which UTF-8 cannot hold) only costs
            // the next run time; this run's outputs do not depend on it.
            try
            {
                File.Delete(temporary);
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
            {
                // Left for the next prune.
            }

            return false;
        }
    }
}
