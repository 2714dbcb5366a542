using System.Globalization;
using NewsExtract.Extraction;

namespace NewsExtract.Output;

/// <summary>
/// The review workbook's <c>Summary</c> sheet: a key/value block (column A key, column B value) about the run, the
/// fact counts per type, then, after one empty row, a table of every input file with its status and reason.
/// </summary>
/// <remarks>
/// The input folder is a full path and file paths are relative to it, so a reader finds the articles from the workbook
/// alone. The counts per type are kept by the writer as facts arrive. When a sheet was full, a last <c>workbook</c> key
/// says what the workbook holds.
/// </remarks>
internal static class RunSummarySheet
{
    public const string WorkbookKey = "workbook";

    private static readonly IReadOnlyList<SheetColumn<FileSummary>> FileColumns =
    [
        SheetColumn<FileSummary>.OfText("path", 40, f => f.Path),
        SheetColumn<FileSummary>.OfText("doc_id", 30, f => f.DocId),
        SheetColumn<FileSummary>.OfText("status", 10, f => RunSummary.StatusName(f.Status)),
        SheetColumn<FileSummary>.OfText("reason", 60, f => f.Reason ?? "", wrap: true),
        SheetColumn<FileSummary>.OfNumber("entities", 10, f => f.Entities, "0"),
        SheetColumn<FileSummary>.OfNumber("facts", 10, f => f.Facts, "0"),
    ];

    /// <param name="factsPerType">The facts written, counted by type.</param>
    /// <param name="warning">What the workbook leaves out, or null.</param>
    public static void Write(Stream stream, WorkbookStyles styles, RunSummary summary, RunInfo run,
        IReadOnlyDictionary<string, int> factsPerType, string? warning, int maxRows)
    {
        var values = new List<(string Key, object Value)>
        {
            ("run date", run.Date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
            ("tool version", run.ToolVersion),
            ("models", run.Models),
            ("input folder", Path.GetFullPath(summary.Input)),
            ("files", summary.Files.Count),
            ("processed", summary.Processed),
            ("skipped", summary.Skipped),
            ("failed", summary.Failed),
            ("facts", summary.Facts),
            ("entities", summary.Entities),
        };

        // Every schema type, zeros included, so a type that found nothing is visible; then any other type found.
        foreach (var type in FactTypes.All.Concat(factsPerType.Keys.Except(FactTypes.All).Order(StringComparer.Ordinal)))
        {
            values.Add(($"facts: {type}", factsPerType.GetValueOrDefault(type)));
        }

        if (warning is not null)
        {
            values.Add((WorkbookKey, warning));
        }

        var columnStyles = FileColumns.Select(c => styles.Id(new CellStyle(c.NumberFormat, c.Wrap))).ToArray();
        var part = new WorksheetPart([.. FileColumns.Select((c, i) => new ColumnFormat(c.Width, columnStyles[i]))], Table: false);
        part.Write(stream, target =>
        {
            using var rows = new SheetRows(target);
            var key = styles.Id(new CellStyle(Bold: true));
            foreach (var (name, value) in values)
            {
                rows.StartRow();
                rows.Text(1, key, name);
                if (value is int number)
                {
                    rows.Number(2, 0, number);
                }
                else
                {
                    rows.Text(2, 0, (string)value);
                }
            }

            rows.SkipRow();
            rows.StartRow();
            for (var c = 0; c < FileColumns.Count; c++)
            {
                rows.Text(c + 1, styles.Id(new CellStyle(FileColumns[c].NumberFormat, FileColumns[c].Wrap, Bold: true)), FileColumns[c].Name);
            }

            // A run of more input files than a sheet has rows lists the first ones; summary.json lists all.
            foreach (var file in summary.Files.TakeWhile(_ => rows.LastRow < maxRows))
            {
                rows.StartRow(WorkbookCells.RowHeight(FileColumns, file));
                rows.Cells(FileColumns, columnStyles, file);
            }

            rows.Flush();
        }, lastRow: 0);
    }
}
