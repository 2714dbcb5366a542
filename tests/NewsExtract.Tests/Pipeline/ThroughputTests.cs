using NewsExtract.Cli;
using NewsExtract.Ingestion;
using NewsExtract.Output;
using NewsExtract.Pipeline;
using NewsExtract.Tests.TestSupport;

namespace NewsExtract.Tests.Pipeline;

public sealed class ThroughputTests : IDisposable
{
    private readonly TemporaryDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static DocumentResult Processed(string path, CancellationToken ct) =>
        new(IngestOutcome.Ok(new Article(Path.GetFileNameWithoutExtension(path), path, "twelve chars", null, null, null, null)), [], []);

    private static DocumentResult Failed(string path, CancellationToken ct) =>
        DocumentResult.NotProcessed(IngestOutcome.Fail(path, "x", "broken"));

    [Theory]
    [InlineData(new[] { 3.0 }, 3.0)]
    [InlineData(new[] { 5.0, 1.0, 3.0 }, 3.0)]
    [InlineData(new[] { 4.0, 1.0, 2.0, 3.0 }, 2.5)]
    public void The_median_pass_is_the_middle_one_or_the_mean_of_the_two_middle_ones(double[] seconds, double median)
    {
        var run = new Throughput("x", 10, 0, 1_000_000, [.. seconds.Select(TimeSpan.FromSeconds)]);

        Assert.Equal(median, run.Median.TotalSeconds, 6);
        Assert.Equal(10 / median, run.DocumentsPerSecond, 6);
        Assert.Equal(1 / median, run.MegabytesPerSecond, 6);
    }

