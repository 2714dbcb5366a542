using NewsExtract.Cli;
using NewsExtract.Ingestion;
using NewsExtract.Pipeline;
using NewsExtract.Tests.TestSupport;
using NewsExtract.Training;

namespace NewsExtract.Tests.Pipeline;

public sealed class PartProfileTests : IDisposable
{
    private readonly TemporaryDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string[] Files()
    {
        _dir.WriteFile("in/a.txt", "Copper prices rose 5% to $9,500 a tonne on Monday, traders said.\n");
        _dir.WriteFile("in/b.txt", "Nickel fell 2% to $16,000 a tonne, said Ana Ribeiro, an analyst at Corvell Metals.\n");
        _dir.WriteFile("in/c.txt", "");
        return [_dir.Combine("in/a.txt"), _dir.Combine("in/b.txt"), _dir.Combine("in/c.txt")];
    }

    [Fact]
    public void Every_part_is_timed_once_a_document_in_the_pipeline_order()
    {
        var parts = PipelineFactory.Parts();
        var (models, _) = ModelSet.Load(Path.Combine(RepoPaths.Root, "models"));
        Assert.NotNull(models);

        // One second later at every reading: each timed part then takes one second a call.
        var costs = PartProfile.Measure(parts, models, Files(), new SteppingClock(TimeSpan.TicksPerSecond));

        // The empty file is read and goes no further.
        string[] spotters = [.. parts.Spotters.Select(s => s.GetType().Name)];
        string[] rules = [.. parts.Extractors.Select(x => x.GetType().Name)];
        Assert.Equal(
            [PartProfile.ReadClean, PartProfile.Split, .. spotters, PartProfile.Tag, PartProfile.Lookups, .. rules, PartProfile.Merge, PartProfile.Decide],
            costs.Select(c => c.Part));
        Assert.Equal(TimeSpan.FromSeconds(3), costs[0].Time);
        Assert.Equal([.. Enumerable.Repeat(TimeSpan.FromSeconds(2), costs.Count - 1)], costs.Skip(1).Select(c => c.Time));
        Assert.Equal([.. spotters], costs.Where(c => c.Within == PartProfile.Tag).Select(c => c.Part));
        Assert.Equal(costs.Count - spotters.Length, costs.Count(c => c.Within is null));
        Assert.True(costs.Single(c => c.Part == PartProfile.Tag).AllocatedBytes > 0);
    }

    [Fact]
    public async Task Bench_with_parts_prints_each_part_with_its_share_and_the_slowest_step()
    {
        Files();
        var output = new StringWriter();
        var env = new CliEnvironment(output, new StringWriter(), Interactive: false,
            models => PipelineFactory.Parts().Pipeline(models).Process, () => new ArticleReader(), CliEnvironment.InputPaths, TimeProvider.System)
        {
            CreateParts = () => PipelineFactory.Parts(),
        };

        Assert.Equal(ExitCode.Success, await NewsExtractApp.RunAsync(["bench", _dir.Combine("in"), "--runs", "1", "--parts"], env));

        var text = output.ToString();
        foreach (var step in new[] { PartProfile.ReadClean, PartProfile.Split, PartProfile.Tag, "ExportControlExtractor", "QuoteExtractor", PartProfile.Decide })
            Assert.Matches(@"\| " + System.Text.RegularExpressions.Regex.Escape(step) + @" \| \d+\.\d{3} \| \d+% \| \d+ \|", text);
        Assert.Matches(@"\| - NumericSpotter \(within tag\) \| \d+\.\d{3} \| \d+% \| \d+ \|", text);
        Assert.Matches(@"\| all steps \| \d+\.\d{3} \| 100% \| \d+ \|", text);
        Assert.Matches("slowest step: \\S", text);
    }

    [Fact]
    public async Task Bench_with_parts_says_so_when_the_parts_cannot_be_built()
    {
        Files();
        var output = new StringWriter();
        var env = new CliEnvironment(output, new StringWriter(), Interactive: false,
            models => PipelineFactory.Parts().Pipeline(models).Process, () => new ArticleReader(), CliEnvironment.InputPaths, TimeProvider.System);

        Assert.Equal(ExitCode.Success, await NewsExtractApp.RunAsync(["bench", _dir.Combine("in"), "--runs", "1", "--parts"], env));

        Assert.Contains("time per part: not available", output.ToString());
        Assert.DoesNotContain("all steps", output.ToString());
    }
}
