using System.Globalization;
using NewsExtract.Ingestion;
using Xunit.Abstractions;

namespace NewsExtract.Tests.Ingestion;

/// <summary>
/// Extraction accuracy over every HTML page with a hand-written <c>*.expected.txt</c>: the layout fixtures
/// and any labelled pages under <c>corpus/</c>. Scored by 4-word shingle overlap.
/// </summary>
public sealed class HtmlExtractionAccuracyTests(ITestOutputHelper output)
{
    private const double MinimumMeanF1 = 0.90;

    /// <summary>Every <c>Fixtures/Html/*.expected.txt</c> with its page: beside it (the layout fixtures) or in
    /// <c>corpus/</c> (the labelled development pages, whose expected text lives with the fixtures).</summary>
    public static IEnumerable<(string Html, string Expected)> Pages()
    {
        var fixtures = Path.Combine(RepoPaths.Fixtures, "Html");
        var corpus = Path.Combine(RepoPaths.Root, "corpus", "dev");
        foreach (var expected in Directory.EnumerateFiles(fixtures, "*.expected.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(expected)[..^".expected.txt".Length];
            var html = new[] { fixtures, corpus }
                .SelectMany(folder => new[] { Path.Combine(folder, name + ".html"), Path.Combine(folder, name + ".htm") })
                .FirstOrDefault(File.Exists);
            if (html is not null)
                yield return (html, expected);
        }
    }

    [Fact]
    public void Every_expected_text_has_its_page() =>
        Assert.Equal(Directory.EnumerateFiles(Path.Combine(RepoPaths.Fixtures, "Html"), "*.expected.txt").Count(), Pages().Count());

    [Fact]
    public void Layout_fixtures_are_present()
    {
        var layouts = Pages().Count(p => Path.GetFileName(p.Html).StartsWith("layout_", StringComparison.Ordinal));
        Assert.True(layouts >= 12, $"expected at least 12 layout fixtures, found {layouts}");
    }

    [Fact]
    public void Extracted_text_matches_expected_text()
    {
        var reader = new ArticleReader();
        var metric = new ShingleOverlap();
        var scores = new List<OverlapScore>();
        foreach (var (html, expectedPath) in Pages())
        {
            var outcome = reader.Read(html);
            var extracted = outcome.Article?.Text ?? string.Empty;
            var expected = File.ReadAllText(expectedPath);
            var score = metric.Score(extracted, expected);
            scores.Add(score);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Path.GetFileName(html),-36} P={score.Precision:0.000} R={score.Recall:0.000} F1={score.F1:0.000} {outcome.Status}"));
            WriteDifferences(extracted, expected);
        }

        Assert.NotEmpty(scores);
        var mean = ShingleOverlap.Mean(scores);
        var macroF1 = scores.Average(s => s.F1);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{"MEAN (" + scores.Count + " pages)",-36} P={mean.Precision:0.000} R={mean.Recall:0.000} F1(meanP,meanR)={mean.F1:0.000} mean F1={macroF1:0.000}"));
        Assert.True(macroF1 >= MinimumMeanF1, $"mean shingle F1 {macroF1:0.000} < {MinimumMeanF1}");
        Assert.True(mean.F1 >= MinimumMeanF1, $"F1 of mean precision and recall {mean.F1:0.000} < {MinimumMeanF1}");
    }

    // Lines only on one side, so a low score shows what was kept or lost.
    private void WriteDifferences(string extracted, string expected)
    {
        var got = Lines(extracted);
        var want = Lines(expected);
        foreach (var line in got.Except(want, StringComparer.Ordinal))
            output.WriteLine($"    + {line}");
        foreach (var line in want.Except(got, StringComparer.Ordinal))
            output.WriteLine($"    - {line}");
    }

    private static string[] Lines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
