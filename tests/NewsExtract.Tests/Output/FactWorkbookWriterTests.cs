using ClosedXML.Excel;
using NewsExtract.Annotation;
using NewsExtract.Extraction;
using NewsExtract.Ingestion;
using NewsExtract.Output;
using NewsExtract.Tests.TestSupport;

namespace NewsExtract.Tests.Output;

public sealed class FactWorkbookWriterTests
{
    private static readonly RunInfo Run = new(FixedClock.Default, "9.9.9-test", "models 2026.11.29 (test)");

    private static readonly RunSummary Summary = new("extract", "in",
    [
        new FileSummary("a.txt", "a", IngestStatus.Processed, null, 1, 2),
        new FileSummary("sub/broken.html", "broken", IngestStatus.Failed, "unexpected error: InvalidDataException: unclosed tag", 0, 0),
        new FileSummary("a.gold.json", "a.gold", IngestStatus.Skipped, "gold file", 0, 0),
    ]);

    private static Fact Quote(string speaker, string words, string evidence, string date = "") => new(
        "f1", "a", FactTypes.Quote, speaker, "said", words, null, "", date, "", "asserted", 0.8, "rule:quote", evidence, 5, 50);

    /// <summary>Writes the facts (a price of 610 USD/kg and a quote by default) and opens the result.</summary>
    private static XLWorkbook Written(params Fact[] facts)
    {
        var writer = new FactWorkbookWriter();
        foreach (var fact in facts.Length > 0 ? facts : [Samples.Price("a"), Quote("Ana Lima", "we will wait", "Ana Lima said: we will wait.")])
        {
            writer.Add(fact);
        }

        writer.Add(EntityRecord.From("a", Samples.Entity(EntityLabel.GPE, "=China", 3, "China")));
        var stream = new MemoryStream();
        writer.Write(stream, Summary, Run);
        stream.Position = 0;
        return new XLWorkbook(stream);
    }

    private static int Column(IXLWorksheet sheet, string name) =>
        sheet.Row(1).CellsUsed().Single(c => c.GetString() == name).Address.ColumnNumber;

    [Fact]
    public void Has_the_Facts_Entities_and_Summary_sheets_in_that_order()
    {
        using var workbook = Written();

        Assert.Equal(["Facts", "Entities", "Summary"], workbook.Worksheets.Select(s => s.Name));
    }

    [Fact]
    public void Facts_header_is_the_schema_columns_bold_frozen_and_filtered()
    {
        using var workbook = Written();
        var sheet = workbook.Worksheet("Facts");

        Assert.Equal(FactColumns.Facts, sheet.Row(1).Cells(1, FactColumns.Facts.Count).Select(c => c.GetString()));
        Assert.True(sheet.Cell(1, 1).Style.Font.Bold);
        Assert.Equal(1, sheet.SheetView.SplitRow);
        Assert.Equal(0, sheet.SheetView.SplitColumn);
        Assert.Equal($"A1:R3", sheet.AutoFilter.Range.RangeAddress.ToString());
    }

    [Theory]
    [InlineData(0, 80, 1)]
    [InlineData(88, 80, 1)]
    [InlineData(89, 80, 2)]
    [InlineData(300, 80, 4)]
    [InlineData(5000, 80, WorkbookCells.MaxLines)]
    public void A_wrapped_cell_gets_about_as_many_lines_as_its_text_needs(int length, double width, int lines) =>
        Assert.Equal(lines, WorkbookCells.WrappedLines(length, width));

    [Fact]
    public void Rows_with_long_evidence_are_taller_and_short_ones_keep_the_default_height()
    {
        using var workbook = Written(Samples.Price("a") with { Evidence = "Short." }, Samples.Price("a") with { Evidence = new string('x', 300) });
        var sheet = workbook.Worksheet("Facts");

        Assert.Equal(WorkbookCells.LineHeight, sheet.Row(2).Height);
        Assert.Equal(4 * WorkbookCells.LineHeight, sheet.Row(3).Height);
    }

