using System.Globalization;

namespace NewsExtract.Output;

/// <summary>One <c>extract --shard</c> output folder: its summary and how it was run. Its rows are read as they are merged (<see cref="ShardRows"/>).</summary>
/// <param name="Run">The workbook Summary sheet's run date, tool version and models.</param>
/// <param name="WorkbookComplete">Whether facts.xlsx holds every fact (a sheet holds at most 1,048,575), so that each fact's confidence can be taken from it.</param>
public sealed record ShardOutput(string Directory, RunSummary Summary, RunInfo Run, bool WorkbookComplete = true)
{
    /// <summary>Reads the summary of <paramref name="directory"/> and checks its outputs are there; null and why when one is missing or unreadable. Never throws for bad content.</summary>
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

        var (run, complete, workbookError) = ReadWorkbookSummary(Path.Combine(directory, FactWorkbookWriter.FileName));
        return workbookError is null ? (new ShardOutput(directory, summary, run!, complete), null) : (null, workbookError);
    }

    /// <summary>The Summary sheet's key/value block, read up to its first empty row.</summary>
    private static (RunInfo? Run, bool Complete, string? Error) ReadWorkbookSummary(string path)
    {
        try
        {
            using var workbook = XlsxReader.Open(path);
            if (workbook.FindSheet(FactWorkbookWriter.SummarySheet) is not { } sheet)
            {
                return (null, false, $"{path}: not a readable review workbook: no sheet named {FactWorkbookWriter.SummarySheet}");
            }

            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            var expected = 1;
            foreach (var row in workbook.Rows(sheet))
            {
                if (row.Number != expected++ || row.Cell(1) is not { } key)
                {
                    break;
                }

                values.TryAdd(workbook.Text(key), row.Cell(2) is { } value ? workbook.Text(value) : "");
            }

            if (!DateTimeOffset.TryParseExact(values.GetValueOrDefault("run date"), "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture,
                    DateTimeStyles.AssumeUniversal, out var date))
            {
                return (null, false, $"{path}: the Summary sheet has no run date");
            }

            var run = new RunInfo(date, values.GetValueOrDefault("tool version", ""), values.GetValueOrDefault("models", ""));
            return (run, !values.ContainsKey(RunSummarySheet.WorkbookKey), null);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The zip layer and the XML reader throw many types for a damaged or foreign file.
            return (null, false, $"{path}: not a readable review workbook: {ex.Message}");
        }
    }
}
