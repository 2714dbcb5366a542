using ClosedXML.Excel;
using NewsExtract.Annotation;
using NewsExtract.Extraction;
using NewsExtract.Ingestion;
using NewsExtract.Output;
using NewsExtract.Tests.TestSupport;

namespace NewsExtract.Tests.Output;

/// <summary>The review workbook written as rows arrive: temporary files, the sheet limit, and reading it back row by row.</summary>
public sealed class StreamingWorkbookTests : IDisposable
{
    private static readonly RunInfo Run = new(FixedClock.Default, "9.9.9-test", RunInfo.RulesOnly);

    private static readonly RunSummary Summary = new("extract", "in", [new FileSummary("a.txt", "a", IngestStatus.Processed, null, 3, 9)]);

    private readonly TemporaryDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Spool => Directory.CreateDirectory(_dir.Combine("spool")).FullName;

    private static Fact Fact(int i, string evidence = "Ana Lima said prices rose.") =>
        Samples.Price("a") with { FactId = $"f{i:D3}", Confidence = 0.123456789, Evidence = evidence, Start = i };

    private static EntityRecord Entity(int i) => EntityRecord.From("a", Samples.Entity(EntityLabel.PERSON, $"Ana Lima {i}", i, "Ana Lima"));

    private string Written(FactWorkbookWriter writer, string name = "facts.xlsx")
    {
        var path = _dir.Combine(name);
        using (var stream = File.Create(path))
        {
            writer.Write(stream, Summary, Run);
        }

        return path;
    }

    [Fact]
    public void Rows_wait_in_the_temporary_folder_and_are_gone_once_written_or_disposed()
    {
        var writer = new FactWorkbookWriter(Spool);
        writer.Add(Fact(1));
        Assert.NotEmpty(Directory.GetFiles(Spool));

        Written(writer);
        Assert.Empty(Directory.GetFiles(Spool));

        using (var unwritten = new FactWorkbookWriter(Spool))
        {
            unwritten.Add(Fact(2));
        }

        Assert.Empty(Directory.GetFiles(Spool));
    }

    [Fact]
    public void The_same_rows_on_the_same_run_date_give_the_same_bytes()
    {
        string Write(string name)
        {
            var writer = new FactWorkbookWriter(Spool);
            writer.Add(Fact(1));
            writer.Add(Entity(1));
            return Written(writer, name);
        }

        Assert.Equal(File.ReadAllBytes(Write("one.xlsx")), File.ReadAllBytes(Write("two.xlsx")));
    }

    [Fact]
    public void Beyond_the_sheet_limit_rows_are_left_out_and_the_summary_and_warning_say_so()
    {
        var writer = new FactWorkbookWriter(Spool, maxRows: 4);
        for (var i = 0; i < 5; i++)
        {
            writer.Add(Fact(i));
            writer.Add(Entity(i));
        }

        Assert.Equal("facts.xlsx holds the first 3 of 5 facts and the first 3 of 5 entities (a sheet holds at most 4 rows); facts.csv and entities.csv hold all", writer.Warning);
        var path = Written(writer);

        using var workbook = new XLWorkbook(path);
        var facts = workbook.Worksheet("Facts");
        Assert.Equal(["f000", "f001", "f002"], facts.Column(1).CellsUsed().Skip(1).Select(c => c.GetString()));
        Assert.Equal(4, Assert.Single(Assert.Single(facts.DataValidations).Ranges).LastCell().Address.RowNumber);
        Assert.Equal(4, workbook.Worksheet("Entities").Column(1).CellsUsed().Count());
        var values = Workbooks.SummaryValues(workbook);
        Assert.Equal("workbook", values.Keys.Last());
        Assert.Equal(writer.Warning, values["workbook"]);
        Assert.Equal("5", values["facts: price"]);
    }

    [Fact]
    public void A_writer_under_the_limit_has_no_warning()
    {
        using var writer = new FactWorkbookWriter(Spool, maxRows: 4);
        writer.Add(Fact(1));

        Assert.Null(writer.Warning);
    }

