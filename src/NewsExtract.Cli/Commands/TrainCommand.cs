using System.CommandLine;
using System.Globalization;
using NewsExtract.Pipeline;
using NewsExtract.Scoring;
using NewsExtract.Training;

namespace NewsExtract.Cli.Commands;

internal static class TrainCommand
{
    public static Command Create(CliEnvironment env)
    {
        var labels = new Option<string[]>("--labels", "-l")
        {
            Description = "Folder of articles with <doc_id>.gold.json beside them, read recursively (folders named `blind` are skipped). Repeat for several folders.",
            HelpName = "DIR",
            Required = true,
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--out", "-o")
        {
            Description = "Folder for the models: name-tagger.zip, fact-scorer.zip, export-relation.zip, manifest.json and MODEL_CARD.md. Written whole or not at all.",
            HelpName = "DIR",
            Required = true,
        };
        var noCv = new Option<bool>("--no-cv")
        {
            Description = "Skip leave-one-document-out cross-validation (minutes on a large set); the model card then has no scores.",
        };
        var seed = new Option<int>("--seed")
        {
            Description = "Random seed of ML.NET; the same seed and labels give the same models.",
            DefaultValueFactory = _ => new TrainerSettings().Seed,
        };
        var command = new Command(
            "train",
            "Train the name tagger, the fact scorer and the export-control relation classifier from labelled folders, "
                + "cross-validate them leave-one-document-out against the rules alone, and write the models with a model card. "
                + "Exit 0 trained, 1 trained but some gold files were unusable, 3 no usable labelled documents, 5 models not written.")
        {
            labels, output, noCv, seed,
        };
        command.SetAction((parse, ct) => Task.FromResult(Execute(env, parse.GetValue(labels) ?? [], parse.GetValue(output)!, !parse.GetValue(noCv), parse.GetValue(seed), ct)));
        return command;
    }

    private static int Execute(CliEnvironment env, IReadOnlyList<string> labelFolders, string output, bool crossValidate, int seed, CancellationToken ct)
    {
        var parts = PipelineFactory.Parts(env.CreateReader());
        var data = LabelledData.Load(labelFolders, parts);
        foreach (var problem in data.Problems)
            env.Error.WriteLine($"newsextract train: {problem}");
        if (data.Documents.Count < 2)
        {
            env.Error.WriteLine($"newsextract train: {data.Documents.Count} usable labelled documents under {string.Join(", ", labelFolders)}; at least 2 are needed");
            return ExitCode.InputMissing;
        }

        var settings = new TrainerSettings(seed);
        var today = DateOnly.FromDateTime(env.Clock.GetUtcNow().UtcDateTime);
        env.Error.WriteLine($"newsextract train: {data.Documents.Count} documents");

        // Cross-validation first: it chooses the fact scorer's keep threshold that the final models are saved with.
        CrossValidationResult? cv = null;
        if (crossValidate)
        {
            try
            {
                var progress = new Progress<int>(done => env.Error.WriteLine($"newsextract train: cross-validation fold {done}/{data.Documents.Count}"));
                cv = new CrossValidation(parts, settings).LeaveOneOut(data.Documents, progress, ct);
            }
            catch (OperationCanceledException)
            {
                env.Error.WriteLine($"newsextract train: cancelled; {output} left unchanged");
                return ExitCode.Cancelled;
            }

            env.Out.WriteLine($"leave-one-document-out, rules only: {ScoreReportWriter.Headline(cv.RulesOnly)}");
            env.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"leave-one-document-out, rules + ML (keep at p >= {cv.KeepThreshold}): {ScoreReportWriter.Headline(cv.WithModels)}"));
            env.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"candidate ceiling: {cv.CandidateCeiling:0.000}"));
        }

        var (models, stats) = new ModelTrainer(parts, settings).Train(data.Documents, data.DataHash, today, cv?.KeepThreshold ?? ModelTrainer.DefaultKeepThreshold);
        env.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"trained: {stats.NameExamples} name rows, {stats.FactExamples} fact candidates, {stats.RelationExamples} export-control relations; candidates match {stats.GoldFactsFound} of {stats.GoldFacts} gold facts"));

        try
        {
            models.Save(output, ModelCard.Write(models.Manifest, stats, labelFolders, cv));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            env.Error.WriteLine($"newsextract train: cannot write the models to {output}: {ex.Message}; nothing was written");
            return ExitCode.OutputFailed;
        }

        env.Out.WriteLine($"models: {Path.GetFullPath(output)}");
        return data.Problems.Count > 0 ? ExitCode.CompletedWithFailures : ExitCode.Success;
    }
}
