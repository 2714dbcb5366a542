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
            Arity = ArgumentArity.OneOrMore,
        };
        var reviews = new Option<string[]>("--reviews", "-r")
        {
            Description = "Folder written by `review import` (<doc_id>.gold.json without entities, <doc_id>.review.json, the article): trains the fact scorer "
                + "and relation classifier only. Candidates matching accepted, fixed or added rows are positives, those matching rejected rows negatives; the rest, which the reviewer did not judge, are left out. "
                + "A document also under --labels takes its entities from there and its facts from the review. Repeat for several folders.",
            HelpName = "DIR",
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
            Description = "Skip cross-validation (minutes on a large set): the keep thresholds of the models already in --out are kept (0.5 for every fact type when there are none), and the model card has no scores.",
        };
        var folds = NumberOption.Optional<int>("--folds", "Cross-validate with K folds by document instead of leave-one-document-out (faster; for experiments).", "K", k => k >= 2, "at least 2");
        var l2 = NumberOption.WithDefault("--l2", "L2 regularization of the classifiers: larger is smoother.", new TrainerSettings().L2, v => v >= 0 && float.IsFinite(v), "a number of 0 or more");
        var seed = NumberOption.WithDefault("--seed", "Random seed of ML.NET; the same seed and labels give the same models.", new TrainerSettings().Seed, _ => true, "a whole number");
        var command = new Command(
            "train",
            "Train the name tagger, the fact scorer and the export-control relation classifier from labelled folders (--labels) and reviewed "
                + "extract outputs (--reviews; at least one of the two), cross-validate them leave-one-document-out against the rules alone, and write the models with a model card. "
                + "Exit 0 trained, 1 trained but some gold or review files were unusable, 2 usage, 3 no usable labelled documents, 5 models not written.")
        {
            labels, reviews, output, noCv, folds, l2, seed,
        };
        command.Validators.Add(result =>
        {
            if (result.GetResult(labels) is null && result.GetResult(reviews) is null)
                result.AddError("give at least one of --labels DIR or --reviews DIR");
        });
        command.SetAction((parse, ct) => Task.FromResult(Execute(
            env, new TrainingFolders(parse.GetValue(labels) ?? [], parse.GetValue(reviews) ?? []), parse.GetValue(output)!, !parse.GetValue(noCv), parse.GetValue(folds), new TrainerSettings(parse.GetValue(seed), parse.GetValue(l2)), ct)));
        return command;
    }

    private static int Execute(CliEnvironment env, TrainingFolders folders, string output, bool crossValidate, int? folds, TrainerSettings settings, CancellationToken ct)
    {
        var parts = PipelineFactory.Parts(env.CreateReader());
        var data = LabelledData.Load(folders.Labels, folders.Reviews, parts);
        foreach (var problem in data.Problems)
            env.Error.WriteLine($"newsextract train: {problem}");
        var where = string.Join(", ", folders.Labels.Concat(folders.Reviews));
        if (data.Documents.Count < 2)
        {
            env.Error.WriteLine($"newsextract train: {data.Documents.Count} usable labelled documents under {where}; at least 2 are needed");
            return ExitCode.InputMissing;
        }

        // The name tagger learns only from gold that labels entities; review folders have none.
        if (!data.Documents.Any(d => d.Gold.EntitiesLabelled))
        {
            env.Error.WriteLine($"newsextract train: no document under {where} labels entities, so the name tagger has nothing to learn from; add a label folder with --labels");
            return ExitCode.InputMissing;
        }

        var today = DateOnly.FromDateTime(env.Clock.GetUtcNow().UtcDateTime);
        env.Error.WriteLine($"newsextract train: {data.Documents.Count} documents");

        // Cross-validation first: it chooses the fact scorer's keep threshold that the final models are saved with.
        CrossValidationResult? cv = null;
        if (crossValidate)
        {
            try
            {
                var k = Math.Min(folds ?? data.Documents.Count, data.Documents.Count);
                var progress = new Progress<int>(done => env.Error.WriteLine($"newsextract train: cross-validation fold {done}/{k}"));
                cv = new CrossValidation(parts, settings).Run(data.Documents, k, progress, ct);
            }
            catch (OperationCanceledException)
            {
                env.Error.WriteLine($"newsextract train: cancelled; {output} left unchanged");
                return ExitCode.Cancelled;
            }

            env.Out.WriteLine($"{cv.Folds}-fold cross-validation, rules only: {ScoreReportWriter.Headline(cv.RulesOnly)}");
            env.Out.WriteLine($"{cv.Folds}-fold cross-validation, rules on the tagger's entities: {ScoreReportWriter.Headline(cv.TaggerOnly)}");
            env.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{cv.Folds}-fold cross-validation, rules + ML: {ScoreReportWriter.Headline(cv.WithModels)}"));
            env.Out.WriteLine("keep thresholds: " + string.Join(", ", cv.KeepThresholds.Select(k => string.Create(CultureInfo.InvariantCulture, $"{k.Key} {(k.Value is { } t ? $"p >= {t}" : "rule")}"))));
            env.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"candidate ceiling: {cv.CandidateCeiling:0.000}"));
        }

        var thresholds = cv?.KeepThresholds ?? ModelSet.Load(output).Models?.Manifest.KeepThresholds;
        var (models, stats) = new ModelTrainer(parts, settings).Train(data.Documents, data.DataHash, today, thresholds);
        env.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"trained: {stats.NameExamples} name rows, {stats.FactExamples} fact candidates, {stats.RelationExamples} export-control relations; candidates match {stats.GoldFactsFound} of {stats.GoldFacts} gold facts"));
        if (stats.ReviewedDocuments > 0)
            env.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"reviews: facts of {stats.ReviewedDocuments} documents from reviews; {stats.CandidatesLeftOut} candidates the review did not judge left out"));

        try
        {
            models.Save(output, ModelCard.Write(models.Manifest, stats, folders.Labels, cv, folders.Reviews));
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

/// <summary>Where train reads its labels: label folders (entities and facts) and review folders (facts only).</summary>
internal sealed record TrainingFolders(IReadOnlyList<string> Labels, IReadOnlyList<string> Reviews);
