using NewsExtract.Ingestion;
using NewsExtract.Output;
using NewsExtract.Pipeline;
using NewsExtract.Tests.TestSupport;

namespace NewsExtract.Tests.Output;

/// <summary>The per-document size limit and time budget of the batch runners, and the user's cancellation beside them.</summary>
public sealed class DocumentLimitsTests : IDisposable
{
    /// <summary>Long enough never to be reached by a working budget; a broken one fails the test instead of hanging it.</summary>
    private static readonly TimeSpan Never = TimeSpan.FromSeconds(30);

    private static readonly DocumentLimits ShortBudget = DocumentLimits.Default with { Timeout = TimeSpan.FromMilliseconds(200) };

    private readonly TemporaryDirectory _dir = new();
    private readonly List<string> _processed = [];

    public DocumentLimitsTests()
    {
        _dir.WriteFile("in/a.txt", "A text.");
        _dir.WriteFile("in/b.txt", "B text.");
    }

    public void Dispose() => _dir.Dispose();

    private string Out => _dir.Combine("out");

    private BatchOptions Options(DocumentLimits limits) =>
        new(_dir.Combine("in"), Out, Directory.GetFiles(_dir.Combine("in")).Order(StringComparer.Ordinal).ToList()) { Limits = limits };

    private static DocumentResult Ok(string path)
    {
        var docId = Path.GetFileNameWithoutExtension(path);
        return new DocumentResult(IngestOutcome.Ok(new Article(docId, path, File.ReadAllText(path), null, null, null, null)), [], []);
    }

    /// <summary>Notes every file it is given.</summary>
    private DocumentResult Record(string path, CancellationToken token)
    {
        _processed.Add(Path.GetFileName(path));
        return Ok(path);
    }

    /// <summary>Blocks on a.txt until its token is cancelled, as a pipeline stuck in a long document would; b.txt is quick.</summary>
    private DocumentResult BlockOnA(string path, CancellationToken token)
    {
        _processed.Add(Path.GetFileName(path));
        if (Path.GetFileName(path) != "a.txt")
            return Ok(path);
        Assert.True(token.WaitHandle.WaitOne(Never), "the document's token was never cancelled");
        token.ThrowIfCancellationRequested();
        return Ok(path);
    }

    /// <summary>One worker, so "the batch stops" means no later file was started (with more, the next ones may already
    /// be under way when the user cancels; they are dropped all the same).</summary>
    private static BatchResult Extract(DocumentProcessor process, BatchOptions options, CancellationToken ct = default) =>
        new ExtractRunner(process, new RunInfo(FixedClock.Default, "test", RunInfo.RulesOnly)) { Threads = 1 }.Run(options, ct);

    [Fact]
    public void A_document_over_its_time_budget_is_failed_and_the_batch_goes_on()
    {
        var result = Extract(BlockOnA, Options(ShortBudget));

        Assert.Null(result.OutputError);
        Assert.Equal(
            [("a.txt", IngestStatus.Failed, "took longer than 0.2 s; see --doc-timeout"), ("b.txt", IngestStatus.Processed, null)],
            result.Summary.Files.Select(f => (f.Path, f.Status, f.Reason)));
        Assert.Contains("took longer than 0.2 s; see --doc-timeout", File.ReadAllText(Path.Combine(Out, "summary.txt")));
    }

    [Fact]
    public void Clean_fails_a_document_over_its_time_budget_too()
    {
        var result = new CleanRunner(new Reader(BlockOnA)).Run(Options(ShortBudget));

        Assert.Equal(
            [("a.txt", IngestStatus.Failed, "took longer than 0.2 s; see --doc-timeout"), ("b.txt", IngestStatus.Processed, null)],
            result.Summary.Files.Select(f => (f.Path, f.Status, f.Reason)));
        Assert.Equal(["b.txt", "summary.json"], Directory.GetFiles(Out).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_users_cancellation_during_a_document_stops_the_batch_and_writes_nothing()
    {
        Directory.CreateDirectory(Out);
        File.WriteAllText(Path.Combine(Out, "facts.json"), "earlier");
        using var user = new CancellationTokenSource();
        DocumentResult CancelInA(string path, CancellationToken token)
        {
            if (Path.GetFileName(path) == "a.txt")
                user.Cancel();
            return BlockOnA(path, token);
        }

        // The budget is long: only the user's cancellation can stop document a.
        Assert.ThrowsAny<OperationCanceledException>(() => Extract(CancelInA, Options(DocumentLimits.Default), user.Token));

        Assert.Equal(["a.txt"], _processed);
        Assert.Equal("earlier", File.ReadAllText(Path.Combine(Out, "facts.json")));
        Assert.Equal(["in", "out"], Directory.GetFileSystemEntries(_dir.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_file_above_the_size_limit_is_failed_without_being_read()
    {
        // Sparse: 50 MB on paper, nothing written; neither the processor nor a reader may open it.
        using (var big = File.Create(_dir.Combine("in", "big.html")))
            big.SetLength(50 * DocumentLimits.Megabyte);

        var result = Extract(Record, Options(DocumentLimits.Default));

        Assert.DoesNotContain("big.html", _processed);
        Assert.Equal(["a.txt", "b.txt"], _processed);
        var file = Assert.Single(result.Summary.Files, f => f.Path == "big.html");
        Assert.Equal((IngestStatus.Failed, "too large: 50 MB, the limit is 10 MB; see --max-size"), (file.Status, file.Reason));
    }

    [Theory]
    [InlineData(1_048_577, 1.0, "too large: 1.1 MB, the limit is 1 MB; see --max-size")]
    [InlineData(3_000_000, 2.5, "too large: 2.9 MB, the limit is 2.5 MB; see --max-size")]
    public void Clean_fails_a_file_above_the_size_limit_naming_both_sizes(long bytes, double limitMb, string reason)
    {
        using (var big = File.Create(_dir.Combine("in", "big.txt")))
            big.SetLength(bytes);
        var result = new CleanRunner(new Reader(Record)).Run(Options(new DocumentLimits((long)(limitMb * DocumentLimits.Megabyte), TimeSpan.FromSeconds(60))));

        Assert.DoesNotContain("big.txt", _processed);
        var file = Assert.Single(result.Summary.Files, f => f.Path == "big.txt");
        Assert.Equal((IngestStatus.Failed, reason), (file.Status, file.Reason));
    }

    [Fact]
    public void A_file_at_the_size_limit_is_read()
    {
        using (var exact = File.Create(_dir.Combine("in", "exact.txt")))
            exact.SetLength(1000);

        var result = Extract(Record, Options(new DocumentLimits(1000, null)) with { Files = [_dir.Combine("in", "exact.txt")] });

        Assert.Equal(["exact.txt"], _processed);
        Assert.Equal(IngestStatus.Processed, Assert.Single(result.Summary.Files).Status);
    }

    private sealed class Reader(DocumentProcessor process) : IArticleReader
    {
        public IngestOutcome Read(string path, CancellationToken cancellationToken = default) => process(path, cancellationToken).Outcome;
    }
}
