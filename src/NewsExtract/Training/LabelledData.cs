using NewsExtract.Review;
using System.Security.Cryptography;
using System.Text;
using NewsExtract.Annotation;
using NewsExtract.Ingestion;
using NewsExtract.Pipeline;
using NewsExtract.Scoring;

namespace NewsExtract.Training;

/// <summary>A gold file with its article, read and split as the pipeline reads it.</summary>
/// <param name="Review">Set when the facts come from a review folder (<c>--reviews</c>): its rows say which candidates are unknowns.</param>
public sealed record LabelledDocument(GoldDocument Gold, Document Document, string ArticlePath, ReviewRecords? Review = null);

/// <summary>The labelled documents under some folders, and a problem for every gold file that could not be used.</summary>
/// <param name="DataHash">SHA-256 prefix over every used gold file, article and review file, in doc_id order.</param>
public sealed record LabelledSet(IReadOnlyList<LabelledDocument> Documents, IReadOnlyList<string> Problems, string DataHash);

/// <summary>Pairs <c>&lt;doc_id&gt;.gold.json</c> files with the article beside them.</summary>
/// <remarks>A folder named <c>blind</c> is never read for training: the held-out split stays held out however the
/// label folders are given (<c>--labels corpus</c> reads <c>corpus/</c> but not <c>corpus/blind/</c>). Review folders
/// (written by <c>review import</c>) give facts only: a document in both takes its entities from the label folder and
/// its facts from the review.</remarks>
public static class LabelledData
{
    public const string BlindFolder = "blind";

    public static LabelledSet Load(IEnumerable<string> folders, PipelineParts parts, bool includeBlind = false) =>
        Load(folders, [], parts, includeBlind);

    public static LabelledSet Load(IEnumerable<string> folders, IEnumerable<string> reviewFolders, PipelineParts parts, bool includeBlind = false)
    {
        var gold = GoldReader.ReadFolders(folders);
        var problems = gold.Problems.Select(p => p.ToString()).ToList();
        var reviews = ReviewedFacts.Read(reviewFolders, problems);
        var documents = new List<LabelledDocument>();
        var hash = new StringBuilder();
        bool Held(string path) => !includeBlind && FolderOf(path).Split(Path.DirectorySeparatorChar).Contains(BlindFolder, StringComparer.Ordinal);

        var labelled = gold.Documents.Where(d => !Held(d.Path)).ToDictionary(d => d.DocId, StringComparer.Ordinal);
        var reviewed = reviews.Where(r => !Held(r.Path)).ToDictionary(r => r.DocId, StringComparer.Ordinal);
        foreach (var docId in labelled.Keys.Union(reviewed.Keys).Order(StringComparer.Ordinal))
        {
            var doc = labelled.GetValueOrDefault(docId);
            var review = reviewed.GetValueOrDefault(docId);
            // The article the entity labels were made on, when there are any.
            var labelsPath = doc?.Path ?? review!.Path;
            var article = ArticleBeside(labelsPath, docId);
            if (article is null)
            {
                problems.Add($"{labelsPath}: no article {docId}.txt/.md/.html/.htm beside it");
                continue;
            }
            var outcome = parts.Reader.Read(article);
            if (outcome.Article is not { } read)
            {
                problems.Add($"{article}: {outcome.Reason}");
                continue;
            }

            var labels = (doc, review) switch
            {
                (_, null) => doc!,
                (null, _) => new GoldDocument(docId, review.Path, [], review.Facts, EntitiesLabelled: false),
                _ => doc with { Facts = review.Facts },
            };
            documents.Add(new LabelledDocument(labels, new Document(read, parts.Splitter.Split(read.Text)), article, review?.Records));
            // Label folders hash as they always did, so models trained on them alone keep their data hash.
            hash.Append(docId);
            if (doc is not null)
                hash.Append(':').Append(FileHash(doc.Path)).Append(':').Append(FileHash(article));
            if (review is not null)
            {
                foreach (var file in review.Files)
                    hash.Append(":review:").Append(FileHash(file));
                if (doc is null)
                    hash.Append(':').Append(FileHash(article));
            }
            hash.Append('\n');
        }
        return new LabelledSet(documents, problems, ModelSet.Hash(hash.ToString()));
    }

    private static string FolderOf(string path) => Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";

    private static string? ArticleBeside(string path, string docId) =>
        InputFolder.ArticleExtensions.Select(ext => Path.Combine(FolderOf(path), docId + ext)).FirstOrDefault(File.Exists);

    private static string FileHash(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
}
