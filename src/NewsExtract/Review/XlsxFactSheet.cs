using System.Globalization;
using ClosedXML.Excel;

namespace NewsExtract.Review;

/// <summary>Reads the <c>Facts</c> sheet of a reviewed <c>facts.xlsx</c> into rows, and its <c>Summary</c> sheet for where the articles are.</summary>
/// <remarks>
/// Text cells are read as their text, verbatim (a workbook has no formula injection to undo); numeric cells as
/// numbers; date cells as dates. A formula someone typed is read as the formula's text in a text column and as
/// its last computed value in a number column.
/// </remarks>
internal static class XlsxFactSheet
{
    public const string FactsSheet = "Facts";
    public const string SummarySheet = "Summary";

    public static (SheetRows? Rows, string? Fatal) Read(string file)
    {
        XLWorkbook workbook;
        try
        {
            workbook = new XLWorkbook(file);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // OpenXml and the zip layer throw many types for a damaged or foreign file.
            return (null, $"{file}: not a readable xlsx workbook: {ex.Message}");
        }

        using (workbook)
        {
            if (!workbook.TryGetWorksheet(FactsSheet, out var sheet))
            {
                return (null, $"{file}: not a fact sheet: no worksheet named '{FactsSheet}'");
            }

            var headerRow = sheet.FirstRowUsed();
            var columns = headerRow is null ? new Dictionary<string, int>() : Columns(headerRow);
            if (ReviewRowBuilder.CheckHeader(columns.Keys) is { } wrong)
            {
                return (null, $"{file}: {wrong}");
            }

            var rows = new List<SheetRow>();
            foreach (var row in sheet.RowsUsed().Where(r => r.RowNumber() > headerRow!.RowNumber()))
            {
                var cells = columns.ToDictionary(c => c.Key, c => Cell(row.Cell(c.Value), IsNumberColumn(c.Key)), StringComparer.Ordinal);
                if (cells.Values.Any(c => c.Text.Trim().Length > 0 || c.Number is not null || c.Date is not null))
                {
                    rows.Add(new SheetRow(row.RowNumber(), cells));
                }
            }

            return (new SheetRows(rows, [], SheetDateOrder.Workbook, DecimalComma: false, Articles(workbook)), null);
        }
    }

    private static Dictionary<string, int> Columns(IXLRow header)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var cell in header.CellsUsed())
        {
            columns.TryAdd(cell.GetString().Trim().ToLowerInvariant(), cell.Address.ColumnNumber);
        }

        return columns;
    }

    private static bool IsNumberColumn(string column) => column is "amount" or "confidence" or "start" or "end";

    private static SheetCell Cell(IXLCell cell, bool numberColumn)
    {
        if (cell.HasFormula)
        {
            return numberColumn && cell.CachedValue is { } cached
                ? Value(cached)
                : new SheetCell("=" + cell.FormulaA1);
        }

        return cell.DataType switch
        {
            XLDataType.Number => Number(cell.GetDouble()),
            XLDataType.DateTime => new SheetCell(cell.GetFormattedString(), Date: cell.GetDateTime(), MonthOnly: ShowsNoDay(cell)),
            _ => new SheetCell(cell.GetString()),
        };
    }

    private static SheetCell Value(object value) => value switch
    {
        double d => Number(d),
        DateTime date => new SheetCell(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Date: date),
        _ => new SheetCell(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""),
    };

    private static SheetCell Number(double value) => new(value.ToString("R", CultureInfo.InvariantCulture), value);

    /// <summary>Excel's <c>mmm-yy</c> (format 17) and custom formats without a day: the fact's date was a month (<c>2025-06</c>).</summary>
    private static bool ShowsNoDay(IXLCell cell)
    {
        var format = cell.Style.NumberFormat;
        return format.NumberFormatId == 17
            || (format.Format.Length > 0 && !format.Format.Contains('d', StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The Summary sheet's <c>input folder</c> and its table of files (<c>path</c>, <c>doc_id</c>).</summary>
    private static ArticlePaths Articles(XLWorkbook workbook)
    {
        if (!workbook.TryGetWorksheet(SummarySheet, out var summary))
        {
            return ArticlePaths.None;
        }

        var rows = summary.RowsUsed().ToList();
        var input = rows.FirstOrDefault(r => Key(r, 1) == "input folder")?.Cell(2).GetString().Trim() ?? "";
        var tableHeader = rows.FirstOrDefault(r => r.CellsUsed().Any(c => Key(c) == "path") && r.CellsUsed().Any(c => Key(c) == "doc_id"));
        if (input.Length == 0 || tableHeader is null)
        {
            return ArticlePaths.None;
        }

        var columns = Columns(tableHeader);
        var files = rows.Where(r => r.RowNumber() > tableHeader.RowNumber())
            .Select(r => (r.Cell(columns["path"]).GetString().Trim(), r.Cell(columns["doc_id"]).GetString().Trim()));
        return ArticlePaths.FromListing(input, files);
    }

    private static string Key(IXLRow row, int column) => Key(row.Cell(column));

    private static string Key(IXLCell cell) => cell.GetString().Trim().ToLowerInvariant();
}
