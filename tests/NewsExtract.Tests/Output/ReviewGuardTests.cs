using ClosedXML.Excel;
using NewsExtract.Extraction;
using NewsExtract.Ingestion;
using NewsExtract.Output;
using NewsExtract.Pipeline;
using NewsExtract.Tests.TestSupport;

namespace NewsExtract.Tests.Output;

public sealed class ReviewGuardTests : IDisposable
{
    private readonly TemporaryDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Out => _dir.Combine("out");

    private ReviewGuard Guard(bool backUp = false) => new(Out, new FixedClock(), backUp);

    private string WriteCsv(params Fact[] facts)
    {
        Directory.CreateDirectory(Out);
        var path = Path.Combine(Out, "facts.csv");
        using var stream = File.Create(path);
        FactCsvWriter.Write(stream, facts);
        return path;
    }

    private string WriteWorkbook(params Fact[] facts)
    {
        Directory.CreateDirectory(Out);
        var writer = new FactWorkbookWriter();
        foreach (var fact in facts)
        {
            writer.Add(fact);
        }

        var path = Path.Combine(Out, FactWorkbookWriter.FileName);
        using var stream = File.Create(path);
        writer.Write(stream, new RunSummary("extract", "in", []), new RunInfo(FixedClock.Default, "test", RunInfo.RulesOnly));
        return path;
    }

    /// <summary>Types <paramref name="value"/> into the Facts sheet's cell at <paramref name="row"/> under <paramref name="header"/>, as a reviewer would.</summary>
    private static void Type(string workbookPath, int row, string header, string value)
    {
        using var workbook = new XLWorkbook(workbookPath);
        var sheet = workbook.Worksheet("Facts");
        var column = sheet.Row(1).CellsUsed().Single(c => c.GetString().Equals(header, StringComparison.OrdinalIgnoreCase)).Address.ColumnNumber;
        sheet.Cell(row, column).Value = value;
        workbook.Save();
    }

    [Fact]
    public void Fresh_outputs_and_a_missing_folder_hold_no_review()
    {
        Assert.Empty(Guard().FindReviewed());

        WriteCsv(Samples.Price("a"));
        WriteWorkbook(Samples.Price("a"));

        Assert.Empty(Guard().FindReviewed());
    }

    [Theory]
    [InlineData("verdict", "accept", "row 3: verdict \"accept\"")]
    [InlineData("note", "wrong year", "row 3: note \"wrong year\"")]
    public void A_workbook_with_a_verdict_or_a_note_is_reviewed(string column, string value, string reason)
    {
        var path = WriteWorkbook(Samples.Price("a"), Samples.Price("b"));
        Type(path, 3, column, value);

        var reviewed = Assert.Single(Guard().FindReviewed());

        Assert.Equal(new ReviewedSheet(path, reason), reviewed);
    }

    [Fact]
    public void Review_columns_are_found_by_name_in_any_case_and_order_and_added_rows_count()
    {
        var path = _dir.Combine("out", "facts.xlsx");
        Directory.CreateDirectory(Out);
        using (var workbook = new XLWorkbook())
        {
            var sheet = workbook.AddWorksheet("facts");
            sheet.Cell(1, 1).Value = "Note";
            sheet.Cell(1, 2).Value = "doc_id";
            sheet.Cell(1, 3).Value = "VERDICT";
            sheet.Cell(2, 2).Value = "a";
            sheet.Cell(40, 3).Value = "add";
            workbook.SaveAs(path);
        }

        Assert.Equal("row 40: verdict \"add\"", Assert.Single(Guard().FindReviewed()).Reason);
    }

    [Fact]
    public void A_csv_with_a_verdict_is_reviewed_and_a_whitespace_verdict_is_not()
    {
        var path = WriteCsv(Samples.Price("a") with { Verdict = "  " }, Samples.Price("b") with { FactId = "f2", Verdict = "reject" });

        var reviewed = Assert.Single(Guard().FindReviewed());

        Assert.Equal(path, reviewed.Path);
        Assert.Equal("the fact f2 of b has verdict \"reject\"", reviewed.Reason);

        WriteCsv(Samples.Price("a") with { Verdict = "  " });
        Assert.Empty(Guard().FindReviewed());
    }

    [Fact]
    public void Both_reviewed_sheets_are_reported_workbook_first()
    {
        var csv = WriteCsv(Samples.Price("a") with { Note = "check" });
        var xlsx = WriteWorkbook(Samples.Price("a") with { Verdict = "fix" });

        Assert.Equal([xlsx, csv], Guard().FindReviewed().Select(r => r.Path));
    }

    [Theory]
    [InlineData("facts.xlsx", "not a zip at all", "cannot be read as a fact sheet")]
    [InlineData("facts.csv", "doc_id,fact_type,verdict\r\n,,accept\r\n", "cannot be read as a fact sheet: ")]
    public void A_sheet_that_cannot_be_read_counts_as_reviewed(string name, string content, string reason)
    {
        _dir.WriteFile($"out/{name}", content);

        Assert.StartsWith(reason, Assert.Single(Guard().FindReviewed()).Reason);
    }

