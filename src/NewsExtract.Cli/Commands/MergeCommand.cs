using System.CommandLine;
using NewsExtract.Output;

namespace NewsExtract.Cli.Commands;

/// <summary><c>merge</c>: joins the outputs of <c>extract --shard K/N</c> runs into one run's outputs.</summary>
internal static class MergeCommand
{
    private const string Name = "newsextract merge";

    public static Command Create(CliEnvironment env)
    {
        var shards = new Argument<string[]>("OUT_DIR")
        {
            Description = "The output folders of `extract INPUT --out OUT_DIR --shard K/N`, one for each K of N, all over the same INPUT.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--out", "-o")
        {
            Description = "Output folder for the merged facts.csv, facts.json, facts.xlsx, entities.csv, entities.json, summary.json and summary.txt; "
                + "created if missing, written whole or not at all.",
            HelpName = "DIR",
            Required = true,
        };
        var command = new Command(
            "merge",
            "Merge the outputs of `extract --shard K/N` runs (every K of N, over one input folder) into the outputs a single extract run over that folder writes: "
                + "the same rows in the same order, the same summary. "
                + "Exit 0 merged, 1 merged but some files had failed in their shard, 2 usage, 3 a shard folder or one of its outputs missing or unreadable, "
                + "5 outputs not written, 6 --out holds a reviewed facts.xlsx or facts.csv, "
                + "7 the shards do not make up one run (other input folders or files, a document in two shards, a shard missing, other models); nothing written on any refusal.")
        {
            shards, output,
        };
        command.SetAction(parse => Execute(env, parse.GetValue(shards)!, parse.GetValue(output)!));
        return command;
    }

    private static int Execute(CliEnvironment env, IReadOnlyList<string> shards, string outputDirectory)
    {
        var outputFull = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        if (shards.Any(s => Path.TrimEndingDirectorySeparator(Path.GetFullPath(s)) == outputFull))
        {
            env.Error.WriteLine($"{Name}: --out {outputDirectory} is one of the shard folders; choose another folder");
            return ExitCode.UsageError;
        }

        var result = ShardMerger.Merge(shards, outputDirectory);
        if (result.Summary is not { } summary)
        {
            env.Error.WriteLine($"{Name}: {result.Message}");
            env.Error.WriteLine($"{Name}: nothing was written; {outputDirectory} left unchanged");
            return result.Problem switch
            {
                MergeProblem.ShardsDoNotFit => ExitCode.ShardsDoNotFit,
                MergeProblem.ReviewWouldBeLost => ExitCode.ReviewWouldBeLost,
                MergeProblem.OutputFailed => ExitCode.OutputFailed,
                _ => ExitCode.InputMissing,
            };
        }

        env.Out.WriteLine($"merged {shards.Count} shards");
        RunSummaryWriter.WriteText(env.Out, summary, allFiles: false);
        env.Out.WriteLine();
        env.Out.WriteLine($"outputs: {outputFull}");
        return summary.Failed > 0 ? ExitCode.CompletedWithFailures : ExitCode.Success;
    }
}
