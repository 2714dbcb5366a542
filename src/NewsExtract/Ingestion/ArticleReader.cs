namespace NewsExtract.Ingestion;

/// <summary>Limits for <see cref="ArticleReader"/>.</summary>
/// <param name="MaxFileBytes">Larger files fail rather than being read into memory.</param>
public sealed record ArticleReaderOptions(long MaxFileBytes = 32 * 1024 * 1024)
{
    public static ArticleReaderOptions Default { get; } = new();
}

/// <summary>Reads one input file into an <see cref="Article"/> with clean text.</summary>
/// <remarks>
/// <c>.txt</c> is cleaned as is; <c>.md</c> loses its markup first; <c>.html</c>/<c>.htm</c> go through
/// <see cref="HtmlArticleExtractor"/>. A sidecar <c>&lt;doc_id&gt;.meta.json</c>, when present, overrides the
/// page's published date, URL, source and title. Never throws for a bad file: a missing, unreadable, binary
/// or oversized file, or an invalid sidecar, is a <see cref="IngestStatus.Failed"/> outcome; a file with no
/// article text after cleaning is <see cref="IngestStatus.Skipped"/>. Thread-safe: one instance can serve a
/// parallel pipeline.
/// </remarks>
public sealed class ArticleReader : IArticleReader
{
    private const int MaxTitleLength = 200;

    private readonly ArticleReaderOptions _options;
    private readonly TextDecoder _decoder = new();
    private readonly TextCleaner _cleaner = new();
    private readonly HtmlArticleExtractor _html = new();

    public ArticleReader(ArticleReaderOptions? options = null)
    {
        _options = options ?? ArticleReaderOptions.Default;
    }

    public IngestOutcome Read(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        cancellationToken.ThrowIfCancellationRequested();
        var fileName = Path.GetFileName(path);
        var (docId, kind) = InputFolder.Classify(fileName);
        if (kind != InputKind.Article)
            return IngestOutcome.Skip(path, docId, new InputFile(path, fileName, docId, kind).SkipReason!);

        try
        {
            return ReadArticle(path, docId);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or System.Security.SecurityException)
        {
            return IngestOutcome.Fail(path, docId, $"unreadable file: {ex.Message}");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // One malformed page must not end the batch; the reason names the failure for the run summary.
            return IngestOutcome.Fail(path, docId, $"could not extract text: {ex.GetType().Name}: {ex.Message}");
        }
    }

    private IngestOutcome ReadArticle(string path, string docId)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
            return IngestOutcome.Fail(path, docId, "file not found");
        if (info.Length > _options.MaxFileBytes)
            return IngestOutcome.Fail(path, docId, $"file too large ({info.Length} bytes; limit {_options.MaxFileBytes})");

        var sidecar = SidecarMetadata.Empty;
        var sidecarPath = SidecarMetadata.PathFor(path);
        if (File.Exists(sidecarPath))
        {
            var parsed = SidecarMetadata.Parse(File.ReadAllText(sidecarPath));
            if (parsed.Metadata is null)
                return IngestOutcome.Fail(path, docId, $"invalid sidecar {Path.GetFileName(sidecarPath)}: {parsed.Error}");
            sidecar = parsed.Metadata;
        }

        var bytes = File.ReadAllBytes(path);
        if (bytes.Length == 0)
            return IngestOutcome.Skip(path, docId, "empty file");

        var extension = Path.GetExtension(path).ToLowerInvariant();
        var isHtml = extension is ".html" or ".htm";
        var decoded = _decoder.Decode(bytes, isHtml);
        if (decoded.Text is null)
            return IngestOutcome.Fail(path, docId, decoded.Error ?? "not text");

        string text;
        string? title;
        DateOnly? published = null;
        string? url = null, source = null, byline = null;
        if (isHtml)
        {
            var page = _html.Extract(decoded.Text);
            text = _cleaner.Clean(page.Lines);
            (title, published, url, source, byline) = (page.Title, page.Published, page.Url, page.SiteName, page.Byline);
        }
        else
        {
            text = _cleaner.Clean(extension == ".md" ? MarkdownText.ToPlainText(decoded.Text) : decoded.Text);
            title = FirstLineAsTitle(text);
        }

        if (string.IsNullOrWhiteSpace(text))
            return IngestOutcome.Skip(path, docId, "no article text after cleaning");

        var article = new Article(
            docId,
            path,
            text,
            sidecar.Title ?? title,
            sidecar.Published ?? published ?? PublishedDate.FromDateline(text),
            sidecar.Url ?? url,
            sidecar.Source ?? source,
            byline);
        return IngestOutcome.Ok(article, decoded.Note);
    }

    /// <summary>A plain-text article's first line is its headline when it is short and not a sentence.</summary>
    private static string? FirstLineAsTitle(string text)
    {
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        var first = (end < 0 ? text : text[..end]).Trim();
        return first.Length is > 0 and <= MaxTitleLength && !first.EndsWith('.') ? first : null;
    }
}
