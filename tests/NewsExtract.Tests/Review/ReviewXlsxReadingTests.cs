using NewsExtract.Review;
using NewsExtract.Tests.TestSupport;

namespace NewsExtract.Tests.Review;

public sealed class ReviewXlsxReadingTests : IDisposable
{
    private readonly TemporaryDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static Dictionary<string, object> Cells(params (string Column, object Value)[] cells)
    {
        var row = new Dictionary<string, object> { ["doc_id"] = "d1", ["fact_type"] = "price", ["subject"] = "dysprosium" };
        foreach (var (column, value) in cells)
        {
            row[column] = value;
        }

        return row;
    }

    private ReviewSheet Read(params Dictionary<string, object>[] rows)
    {
        var path = _dir.Combine("facts.xlsx");
        ReviewSheets.Workbook(path, rows);
        return ReviewSheetReader.Read(path);
    }

    [Fact]
    public void Reads_text_cells_as_text_and_number_cells_as_numbers()
    {
        var sheet = Read(Cells(("fact_id", "abc123"), ("amount", 7200000000.0), ("confidence", 0.85), ("start", 12.0), ("end", 40.0),
            ("unit", "USD"), ("date", "XXXX-06-09"), ("verdict", "Accept"), ("note", "ok"), ("object", "45817")));

        Assert.Null(sheet.Fatal);
        Assert.Empty(sheet.Problems);
        var row = Assert.Single(sheet.Rows);
        Assert.Equal((Verdict.Accept, 2, "abc123", (double?)7200000000, 0.85, 12, 40, "XXXX-06-09", "45817", "ok"),
            (row.Verdict, row.Line, row.Fact.FactId, row.Fact.Amount, row.Fact.Confidence, row.Fact.Start, row.Fact.End, row.Fact.Date, row.Fact.Object, row.Fact.Note));
    }

    [Fact]
    public void A_real_date_cell_and_a_serial_number_in_the_date_column_become_iso()
    {
        var sheet = Read(Cells(("date", new DateTime(2025, 6, 9))), Cells(("date", 45817.0)), Cells(("date", "2025-04")), Cells(("date", 2025.0)));

        Assert.Equal(["2025-06-09", "2025-06-09", "2025-04", "2025"], sheet.Rows.Select(r => r.Fact.Date));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"click\")")]
    [InlineData("+cmd|' /C calc'!A0")]
    [InlineData("@SUM(A1:A2)")]
    [InlineData("-2+3")]
    public void Formula_like_text_in_a_text_cell_reads_back_unchanged(string text)
    {
        var row = Assert.Single(Read(Cells(("evidence", text), ("object", text))).Rows);

        Assert.Equal((text, text), (row.Fact.Evidence, row.Fact.Object));
    }

    [Fact]
    public void Columns_are_found_by_name_and_an_unknown_verdict_is_reported_with_the_row_number()
    {
        var sheet = Read(Cells(("verdict", "accept")), Cells(("verdict", "perhaps")), Cells());

        Assert.Equal([Verdict.Accept, Verdict.None], sheet.Rows.Select(r => r.Verdict));
        Assert.StartsWith($"{_dir.Combine("facts.xlsx")}: line 3: unknown verdict 'perhaps'", Assert.Single(sheet.Problems));
    }

    [Fact]
    public void A_workbook_without_a_facts_sheet_or_a_file_that_is_no_workbook_is_fatal()
    {
        using (var workbook = new ClosedXML.Excel.XLWorkbook())
        {
            workbook.AddWorksheet("Other");
            workbook.SaveAs(_dir.Combine("other.xlsx"));
        }

        var broken = _dir.WriteFile("broken.xlsx", "not a zip");

        Assert.Contains("no worksheet named 'Facts'", ReviewSheetReader.Read(_dir.Combine("other.xlsx")).Fatal);
        Assert.Contains("not a readable xlsx workbook", ReviewSheetReader.Read(broken).Fatal);
    }

    [Fact]
    public void The_summary_sheet_says_where_the_articles_are()
    {
        var articles = _dir.WriteFile("in/sub/d1.html", "<p>x</p>");
        var path = _dir.Combine("facts.xlsx");
        ReviewSheets.Workbook(path, [Cells()], _dir.Combine("in"), [("sub/d1.html", "d1"), ("sub/d2.txt", "d2")]);

        var sheet = ReviewSheetReader.Read(path);

        Assert.Equal(articles, sheet.Articles.Find("d1"));
        Assert.Null(sheet.Articles.Find("d2")); // listed, but not there any more
    }
}
