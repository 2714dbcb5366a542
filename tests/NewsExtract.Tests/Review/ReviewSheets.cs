using ClosedXML.Excel;
using NewsExtract.Output;
using NewsExtract.Review;

namespace NewsExtract.Tests.Review;

/// <summary>Reviewed sheets for the tests: CSV text and workbooks built with ClosedXML, shaped as extract writes them.</summary>
internal static class ReviewSheets
{
    public static readonly string Header = string.Join(",", FactColumns.Facts);

    /// <summary>A facts.csv row in header order: the cells that matter, the rest blank.</summary>
    public static string Row(
        string docId = "d1", string factType = "price", string subject = "dysprosium", string amount = "610", string date = "",
        string verdict = "", string factId = "", string evidence = "Dysprosium traded at USD 610.", string note = "",
        string relation = "price", string obj = "", string unit = "USD/kg", string confidence = "0.90") =>
        string.Join(",", factId, docId, factType, subject, relation, obj, amount, unit, date, "", "asserted", confidence, "rule:price",
            evidence, "0", "29", verdict, note);

    public static ReviewSheet Csv(params string[] lines) =>
        ReviewSheetReader.ReadCsv(new StringReader(string.Join("\r\n", lines) + "\r\n"), "facts.csv");

    /// <summary>
    /// A workbook with a Facts sheet of <paramref name="rows"/> (cells by column name: a string is a text cell, a double a
    /// number, a DateTime a date cell) and, when given, a Summary sheet pointing at <paramref name="inputFolder"/>.
    /// </summary>
    public static void Workbook(string path, IReadOnlyList<IReadOnlyDictionary<string, object>> rows, string? inputFolder = null, IReadOnlyList<(string Path, string DocId)>? files = null)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Facts");
        for (var c = 0; c < FactColumns.Facts.Count; c++)
        {
            Text(sheet.Cell(1, c + 1), FactColumns.Facts[c]);
        }

        for (var r = 0; r < rows.Count; r++)
        {
            foreach (var (column, value) in rows[r])
            {
                var cell = sheet.Cell(r + 2, FactColumns.Facts.ToList().IndexOf(column) + 1);
                switch (value)
                {
                    case string text:
                        Text(cell, text);
                        break;
                    case double number:
                        cell.SetValue(number);
                        break;
                    case DateTime date:
                        cell.SetValue(date);
                        cell.Style.NumberFormat.Format = "m/d/yyyy";
                        break;
                }
            }
        }

        if (inputFolder is not null)
        {
            var summary = workbook.AddWorksheet("Summary");
            Text(summary.Cell(1, 1), "run date");
            Text(summary.Cell(1, 2), "2025-06-10T00:00:00Z");
            Text(summary.Cell(2, 1), "input folder");
            Text(summary.Cell(2, 2), inputFolder);
            var header = new[] { "path", "doc_id", "status", "reason", "entities", "facts" };
            for (var c = 0; c < header.Length; c++)
            {
                Text(summary.Cell(4, c + 1), header[c]);
            }

            var list = files ?? [];
            for (var i = 0; i < list.Count; i++)
            {
                Text(summary.Cell(5 + i, 1), list[i].Path);
                Text(summary.Cell(5 + i, 2), list[i].DocId);
            }
        }

        workbook.SaveAs(path);
    }

    /// <summary>A text cell, never converted to a number, date or formula (as the facts.xlsx writer types them).</summary>
    private static void Text(IXLCell cell, string text)
    {
        cell.DataType = XLDataType.Text;
        cell.SetValue(text);
        cell.DataType = XLDataType.Text;
    }
}