    [Theory]
    [InlineData("bell\u0007 and vertical tab\u000B")]
    [InlineData("_x0041_ is not an A")]
    [InlineData("line one\r\nline two\rthree")]
    [InlineData("  padded  ")]
    [InlineData("rocket \U0001F680 and a lone \uD800 surrogate")]
    public void Text_a_sheet_cannot_hold_as_it_is_reads_back_the_same(string text)
    {
        var writer = new FactWorkbookWriter(Spool);
        writer.Add(Fact(1, evidence: text));
        var path = Written(writer);

        using var reader = XlsxReader.Open(path);
        var row = reader.Rows("Facts").Skip(1).First();
        Assert.Equal(text, reader.Text(row.Cell(FactColumns.Facts.ToList().IndexOf("evidence") + 1)!.Value));
    }

    [Fact]
    public void The_reader_gives_sheet_names_rows_numbers_and_text_of_a_written_workbook()
    {
        var writer = new FactWorkbookWriter(Spool);
        writer.Add(Fact(1));
        writer.Add(Fact(2) with { Amount = null });
        writer.Add(Entity(1));
        var path = Written(writer);

        using var reader = XlsxReader.Open(path);

        Assert.Equal(["Facts", "Entities", "Summary"], reader.SheetNames);
        Assert.Equal("Facts", reader.FindSheet("FACTS"));
        Assert.Null(reader.FindSheet("Nope"));
        var rows = reader.Rows("Facts").ToList();
        Assert.Equal([1, 2, 3], rows.Select(r => r.Number));
        Assert.Equal(FactColumns.Facts, rows[0].Cells.Select(reader.Text));
        var confidence = rows[1].Cell(12)!.Value;
        Assert.Equal((XlsxCellKind.Number, "0.123456789"), (confidence.Kind, confidence.Value));
        Assert.Equal("610", rows[1].Cell(7)!.Value.Value);
        Assert.Null(rows[2].Cell(7)); // no amount, no cell
        Assert.Equal(XlsxCellKind.Text, rows[1].Cell(1)!.Value.Kind);
    }

    [Fact]
    public void The_reader_follows_shared_strings_and_formulas_of_a_workbook_a_spreadsheet_program_saved()
    {
        var path = _dir.Combine("saved.xlsx");
        using (var workbook = new XLWorkbook())
        {
            var sheet = workbook.AddWorksheet("Facts");
            sheet.Cell(1, 1).Value = "verdict";
            sheet.Cell(1, 2).Value = "note";
            sheet.Cell(3, 1).Value = "  ";
            sheet.Cell(3, 2).Value = "check the year";
            sheet.Cell(5, 1).FormulaA1 = "=\"acc\"&\"ept\"";
            workbook.SaveAs(path);
        }

        using var reader = XlsxReader.Open(path);
        var rows = reader.Rows("Facts").ToList();

        Assert.Equal([1, 3, 5], rows.Select(r => r.Number));
        Assert.Equal(["verdict", "note"], rows[0].Cells.Select(reader.Text));
        var note = rows[1].Cell(2)!.Value;
        Assert.Equal(XlsxCellKind.Shared, note.Kind);
        Assert.Equal("check the year", reader.ResolveShared(new HashSet<int> { note.SharedIndex })[note.SharedIndex]);
        var blanks = reader.SharedBlanks();
        Assert.True(blanks[rows[1].Cell(1)!.Value.SharedIndex]);
        Assert.False(blanks[note.SharedIndex]);
        Assert.True(rows[2].Cell(1)!.Value.HasFormula);
    }

    [Theory]
    [InlineData(1, "A")]
    [InlineData(18, "R")]
    [InlineData(26, "Z")]
    [InlineData(27, "AA")]
    [InlineData(16_384, "XFD")]
    public void Column_names_and_numbers_go_both_ways(int column, string name)
    {
        Assert.Equal(name, SpreadsheetMl.ColumnName(column));
        Assert.Equal(column, SpreadsheetMl.ColumnOf($"{name}12"));
    }
}
