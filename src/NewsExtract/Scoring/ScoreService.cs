using NewsExtract.Output;

namespace NewsExtract.Scoring;

/// <summary>What to score: gold folders and an <c>extract</c> output folder.</summary>
public sealed record ScoreOptions(IReadOnlyList<string> GoldDirectories, string PredictionDirectory);

/// <summary>The outcome of a scoring run.</summary>
/// <param name="Report">Null when nothing could be scored (see <paramref name="Fatal"/>).</param>
/// <param name="Problems">Gold files and prediction rows that were left out, each naming its file.</param>
/// <param name="Fatal">Why nothing could be scored: a missing folder or predictions file, no gold at all, or no gold document with a prediction.</param>
public sealed record ScoreRun(ScoreReport? Report, IReadOnlyList<string> Problems, string? Fatal);

/// <summary>The <c>score</c> service: reads gold files and an output folder's predictions, and scores them. Never throws for bad input.</summary>
/// <remarks>Predictions are read from facts.json (else facts.csv) and entities.json (else entities.csv).</remarks>
public static class ScoreService
{
    public static ScoreRun Run(ScoreOptions options)
    {
        if (!Directory.Exists(options.PredictionDirectory))
        {
            return Fatal($"{options.PredictionDirectory}: predictions folder not found");
        }

        var factsPath = FirstExisting(options.PredictionDirectory, "facts.json", "facts.csv");
        var entitiesPath = FirstExisting(options.PredictionDirectory, "entities.json", "entities.csv");
        if (factsPath is null || entitiesPath is null)
        {
            var missing = factsPath is null ? "facts.json or facts.csv" : "entities.json or entities.csv";
            return Fatal($"{options.PredictionDirectory}: no {missing} (is it an extract output folder?)");
        }

        var gold = GoldReader.ReadFolders(options.GoldDirectories);
        var problems = gold.Problems.Select(p => p.ToString()).ToList();
        if (gold.Documents.Count == 0)
        {
            var where = string.Join(", ", options.GoldDirectories);
            return new ScoreRun(null, problems, $"no usable *{GoldReader.Suffix} files under {where}");
        }

        var facts = FactReader.ReadFile(factsPath);
        var entities = EntityReader.ReadFile(entitiesPath);
        if ((facts.Items.Count == 0 && !facts.IsSuccess) || (entities.Items.Count == 0 && !entities.IsSuccess))
        {
            // Scoring an unreadable file as "no predictions" would report a confident zero.
            return new ScoreRun(null, [.. problems, .. facts.Problems, .. entities.Problems], $"cannot read the predictions in {options.PredictionDirectory}");
        }

        problems.AddRange(facts.Problems);
        problems.AddRange(entities.Problems);
        var report = Scorer.Score(gold.Documents, facts.Items, entities.Items);
        if (report.Documents.GoldWithoutPredictions == report.Documents.Scored)
        {
            // Most likely the wrong folder: scoring it would report a confident F1 of zero.
            var where = string.Join(", ", options.GoldDirectories);
            return new ScoreRun(null, problems,
                $"{options.PredictionDirectory}: none of the {report.Documents.Scored} gold documents under {where} has a prediction there; is it the extract output of these articles?");
        }

        return new ScoreRun(report, problems, null);
    }

    private static ScoreRun Fatal(string message) => new(null, [], message);

    private static string? FirstExisting(string folder, params string[] names) =>
        names.Select(n => Path.Combine(folder, n)).FirstOrDefault(File.Exists);
}
