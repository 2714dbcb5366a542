using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using NewsExtract.Output;
using NewsExtract.Pipeline;
using NewsExtract.Training;

namespace NewsExtract.Cli.Commands;

/// <summary><c>bench</c>: how fast the pipeline reads a folder, with and without the trained models, and its peak memory.</summary>
internal static class BenchCommand
{
    public static Command Create(CliEnvironment env)
    {
        var input = new Argument<string>("INPUT_DIR") { Description = "Folder of articles to time, read recursively (e.g. corpus)." };
        var runs = NumberOption.WithDefault("--runs", "Timed passes per configuration (in alternating rounds, after a warm-up pass of each); the median is reported.", 3, n => n is >= 1 and <= 100, "between 1 and 100");
        var models = new Option<string?>("--models")
        {
            Description = "Folder of trained models. Default: the models the tool was built with.",
            HelpName = "DIR",
        };
        var parts = new Option<bool>("--parts")
        {
            Description = "After the timed passes, one more pass of rules + models that times each part on its own (reading, splitting, the tagger and each spotter, "
                + "each rule, merging, the decisions) and counts what it allocates: which part of the slowest stage to look at.",
        };
        var command = new Command(
            "bench",
            "Time the pipeline (read, clean, annotate, extract; nothing written) over INPUT_DIR on one thread: rules only (--no-ml) and rules + models, "
                + "a warm-up pass of each, then --runs rounds of one timed pass of each. Prints documents/s and MB of clean article text/s for the median pass, the ratio "
                + "of the two, the time per stage, and the process's peak working set; with --parts, the time and allocation of each part. "
                + "Exit 0 measured, 2 usage, 3 INPUT_DIR or the models missing.")
        {
            input, runs, models, parts,
        };
        command.SetAction((parse, ct) => Task.FromResult(Execute(env, parse.GetValue(input)!, parse.GetValue(runs), parse.GetValue(models), parse.GetValue(parts), ct)));
        return command;
    }

