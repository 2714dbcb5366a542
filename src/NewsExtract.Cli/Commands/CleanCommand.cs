using System.CommandLine;
using NewsExtract.Output;

namespace NewsExtract.Cli.Commands;

internal static class CleanCommand
{
    public static Command Create(CliEnvironment env) => BatchCommand.Create(
        env,
        "clean",
        "Write the clean article text (the text all offsets point into) of each document in INPUT (a folder, or one article file) to OUT_DIR/<doc_id>.txt, plus summary.json. "
            + "Written whole or not at all. Exit codes as for extract.",
        "Output folder for <doc_id>.txt files; created if missing.",
        (observer, options, ct) => new CleanRunner(env.CreateReader(), observer).Run(options, ct));
}
