using System.Security.Cryptography;
using System.Text;
using NewsExtract.Annotation;
using NewsExtract.Ingestion;
using NewsExtract.Pipeline;
using NewsExtract.Scoring;

namespace NewsExtract.Training;

/// <summary>A gold file with its article, read and split as the pipeline reads it.</summary>
public sealed record LabelledDocument(GoldDocument Gold, Document Document, string ArticlePath);

/// <summary>The labelled documents under some folders, and a problem for every gold file that could not be used.</summary>
/// <param name="DataHash">SHA-256 prefix over every used gold file and article, in doc_id order.</param>
public sealed record LabelledSet(IReadOnlyList<LabelledDocument> Documents, IReadOnlyList<string> Problems, string DataHash);

/// <summary>Pairs <c>&lt;doc_id&gt;.gold.json</c> files with the article beside them.</summary>
/// <remarks>A folder named <c>blind</c> is never read for training: the held-out split stays held out however the
/// label folders are given (<c>--labels corpus</c> reads <c>corpus/</c> but not <c>corpus/blind/</c>).</remarks>
public static class LabelledData
{
    public const string BlindFolder = "blind";

    public static LabelledSet Load(IEnumerable<string> folders, PipelineParts parts, bool includeBlind = false)
    {
        var gold = GoldReader.ReadFolders(folders);
        var problems = gold.Problems.Select(p => p.ToString()).ToList();
        var documents = new List<LabelledDocument>();
        var hash = new StringBuilder();
        foreach (var doc in gold.Documents.OrderBy(d => d.DocId, StringComparer.Ordinal))
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(doc.Path)) ?? ".";
            if (!includeBlind && folder.Split(Path.DirectorySeparatorChar).Contains(BlindFolder, StringComparer.Ordinal))
                continue;
            var article = InputFolder.ArticleExtensions.Select(ext => Path.Combine(folder, doc.DocId + ext)).FirstOrDefault(File.Exists);
            if (article is null)
            {
                problems.Add($"{doc.Path}: no article {doc.DocId}.txt/.md/.html/.htm beside it");
                continue;
            }
            var outcome = parts.Reader.Read(article);
            if (outcome.Article is not { } read)
            {
                problems.Add($"{article}: {outcome.Reason}");
                continue;
            }
            documents.Add(new LabelledDocument(doc, new Document(read, parts.Splitter.Split(read.Text)), article));
            hash.Append(doc.DocId).Append(':').Append(FileHash(doc.Path)).Append(':').Append(FileHash(article)).Append('\n');
        }
        return new LabelledSet(documents, problems, ModelSet.Hash(hash.ToString()));
    }

    private static string FileHash(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
}
