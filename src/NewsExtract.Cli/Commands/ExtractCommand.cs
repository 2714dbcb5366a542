using System.CommandLine;
using NewsExtract.Output;

namespace NewsExtract.Cli.Commands;

internal static class ExtractCommand
{
    public static Command Create(CliEnvironment env) => BatchCommand.Create(
        env,
        "extract",
        "Run the pipeline over every file in INPUT_DIR and write the fact table and entities to OUT_DIR: "
            + "facts.csv (UTF-8 with BOM, for spreadsheets), facts.json, entities.csv, entities.json, summary.json, summary.txt. "
            + "Outputs are written whole or not at all; one broken file never stops the batch. "
            + "Exit 0 all files processed or skipped, 1 some files failed, 3 INPUT_DIR missing, 5 outputs not written.",
        "Output folder; created if missing. Existing files of the same names are replaced only when every output is complete.",
        (observer, options, ct) => new ExtractRunner(env.CreateProcessor(), observer).Run(options, ct));
}
