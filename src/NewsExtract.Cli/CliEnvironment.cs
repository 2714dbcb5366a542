using NewsExtract.Ingestion;
using NewsExtract.Output;
using NewsExtract.Pipeline;
using NewsExtract.Training;

namespace NewsExtract.Cli;

/// <summary>Everything the commands take from the outside world, so tests run them in-process with fakes.</summary>
/// <param name="Out">Results: summaries and score reports.</param>
/// <param name="Error">Progress, warnings and errors.</param>
/// <param name="Interactive">Whether <paramref name="Error"/> is a terminal a progress bar can redraw.</param>
/// <param name="CreateProcessor">Called once per extract run with the models to use (null: rules only), so other commands never build the pipeline.</param>
public sealed record CliEnvironment(
    TextWriter Out,
    TextWriter Error,
    bool Interactive,
    Func<ModelSet?, DocumentProcessor> CreateProcessor,
    Func<IArticleReader> CreateReader,
    Func<string, IReadOnlyList<InputFile>> EnumerateInputs,
    TimeProvider Clock)
{
    /// <summary>For <c>bench</c>: a processor that also laps the given timer at each stage; null when the stages cannot be timed.</summary>
    public Func<ModelSet?, StageTimer, DocumentProcessor>? CreateTimedProcessor { get; init; }

    /// <summary>For <c>bench --parts</c>: the pipeline's parts, each timed on its own; null when they cannot be.</summary>
    public Func<PipelineParts>? CreateParts { get; init; }

    /// <summary>The real console, pipeline and clock. A progress bar only when stderr is a terminal and not in CI.</summary>
    public static CliEnvironment CreateDefault() => new(
        Console.Out,
        Console.Error,
        !Console.IsErrorRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")),
        models => PipelineFactory.Parts(new ArticleReader(Uncapped)).Pipeline(models).Process,
        () => new ArticleReader(Uncapped),
        InputPaths,
        TimeProvider.System)
    {
        CreateTimedProcessor = (models, timer) =>
        {
            var pipeline = PipelineFactory.Parts(new ArticleReader(Uncapped)).Pipeline(models);
            return (path, ct) => pipeline.Process(path, timer, ct);
        },
        CreateParts = () => PipelineFactory.Parts(new ArticleReader(Uncapped)),
    };

    /// <summary>The batch runners apply <c>--max-size</c> before a file is read, so the reader's own cap must not be lower.</summary>
    private static readonly ArticleReaderOptions Uncapped = new(long.MaxValue);

    /// <summary>The models the built tool carries (copied from the repository's <c>models/</c> at build time).</summary>
    public static string DefaultModelDirectory => Path.Combine(AppContext.BaseDirectory, "models");

    /// <summary>Every file under the folder in ordinal order, companions, unsupported files and the folders not entered
    /// (unreadable, symbolic links) included, so that the run summary accounts for all of them.</summary>
    public static IReadOnlyList<InputFile> InputPaths(string directory) => new InputFolder(directory).Enumerate();
}
