using System.CommandLine;
using NewsExtract.Benchmarking;

namespace NewsExtract.Cli.Commands;

/// <summary><c>generate-bench-corpus</c>: writes a synthetic, seedable corpus for <c>bench</c> (see <see cref="BenchmarkCorpus"/>).</summary>
internal static class GenerateBenchCorpusCommand
{
    public static Command Create(CliEnvironment env)
    {
        var count = new Argument<int>("N") { Description = "Number of articles to write (half .txt, half .html)." };
        var seed = NumberOption.WithDefault("--seed", "Seed of the generator: the same seed writes byte-identical files.", 1, _ => true, "an integer");
        var length = new Option<int?>("--length")
        {
            Description = "Write N plain-text documents of KB kilobytes each instead (generated article bodies joined and cut to length), for the length sweep of scripts/bench-scale.sh.",
            HelpName = "KB",
        };
        var output = new Option<string>("--out") { Description = "Folder to write the articles into; created if missing.", HelpName = "DIR", Required = true };
        var command = new Command(
            "generate-bench-corpus",
            "Write N invented trade-news articles (3-8 KB bodies, all seven fact types, half HTML pages with site chrome) into --out, for bench. Exit 0 written, 2 usage, 5 not writable.")
        {
            count, seed, length, output,
        };
        command.SetAction(parse => Execute(env, parse.GetValue(count), parse.GetValue(seed), parse.GetValue(length), parse.GetValue(output)!));
        return command;
    }

    private static int Execute(CliEnvironment env, int count, int seed, int? kilobytes, string output)
    {
        if (count is < 1 or > 10_000_000)
        {
            env.Error.WriteLine($"newsextract generate-bench-corpus: N must be between 1 and 10000000 (got {count})");
            return ExitCode.UsageError;
        }

        if (kilobytes is < 1 or > 1_000_000)
        {
            env.Error.WriteLine($"newsextract generate-bench-corpus: --length must be between 1 and 1000000 KB (got {kilobytes})");
            return ExitCode.UsageError;
        }

        try
        {
            var written = kilobytes is { } kb ? BenchmarkCorpus.WriteLong(output, count, kb, seed) : BenchmarkCorpus.Write(output, count, seed);
            env.Out.WriteLine($"{written.Count} {(kilobytes is null ? "articles" : $"documents of {kilobytes} KB")} written to {output} (seed {seed})");
            return ExitCode.Success;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            env.Error.WriteLine($"newsextract generate-bench-corpus: cannot write {output}: {ex.Message}");
            return ExitCode.OutputFailed;
        }
    }
}
