using ClosedXML.Excel;
using NewsExtract.Cli;
using NewsExtract.Ingestion;
using NewsExtract.Pipeline;
using NewsExtract.Scoring;
using NewsExtract.Output;
using NewsExtract.Review;
using NewsExtract.Tests.TestSupport;

namespace NewsExtract.Tests.Review;

/// <summary>Sheets that went through a real spreadsheet program (LibreOffice Calc, headless) import unchanged.</summary>
public sealed class LibreOfficeRoundTripTests : IDisposable
{
    private readonly TemporaryDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_csv_resaved_by_libreoffice_with_semicolons_keeps_formula_like_text_and_numbers()
    {
        string[] texts = ["=HYPERLINK(\"http://evil.example\",\"click\")", "+cmd|' /C calc'!A0", "@SUM(A1:A2)", "-2+3"];
        var facts = texts.Select((text, i) => Samples.Price("d1", 7200000000 + i, "dysprosium" + i) with
        {
            Object = text, Evidence = text + "\nsecond line", Note = text, Verdict = "accept", Confidence = 0.85, Date = "XXXX-06-09",
        }).ToList();
        var written = _dir.Combine("in", "facts.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(written)!);
        using (var stream = File.Create(written))
        {
            FactCsvWriter.Write(stream, facts);
        }

        var resaved = LibreOffice.ResaveCsvWithSemicolons(written, _dir.Combine("out"));
        Assert.StartsWith("\"fact_id\";\"doc_id\"", File.ReadAllText(resaved));

        var sheet = ReviewSheetReader.Read(resaved);

        Assert.Null(sheet.Fatal);
        Assert.Empty(sheet.Problems);
        Assert.Equal(texts, sheet.Rows.Select(r => r.Fact.Object));
        Assert.Equal(texts, sheet.Rows.Select(r => r.Fact.Note));
        Assert.Equal(texts.Select(t => t + "\nsecond line"), sheet.Rows.Select(r => r.Fact.Evidence));
        Assert.Equal([7200000000, 7200000001, 7200000002, 7200000003], sheet.Rows.Select(r => r.Fact.Amount));
        Assert.Equal([0.85, 0.85, 0.85, 0.85], sheet.Rows.Select(r => r.Fact.Confidence));
        Assert.Equal(["XXXX-06-09", "XXXX-06-09", "XXXX-06-09", "XXXX-06-09"], sheet.Rows.Select(r => r.Fact.Date));
        Assert.Equal(facts.Select(f => f.FactId), sheet.Rows.Select(r => r.Fact.FactId));
    }

    [Fact]
    public async Task A_reviewed_workbook_that_libreoffice_saved_as_csv_imports_as_labels()
    {
        Directory.CreateDirectory(_dir.Combine("in"));
        File.WriteAllText(_dir.Combine("in", "copper.txt"),
            "Copper prices rose 5% to $9,500 a tonne on Monday. \"We expect more gains this quarter,\" said Ana Lima, an analyst at Tervana.\n");
        var console = new StringWriter();
        var env = new CliEnvironment(console, console, Interactive: false, models => PipelineFactory.Parts().Pipeline(models).Process,
            () => new ArticleReader(), CliEnvironment.InputPaths, TimeProvider.System);
        Assert.Equal(ExitCode.Success, await NewsExtractApp.RunAsync(["extract", _dir.Combine("in"), "--out", _dir.Combine("out"), "--no-ml"], env));
        var workbook = _dir.Combine("out", "facts.xlsx");
        var factIds = MarkFirstAcceptedRestRejected(workbook);
        Assert.True(factIds.Count >= 2, $"expected at least two facts from the article, got {factIds.Count}:\n{console}");

        var csv = LibreOffice.ConvertToCsv(workbook, _dir.Combine("converted"));
        var code = await NewsExtractApp.RunAsync(["review", "import", csv, "--out", _dir.Combine("labels"), "--articles", _dir.Combine("in")], env);

        Assert.True(code == ExitCode.Success, console.ToString());
        var gold = GoldReader.ReadFolders([_dir.Combine("labels")]);
        var document = Assert.Single(gold.Documents);
        Assert.False(document.EntitiesLabelled);
        var accepted = FactReader.ReadCsvFile(_dir.Combine("out", "facts.csv")).Items.Single(f => f.FactId == factIds[0]);
        Assert.Equal([FactFields.From(accepted)], document.Facts);
        Assert.True(File.Exists(_dir.Combine("labels", "copper.txt")));
        Assert.Contains($"rows read: {factIds.Count} (0 empty, 1 accept, {factIds.Count - 1} reject", console.ToString());
    }

    /// <summary>A reviewer's verdicts in the Facts sheet: the first row accepted, the others rejected; returns the rows' fact ids.</summary>
    private static List<string> MarkFirstAcceptedRestRejected(string path)
    {
        using var workbook = new XLWorkbook(path);
        var sheet = workbook.Worksheet("Facts");
        var verdict = FactColumns.Facts.ToList().IndexOf("verdict") + 1;
        var ids = new List<string>();
        for (var row = 2; !sheet.Cell(row, 1).IsEmpty(); row++)
        {
            ids.Add(sheet.Cell(row, 1).GetString());
            sheet.Cell(row, verdict).SetValue(row == 2 ? "accept" : "reject");
        }

        workbook.Save();
        return ids;
    }
}
