using System.CommandLine;
using System.CommandLine.Help;
using NewsExtract.Cli.Commands;

namespace NewsExtract.Cli;

/// <summary>The <c>newsextract</c> command line: parses, dispatches to a command, returns an <see cref="ExitCode"/>.</summary>
public static class NewsExtractApp
{
    /// <summary>The command tree. A plain <see cref="Command"/> rather than a <see cref="RootCommand"/>, whose name would be the assembly's (NewsExtract.Cli) rather than the tool's.</summary>
    public static Command CreateRootCommand(CliEnvironment env) =>
        new("newsextract", "Turn folders of trade-policy news articles into a fact table for review in a spreadsheet, and score it against gold.")
        {
            new HelpOption(),
            new VersionOption(),
            ExtractCommand.Create(env),
            CleanCommand.Create(env),
            ScoreCommand.Create(env),
            TrainCommand.Create(env),
            BenchCommand.Create(env),
            ReviewCommand.Create(env),
            MergeCommand.Create(env),
            GenerateBenchCorpusCommand.Create(env),
        };

    public static async Task<int> RunAsync(string[] args, CliEnvironment env, CancellationToken cancellationToken = default)
    {
        var parse = CreateRootCommand(env).Parse(args);
        if (parse.Errors.Count > 0 && parse.Action is not HelpAction)
        {
            foreach (var error in parse.Errors)
            {
                env.Error.WriteLine($"newsextract: {error.Message}");
            }

            env.Error.WriteLine("Run 'newsextract --help' or 'newsextract <command> --help' for usage.");
            return ExitCode.UsageError;
        }

        // No System.CommandLine signal handling: it listens only while an action is pending asynchronously (ours run
        // synchronously) and returns 130/143 after its timeout with the batch still running; Program cancels the token instead.
        var configuration = new InvocationConfiguration { Output = env.Out, Error = env.Error, ProcessTerminationTimeout = null };
        return await parse.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
    }
}
