using System.Text;
using NewsExtract.Ingestion;

namespace NewsExtract.Tests.Ingestion;

public sealed class ArticleReaderTests : IDisposable
{
    private const string Page = """
        <html><head><meta property="og:title" content="Gallium Curbs Bite | Metal Desk">
        <meta property="og:site_name" content="Metal Desk">
        <meta property="article:published_time" content="2025-05-13T23:45:00-04:00"></head>
        <body><article><h1>Gallium Curbs Bite</h1>
        <p>Traders say shipments of gallium have slowed sharply since the new licences took effect, with cargoes held at port.</p>
        <p>Prices in Europe rose 38% in the quarter, according to buyers, while Chinese domestic prices barely moved at all.</p>
        </article></body></html>
        """;

    private readonly TempFolder _folder = new();
    private readonly ArticleReader _reader = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Reads_a_text_article()
    {
        var path = _folder.Write("000_abc.txt", "Input\nGallium Curbs Bite\nTraders say shipments have slowed (opens in a new tab).\nLeave a Reply");

        var outcome = _reader.Read(path);

        Assert.Equal(IngestStatus.Processed, outcome.Status);
        Assert.Equal("000_abc", outcome.DocId);
        Assert.Equal("Gallium Curbs Bite\nTraders say shipments have slowed.", outcome.Article!.Text);
        Assert.Equal("Gallium Curbs Bite", outcome.Article.Title);
        Assert.Null(outcome.Article.Published);
    }

    [Fact]
    public void Reads_an_html_article_with_its_metadata()
    {
        var path = _folder.Write("page.html", Page);

        var article = _reader.Read(path).Article!;

        Assert.StartsWith("Gallium Curbs Bite\nTraders say", article.Text, StringComparison.Ordinal);
        Assert.Equal("Gallium Curbs Bite | Metal Desk", article.Title); // the page's declared title; the text leads with the headline
        Assert.Equal(new DateOnly(2025, 5, 13), article.Published);
        Assert.Equal("Metal Desk", article.Source);
    }

    [Fact]
    public void Sidecar_overrides_page_metadata()
    {
        var path = _folder.Write("page.htm", Page);
        _folder.Write("page.meta.json", """{"published":"2025-06-10","url":"https://example.org/a","source":"Wire"}""");

        var article = _reader.Read(path).Article!;

        Assert.Equal(new DateOnly(2025, 6, 10), article.Published);
        Assert.Equal("https://example.org/a", article.Url);
        Assert.Equal("Wire", article.Source);
    }

    [Fact]
    public void Reads_markdown_without_its_markup()
    {
        var path = _folder.Write("note.md", "# Cobalt Pause Extended\n\nCongo **extended** the [export suspension](https://x.example) by three months.\n\n- Prices rose 9%.");

        var text = _reader.Read(path).Article!.Text;

        Assert.Equal("Cobalt Pause Extended\n\nCongo extended the export suspension by three months.\n\n- Prices rose 9%.", text);
    }

    [Fact]
    public void Missing_file_fails()
    {
        var outcome = _reader.Read(Path.Combine(_folder.Path, "nope.txt"));

        Assert.Equal(IngestStatus.Failed, outcome.Status);
        Assert.Equal("nope", outcome.DocId);
        Assert.Contains("not found", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_sidecar_json_fails_naming_the_sidecar()
    {
        var path = _folder.Write("doc.txt", "Some article text about tungsten prices.");
        _folder.Write("doc.meta.json", "{ \"published\": ");

        var outcome = _reader.Read(path);

        Assert.Equal(IngestStatus.Failed, outcome.Status);
        Assert.Contains("doc.meta.json", outcome.Reason, StringComparison.Ordinal);
        Assert.Contains("invalid JSON", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_garbage_fails()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        bytes[10] = 0;
        var path = _folder.Write("garbage.txt", bytes);

        var outcome = _reader.Read(path);

        Assert.Equal(IngestStatus.Failed, outcome.Status);
        Assert.Contains("binary", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Oversized_file_fails()
    {
        var path = _folder.Write("big.txt", new string('a', 2048));

        var outcome = new ArticleReader(new ArticleReaderOptions(MaxFileBytes: 1024)).Read(path);

        Assert.Equal(IngestStatus.Failed, outcome.Status);
        Assert.Contains("too large", outcome.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("empty.txt", "", "empty file")]
    [InlineData("boiler.txt", "Leave a Reply\nTable of Contents\n[wpb-random-posts]\n", "no article text after cleaning")]
    [InlineData("nav.html", "<html><body><nav><a href='/'>Home</a></nav><footer>(c) 2025</footer></body></html>", "no article text after cleaning")]
    public void Files_without_article_text_are_skipped(string name, string content, string reason)
    {
        var path = _folder.Write(name, Encoding.UTF8.GetBytes(content));

        var outcome = _reader.Read(path);

        Assert.Equal(IngestStatus.Skipped, outcome.Status);
        Assert.Equal(reason, outcome.Reason);
    }

    [Fact]
    public void Unsupported_file_is_skipped_not_read()
    {
        var path = _folder.Write("data.csv", "a,b\n1,2");

        var outcome = _reader.Read(path);

        Assert.Equal(IngestStatus.Skipped, outcome.Status);
        Assert.Equal("unsupported file type", outcome.Reason);
    }
}