    [Fact]
    public void A_workbook_without_a_Facts_sheet_or_review_columns_counts_as_reviewed()
    {
        Directory.CreateDirectory(Out);
        var path = Path.Combine(Out, "facts.xlsx");
        using (var workbook = new XLWorkbook())
        {
            workbook.AddWorksheet("Sheet1").Cell(1, 1).Value = "verdict";
            workbook.SaveAs(path);
        }

        Assert.Equal("cannot be read as a fact sheet: no sheet named Facts", Assert.Single(Guard().FindReviewed()).Reason);

        using (var workbook = new XLWorkbook())
        {
            workbook.AddWorksheet("Facts").Cell(1, 1).Value = "doc_id";
            workbook.SaveAs(path);
        }

        Assert.Contains("no verdict or note column", Assert.Single(Guard().FindReviewed()).Reason);
    }

    [Fact]
    public void BackUp_copies_each_sheet_byte_for_byte_under_a_new_timestamped_name_and_keeps_the_original()
    {
        var path = WriteWorkbook(Samples.Price("a") with { Verdict = "accept" });
        var original = File.ReadAllBytes(path);
        var guard = Guard(backUp: true);

        var first = Assert.Single(guard.BackUp(guard.FindReviewed()));
        var second = Assert.Single(guard.BackUp(guard.FindReviewed()));

        Assert.Equal(Path.Combine(Out, "facts.reviewed-20261129T213000Z.xlsx"), first.Backup);
        Assert.Equal(Path.Combine(Out, "facts.reviewed-20261129T213000Z-2.xlsx"), second.Backup);
        Assert.Equal(original, File.ReadAllBytes(first.Backup));
        Assert.Equal(original, File.ReadAllBytes(second.Backup));
        Assert.Equal(original, File.ReadAllBytes(path));
        Assert.Equal(3, Directory.GetFileSystemEntries(Out).Length); // no temporary copy left behind
    }

    [Fact]
    public void The_runner_writes_nothing_when_review_work_appears_during_the_run()
    {
        var input = _dir.WriteFile("in/a.txt", "text");
        var csv = WriteCsv(Samples.Price("a"));
        var reviewedCsv = "";
        DocumentProcessor process = (path, _) =>
        {
            // The analyst saves a verdict while extract is running.
            WriteCsv(Samples.Price("a") with { Verdict = "accept" });
            reviewedCsv = File.ReadAllText(csv);
            return DocumentResult.NotProcessed(IngestOutcome.Skip(path, "a", "nothing to do"));
        };

        var result = new ExtractRunner(process, new RunInfo(FixedClock.Default, "test", RunInfo.RulesOnly), review: Guard())
            .Run(new BatchOptions(_dir.Combine("in"), Out, [input]));

        Assert.False(result.OutputWritten);
        Assert.Equal(csv, Assert.Single(result.ReviewWouldBeLost).Path);
        Assert.Equal(["facts.csv"], Directory.GetFiles(Out).Select(Path.GetFileName));
        Assert.Equal(reviewedCsv, File.ReadAllText(csv));
    }

    [Fact]
    public void The_runner_with_backups_keeps_the_reviewed_sheet_then_writes_every_output()
    {
        var input = _dir.WriteFile("in/a.txt", "text");
        var csv = WriteCsv(Samples.Price("a") with { Verdict = "accept" });
        var reviewed = File.ReadAllBytes(csv);

        var result = new ExtractRunner((path, _) => DocumentResult.NotProcessed(IngestOutcome.Skip(path, "a", "nothing to do")),
                new RunInfo(FixedClock.Default, "test", RunInfo.RulesOnly), review: Guard(backUp: true))
            .Run(new BatchOptions(_dir.Combine("in"), Out, [input]));

        Assert.True(result.OutputWritten);
        var backup = Assert.Single(result.Backups);
        Assert.Equal((csv, Path.Combine(Out, "facts.reviewed-20261129T213000Z.csv")), (backup.Original, backup.Backup));
        Assert.Equal(reviewed, File.ReadAllBytes(backup.Backup));
        Assert.Equal(
            ExtractRunner.OutputFiles.Append("facts.reviewed-20261129T213000Z.csv").Order(StringComparer.Ordinal),
            Directory.GetFiles(Out).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Empty(Guard().FindReviewed());
    }

    [Theory]
    [InlineData(false, 0)]
    [InlineData(true, 1)]
    public void A_sheet_as_an_extract_run_wrote_it_is_not_read_unless_that_run_could_not_vouch_for_it(bool failedFile, int reviewed)
    {
        var input = _dir.WriteFile("in/a.txt", "text");
        DocumentProcessor process = (path, _) =>
            DocumentResult.NotProcessed(failedFile ? IngestOutcome.Fail(path, "a", "broken") : IngestOutcome.Skip(path, "a", "nothing to do"));
        var run = new ExtractRunner(process, new RunInfo(FixedClock.Default, "test", RunInfo.RulesOnly), review: Guard())
        {
            UpToDate = new UpToDateCheck(_ => "key", "settings"),
        }.Run(new BatchOptions(_dir.Combine("in"), Out, [input]));
        Assert.True(run.OutputWritten);

        // Bytes that are no workbook, of the same length and write time: only a sheet the stamp vouches for is left unread.
        var workbook = Path.Combine(Out, FactWorkbookWriter.FileName);
        var (length, written) = (new FileInfo(workbook).Length, File.GetLastWriteTimeUtc(workbook));
        File.WriteAllBytes(workbook, Enumerable.Repeat((byte)'x', (int)length).ToArray());
        File.SetLastWriteTimeUtc(workbook, written);
        Assert.Equal(reviewed, Guard().FindReviewed().Count);

        // A verdict typed in since changes the file, and it is read.
        var csv = WriteCsv(Samples.Price("a") with { Verdict = "accept" });
        Assert.Contains(csv, Guard().FindReviewed().Select(r => r.Path));
    }
}