    [Fact]
    public void Tables_print_landscape_one_page_wide_with_the_header_on_every_page()
    {
        using var workbook = Written();

        foreach (var name in new[] { "Facts", "Entities" })
        {
            var page = workbook.Worksheet(name).PageSetup;
            Assert.Equal(XLPageOrientation.Landscape, page.PageOrientation);
            Assert.Equal((1, 0), (page.PagesWide, page.PagesTall));
            Assert.True(page.ShowGridlines);
            Assert.Equal((1, 1), (page.FirstRowToRepeatAtTop, page.LastRowToRepeatAtTop));
        }
    }

    [Fact]
    public void Verdict_has_a_dropdown_of_the_four_verdicts_over_the_facts_and_a_margin_below()
    {
        using var workbook = Written();
        var sheet = workbook.Worksheet("Facts");
        var verdict = Column(sheet, "verdict");

        var validation = Assert.Single(sheet.DataValidations);
        Assert.Equal(XLAllowedValues.List, validation.AllowedValues);
        Assert.Equal("\"accept,reject,fix,add\"", validation.Value);
        var range = Assert.Single(validation.Ranges);
        Assert.Equal((2, verdict), (range.FirstCell().Address.RowNumber, range.FirstCell().Address.ColumnNumber));
        Assert.Equal((3 + FactWorkbookWriter.AddedRowMargin, verdict), (range.LastCell().Address.RowNumber, range.LastCell().Address.ColumnNumber));
        Assert.True(FactWorkbookWriter.AddedRowMargin >= 50);
    }

