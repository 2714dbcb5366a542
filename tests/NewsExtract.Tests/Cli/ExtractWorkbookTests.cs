using ClosedXML.Excel;
using NewsExtract.Annotation;
using NewsExtract.Cli;
using NewsExtract.Extraction;
using NewsExtract.Ingestion;
using NewsExtract.Output;
using NewsExtract.Pipeline;
using NewsExtract.Tests.TestSupport;
using NewsExtract.Training;

namespace NewsExtract.Tests.Cli;

/// <summary><c>extract</c>'s review workbook, and how it keeps review work from being overwritten.</summary>
public sealed class ExtractWorkbookTests : IDisposable
{
    /// <summary>Article text a spreadsheet would evaluate or convert if it were not typed as text.</summary>
    private static readonly string[] Dangerous =
        ["=HYPERLINK(\"http://evil.example\",\"click\")", "+cmd|' /C calc'!A0", "@SUM(1,2)", "-2+3", "2025-06-09", "00123"];

    private readonly TemporaryDirectory _dir = new();
    private readonly StringWriter _out = new();
    private readonly StringWriter _error = new();

    public ExtractWorkbookTests()
    {
        _dir.WriteFile("in/good.txt", "China imposes controls on dysprosium.");
        _dir.WriteFile("in/sub/broken.html", "<html");
    }

    public void Dispose() => _dir.Dispose();

    private string In => _dir.Combine("in");

    private string Out => _dir.Combine("out");

    private string OutFile(string name) => Path.Combine(Out, name);

    /// <summary>Finds one fact per dangerous text in good.txt (that text as subject, object and evidence) and throws on any other file.</summary>
    private static DocumentResult FakeProcess(string path, CancellationToken ct)
    {
        var docId = Path.GetFileNameWithoutExtension(path);
        if (docId != "good")
        {
            throw new InvalidDataException("unclosed tag");
        }

        var article = new Article(docId, path, File.ReadAllText(path), null, null, null, null);
        var facts = Dangerous.Select((text, i) => new Fact(
            "", docId, FactTypes.Quote, text, "said", text, i == 0 ? 7_200_000_000 : null, "", i == 0 ? "XXXX-06-09" : "2025-06-09", "",
            "asserted", 0.85, "fake", text, i * 10, i * 10 + 5));
        return new DocumentResult(IngestOutcome.Ok(article), [Samples.Entity(EntityLabel.GPE, "China", 0, "China")], [.. facts]);
    }

    private Task<int> Run(params string[] args)
    {
        var env = new CliEnvironment(_out, _error, Interactive: false, _ => FakeProcess, () => throw new NotSupportedException(),
            CliEnvironment.InputPaths, new FixedClock());
        return NewsExtractApp.RunAsync(args, env);
    }

    /// <summary>Runs extract once so the output folder holds a full set of outputs, and clears the console.</summary>
    private async Task FirstRun()
    {
        Assert.Equal(ExitCode.CompletedWithFailures, await Run("extract", In, "--out", Out, "--no-ml"));
        _out.GetStringBuilder().Clear();
        _error.GetStringBuilder().Clear();
    }

