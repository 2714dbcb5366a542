using System.Globalization;
using ClosedXML.Excel;
using NewsExtract.Extraction;

namespace NewsExtract.Output;

/// <summary>One <c>extract --shard</c> output folder read back: its summary, its rows and how it was run.</summary>
/// <param name="Run">The workbook Summary sheet's run date, tool version and models.</param>
/// <param name="Facts">In the order the shard wrote them, with the workbook's unrounded confidence (facts.json keeps two decimals).</param>
public sealed record ShardOutput(string Directory, RunSummary Summary, IReadOnlyList<Fact> Facts, IReadOnlyList<EntityRecord> Entities, RunInfo Run)
{
    /// <summary>Reads every output of <paramref name="directory"/>; null and why when one is missing or unreadable. Never throws for bad content.</summary>
    public static (ShardOutput? Shard, string? Error) Load(string directory)
    {
        if (!System.IO.Directory.Exists(directory))
        {
            return (null, $"{directory}: shard output folder not found");
        }

        if (ExtractRunner.OutputFiles.FirstOrDefault(name => !File.Exists(Path.Combine(directory, name))) is { } missing)
        {
            return (null, $"{directory}: {missing} is missing (not an extract output, or a shard that did not finish)");
        }

        var (summary, summaryError) = RunSummaryReader.ReadFile(Path.Combine(directory, "summary.json"));
        if (summary is null || summary.Command != "extract")
        {
            return (null, summaryError ?? $"{directory}: summary.json is not an extract run's summary");
        }

        var facts = FactReader.ReadJsonFile(Path.Combine(directory, "facts.json"));
        var entities = EntityReader.ReadFile(Path.Combine(directory, "entities.json"));
        if (facts.Problems.Concat(entities.Problems).FirstOrDefault() is { } problem)
        {
            return (null, problem);
        }

        var (run, confidences, workbookError) = ReadWorkbook(Path.Combine(directory, FactWorkbookWriter.FileName));
        if (workbookError is not null)
        {
            return (null, workbookError);
        }

        if (confidences.Count != facts.Items.Count || confidences.Where((c, i) => c.FactId != facts.Items[i].FactId).Any())
        {
            return (null, $"{directory}: facts.xlsx and facts.json hold different facts");
        }

        var withConfidence = facts.Items.Select((f, i) => f with { Confidence = confidences[i].Confidence }).ToList();
        return (new ShardOutput(directory, summary, withConfidence, entities.Items, run!), null);
    }

    private static (RunInfo? Run, IReadOnlyList<(string FactId, double Confidence)> Confidences, string? Error) ReadWorkbook(string path)
    {
        try
        {
            using var workbook = new XLWorkbook(path);
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            var summary = workbook.Worksheet(FactWorkbookWriter.SummarySheet);
            for (var row = 1; !summary.Cell(row, 1).IsEmpty(); row++)
            {
                values.TryAdd(summary.Cell(row, 1).GetString(), summary.Cell(row, 2).GetString());
            }

            if (!DateTimeOffset.TryParseExact(values.GetValueOrDefault("run date"), "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture,
                    DateTimeStyles.AssumeUniversal, out var date))
            {
                return (null, [], $"{path}: the Summary sheet has no run date");
            }

            var run = new RunInfo(date, values.GetValueOrDefault("tool version", ""), values.GetValueOrDefault("models", ""));
            var facts = workbook.Worksheet(FactWorkbookWriter.FactsSheet);
            var idColumn = FactColumns.Facts.ToList().IndexOf("fact_id") + 1;
            var confidenceColumn = FactColumns.Facts.ToList().IndexOf("confidence") + 1;
            var confidences = new List<(string, double)>();
            for (var row = 2; !facts.Cell(row, idColumn).IsEmpty(); row++)
            {
                confidences.Add((facts.Cell(row, idColumn).GetString(), facts.Cell(row, confidenceColumn).GetDouble()));
            }

            return (run, confidences, null);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // OpenXml, the zip layer and ClosedXML throw many types for a damaged or foreign file.
            return (null, [], $"{path}: not a readable review workbook: {ex.Message}");
        }
    }
}
