using System.Text.Json;
using NewsExtract.Cli;
using NewsExtract.Ingestion;
using NewsExtract.Pipeline;
using NewsExtract.Tests.TestSupport;

namespace NewsExtract.Tests.Cli;

/// <summary>--max-size and --doc-timeout on extract and clean, in process with fakes.</summary>
public sealed class BatchLimitsCliTests : IDisposable
{
    private readonly TemporaryDirectory _dir = new();
    private readonly StringWriter _out = new();
    private readonly StringWriter _error = new();

    public BatchLimitsCliTests()
    {
        _dir.WriteFile("in/good.txt", "China imposes controls on dysprosium.");
        _dir.WriteFile("in/slow.txt", "A document the pipeline never finishes.");
    }

    public void Dispose() => _dir.Dispose();

    /// <summary>Finishes good.txt at once and blocks on slow.txt until its token is cancelled (at most 30 s, then fails the test).</summary>
    private static IngestOutcome Read(string path, CancellationToken token)
    {
        var docId = Path.GetFileNameWithoutExtension(path);
        if (docId == "slow")
        {
            Assert.True(token.WaitHandle.WaitOne(TimeSpan.FromSeconds(30)), "the document's token was never cancelled");
            token.ThrowIfCancellationRequested();
        }

        return IngestOutcome.Ok(new Article(docId, path, File.ReadAllText(path), null, null, null, null));
    }

    private sealed class Reader : IArticleReader
    {
        public IngestOutcome Read(string path, CancellationToken cancellationToken = default) => BatchLimitsCliTests.Read(path, cancellationToken);
    }

    private Task<int> Run(params string[] args)
    {
        var env = new CliEnvironment(_out, _error, Interactive: false, _ => (path, ct) => DocumentResult.NotProcessed(Read(path, ct)),
            () => new Reader(), CliEnvironment.InputPaths, new FixedClock());
        return NewsExtractApp.RunAsync(args, env);
    }

    private IReadOnlyList<(string? Path, string? Status, string? Reason)> Files()
    {
        using var summary = JsonDocument.Parse(File.ReadAllBytes(_dir.Combine("out", "summary.json")));
        return summary.RootElement.GetProperty("files").EnumerateArray()
            .Select(f => (f.GetProperty("path").GetString(), f.GetProperty("status").GetString(), f.GetProperty("reason").GetString()))
            .ToList();
    }

    [Theory]
    [InlineData("extract")]
    [InlineData("clean")]
    public async Task Doc_timeout_fails_the_slow_document_and_the_batch_goes_on(string command)
    {
        var code = await Run(command, _dir.Combine("in"), "--out", _dir.Combine("out"), "--doc-timeout", "0.2");

        Assert.Equal(ExitCode.CompletedWithFailures, code);
        var files = Files();
        Assert.Equal(2, files.Count);
        Assert.Equal("processed", files[0].Status);
        Assert.Equal(("slow.txt", "failed", "took longer than 0.2 s; see --doc-timeout"), files[1]);
        Assert.Contains("slow.txt: took longer than 0.2 s; see --doc-timeout", _error.ToString());
    }

    [Theory]
    [InlineData("extract")]
    [InlineData("clean")]
    public async Task Max_size_fails_a_larger_file_unread(string command)
    {
        File.Delete(_dir.Combine("in", "slow.txt"));
        _dir.WriteFile("in/big.txt", new string('x', 2 * 1024 * 1024));

        var code = await Run(command, _dir.Combine("in"), "--out", _dir.Combine("out"), "--max-size", "1.5");

        Assert.Equal(ExitCode.CompletedWithFailures, code);
        Assert.Contains(("big.txt", "failed", "too large: 2 MB, the limit is 1.5 MB; see --max-size"), Files());
    }

    [Theory]
    [InlineData("extract", "--max-size", "abc")]
    [InlineData("extract", "--max-size", "0")]
    [InlineData("extract", "--max-size", "-3")]
    [InlineData("clean", "--max-size", "NaN")]
    [InlineData("extract", "--doc-timeout", "-1")]
    [InlineData("clean", "--doc-timeout", "soon")]
    [InlineData("clean", "--doc-timeout", "100000")]
    public async Task A_bad_limit_is_a_usage_error_naming_the_option_and_the_value(string command, string option, string value)
    {
        var code = await Run(command, _dir.Combine("in"), "--out", _dir.Combine("out"), option, value);

        Assert.Equal(ExitCode.UsageError, code);
        Assert.Contains(option, _error.ToString());
        Assert.Contains(value, _error.ToString());
        Assert.False(Directory.Exists(_dir.Combine("out")));
    }

    [Theory]
    [InlineData("extract")]
    [InlineData("clean")]
    public async Task Help_documents_the_limits_and_cancellation(string command)
    {
        Assert.Equal(ExitCode.Success, await Run(command, "--help"));

        var help = _out.ToString();
        Assert.Contains("--max-size <MB>", help);
        Assert.Contains("--doc-timeout <SECONDS>", help);
        Assert.Contains("default: 10", help);
        Assert.Contains("default: 60", help);
        Assert.Contains("130", help);
        Assert.Contains("SIGTERM", help);
    }
}