    [Fact]
    public void Compare_warms_up_each_configuration_then_times_alternating_passes()
    {
        var calls = new List<string>();
        DocumentProcessor Recording(string name, DocumentProcessor inner) => (path, ct) => { calls.Add(name); return inner(path, ct); };
        string[] files = ["a.txt", "b.txt", "c.txt"];
        // Every pass starts one tick-step after the last ended; passes take 2 s for "fast" and 5 s for "slow".
        var clock = new SteppingClock(TimeSpan.TicksPerSecond, 2 * TimeSpan.TicksPerSecond, TimeSpan.TicksPerSecond, 5 * TimeSpan.TicksPerSecond);

        var runs = Throughput.Compare([("fast", Recording("fast", Processed)), ("slow", Recording("slow", (p, ct) => p == "b.txt" ? Failed(p, ct) : Processed(p, ct)))], files, 2, clock);

        Assert.Equal(["fast", "slow"], runs.Select(r => r.Configuration));
        Assert.Equal([TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2)], runs[0].Passes);
        Assert.Equal([TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5)], runs[1].Passes);
        Assert.Equal((3, 0, 36L), (runs[0].Documents, runs[0].NotProcessed, runs[0].TextCharacters));
        Assert.Equal((2, 1, 24L), (runs[1].Documents, runs[1].NotProcessed, runs[1].TextCharacters));
        // warm-up fast, warm-up slow, then rounds fast, slow, fast, slow: three files each.
        Assert.Equal([.. new[] { "fast", "slow", "fast", "slow", "fast", "slow" }.SelectMany(c => Enumerable.Repeat(c, 3))], calls);
    }

    [Fact]
    public async Task Bench_times_both_configurations_on_a_folder_and_prints_the_ratio_and_peak_memory()
    {
        _dir.WriteFile("in/a.txt", "Copper prices rose 5% to $9,500 a tonne on Monday, traders said.\n");
        _dir.WriteFile("in/b.txt", "Nickel fell 2% to $16,000 a tonne.\n");
        var output = new StringWriter();
        var seen = new List<bool>();
        var env = new CliEnvironment(output, new StringWriter(), Interactive: false,
            models => { seen.Add(models is not null); return PipelineFactory.Parts().Pipeline(models).Process; },
            () => new ArticleReader(), CliEnvironment.InputPaths, TimeProvider.System);

        var code = await NewsExtractApp.RunAsync(["bench", _dir.Combine("in"), "--runs", "1"], env);

        Assert.Equal(ExitCode.Success, code);
        Assert.Equal([false, true], seen);
        var text = output.ToString();
        Assert.Contains(": 2 documents (0 other files)", text);
        Assert.Matches(@"\| rules only \(--no-ml\) \| \d+\.\d{3} \| \d+\.\d \| \d+\.\d{3} \| \d+\.\d{3} \|", text);
        Assert.Matches(@"\| rules \+ models \| \d+\.\d{3} \| \d+\.\d \| \d+\.\d{3} \| \d+\.\d{3} \|", text);
        Assert.Matches(@"rules \+ models run at \d+\.\d\dx the speed of rules only", text);
        Assert.Matches(@"peak working set: \d+ MB", text);
        Assert.Contains("time per stage: not available", text);
    }

    [Fact]
    public void The_stage_times_of_the_median_pass_are_reported()
    {
        StageTimes Stages(double read) => new(TimeSpan.FromSeconds(read), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(4));
        var odd = new Throughput("x", 1, 0, 1, [TimeSpan.FromSeconds(9), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5)], [Stages(9), Stages(1), Stages(5)]);
        var even = new Throughput("x", 1, 0, 1, [TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(2)], [Stages(4), Stages(2)]);

        Assert.Equal(Stages(5), odd.MedianStages);
        Assert.Equal(Stages(3), even.MedianStages);
        Assert.Null((odd with { PassStages = null }).MedianStages);
    }

    [Fact]
    public void A_stage_timer_sums_laps_per_stage_and_take_starts_over()
    {
        var timer = new StageTimer(new SteppingClock(TimeSpan.TicksPerSecond));
        for (var document = 0; document < 2; document++)
        {
            var mark = timer.Now();
            mark = timer.Lap(PipelineStage.ReadClean, mark);
            mark = timer.Lap(PipelineStage.Annotate, mark);
            timer.Lap(PipelineStage.ExtractDecide, mark);
        }

        Assert.Equal(new StageTimes(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2), TimeSpan.Zero), timer.Take());
        Assert.Equal(StageTimes.Zero, timer.Take());
    }

    [Fact]
    public void A_timed_pipeline_gives_the_same_result_as_an_untimed_one_and_times_every_stage()
    {
        var path = _dir.WriteFile("a.txt", "Copper prices rose 5% to $9,500 a tonne on Monday, traders said. Chile accounts for 27% of global copper output.\n");
        var pipeline = PipelineFactory.CreateDefault();
        var timer = new StageTimer(new SteppingClock(TimeSpan.TicksPerSecond));

        var timed = pipeline.Process(path, timer, CancellationToken.None);
        var plain = pipeline.Process(path);

        Assert.NotEmpty(plain.Facts);
        Assert.Equal(plain.Facts, timed.Facts);
        Assert.Equal(plain.Entities, timed.Entities);
        Assert.Equal(new StageTimes(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1), TimeSpan.Zero), timer.Take());
    }

    [Fact]
    public async Task Bench_with_a_timed_processor_prints_time_per_stage_and_mb_per_core()
    {
        _dir.WriteFile("in/a.txt", "Copper prices rose 5% to $9,500 a tonne on Monday, traders said.\n");
        var output = new StringWriter();
        var env = new CliEnvironment(output, new StringWriter(), Interactive: false,
            _ => throw new InvalidOperationException("the timed processor is used"),
            () => new ArticleReader(), CliEnvironment.InputPaths, TimeProvider.System)
        {
            CreateTimedProcessor = (models, timer) => { var pipeline = PipelineFactory.Parts().Pipeline(models); return (p, ct) => pipeline.Process(p, timer, ct); },
        };

        Assert.Equal(ExitCode.Success, await NewsExtractApp.RunAsync(["bench", _dir.Combine("in"), "--runs", "1"], env));

        var text = output.ToString();
        Assert.Matches(@"MB/s per core \(one thread, so the same as MB/s\): rules only \d+\.\d{3}, rules \+ models \d+\.\d{3}", text);
        Assert.Matches(@"\| read \+ clean \| \d+\.\d{3} \| \d+\.\d{3} \|", text);
        Assert.Matches(@"\| annotate \(split, tag\) \| \d+\.\d{3} \| \d+\.\d{3} \|", text);
        Assert.Matches(@"\| extract \+ decide \| \d+\.\d{3} \| \d+\.\d{3} \|", text);
        Assert.DoesNotContain("not available", text);
    }

    [Fact]
    public async Task Bench_on_a_missing_folder_exits_3()
    {
        var error = new StringWriter();
        var env = new CliEnvironment(new StringWriter(), error, Interactive: false, _ => Processed, () => new ArticleReader(), CliEnvironment.InputPaths, TimeProvider.System);

        Assert.Equal(ExitCode.InputMissing, await NewsExtractApp.RunAsync(["bench", _dir.Combine("nowhere")], env));
        Assert.Contains("input folder not found", error.ToString());
    }
}