    private static int Execute(CliEnvironment env, string input, int runs, string? modelDirectory, bool byPart, CancellationToken ct)
    {
        if (!Directory.Exists(input))
        {
            env.Error.WriteLine($"newsextract bench: input folder not found: {input}");
            return ExitCode.InputMissing;
        }

        var (models, problem) = ModelSet.Load(modelDirectory ?? CliEnvironment.DefaultModelDirectory);
        if (models is null)
        {
            env.Error.WriteLine($"newsextract bench: {problem}");
            return ExitCode.InputMissing;
        }

        var files = env.EnumerateInputs(input).Where(f => !f.IsFolder).Select(f => f.Path).ToList();
        Throughput rules, withModels;
        IReadOnlyList<PartCost>? partCosts = null;
        try
        {
            env.Error.WriteLine($"newsextract bench: {files.Count} files: a warm-up pass of each configuration, then {runs} rounds of one timed pass each");
            var measured = Throughput.Compare([Configuration(env, "rules only (--no-ml)", null), Configuration(env, "rules + models", models)], files, runs, env.Clock, ct);
            (rules, withModels) = (measured[0], measured[1]);
            if (byPart && env.CreateParts is { } createParts)
            {
                env.Error.WriteLine("newsextract bench: one more pass of rules + models, part by part");
                partCosts = PartProfile.Measure(createParts(), models, files, env.Clock, ct);
            }
        }
        catch (OperationCanceledException)
        {
            env.Error.WriteLine("newsextract bench: cancelled");
            return ExitCode.Cancelled;
        }

        env.Out.WriteLine(Invariant($"{input}: {rules.Documents} documents ({rules.NotProcessed} other files), {rules.TextCharacters / 1e6:0.000} MB of clean text; one thread"));
        env.Out.WriteLine();
        env.Out.WriteLine("| configuration | median s | documents/s | MB/s | passes (s) |");
        env.Out.WriteLine("|---|---|---|---|---|");
        foreach (var run in new[] { rules, withModels })
        {
            env.Out.WriteLine(Invariant(
                $"| {run.Configuration} | {run.Median.TotalSeconds:0.000} | {run.DocumentsPerSecond:0.0} | {run.MegabytesPerSecond:0.000} | {string.Join(" ", run.Passes.Select(p => p.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture)))} |"));
        }

        env.Out.WriteLine();
        env.Out.WriteLine(Invariant($"MB/s per core (one thread, so the same as MB/s): rules only {rules.MegabytesPerSecond:0.000}, rules + models {withModels.MegabytesPerSecond:0.000}"));
        if (rules.MedianStages is { } ruleStages && withModels.MedianStages is { } modelStages)
        {
            env.Out.WriteLine();
            env.Out.WriteLine("| stage, s in the median pass | rules only | rules + models |");
            env.Out.WriteLine("|---|---|---|");
            env.Out.WriteLine(Invariant($"| read + clean | {ruleStages.ReadClean.TotalSeconds:0.000} | {modelStages.ReadClean.TotalSeconds:0.000} |"));
            env.Out.WriteLine(Invariant($"| annotate (split, tag) | {ruleStages.Annotate.TotalSeconds:0.000} | {modelStages.Annotate.TotalSeconds:0.000} |"));
            env.Out.WriteLine(Invariant($"| extract + decide | {ruleStages.ExtractDecide.TotalSeconds:0.000} | {modelStages.ExtractDecide.TotalSeconds:0.000} |"));
        }
        else
        {
            env.Out.WriteLine("time per stage: not available (the processor is not timed by stage)");
        }

        if (byPart)
            WriteParts(env, partCosts);

        env.Out.WriteLine();
        env.Out.WriteLine(Invariant($"rules + models run at {withModels.DocumentsPerSecond / rules.DocumentsPerSecond:0.00}x the speed of rules only"));
        env.Out.WriteLine(Invariant($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:0} MB"));
        return ExitCode.Success;
    }

    /// <summary>The table of <c>--parts</c>: the steps in the pipeline's order with their share of the pass, each spotter
    /// under the tagger it runs in (its time is part of the tagger's, so not of the total), and the slowest step.</summary>
    private static void WriteParts(CliEnvironment env, IReadOnlyList<PartCost>? costs)
    {
        env.Out.WriteLine();
        if (costs is null)
        {
            env.Out.WriteLine("time per part: not available (the pipeline's parts cannot be built here)");
            return;
        }

        var steps = costs.Where(c => c.Within is null).ToList();
        var total = steps.Sum(c => c.Time.TotalSeconds);
        env.Out.WriteLine("| part (rules + models, one more pass) | s | share of the pass | MB allocated |");
        env.Out.WriteLine("|---|---|---|---|");
        foreach (var step in steps)
        {
            env.Out.WriteLine(Row(step.Part, step));
            foreach (var inner in costs.Where(c => c.Within == step.Part))
                env.Out.WriteLine(Row($"- {inner.Part} (within {step.Part})", inner));
        }

        env.Out.WriteLine(Invariant($"| all steps | {total:0.000} | 100% | {steps.Sum(c => c.AllocatedBytes) / 1e6:0} |"));
        if (steps.Count > 0)
            env.Out.WriteLine($"slowest step: {steps.MaxBy(c => c.Time)!.Part}");

        string Row(string name, PartCost cost) =>
            Invariant($"| {name} | {cost.Time.TotalSeconds:0.000} | {(total > 0 ? cost.Time.TotalSeconds / total : 0):0%} | {cost.AllocatedBytes / 1e6:0} |");
    }

    /// <summary>A processor that laps a timer per stage when the environment offers one, else the plain processor.</summary>
    private static (string, DocumentProcessor, StageTimer?) Configuration(CliEnvironment env, string name, ModelSet? models)
    {
        if (env.CreateTimedProcessor is not { } timed)
            return (name, env.CreateProcessor(models), null);
        var timer = new StageTimer(env.Clock);
        return (name, timed(models, timer), timer);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
