using System.Text.Json;
using NewsExtract.Cli;
using NewsExtract.Ingestion;
using NewsExtract.Pipeline;
using NewsExtract.Scoring;
using NewsExtract.Tests.TestSupport;
using Xunit.Abstractions;

namespace NewsExtract.Tests.EndToEnd;

/// <summary>
/// Runs the real <c>newsextract extract</c> (rules plus the committed models) on the labelled folders and scores
/// the output against their gold files. Fails when micro F1 drops below the baseline committed in
/// <c>score-baseline.json</c>; raise the baseline in the same commit that raises the score. The held-out
/// <c>corpus/blind/</c> has a floor too, which catches regressions; only its micro scores are printed, never its
/// errors.
/// </summary>
public sealed class ScoreBaselineTests(ITestOutputHelper output)
{
    private sealed record Baseline(double Facts, double Entities);

    private static Baseline Committed(string folder)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "NewsExtract.Tests", "score-baseline.json")));
        var entry = json.RootElement.GetProperty(folder);
        return new Baseline(entry.GetProperty("facts_f1").GetDouble(), entry.GetProperty("entities_f1").GetDouble());
    }

    [Theory]
    [InlineData("seeds")]
    [InlineData("corpus/dev")]
    [InlineData("corpus/blind")]
    public async Task Micro_f1_does_not_drop_below_the_committed_baseline(string folder)
    {
        using var dir = new TemporaryDirectory();
        var outDir = dir.Combine("out");
        var console = new StringWriter();
        var env = new CliEnvironment(console, console, Interactive: false, models => PipelineFactory.Parts().Pipeline(models).Process,
            () => new ArticleReader(), CliEnvironment.InputPaths, TimeProvider.System);

        var exit = await NewsExtractApp.RunAsync(["extract", Path.Combine(RepoPaths.Root, folder), "--out", outDir], env);
        Assert.True(exit == ExitCode.Success, console.ToString());

        var run = ScoreService.Run(new ScoreOptions([Path.Combine(RepoPaths.Root, folder)], outDir));
        Assert.Null(run.Fatal);
        Assert.Empty(run.Problems);
        var report = run.Report!;
        Assert.Equal(0, report.Documents.GoldWithoutPredictions);
        output.WriteLine(ScoreReportWriter.Headline(report));

        var baseline = Committed(folder);
        Assert.True(report.FactMicro.F1 >= baseline.Facts, $"{folder}: fact micro F1 {report.FactMicro.F1:0.000} < baseline {baseline.Facts:0.000}");
        Assert.True(report.EntityMicro.F1 >= baseline.Entities, $"{folder}: entity micro F1 {report.EntityMicro.F1:0.000} < baseline {baseline.Entities:0.000}");
    }
}
