using System.Globalization;
using ClosedXML.Excel;
using NewsExtract.Extraction;
using NewsExtract.Output;

namespace NewsExtract.Tests.EndToEnd;

/// <summary>What a reviewer does to the Facts sheet of <c>facts.xlsx</c>: writes verdicts, corrects cells, types new rows.</summary>
internal static class ReviewedWorkbook
{
    /// <summary>
    /// Marks every row of the sheet with the verdict of the reviewed row of the same fact_id (a <c>fix</c> row's
    /// corrected cells too) and appends the <c>add</c> rows below the last fact, then saves the workbook in place.
    /// </summary>
    public static void Mark(string path, IReadOnlyList<Fact> reviewed)
    {
        var byId = reviewed.Where(r => r.Verdict != "add").ToDictionary(r => r.FactId, StringComparer.Ordinal);
        using var workbook = new XLWorkbook(path);
        var sheet = workbook.Worksheet("Facts");
        var columns = FactColumns.Facts.Select((name, i) => (name, i)).ToDictionary(c => c.name, c => c.i + 1);
        Assert.Equal(FactColumns.Facts, FactColumns.Facts.Select(c => sheet.Cell(1, columns[c]).GetString()));

        var row = 2;
        for (; !sheet.Cell(row, columns["fact_id"]).IsEmpty(); row++)
        {
            var fact = byId[sheet.Cell(row, columns["fact_id"]).GetString()];
            if (fact.Verdict == "fix")
                Fill(sheet, row, columns, fact);
            sheet.Cell(row, columns["verdict"]).SetValue(fact.Verdict);
        }

        Assert.Equal(byId.Count, row - 2);
        foreach (var added in reviewed.Where(r => r.Verdict == "add"))
            Fill(sheet, row++, columns, added);
        workbook.Save();
    }

    /// <summary>Types the fact's cells as a reviewer would: text as text, the amount as a number.</summary>
    private static void Fill(IXLWorksheet sheet, int row, Dictionary<string, int> columns, Fact fact)
    {
        void Text(string column, string value)
        {
            sheet.Cell(row, columns[column]).SetValue(value);
            sheet.Cell(row, columns[column]).DataType = XLDataType.Text;
        }

        Text("doc_id", fact.DocId);
        Text("fact_type", fact.FactType);
        Text("subject", fact.Subject);
        Text("relation", fact.Relation);
        Text("object", fact.Object);
        if (fact.Amount is { } amount)
            sheet.Cell(row, columns["amount"]).SetValue(amount);
        else
            sheet.Cell(row, columns["amount"]).Clear();
        Text("unit", fact.Unit);
        Text("date", fact.Date);
        Text("place", fact.Place);
        Text("modality", fact.Modality);
        Text("evidence", fact.Evidence);
        Text("verdict", fact.Verdict);
        Text("note", fact.Note.Length > 0 ? fact.Note : string.Create(CultureInfo.InvariantCulture, $"{fact.Verdict} by the scripted reviewer"));
    }
}
