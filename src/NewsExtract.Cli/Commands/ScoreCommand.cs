using System.CommandLine;
using System.Globalization;
using NewsExtract.Output;
using NewsExtract.Scoring;

namespace NewsExtract.Cli.Commands;

internal static class ScoreCommand
{
    public static Command Create(CliEnvironment env)
    {
        var gold = new Option<string[]>("--gold", "-g")
        {
            Description = "Folder with <doc_id>.gold.json files, read recursively. Repeat for several folders.",
            HelpName = "DIR",
            Required = true,
            Arity = ArgumentArity.OneOrMore,
        };
        var pred = new Option<string>("--pred", "-p")
        {
            Description = "An extract output folder: facts.json (or facts.csv) and entities.json (or entities.csv) are scored.",
            HelpName = "OUT_DIR",
            Required = true,
        };
        var json = new Option<string?>("--json")
        {
            Description = "Also write the report as JSON (score.json) to FILE, for CI and tests.",
            HelpName = "FILE",
        };
        var quiet = new Option<bool>("--quiet", "-q")
        {
            Description = "Print one line of micro scores instead of the tables and the lists of false positives and misses.",
        };
        var minFact = Threshold("--min-fact-f1", "Exit 4 when the fact micro F1 is below this (0..1).");
        var minEntity = Threshold("--min-entity-f1", "Exit 4 when the entity micro F1 is below this (0..1).");

        var command = new Command(
            "score",
            "Score an extract output folder against gold files (FACT_SCHEMA.md section 5): precision, recall and F1 per entity label "
                + "and fact type, micro averages, attribute accuracy, and every false positive and missed gold fact. Only documents "
                + "with a gold file are scored; a gold file without an entities key (from a review) is scored for facts only. "
                + "Exit 0 ok, 1 some gold files or prediction rows unreadable, 3 a folder or file missing or no gold document has predictions in OUT_DIR, "
                + "4 a threshold not met, 5 --json not written.")
        {
            gold, pred, json, quiet, minFact, minEntity,
        };
        command.SetAction((parse, ct) => Task.FromResult(Execute(
            env,
            new ScoreOptions(parse.GetValue(gold) ?? [], parse.GetValue(pred)!),
            parse.GetValue(json),
            parse.GetValue(quiet),
            parse.GetValue(minFact),
            parse.GetValue(minEntity))));
        return command;
    }

    private static Option<double?> Threshold(string name, string description) =>
        NumberOption.Optional<double>(name, description, "F1", v => v is >= 0 and <= 1, "between 0 and 1");

    private static int Execute(CliEnvironment env, ScoreOptions options, string? jsonPath, bool quiet, double? minFact, double? minEntity)
    {
        var run = ScoreService.Run(options);
        foreach (var problem in run.Problems)
        {
            env.Error.WriteLine($"newsextract score: skipped: {problem}");
        }

        if (run.Fatal is { } fatal || run.Report is null)
        {
            env.Error.WriteLine($"newsextract score: {run.Fatal}");
            return ExitCode.InputMissing;
        }

        var report = run.Report;
        if (report.Documents.GoldWithoutPredictions > 0)
        {
            env.Error.WriteLine(Invariant(
                $"newsextract score: warning: {report.Documents.GoldWithoutPredictions} of {report.Documents.Scored} gold documents have no predictions in {options.PredictionDirectory} (not in the extract run, or nothing found); they count as misses"));
        }

        if (quiet)
        {
            env.Out.WriteLine(ScoreReportWriter.Headline(report));
        }
        else
        {
            ScoreReportWriter.WriteText(env.Out, report, details: true);
        }

        if (jsonPath is not null)
        {
            try
            {
                OutputStaging.WriteFile(jsonPath, stream => ScoreReportWriter.WriteJson(stream, report));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                env.Error.WriteLine($"newsextract score: cannot write {jsonPath}: {ex.Message}");
                return ExitCode.OutputFailed;
            }
        }

        var unmet = new List<string>();
        if (minFact is { } factThreshold && report.FactMicro.F1 < factThreshold)
        {
            unmet.Add(Invariant($"fact micro F1 {report.FactMicro.F1:0.000} is below --min-fact-f1 {factThreshold}"));
        }

        if (minEntity is { } entityThreshold && report.EntityMicro.F1 < entityThreshold)
        {
            unmet.Add(Invariant($"entity micro F1 {report.EntityMicro.F1:0.000} is below --min-entity-f1 {entityThreshold}"));
        }

        foreach (var line in unmet)
        {
            env.Error.WriteLine($"newsextract score: {line}");
        }

        return unmet.Count > 0 ? ExitCode.ThresholdsNotMet
            : run.Problems.Count > 0 ? ExitCode.CompletedWithFailures
            : ExitCode.Success;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
