using NewsExtract.Ingestion;

namespace NewsExtract.Tests.Ingestion;

public sealed class InputFolderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("000_ed31919c3c38a8d3.txt", "000_ed31919c3c38a8d3", InputKind.Article)]
    [InlineData("a.md", "a", InputKind.Article)]
    [InlineData("a.HTML", "a", InputKind.Article)]
    [InlineData("a.htm", "a", InputKind.Article)]
    [InlineData("a.gold.json", "a", InputKind.GoldLabels)]
    [InlineData("a.meta.json", "a", InputKind.SidecarMetadata)]
    [InlineData("a.json", "a", InputKind.Unsupported)]
    [InlineData("a.pdf", "a", InputKind.Unsupported)]
    [InlineData(".DS_Store", ".DS_Store", InputKind.Unsupported)]
    public void Classifies_files(string name, string docId, InputKind kind) =>
        Assert.Equal((docId, kind), InputFolder.Classify(name));

    [Fact]
    public void Accounts_for_every_file_in_ordinal_order()
    {
        foreach (var name in new[] { "b.txt", "B.html", "a.gold.json", "a.txt", "a.meta.json", "sub/c.md", "sub/deeper/d.htm", "notes.pdf", ".keep", "sub.txt" })
            _folder.Write(name, "Some article text about nickel quotas in Indonesia.");
        _folder.Write(".git/HEAD", "ref");

        var files = new InputFolder(_folder.Path).Enumerate();

        Assert.Equal(
            [".keep", "B.html", "a.gold.json", "a.meta.json", "a.txt", "b.txt", "notes.pdf", "sub.txt", "sub/c.md", "sub/deeper/d.htm"],
            files.Select(f => f.RelativePath));
        Assert.Equal(
            ["unsupported file type", null, "gold labels", "sidecar metadata", null, null, "unsupported file type", null, null, null],
            files.Select(f => f.SkipReason));
    }

    [Fact]
    public void A_second_file_with_the_same_doc_id_is_a_duplicate()
    {
        _folder.Write("x.html", "<p>one</p>");
        _folder.Write("x.txt", "two");

        var files = new InputFolder(_folder.Path).Enumerate();

        Assert.Equal([InputKind.Article, InputKind.DuplicateDocId], files.Select(f => f.Kind));
    }

    [Fact]
    public void Ingest_yields_one_outcome_per_file()
    {
        _folder.Write("a.txt", "Congo extended its cobalt export suspension by three months, the ministry said.");
        _folder.Write("a.gold.json", "{}");
        _folder.Write("b.txt", "");
        _folder.Write("c.bin", [1, 2, 3]);

        var outcomes = new InputFolder(_folder.Path).Ingest(new ArticleReader()).ToList();

        Assert.Equal(
            [("a", IngestStatus.Skipped, "gold labels"), ("a", IngestStatus.Processed, null), ("b", IngestStatus.Skipped, "empty file"), ("c", IngestStatus.Skipped, "unsupported file type")],
            outcomes.Select(o => (o.DocId, o.Status, o.Reason)));
    }

    [Fact]
    public void Missing_folder_is_a_usage_error() =>
        Assert.Throws<DirectoryNotFoundException>(() => new InputFolder(Path.Combine(_folder.Path, "missing")).Enumerate());
}