    [Fact]
    public void Amount_confidence_start_and_end_are_numbers_and_a_missing_amount_is_blank()
    {
        using var workbook = Written();
        var sheet = workbook.Worksheet("Facts");
        var price = sheet.Row(2);
        var quote = sheet.Row(3);

        Assert.Equal((XLDataType.Number, 610.0), (price.Cell(Column(sheet, "amount")).DataType, price.Cell(Column(sheet, "amount")).GetDouble()));
        Assert.Equal((XLDataType.Number, 0.9), (price.Cell(Column(sheet, "confidence")).DataType, price.Cell(Column(sheet, "confidence")).GetDouble()));
        Assert.Equal("0.00", price.Cell(Column(sheet, "confidence")).Style.NumberFormat.Format);
        Assert.Equal((XLDataType.Number, 10.0), (price.Cell(Column(sheet, "start")).DataType, price.Cell(Column(sheet, "start")).GetDouble()));
        Assert.Equal((XLDataType.Number, 70.0), (price.Cell(Column(sheet, "end")).DataType, price.Cell(Column(sheet, "end")).GetDouble()));
        Assert.True(quote.Cell(Column(sheet, "amount")).IsEmpty());
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"click\")")]
    [InlineData("+cmd|' /C calc'!A0")]
    [InlineData("@SUM(1,2)")]
    [InlineData("-2+3")]
    [InlineData("2025-06-09")]
    [InlineData("XXXX-06-09")]
    [InlineData("00123")]
    [InlineData("'=already quoted")]
    [InlineData("1,234.5")]
    public void Formula_number_and_date_like_text_stays_the_same_text(string text)
    {
        using var workbook = Written(Quote(text, text, text, date: text));
        var sheet = workbook.Worksheet("Facts");

        foreach (var column in new[] { "subject", "object", "date", "evidence" })
        {
            var cell = sheet.Cell(2, Column(sheet, column));
            Assert.Equal((column, XLDataType.Text, false, text), (column, cell.DataType, cell.HasFormula, cell.GetString()));
        }
    }

    [Fact]
    public void Columns_have_widths_set_and_evidence_and_note_wrap()
    {
        using var workbook = Written();
        var sheet = workbook.Worksheet("Facts");

        Assert.Equal(FactColumns.Facts.Count, sheet.Columns(1, FactColumns.Facts.Count).Count(c => c.Width >= 8));
        Assert.True(sheet.Column(Column(sheet, "evidence")).Width >= 60);
        Assert.True(sheet.Cell(2, Column(sheet, "evidence")).Style.Alignment.WrapText);
        Assert.True(sheet.Cell(2, Column(sheet, "note")).Style.Alignment.WrapText);
        Assert.False(sheet.Cell(2, Column(sheet, "subject")).Style.Alignment.WrapText);
    }

    [Fact]
    public void Text_longer_than_a_cell_holds_is_cut_at_the_limit()
    {
        var evidence = new string('a', 40_000);

        using var workbook = Written(Quote("Ana Lima", "we will wait", evidence));

        Assert.Equal(evidence[..32_767], workbook.Worksheet("Facts").Cell(2, FactColumns.Facts.ToList().IndexOf("evidence") + 1).GetString());
    }

    [Fact]
    public void Entities_sheet_has_its_header_and_text_typed_mentions()
    {
        using var workbook = Written();
        var sheet = workbook.Worksheet("Entities");

        Assert.Equal(FactColumns.Entities, sheet.Row(1).Cells(1, FactColumns.Entities.Count).Select(c => c.GetString()));
        Assert.Equal(["a", "GPE", "=China", "China", "3", "9"], sheet.Row(2).Cells(1, 6).Select(c => c.GetString()));
        Assert.Equal(XLDataType.Text, sheet.Cell(2, 3).DataType);
        Assert.Equal(XLDataType.Number, sheet.Cell(2, 5).DataType);
        Assert.Equal(1, sheet.SheetView.SplitRow);
        Assert.Equal("A1:F2", sheet.AutoFilter.Range.RangeAddress.ToString());
    }

    [Fact]
    public void Summary_has_the_run_the_counts_per_type_and_every_file_with_its_reason()
    {
        using var workbook = Written();
        var values = Workbooks.SummaryValues(workbook);

        Assert.Equal(
            [
                "run date", "tool version", "models", "input folder", "files", "processed", "skipped", "failed", "facts", "entities",
                .. FactTypes.All.Select(t => $"facts: {t}"),
            ],
            values.Keys);
        Assert.Equal("2026-11-29T21:30:00Z", values["run date"]);
        Assert.Equal("9.9.9-test", values["tool version"]);
        Assert.Equal("models 2026.11.29 (test)", values["models"]);
        Assert.Equal(Path.GetFullPath("in"), values["input folder"]);
        Assert.Equal(("3", "1", "1", "1", "2", "1"), (values["files"], values["processed"], values["skipped"], values["failed"], values["facts"], values["entities"]));
        Assert.Equal(("1", "1", "0"), (values["facts: price"], values["facts: quote"], values["facts: meeting"]));

        var sheet = workbook.Worksheet("Summary");
        var header = values.Count + 2;
        Assert.True(sheet.Row(header - 1).IsEmpty());
        Assert.Equal(["path", "doc_id", "status", "reason", "entities", "facts"], sheet.Row(header).Cells(1, 6).Select(c => c.GetString()));
        Assert.Equal(
            ["sub/broken.html", "broken", "failed", "unexpected error: InvalidDataException: unclosed tag", "0", "0"],
            sheet.Row(header + 2).Cells(1, 6).Select(c => c.GetString()));
        Assert.Equal(["a.gold.json", "a.gold", "skipped", "gold file"], sheet.Row(header + 3).Cells(1, 4).Select(c => c.GetString()));
        Assert.True(sheet.Row(header + 4).IsEmpty());
    }

    [Fact]
    public void A_fact_type_outside_the_schema_is_counted_after_the_schema_types()
    {
        using var workbook = Written(Samples.Price("a") with { FactType = "tariff" });

        var values = Workbooks.SummaryValues(workbook);

        Assert.Equal("facts: tariff", values.Keys.Last());
        Assert.Equal(("1", "0"), (values["facts: tariff"], values["facts: price"]));
    }
}
