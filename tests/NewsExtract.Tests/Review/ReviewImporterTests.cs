using System.Text.Json;
using NewsExtract.Extraction;
using NewsExtract.Review;
using NewsExtract.Scoring;
using NewsExtract.Tests.TestSupport;
using static NewsExtract.Tests.Review.ReviewSheets;

namespace NewsExtract.Tests.Review;

public sealed class ReviewImporterTests : IDisposable
{
    private readonly TemporaryDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Out => _dir.Combine("labelled");

    /// <summary>d1: accepted, rejected, fixed (amount corrected), added, not reviewed, and the accepted fact again; d2: only rejected.</summary>
    private static ReviewSheet Reviewed() => Csv(
        Header,
        Row(subject: "dysprosium", amount: "610", verdict: "accept"),
        Row(subject: "terbium", amount: "900", verdict: "reject"),
        Row(subject: "gallium", amount: "\"1,250\"", verdict: "fix", note: "was 125"),
        Row(subject: "germanium", amount: "2000", verdict: "add", factId: "", confidence: ""),
        Row(subject: "yttrium", amount: "55", verdict: ""),
        Row(subject: "Dysprosium ", amount: "610", verdict: "Accept"),
        Row(docId: "d2", subject: "cobalt", verdict: "reject"));

    [Fact]
    public void Writes_gold_the_existing_gold_reader_reads_with_accepted_fixed_and_added_facts_only()
    {
        _dir.WriteFile("articles/d1.txt", "article");

        var result = ReviewImporter.Import(new ReviewImportOptions([Reviewed()], Out, _dir.Combine("articles")));

        Assert.Null(result.OutputError);
        var gold = GoldReader.ReadFolders([Out]);
        Assert.Empty(gold.Problems);
        var document = Assert.Single(gold.Documents);
        Assert.Equal("d1", document.DocId);
        Assert.False(document.EntitiesLabelled);
        Assert.Empty(document.Entities);
        Assert.Equal([("dysprosium", (double?)610), ("gallium", 1250), ("germanium", 2000)], document.Facts.Select(f => (f.Subject, f.Amount)));
        Assert.Equal((2, 1, 3), (result.Documents, result.GoldDocuments, result.GoldFacts));

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Out, "d1.gold.json")));
        Assert.Equal("review", json.RootElement.GetProperty("source").GetString());
        Assert.False(json.RootElement.TryGetProperty("entities", out _));
    }

    [Fact]
    public void Writes_every_readable_row_to_the_review_file_including_empty_verdicts()
    {
        ReviewImporter.Import(new ReviewImportOptions([Reviewed()], Out));

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Out, "d1.review.json")));
        var root = json.RootElement;
        Assert.Equal(("d1", "review"), (root.GetProperty("doc_id").GetString(), root.GetProperty("source").GetString()));
        var rows = root.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(["accept", "reject", "fix", "add", "", "accept"], rows.Select(r => r.GetProperty("verdict").GetString()));
        Assert.Equal([2, 3, 4, 5, 6, 7], rows.Select(r => r.GetProperty("line").GetInt32()));
        Assert.Equal("facts.csv", rows[0].GetProperty("file").GetString());
        var fixedFact = rows[2].GetProperty("fact");
        Assert.Equal(("gallium", 1250.0, "was 125", "fix"), (fixedFact.GetProperty("subject").GetString(), fixedFact.GetProperty("amount").GetDouble(),
            fixedFact.GetProperty("note").GetString(), fixedFact.GetProperty("verdict").GetString()));
        Assert.Equal("yttrium", rows[4].GetProperty("fact").GetProperty("subject").GetString());

        // d2 has only a rejected row: reviewed, but no gold facts.
        Assert.True(File.Exists(Path.Combine(Out, "d2.review.json")));
        Assert.False(File.Exists(Path.Combine(Out, "d2.gold.json")));
    }

    [Fact]
    public void Copies_the_article_and_its_sidecar_byte_for_byte_and_names_the_documents_without_one()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF, (byte)'<', (byte)'p', (byte)'>', 0xC3, 0xA9, (byte)'\r', (byte)'\n' };
        Directory.CreateDirectory(_dir.Combine("articles", "deep"));
        File.WriteAllBytes(_dir.Combine("articles", "deep", "d1.HTML"), bytes);
        _dir.WriteFile("articles/deep/d1.meta.json", "{\"published\": \"2025-06-10\"}");

        var result = ReviewImporter.Import(new ReviewImportOptions([Reviewed()], Out, _dir.Combine("articles")));

        Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(Out, "d1.html")));
        Assert.True(File.Exists(Path.Combine(Out, "d1.meta.json")));
        Assert.Equal(1, result.ArticlesCopied);
        Assert.Equal(["d2"], result.MissingArticles);
    }

    [Fact]
    public void Finds_the_article_through_the_summary_json_beside_a_csv()
    {
        _dir.WriteFile("in/a/d1.txt", "article one");
        var csv = _dir.WriteFile("run/facts.csv", Header + "\r\n" + Row(verdict: "accept") + "\r\n");
        _dir.WriteFile("run/summary.json", JsonSerializer.Serialize(new
        {
            command = "extract",
            input = _dir.Combine("in"),
            files = new[] { new { path = "a/d1.txt", doc_id = "d1", status = "processed", reason = "", entities = 0, facts = 1 } },
        }));

        var result = ReviewImporter.Import(new ReviewImportOptions([ReviewSheetReader.Read(csv)], Out));

        Assert.Empty(result.MissingArticles);
        Assert.Equal("article one", File.ReadAllText(Path.Combine(Out, "d1.txt")));
    }

    [Fact]
    public void Gold_facts_collapse_rows_that_say_the_same_fact()
    {
        var rows = Reviewed().Rows.Where(r => r.Fact.DocId == "d1").ToList();

        var gold = ReviewImporter.GoldFacts(rows);

        Assert.Equal(["dysprosium", "gallium", "germanium"], gold.Select(f => f.Subject));
        Assert.All(gold, f => Assert.Equal(FactTypes.Price, f.FactType));
    }

    [Fact]
    public void Nothing_is_written_when_the_output_cannot_be_written()
    {
        var blocker = _dir.WriteFile("blocked", "a file where the folder should be");

        var result = ReviewImporter.Import(new ReviewImportOptions([Reviewed()], Path.Combine(blocker, "out")));

        Assert.NotNull(result.OutputError);
        Assert.Equal("a file where the folder should be", File.ReadAllText(blocker));
    }
}
