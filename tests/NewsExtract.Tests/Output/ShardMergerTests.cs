using NewsExtract.Annotation;
using NewsExtract.Extraction;
using NewsExtract.Ingestion;
using NewsExtract.Output;
using NewsExtract.Pipeline;
using NewsExtract.Tests.TestSupport;

namespace NewsExtract.Tests.Output;

/// <summary><see cref="ShardMerger"/> over shards of invented documents: rows streamed back in run order, or a refusal that writes nothing.</summary>
public sealed class ShardMergerTests : IDisposable
{
    private static readonly RunInfo Run = new(FixedClock.Default, "9.9.9-test", RunInfo.RulesOnly);

    private readonly TemporaryDirectory _dir = new();
    private readonly List<string> _files;

    public ShardMergerTests()
    {
        // Documents with 0..3 facts and entities each, so some documents have no rows at all.
        _files = [.. Enumerable.Range(0, 12).Select(i => _dir.WriteFile($"in/story{i:D2}.txt", $"Story {i} about tungsten."))];
    }

    public void Dispose() => _dir.Dispose();

    private static DocumentResult Process(string path, CancellationToken cancellationToken)
    {
        var docId = Path.GetFileNameWithoutExtension(path);
        var n = int.Parse(docId[^2..], System.Globalization.CultureInfo.InvariantCulture) % 4;
        var article = new Article(docId, path, File.ReadAllText(path), null, null, null, null);
        var facts = Enumerable.Range(0, n).Select(i => Samples.Price(docId, amount: 100 + i) with
        {
            Confidence = 0.1 + (i / 7.0), // more decimals than the CSV keeps
            Evidence = i == 0 ? "=HYPERLINK(\"x\") said the buyer" : "Prices rose.",
            Start = i * 10,
            End = (i * 10) + 5,
        });
        var entities = Enumerable.Range(0, n).Select(i => Samples.Entity(EntityLabel.ELEMENT, "tungsten", i * 10, "tungsten"));
        return new DocumentResult(IngestOutcome.Ok(article), [.. entities], [.. facts]);
    }

    private string Extract(string name, Shard? shard = null)
    {
        var output = _dir.Combine(name);
        var result = new ExtractRunner(Process, Run) { Shard = shard }.Run(new BatchOptions(_dir.Combine("in"), output, _files));
        Assert.True(result.OutputWritten, result.OutputError);
        return output;
    }

    [Fact]
    public void Merged_shards_equal_the_single_run()
    {
        var single = Extract("single");
        var shards = new[] { Extract("shard-1", new Shard(1, 2)), Extract("shard-2", new Shard(2, 2)) };
        var merged = _dir.Combine("merged");

        var result = ShardMerger.Merge(shards, merged);

        Assert.Equal(MergeProblem.None, result.Problem);
        foreach (var name in new[] { "facts.csv", "facts.json", "entities.csv", "entities.json", "summary.json", "summary.txt", "facts.xlsx" })
        {
            Assert.True(File.ReadAllBytes(Path.Combine(single, name)).SequenceEqual(File.ReadAllBytes(Path.Combine(merged, name))), name);
        }

        using var workbook = new ClosedXML.Excel.XLWorkbook(Path.Combine(merged, "facts.xlsx"));
        var confidences = workbook.Worksheet("Facts").Column(FactColumns.Facts.ToList().IndexOf("confidence") + 1).CellsUsed().Skip(1).Select(c => c.GetDouble());
        Assert.Contains(confidences, c => Math.Abs(c - (0.1 + (1 / 7.0))) < 1e-12); // unrounded, as the single run wrote it
        Assert.Contains("Facts!N2 Text =HYPERLINK(\"x\") said the buyer", Workbooks.Cells(Path.Combine(merged, "facts.xlsx")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_shard_whose_csv_lost_a_row_is_refused_and_nothing_is_written()
    {
        var shards = new[] { Extract("shard-1", new Shard(1, 2)), Extract("shard-2", new Shard(2, 2)) };
        var csv = Path.Combine(shards[1], "entities.csv");
        var lines = File.ReadAllLines(csv);
        File.WriteAllLines(csv, lines.Where((_, i) => i != 2));
        var merged = _dir.Combine("merged");

        var result = ShardMerger.Merge(shards, merged);

        Assert.Equal(MergeProblem.ShardUnreadable, result.Problem);
        Assert.Contains($"{shards[1]}: entities.csv does not hold the ", result.Message);
        Assert.False(Directory.Exists(merged));
        Assert.DoesNotContain(Directory.GetDirectories(_dir.Root), d => Path.GetFileName(d).Contains(".tmp-", StringComparison.Ordinal));
    }

    [Fact]
    public void A_shard_whose_workbook_holds_other_facts_than_its_csv_is_refused()
    {
        var shards = new[] { Extract("shard-1", new Shard(1, 2)), Extract("shard-2", new Shard(2, 2)) };
        var other = Extract("other", new Shard(1, 2));
        File.Copy(Path.Combine(_dir.Combine("shard-2"), "facts.xlsx"), Path.Combine(other, "facts.xlsx"), overwrite: true);
        var merged = _dir.Combine("merged");

        var result = ShardMerger.Merge([other, shards[1]], merged);

        Assert.Equal(MergeProblem.ShardUnreadable, result.Problem);
        Assert.Contains("facts.xlsx and facts.csv hold different facts", result.Message);
        Assert.False(Directory.Exists(merged));
    }
}
