using System.Globalization;
using ClosedXML.Excel;
using NewsExtract.Extraction;

namespace NewsExtract.Output;

/// <summary>
/// The review workbook's <c>Summary</c> sheet: a key/value block (column A key, column B value) about the run, the
/// fact counts per type, then, after one empty row, a table of every input file with its status and reason.
/// </summary>
/// <remarks>The input folder is a full path and file paths are relative to it, so a reader finds the articles from the workbook alone.</remarks>
internal static class RunSummarySheet
{
    private static readonly IReadOnlyList<SheetColumn<FileSummary>> FileColumns =
    [
        SheetColumn<FileSummary>.OfText("path", 40, f => f.Path),
        SheetColumn<FileSummary>.OfText("doc_id", 30, f => f.DocId),
        SheetColumn<FileSummary>.OfText("status", 10, f => RunSummary.StatusName(f.Status)),
        SheetColumn<FileSummary>.OfText("reason", 60, f => f.Reason ?? "", wrap: true),
        SheetColumn<FileSummary>.OfNumber("entities", 10, f => f.Entities, "0"),
        SheetColumn<FileSummary>.OfNumber("facts", 10, f => f.Facts, "0"),
    ];

    public static void Write(IXLWorksheet sheet, RunSummary summary, RunInfo run, IReadOnlyList<Fact> facts)
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
        var perType = facts.CountBy(f => f.FactType).ToDictionary();
        // Every schema type, zeros included, so a type that found nothing is visible; then any other type found.
        foreach (var type in FactTypes.All.Concat(perType.Keys.Except(FactTypes.All).Order(StringComparer.Ordinal)))
        {
            values.Add(($"facts: {type}", perType.GetValueOrDefault(type)));
        }

        var row = 0;
        foreach (var (key, value) in values)
        {
            row++;
            WorkbookCells.SetText(sheet.Cell(row, 1), key);
            if (value is int number)
            {
                sheet.Cell(row, 2).SetValue(number);
            }
            else
            {
                WorkbookCells.SetText(sheet.Cell(row, 2), (string)value);
            }
        }

        WorkbookCells.WriteTable(sheet, row + 2, FileColumns, summary.Files);
        sheet.Range(1, 1, row, 1).Style.Font.Bold = true;
    }
}
