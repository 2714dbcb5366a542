using System.CommandLine;
using NewsExtract.Output;
using NewsExtract.Training;

namespace NewsExtract.Cli.Commands;

internal static class ExtractCommand
{
    public static Command Create(CliEnvironment env)
    {
        var noMl = new Option<bool>("--no-ml")
        {
            Description = "Rules only: no trained name tagger, fact scorer or relation classifier.",
        };
        var models = new Option<string?>("--models")
        {
            Description = "Folder of trained models (manifest.json and the .zip files written by `newsextract train`). Default: the models the tool was built with (the repository's models/).",
            HelpName = "DIR",
        };
        return BatchCommand.Create(
            env,
            "extract",
            "Run the pipeline over every file in INPUT (a folder, or one article file) and write the fact table and entities to OUT_DIR: "
                + "facts.csv (UTF-8 with BOM, for spreadsheets), facts.json, entities.csv, entities.json, summary.json, summary.txt. "
                + "Rules propose facts and the trained models decide (see --no-ml, --models). "
                + "Outputs are written whole or not at all; one broken file never stops the batch. "
                + "Exit 0 all files processed or skipped, 1 some files failed, 3 INPUT or the models missing or unusable, 5 outputs not written.",
            "Output folder; created if missing. Existing files of the same names are replaced only when every output is complete.",
            [noMl, models],
            parse =>
            {
                if (parse.GetValue(noMl))
                    return Prepared(env, null);
                var directory = parse.GetValue(models);
                var (loaded, problem) = ModelSet.Load(directory ?? CliEnvironment.DefaultModelDirectory);
                if (loaded is null)
                    return new PreparedBatch(null, $"{problem}; use --no-ml to run the rules alone", ExitCode.InputMissing);
                return Prepared(env, loaded);
            });
    }

    private static PreparedBatch Prepared(CliEnvironment env, ModelSet? models) =>
        new((observer, options, ct) => new ExtractRunner(env.CreateProcessor(models), observer).Run(options, ct));
}
