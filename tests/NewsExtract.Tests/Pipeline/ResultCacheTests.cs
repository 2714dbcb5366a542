using NewsExtract.Annotation;
using NewsExtract.Extraction;
using NewsExtract.Ingestion;
using NewsExtract.Output;
using NewsExtract.Pipeline;
using NewsExtract.Tests.TestSupport;

namespace NewsExtract.Tests.Pipeline;

public sealed class ResultCacheTests : IDisposable
{
    private readonly TemporaryDirectory _dir = new();
    private readonly List<string> _processed = [];

    public void Dispose() => _dir.Dispose();

    private string CacheDir => _dir.Combine("cache");

    /// <summary>A stand-in pipeline that notes each call and gives one entity and one fact per document.</summary>
    private DocumentResult Process(string path, CancellationToken token)
    {
        lock (_processed)
        {
            _processed.Add(Path.GetFileName(path));
        }

        var docId = Path.GetFileNameWithoutExtension(path);
        var text = File.ReadAllText(path);
        var article = new Article(docId, path, text, "A title", new DateOnly(2025, 3, 4), null, "Wire");
        var entity = new Entity(EntityLabel.GPE, "Peru", 0, 4, "Peru", "gazetteer");
        var fact = new Fact("", docId, "statistic", "copper output", "share", "Peru", 0.1 + 0.2, "%", "2025", "Peru", "", 0.75, "rule", text, 0, text.Length);
        return new DocumentResult(IngestOutcome.Ok(article, "2 bytes replaced"), [entity], [fact]);
    }

    private static DocumentResult Failing(string path, CancellationToken token) =>
        DocumentResult.NotProcessed(IngestOutcome.Fail(path, Path.GetFileNameWithoutExtension(path), "unreadable"));

    [Fact]
    public void A_second_call_on_an_unchanged_file_is_answered_from_disk_with_the_same_result()
    {
        var path = _dir.WriteFile("in/a.txt", "Peru mined copper.");
        var first = new ResultCache(CacheDir, "v1").Wrap(Process)(path, default);

        var cache = new ResultCache(CacheDir, "v1");
        var second = cache.Wrap(Process)(path, default);

        Assert.Equal(["a.txt"], _processed);
        Assert.Equal(1, cache.Hits);
        Assert.Equal(first.Outcome, second.Outcome);
        Assert.Equal(first.Entities, second.Entities);
        Assert.Equal(first.Facts, second.Facts); // 0.1 + 0.2 survives the round trip bit for bit
    }

    [Fact]
    public void A_changed_file_a_changed_sidecar_or_another_version_is_processed_again()
    {
        var path = _dir.WriteFile("in/a.txt", "Peru mined copper.");
        new ResultCache(CacheDir, "v1").Wrap(Process)(path, default);

        File.WriteAllText(path, "Peru mined more copper.");
        new ResultCache(CacheDir, "v1").Wrap(Process)(path, default);
        _dir.WriteFile("in/a.meta.json", """{ "published": "2025-01-02" }""");
        new ResultCache(CacheDir, "v1").Wrap(Process)(path, default);
        new ResultCache(CacheDir, "v2").Wrap(Process)(path, default);
        new ResultCache(CacheDir, "v2").Wrap(Process)(path, default);

        Assert.Equal(["a.txt", "a.txt", "a.txt", "a.txt"], _processed);
    }

    [Fact]
    public void The_same_bytes_under_another_doc_id_are_not_taken_for_each_other()
    {
        var a = _dir.WriteFile("in/a.txt", "Peru mined copper.");
        var b = _dir.WriteFile("in/b.txt", "Peru mined copper.");
        var cache = new ResultCache(CacheDir, "v1");

        var resultA = cache.Wrap(Process)(a, default);
        var resultB = cache.Wrap(Process)(b, default);

        Assert.Equal(["a.txt", "b.txt"], _processed);
        Assert.Equal("b", resultB.Outcome.DocId);
        Assert.Equal("a", resultA.Facts[0].DocId);
    }

    [Fact]
    public void A_failed_document_is_not_kept_and_is_tried_again()
    {
        var path = _dir.WriteFile("in/a.txt", "Peru mined copper.");
        new ResultCache(CacheDir, "v1").Wrap(Failing)(path, default);

        var cache = new ResultCache(CacheDir, "v1");
        var result = cache.Wrap(Process)(path, default);

        Assert.Equal(IngestStatus.Processed, result.Outcome.Status);
        Assert.Equal((0, 1), (cache.Hits, cache.Misses));
    }

    [Fact]
    public void A_damaged_entry_is_a_miss_not_an_error()
    {
        var path = _dir.WriteFile("in/a.txt", "Peru mined copper.");
        new ResultCache(CacheDir, "v1").Wrap(Process)(path, default);
        var entry = Assert.Single(Directory.GetFiles(CacheDir, "*.entry", SearchOption.AllDirectories));
        File.WriteAllBytes(entry, File.ReadAllBytes(entry)[..^5]);

        var result = new ResultCache(CacheDir, "v1").Wrap(Process)(path, default);

        Assert.Equal(IngestStatus.Processed, result.Outcome.Status);
        Assert.Equal(["a.txt", "a.txt"], _processed);
    }

    [Fact]
    public void A_text_with_half_a_surrogate_pair_is_processed_every_time_and_never_fails_for_the_cache()
    {
        // UTF-8 cannot hold a lone surrogate (a UTF-16 file can): such a result is returned, not kept.
        var path = _dir.WriteFile("in/a.txt", "Peru mined copper.");
        DocumentResult Lone(string p, CancellationToken token)
        {
            var result = Process(p, token);
            return result with { Outcome = IngestOutcome.Ok(result.Outcome.Article! with { Text = "Peru \uD800 mined copper." }, null) };
        }

        var first = new ResultCache(CacheDir, "v1").Wrap(Lone)(path, default);
        var cache = new ResultCache(CacheDir, "v1");
        var second = cache.Wrap(Lone)(path, default);

        Assert.Equal(IngestStatus.Processed, first.Outcome.Status);
        Assert.Equal("Peru \uD800 mined copper.", second.Outcome.Article!.Text);
        Assert.Equal((0, 0), (cache.Hits, cache.Misses));
        Assert.Equal(["a.txt", "a.txt"], _processed);
        Assert.Empty(Directory.GetFiles(CacheDir, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void Prune_keeps_the_entries_this_run_used_and_deletes_the_rest()
    {
        var a = _dir.WriteFile("in/a.txt", "Peru mined copper.");
        var b = _dir.WriteFile("in/b.txt", "Chile mined copper.");
        var first = new ResultCache(CacheDir, "v1");
        first.Wrap(Process)(a, default);
        first.Wrap(Process)(b, default);

        var second = new ResultCache(CacheDir, "v1");
        second.Wrap(Process)(a, default);
        var removed = second.Prune();

        Assert.Equal(1, removed);
        Assert.Single(Directory.GetFiles(CacheDir, "*.entry", SearchOption.AllDirectories));
        var third = new ResultCache(CacheDir, "v1");
        third.Wrap(Process)(a, default);
        Assert.Equal(1, third.Hits);
    }

    [Fact]
    public void The_version_changes_with_the_models()
    {
        Assert.NotEqual(ResultCache.VersionOf(null), ResultCache.VersionOf("abc"));
        Assert.NotEqual(ResultCache.VersionOf("abc"), ResultCache.VersionOf("abd"));
        Assert.Equal(ResultCache.VersionOf("abc"), ResultCache.VersionOf("abc"));
    }
}
