using NewsExtract.Extraction;
using NewsExtract.Ingestion;
using NewsExtract.Output;

namespace NewsExtract.Review;

/// <summary>What to import and where: sheets already read, the output folder, and a folder to find the articles in.</summary>
public sealed record ReviewImportOptions(IReadOnlyList<ReviewSheet> Sheets, string OutputDirectory, string? ArticlesDirectory = null);

/// <summary>What an import wrote, or why it wrote nothing.</summary>
/// <param name="MissingArticles">Documents whose article was not found: their labels were written without it.</param>
/// <param name="OutputError">Set when nothing was written (the output folder was left as it was).</param>
public sealed record ReviewImportResult(
    int Documents,
    int GoldDocuments,
    int GoldFacts,
    int ArticlesCopied,
    IReadOnlyList<string> MissingArticles,
    string? OutputError = null);

/// <summary>
/// The <c>review import</c> service: groups reviewed rows by document and writes <c>&lt;doc_id&gt;.review.json</c>,
/// <c>&lt;doc_id&gt;.gold.json</c> (when any row is accepted, fixed or added) and the article beside them, all or nothing.
/// </summary>
/// <remarks>
/// Gold facts are the accepted rows as they are, fixed rows as corrected and added rows as typed, in sheet order;
/// rows that say the same fact (same fact_type and key fields, as <see cref="FactId"/> compares them) are one fact.
/// Articles are looked for under <see cref="ReviewImportOptions.ArticlesDirectory"/> first, then where the sheets'
/// run read them, and copied byte for byte, with their <c>.meta.json</c> sidecar when there is one.
/// </remarks>
public static class ReviewImporter
{
    public static ReviewImportResult Import(ReviewImportOptions options)
    {
        var documents = options.Sheets.SelectMany(s => s.Rows).GroupBy(r => r.Fact.DocId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var articles = options.ArticlesDirectory is { } folder ? ArticlePaths.FromFolder(folder) : ArticlePaths.None;
        var missing = new List<string>();
        int goldDocuments = 0, goldFacts = 0, copied = 0;
        try
        {
            using var staging = new OutputStaging(options.OutputDirectory);
            foreach (var document in documents)
            {
                var docId = document.Key;
                using (var review = staging.CreateFile(docId + ReviewFiles.ReviewSuffix))
                {
                    ReviewFiles.WriteReview(review, docId, document);
                }

                var gold = GoldFacts(document);
                if (gold.Count > 0)
                {
                    using var stream = staging.CreateFile(docId + ReviewFiles.GoldSuffix);
                    ReviewFiles.WriteGold(stream, docId, gold);
                    goldDocuments++;
                    goldFacts += gold.Count;
                }

                if (FindArticle(docId, articles, options.Sheets.Where(s => s.Rows.Any(r => r.Fact.DocId == docId))) is { } article)
                {
                    Copy(staging, article, docId + Path.GetExtension(article).ToLowerInvariant());
                    copied++;
                    // The sidecar holds the published date that dates without a year are read against.
                    var sidecar = Path.Combine(Path.GetDirectoryName(article) ?? ".", docId + SidecarMetadata.Suffix);
                    if (File.Exists(sidecar))
                    {
                        Copy(staging, sidecar, docId + SidecarMetadata.Suffix);
                    }
                }
                else
                {
                    missing.Add(docId);
                }
            }

            staging.Commit();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new ReviewImportResult(0, 0, 0, 0, [], $"cannot write the outputs to {options.OutputDirectory}: {ex.Message}");
        }

        return new ReviewImportResult(documents.Count, goldDocuments, goldFacts, copied, missing);
    }

    /// <summary>The document's facts by the reviewer's word, one per fact.</summary>
    public static IReadOnlyList<Fact> GoldFacts(IEnumerable<ReviewRow> rows)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return rows.Where(r => Verdicts.IsGold(r.Verdict))
            .Select(r => r.Fact)
            .Where(f => seen.Add(FactId.Compute(f)))
            .ToList();
    }

    private static void Copy(OutputStaging staging, string from, string name)
    {
        using var copy = staging.CreateFile(name);
        using var source = File.OpenRead(from);
        source.CopyTo(copy);
    }

    private static string? FindArticle(string docId, ArticlePaths given, IEnumerable<ReviewSheet> sheets) =>
        given.Find(docId) ?? sheets.Select(s => s.Articles.Find(docId)).FirstOrDefault(p => p is not null);
}
