using NewsExtract.Benchmarking;
using NewsExtract.Cli;
using NewsExtract.Ingestion;
using NewsExtract.Pipeline;
using NewsExtract.Tests.TestSupport;

namespace NewsExtract.Tests.Benchmarking;

public sealed class BenchmarkCorpusTests : IDisposable
{
    private readonly TemporaryDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static Dictionary<string, byte[]> Files(string directory) =>
        Directory.GetFiles(directory).ToDictionary(p => Path.GetFileName(p), File.ReadAllBytes);

    [Fact]
    public void The_same_seed_writes_byte_identical_files_and_another_seed_does_not()
    {
        BenchmarkCorpus.Write(_dir.Combine("a"), 6, seed: 42);
        BenchmarkCorpus.Write(_dir.Combine("b"), 6, seed: 42);
        BenchmarkCorpus.Write(_dir.Combine("c"), 6, seed: 43);

        var a = Files(_dir.Combine("a"));
        var b = Files(_dir.Combine("b"));
        Assert.Equal(a.Keys.Order(), b.Keys.Order());
        Assert.All(a, file => Assert.Equal(file.Value, b[file.Key]));
        var c = Files(_dir.Combine("c"));
        Assert.Contains(a, file => !file.Value.SequenceEqual(c[file.Key]));
    }

    [Fact]
    public void An_article_does_not_depend_on_how_many_are_generated()
    {
        var few = BenchmarkCorpus.Generate(3, 7).ToList();
        var many = BenchmarkCorpus.Generate(10, 7).Take(3).ToList();

        Assert.Equal(few, many);
    }

    [Fact]
    public void N_files_are_written_half_text_half_html_with_site_chrome()
    {
        var paths = BenchmarkCorpus.Write(_dir.Combine("out"), 10, seed: 1);

        Assert.Equal(10, paths.Count);
        Assert.Equal(10, Directory.GetFiles(_dir.Combine("out")).Length);
        Assert.Equal(5, paths.Count(p => p.EndsWith(".txt", StringComparison.Ordinal)));
        var html = paths.Where(p => p.EndsWith(".html", StringComparison.Ordinal)).Select(File.ReadAllText).ToList();
        Assert.Equal(5, html.Count);
        Assert.All(html, page =>
        {
            Assert.Contains("<nav>", page);
            Assert.Contains("cookie", page);
            Assert.Contains("Related stories", page);
            Assert.Contains("<footer>", page);
        });
    }

    [Fact]
    public void Bodies_are_between_3_and_8_KB()
    {
        var articles = BenchmarkCorpus.Generate(200, seed: 5).ToList();

        Assert.All(articles, a => Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(a.Body), 3_000, 8_000));
        // The range is used, not one size: the smallest and largest bodies are at least 3 KB apart.
        Assert.True(articles.Max(a => a.Body.Length) - articles.Min(a => a.Body.Length) > 3_000);
    }

    [Fact]
    public void Each_article_yields_facts_of_at_least_four_types_from_the_rules()
    {
        var paths = BenchmarkCorpus.Write(_dir.Combine("facts"), 6, seed: 3);
        var pipeline = PipelineFactory.CreateDefault();

        foreach (var path in paths)
        {
            var result = pipeline.Process(path);
            Assert.Equal(IngestStatus.Processed, result.Outcome.Status);
            var types = result.Facts.Select(f => f.FactType).Distinct().ToList();
            Assert.True(types.Count >= 4, $"{Path.GetFileName(path)}: only {string.Join(", ", types)}");
        }
    }

    [Fact]
    public async Task The_command_writes_the_corpus_and_rejects_a_count_below_one()
    {
        var output = new StringWriter();
        var env = new CliEnvironment(output, new StringWriter(), Interactive: false, _ => throw new InvalidOperationException("no pipeline"),
            () => new ArticleReader(), CliEnvironment.InputPaths, TimeProvider.System);

        Assert.Equal(ExitCode.Success, await NewsExtractApp.RunAsync(["generate-bench-corpus", "4", "--seed", "9", "--out", _dir.Combine("cli")], env));
        Assert.Equal(4, Directory.GetFiles(_dir.Combine("cli")).Length);
        Assert.Contains("4 articles written", output.ToString());
        Assert.Equal(ExitCode.UsageError, await NewsExtractApp.RunAsync(["generate-bench-corpus", "0", "--out", _dir.Combine("none")], env));
        Assert.False(Directory.Exists(_dir.Combine("none")));
    }

    [Fact]
    public void Long_documents_have_the_asked_length_are_made_of_article_bodies_and_are_seedable()
    {
        var paths = BenchmarkCorpus.WriteLong(_dir.Combine("long"), 2, kilobytes: 40, seed: 3);
        BenchmarkCorpus.WriteLong(_dir.Combine("again"), 2, kilobytes: 40, seed: 3);

        Assert.Equal(["long000_40kb.txt", "long001_40kb.txt"], paths.Select(Path.GetFileName));
        var texts = paths.Select(File.ReadAllText).ToList();
        Assert.Equal([40 * 1024, 40 * 1024], texts.Select(t => t.Length));
        Assert.NotEqual(texts[0], texts[1]);
        Assert.StartsWith(BenchmarkCorpus.Generate(1, 3).Single().Body, texts[0], StringComparison.Ordinal);
        Assert.Equal(Files(_dir.Combine("long")), Files(_dir.Combine("again")));
    }
}
