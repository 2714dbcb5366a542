using ClosedXML.Excel;

namespace NewsExtract.Tests.TestSupport;

/// <summary>Reads workbooks back in tests.</summary>
public static class Workbooks
{
    /// <summary>Every used cell of every sheet as <c>sheet!A1 type value</c>, one a line: equal for workbooks with equal content.</summary>
    public static string Cells(string path)
    {
        using var workbook = new XLWorkbook(path);
        return string.Join("\n", workbook.Worksheets.SelectMany(sheet =>
            sheet.CellsUsed().Select(cell => $"{sheet.Name}!{cell.Address} {cell.DataType} {cell.GetString()}")));
    }

    /// <summary>The Summary sheet's key/value block (column A key, column B value as shown), up to its first empty row.</summary>
    public static IReadOnlyDictionary<string, string> SummaryValues(IXLWorkbook workbook)
    {
        var sheet = workbook.Worksheet("Summary");
        var values = new Dictionary<string, string>();
        for (var row = 1; !sheet.Cell(row, 1).IsEmpty(); row++)
        {
            values.Add(sheet.Cell(row, 1).GetString(), sheet.Cell(row, 2).GetString());
        }

        return values;
    }
}
