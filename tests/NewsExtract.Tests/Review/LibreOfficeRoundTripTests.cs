using System.Diagnostics;
using NewsExtract.Output;
using NewsExtract.Review;
using NewsExtract.Tests.TestSupport;

namespace NewsExtract.Tests.Review;

/// <summary>A facts.csv opened and re-saved by a real spreadsheet program (LibreOffice Calc, headless) imports unchanged.</summary>
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

        var resaved = LibreOffice.ResaveCsvWithSemicolons(written, _dir.Combine("out"), _dir.Combine("profile"));
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

    /// <summary>Runs soffice headless; its own profile folder, so parallel runs do not collide.</summary>
    private static class LibreOffice
    {
        public static string ResaveCsvWithSemicolons(string csv, string outDir, string profile)
        {
            var start = new ProcessStartInfo("soffice")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var argument in new[]
            {
                $"-env:UserInstallation={new Uri(profile).AbsoluteUri}", "--headless",
                // Import: comma, double quote, UTF-8 (76), from line 1. Export: semicolon (59), double quote, UTF-8.
                "--infilter=CSV:44,34,76,1", "--convert-to", "csv:Text - txt - csv (StarCalc):59,34,76,1", "--outdir", outDir, csv,
            })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("soffice did not start");
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "soffice did not finish in two minutes");
            var result = Path.Combine(outDir, Path.GetFileName(csv));
            Assert.True(File.Exists(result), $"soffice wrote no {result}: {output.Result} {error.Result}");
            return result;
        }
    }
}