    private Dictionary<string, byte[]> OutputBytes() =>
        Directory.GetFiles(Out).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);

    private void ReviewWorkbook(string verdict)
    {
        using var workbook = new XLWorkbook(OutFile("facts.xlsx"));
        workbook.Worksheet("Facts").Cell(3, FactColumns.Facts.ToList().IndexOf("verdict") + 1).Value = verdict;
        workbook.Save();
    }

    [Fact]
    public async Task Extract_writes_a_workbook_whose_text_cells_keep_formula_and_date_like_text()
    {
        await FirstRun();

        using var workbook = new XLWorkbook(OutFile("facts.xlsx"));
        var facts = workbook.Worksheet("Facts");
        Assert.Equal(FactColumns.Facts, facts.Row(1).Cells(1, FactColumns.Facts.Count).Select(c => c.GetString()));
        var column = FactColumns.Facts.Select((name, i) => (name, i)).ToDictionary(c => c.name, c => c.i + 1);
        for (var i = 0; i < Dangerous.Length; i++)
        {
            foreach (var name in new[] { "subject", "object", "evidence" })
            {
                var cell = facts.Cell(i + 2, column[name]);
                Assert.Equal((name, XLDataType.Text, false, Dangerous[i]), (name, cell.DataType, cell.HasFormula, cell.GetString()));
            }
        }

        Assert.Equal((XLDataType.Text, "XXXX-06-09"), (facts.Cell(2, column["date"]).DataType, facts.Cell(2, column["date"]).GetString()));
        Assert.Equal((XLDataType.Text, "2025-06-09"), (facts.Cell(3, column["date"]).DataType, facts.Cell(3, column["date"]).GetString()));
        Assert.Equal((XLDataType.Number, 7_200_000_000.0), (facts.Cell(2, column["amount"]).DataType, facts.Cell(2, column["amount"]).GetDouble()));
        Assert.Equal((XLDataType.Number, 0.85), (facts.Cell(7, column["confidence"]).DataType, facts.Cell(7, column["confidence"]).GetDouble()));
        var verdicts = Assert.Single(facts.DataValidations);
        Assert.Equal(7 + FactWorkbookWriter.AddedRowMargin, Assert.Single(verdicts.Ranges).LastCell().Address.RowNumber);
    }

    [Fact]
    public async Task Extract_summary_sheet_names_the_run_and_the_failed_file_with_its_reason()
    {
        await FirstRun();

        using var workbook = new XLWorkbook(OutFile("facts.xlsx"));
        var values = Workbooks.SummaryValues(workbook);
        Assert.Equal("2026-11-29T21:30:00Z", values["run date"]);
        Assert.Equal("rules only", values["models"]);
        Assert.Equal(Path.GetFullPath(In), values["input folder"]);
        Assert.False(string.IsNullOrWhiteSpace(values["tool version"]));
        Assert.Equal(("2", "1", "1", "6", "6"), (values["files"], values["processed"], values["failed"], values["facts"], values["facts: quote"]));

        var sheet = workbook.Worksheet("Summary");
        var failed = sheet.RowsUsed().Single(r => r.Cell(3).GetString() == "failed");
        Assert.Equal(
            ["sub/broken.html", "broken", "failed", "unexpected error: InvalidDataException: unclosed tag"],
            failed.Cells(1, 4).Select(c => c.GetString()));
    }

    [Fact]
    public async Task Extract_with_models_describes_them_in_the_summary_sheet()
    {
        Assert.Equal(ExitCode.CompletedWithFailures, await Run("extract", In, "--out", Out));

        using var workbook = new XLWorkbook(OutFile("facts.xlsx"));
        var (models, _) = ModelSet.Load(CliEnvironment.DefaultModelDirectory);
        Assert.NotNull(models);
        Assert.Equal(models.Manifest.Description, Workbooks.SummaryValues(workbook)["models"]);
        Assert.StartsWith($"models {models.Manifest.Version} (trained ", models.Manifest.Description);
    }

    [Fact]
    public async Task LibreOffice_reads_the_formula_like_cells_as_the_same_text()
    {
        await FirstRun();
        var converted = _dir.Combine("converted");
        Directory.CreateDirectory(converted);

        var csv = LibreOffice.ConvertToCsv(OutFile("facts.xlsx"), converted);

        var read = FactReader.ReadCsvFile(csv);
        Assert.Empty(read.Problems);
        Assert.Equal(Dangerous, read.Items.Select(f => f.Evidence));
        Assert.Equal(Dangerous, read.Items.Select(f => f.Object));
        Assert.Equal(Dangerous, read.Items.Select(f => f.Subject));
        Assert.Equal(["XXXX-06-09", "2025-06-09"], read.Items.Take(2).Select(f => f.Date));
        Assert.Contains("\"=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"", File.ReadAllText(csv));
    }

    [Fact]
    public async Task Extract_refuses_with_exit_6_when_facts_csv_has_a_verdict_and_touches_nothing()
    {
        await FirstRun();
        var csv = OutFile("facts.csv");
        var lines = File.ReadAllLines(csv);
        Assert.EndsWith(",,", lines[2]); // verdict and note are the last columns
        lines[2] = lines[2][..^1] + "accept,";
        File.WriteAllLines(csv, lines);
        var before = OutputBytes();

        var code = await Run("extract", In, "--out", Out, "--no-ml");

        Assert.Equal(ExitCode.ReviewWouldBeLost, code);
        Assert.Equal(before, OutputBytes());
        var error = _error.ToString();
        Assert.Contains($"{csv} holds review work (the fact ", error);
        Assert.Contains("verdict \"accept\"", error);
        Assert.Contains("--force", error);
        Assert.Equal(["in", "out"], Directory.GetFileSystemEntries(_dir.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Extract_refuses_with_exit_6_when_facts_xlsx_has_a_verdict_and_touches_nothing()
    {
        await FirstRun();
        ReviewWorkbook("reject");
        var before = OutputBytes();

        var code = await Run("extract", In, "--out", Out, "--no-ml");

        Assert.Equal(ExitCode.ReviewWouldBeLost, code);
        Assert.Equal(before, OutputBytes());
        Assert.Contains($"{OutFile("facts.xlsx")} holds review work (row 3: verdict \"reject\")", _error.ToString());
        Assert.Contains("--force", _error.ToString());
    }

    [Fact]
    public async Task Extract_refuses_a_facts_xlsx_it_cannot_read_and_says_why()
    {
        _dir.WriteFile("out/facts.xlsx", "not a workbook");

        Assert.Equal(ExitCode.ReviewWouldBeLost, await Run("extract", In, "--out", Out, "--no-ml"));

        Assert.Contains($"{OutFile("facts.xlsx")} holds review work (cannot be read as a fact sheet: ", _error.ToString());
        Assert.Equal("not a workbook", File.ReadAllText(OutFile("facts.xlsx")));
    }

    [Fact]
    public async Task Extract_with_force_keeps_a_byte_identical_backup_then_writes_fresh_outputs()
    {
        await FirstRun();
        ReviewWorkbook("fix");
        var reviewed = File.ReadAllBytes(OutFile("facts.xlsx"));

        var code = await Run("extract", In, "--out", Out, "--no-ml", "--force");

        Assert.Equal(ExitCode.CompletedWithFailures, code);
        var backup = OutFile("facts.reviewed-20261129T213000Z.xlsx");
        Assert.Equal(reviewed, File.ReadAllBytes(backup));
        Assert.Contains($"kept the reviewed {OutFile("facts.xlsx")} as facts.reviewed-20261129T213000Z.xlsx", _error.ToString());
        using var workbook = new XLWorkbook(OutFile("facts.xlsx"));
        Assert.True(workbook.Worksheet("Facts").Column(FactColumns.Facts.ToList().IndexOf("verdict") + 1).CellsUsed().Count() == 1); // the header only
        Assert.Equal(9, Directory.GetFiles(Out).Length); // the seven outputs, the run stamp and the backup
    }

    [Fact]
    public async Task Extract_overwrites_outputs_without_verdicts_without_asking()
    {
        await FirstRun();
        File.WriteAllText(OutFile("facts.json"), "[]");

        var code = await Run("extract", In, "--out", Out, "--no-ml");

        Assert.Equal(ExitCode.CompletedWithFailures, code);
        Assert.DoesNotContain("review", _error.ToString());
        Assert.NotEqual("[]", File.ReadAllText(OutFile("facts.json")));
        Assert.Equal(8, Directory.GetFiles(Out).Length); // the seven outputs and the run stamp
    }

    [Fact]
    public async Task Extract_help_describes_the_workbook_force_and_exit_6()
    {
        Assert.Equal(ExitCode.Success, await Run("extract", "--help"));

        var help = _out.ToString();
        Assert.Contains("facts.xlsx", help);
        Assert.Contains("--force", help);
        Assert.Contains("6 OUT_DIR holds review work", help);
    }
}
