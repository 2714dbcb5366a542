using System.Text.Json;
using NewsExtract.Cli;
using NewsExtract.Ingestion;
using NewsExtract.Pipeline;
using NewsExtract.Tests.TestSupport;

namespace NewsExtract.Tests.Hostile;

/// <summary>One file's line of <c>summary.json</c>.</summary>
internal sealed record SummaryLine(string Path, string Status, string Reason, int Facts);

/// <summary>The result of one <c>extract</c> run: its exit code, its summary and what it printed.</summary>
internal sealed record HostileRun(int ExitCode, IReadOnlyList<SummaryLine> Files, string Console)
{
    public SummaryLine File(string path) => Assert.Single(Files, f => f.Path == path);
}

/// <summary>An input folder with one good article in it, run through <c>extract --no-ml</c> with the real rules pipeline.</summary>
internal sealed class HostileBatch : IDisposable
{
    /// <summary>An article the rules find facts in, so "the rest is processed" is checked by its facts.</summary>
    public const string GoodArticle =
        "China imposed export controls on gallium and germanium on Monday, the trade ministry said.\n"
        + "Gallium prices rose 12% to $410 per kilogram in Rotterdam.";

    private readonly TemporaryDirectory _dir = new();

    public HostileBatch() => Write("good.txt", GoodArticle);

    public string In => _dir.Combine("in");

    private string Out => _dir.Combine("out");

    public string Write(string relative, string text) => Write(relative, System.Text.Encoding.UTF8.GetBytes(text));

    public string Write(string relative, byte[] bytes)
    {
        var path = Path.Combine(In, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <param name="enumerate">The enumerator seam; null lists the folder as the tool does.</param>
    public async Task<HostileRun> Extract(Func<string, IReadOnlyList<InputFile>>? enumerate = null)
    {
        var console = new StringWriter();
        var env = new CliEnvironment(console, console, Interactive: false, models => PipelineFactory.Parts().Pipeline(models).Process,
            () => new ArticleReader(), enumerate ?? CliEnvironment.InputPaths, TimeProvider.System);
        var code = await NewsExtractApp.RunAsync(["extract", In, "--out", Out, "--no-ml"], env);
        var summaryPath = Path.Combine(Out, "summary.json");
        Assert.True(System.IO.File.Exists(summaryPath), console.ToString());
        using var summary = JsonDocument.Parse(System.IO.File.ReadAllBytes(summaryPath));
        var files = summary.RootElement.GetProperty("files").EnumerateArray()
            .Select(f => new SummaryLine(f.GetProperty("path").GetString()!, f.GetProperty("status").GetString()!, f.GetProperty("reason").GetString()!, f.GetProperty("facts").GetInt32()))
            .ToList();
        return new HostileRun(code, files, console.ToString());
    }

    /// <summary>The good article was read and gave facts.</summary>
    public static void AssertGoodProcessed(HostileRun run)
    {
        var good = run.File("good.txt");
        Assert.Equal("processed", good.Status);
        Assert.True(good.Facts > 0, $"good.txt gave no facts:\n{run.Console}");
    }

    public void Dispose() => _dir.Dispose();
}
