using NewsExtract.Cli;
using NewsExtract.Ingestion;
using NewsExtract.Output;
using NewsExtract.Pipeline;
using NewsExtract.Tests.TestSupport;
using NewsExtract.Training;

namespace NewsExtract.Tests.Cli;

/// <summary><c>extract</c>'s result cache (a second run re-uses what did not change) and its threads (same outputs for any number).</summary>
public sealed class IncrementalRunTests : IDisposable
{
    private static readonly string[] Tables = ["facts.csv", "facts.json", "entities.csv", "entities.json"];

    private readonly TemporaryDirectory _dir = new();
    private readonly StringWriter _out = new();
    private readonly StringWriter _error = new();
    private readonly NewsPipeline _pipeline = PipelineFactory.CreateDefault();
    private int _processed;

    public IncrementalRunTests()
    {
        _dir.WriteFile("in/a.txt", "Copper prices rose 5% to $9,500 a tonne on Monday, traders said.\n");
        _dir.WriteFile("in/b.txt", "Chile accounts for 27% of global copper output, the ministry said on Tuesday.\n");
        _dir.WriteFile("in/c.txt", "\"We will not lift the curbs,\" Trade Minister Ana Lopez told reporters in Lima.\n");
    }

    public void Dispose() => _dir.Dispose();

    private string In => _dir.Combine("in");

    private string Out => _dir.Combine("out");

    /// <summary>The rules-only pipeline, counting the documents it really processes.</summary>
    private DocumentResult Process(string path, CancellationToken token)
    {
        Interlocked.Increment(ref _processed);
        return _pipeline.Process(path, token);
    }

    private async Task<int> Extract(params string[] options)
    {
        _processed = 0;
        var env = new CliEnvironment(_out, _error, Interactive: false, _ => Process, () => new ArticleReader(), CliEnvironment.InputPaths, new FixedClock());
        return await NewsExtractApp.RunAsync(["extract", In, "--out", Out, "--no-ml", .. options], env);
    }

    private Dictionary<string, byte[]> Outputs() => Tables.ToDictionary(t => t, t => File.ReadAllBytes(Path.Combine(Out, t)));

    [Fact]
    public async Task A_second_run_over_an_unchanged_folder_is_up_to_date_and_leaves_the_outputs_alone()
    {
        Assert.Equal(ExitCode.Success, await Extract());
        Assert.Equal(3, _processed);
        Assert.True(File.ReadAllLines(Path.Combine(Out, "facts.csv")).Length > 3, "the rules found facts in the three articles");
        var first = Outputs();
        var written = File.GetLastWriteTimeUtc(Path.Combine(Out, "facts.xlsx"));

        Assert.Equal(ExitCode.Success, await Extract());

        Assert.Equal(0, _processed);
        Assert.Equal(first, Outputs());
        Assert.Equal(written, File.GetLastWriteTimeUtc(Path.Combine(Out, "facts.xlsx")));
        Assert.Contains("up to date", _error.ToString());
        Assert.Contains("3 processed", _out.ToString()); // the summary of the run that wrote them
    }

    [Fact]
    public async Task Outputs_changed_since_they_were_written_are_written_again_from_the_cache()
    {
        await Extract();
        var first = Outputs();
        File.AppendAllText(Path.Combine(Out, "entities.csv"), "x\n");

        await Extract();

        Assert.Equal(0, _processed);
        Assert.Equal(first, Outputs());
        Assert.DoesNotContain("up to date", _error.ToString());
        Assert.Contains("3 documents re-used, 0 processed and kept", _error.ToString());
    }

    [Fact]
    public async Task A_run_with_a_failed_file_is_never_up_to_date()
    {
        _dir.WriteFile("in/empty.html", "\0\0\0binary");
        Assert.Equal(ExitCode.CompletedWithFailures, await Extract());

        await Extract();

        Assert.DoesNotContain("up to date", _error.ToString());
        Assert.Contains("3 documents re-used", _error.ToString());
    }

    [Fact]
    public async Task Another_setting_is_not_up_to_date()
    {
        await Extract();

        await Extract("--max-size", "5");

        Assert.DoesNotContain("up to date", _error.ToString());
        Assert.Equal(0, _processed);
    }

