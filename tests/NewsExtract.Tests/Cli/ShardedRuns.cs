using NewsExtract.Cli;
using NewsExtract.Ingestion;
using NewsExtract.Pipeline;
using NewsExtract.Tests.TestSupport;

namespace NewsExtract.Tests.Cli;

/// <summary>
/// A small input folder (the seeds, the first corpus/dev articles with their gold and sidecars, a case-variant
/// duplicate doc_id and an unsupported file), extracted once whole and once as 3 shards, with the trained models and a
/// fixed clock. Shared by the tests of one class: four pipeline runs are the slow part.
/// </summary>
public sealed class ShardedRuns : IDisposable
{
    public const int Shards = 3;

    private readonly TemporaryDirectory _dir = new();

    public ShardedRuns()
    {
        Directory.CreateDirectory(Input);
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Root, "seeds")))
        {
            File.Copy(file, Path.Combine(Input, Path.GetFileName(file)));
        }

        // corpus/dev only: corpus/blind is never read by anything but its own score test.
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Root, "corpus", "dev")).Order(StringComparer.Ordinal).Take(14))
        {
            File.Copy(file, Path.Combine(Input, Path.GetFileName(file)));
        }

        _dir.WriteFile("in/more/notes.rtf", "{\\rtf1 not an article}");
        var seed = Directory.GetFiles(Input, "*.txt").Order(StringComparer.Ordinal).First();
        File.Copy(seed, _dir.Combine("in", "more", Path.GetFileNameWithoutExtension(seed).ToUpperInvariant() + ".md"));

        SingleExit = Extract("--out", Single);
        ShardExits = Enumerable.Range(1, Shards).Select(k => Extract("--out", ShardOut(k), "--shard", $"{k}/{Shards}")).ToList();
    }

    public string Input => _dir.Combine("in");

    public string Single => _dir.Combine("single");

    public int SingleExit { get; }

    public IReadOnlyList<int> ShardExits { get; }

    public string ShardOut(int k) => _dir.Combine($"shard-{k}");

    public TemporaryDirectory Scratch => _dir;

    public static CliEnvironment Environment(TextWriter console) =>
        new(console, console, Interactive: false, models => PipelineFactory.Parts().Pipeline(models).Process, () => new ArticleReader(),
            CliEnvironment.InputPaths, new FixedClock());

    public static (int Exit, string Console) Run(params string[] args)
    {
        using var console = new StringWriter();
        var exit = NewsExtractApp.RunAsync(args, Environment(console)).GetAwaiter().GetResult();
        return (exit, console.ToString());
    }

    public void Dispose() => _dir.Dispose();

    private int Extract(params string[] args) => Run(["extract", Input, .. args]).Exit;
}