    [Fact]
    public async Task A_changed_file_is_processed_again_and_its_old_entry_removed()
    {
        await Extract();
        File.WriteAllText(Path.Combine(In, "b.txt"), "Peru accounts for 11% of global copper output, the ministry said.\n");

        await Extract();

        Assert.Equal(1, _processed);
        Assert.Contains("2 documents re-used, 1 processed and kept, 1 stale entries removed", _error.ToString());
        Assert.Contains("Peru", File.ReadAllText(Path.Combine(Out, "facts.csv")));
    }

    [Fact]
    public async Task No_cache_processes_every_file_and_keeps_nothing()
    {
        await Extract("--no-cache");
        await Extract("--no-cache");

        Assert.Equal(3, _processed);
        Assert.False(Directory.Exists(Path.Combine(Out, ".cache")));
    }

    [Fact]
    public async Task Cache_puts_the_results_where_it_is_told()
    {
        var cache = _dir.Combine("elsewhere");

        await Extract("--cache", cache);
        await Extract("--cache", cache);

        Assert.Equal(0, _processed);
        Assert.Equal(3, Directory.GetFiles(cache, "*.entry", SearchOption.AllDirectories).Length);
        Assert.False(Directory.Exists(Path.Combine(Out, ".cache")));
    }

    [Fact]
    public async Task One_thread_and_four_threads_write_the_same_tables()
    {
        for (var i = 0; i < 12; i++)
        {
            _dir.WriteFile($"in/more{i:00}.txt", $"Nickel prices fell {i + 1}% to ${15_000 + (i * 100):N0} a tonne on Friday, brokers said.\n");
        }

        await Extract("--threads", "1", "--no-cache");
        var one = Outputs();
        await Extract("--threads", "4", "--no-cache");

        Assert.Equal(15, _processed);
        Assert.Equal(one, Outputs());
        Assert.Contains("summed over 4 threads", _error.ToString());
    }

    /// <summary>A copy of the models the tool carries, for a test to break.</summary>
    private string ModelCopy()
    {
        var copy = _dir.Combine("models");
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.GetFiles(CliEnvironment.DefaultModelDirectory))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        return copy;
    }

    /// <summary>Extract with the models in <paramref name="models"/>, noting each time the pipeline is built and with what.</summary>
    private async Task<int> ExtractWithModels(string models, List<ModelSet?> built)
    {
        _processed = 0;
        var env = new CliEnvironment(_out, _error, Interactive: false, loaded => { built.Add(loaded); return Process; },
            () => new ArticleReader(), CliEnvironment.InputPaths, new FixedClock());
        return await NewsExtractApp.RunAsync(["extract", In, "--out", Out, "--models", models], env);
    }

    [Fact]
    public async Task An_up_to_date_run_neither_loads_the_models_nor_builds_the_pipeline()
    {
        var models = ModelCopy();
        var built = new List<ModelSet?>();
        Assert.Equal(ExitCode.Success, await ExtractWithModels(models, built));

        Assert.Equal(ExitCode.Success, await ExtractWithModels(models, built));

        Assert.Contains("up to date", _error.ToString());
        Assert.NotNull(Assert.Single(built));
    }

    [Theory]
    [InlineData(ModelSet.NamesFile)]
    [InlineData(ModelSet.ExportRelationsFile)]
    public async Task A_model_file_that_will_not_load_stops_the_run_before_any_article_is_read(string file)
    {
        var models = ModelCopy();
        var built = new List<ModelSet?>();
        Assert.Equal(ExitCode.Success, await ExtractWithModels(models, built));
        var first = Outputs();
        var path = Path.Combine(models, file);
        File.WriteAllBytes(path, File.ReadAllBytes(path)[..1000]);

        var code = await ExtractWithModels(models, built);

        Assert.Equal(ExitCode.InputMissing, code);
        Assert.Equal(0, _processed);
        Assert.Single(built);
        Assert.Equal(first, Outputs());
        Assert.Contains($"{models}: cannot load the models: {path}: ", _error.ToString());
        Assert.Contains("--no-ml", _error.ToString());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("many")]
    public async Task A_bad_thread_count_is_a_usage_error(string threads)
    {
        Assert.Equal(ExitCode.UsageError, await Extract("--threads", threads));
        Assert.Contains("--threads", _error.ToString());
    }
}
