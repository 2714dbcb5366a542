using NewsExtract.Ingestion;
using NewsExtract.Output;

namespace NewsExtract.Review;

/// <summary>Where the articles of some documents are: doc_id to file path (files may have moved since; check before use).</summary>
public sealed record ArticlePaths(IReadOnlyDictionary<string, string> ByDocId)
{
    public static readonly ArticlePaths None = new(new Dictionary<string, string>());

    /// <summary>The path of the document's article when it exists, else null.</summary>
    public string? Find(string docId) =>
        ByDocId.TryGetValue(docId, out var path) && File.Exists(path) ? path : null;

    /// <summary>Every article under <paramref name="folder"/> (recursively, as <c>extract</c> finds them); none when it cannot be listed.</summary>
    public static ArticlePaths FromFolder(string folder)
    {
        try
        {
            return new ArticlePaths(new InputFolder(folder).Enumerate()
                .Where(f => f.Kind == InputKind.Article)
                .ToDictionary(f => f.DocId, f => f.Path, StringComparer.Ordinal));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return None;
        }
    }

    /// <summary>The run's input folder and the files listed in it (paths relative to it, with <c>/</c>), as a run summary lists them.</summary>
    public static ArticlePaths FromListing(string inputFolder, IEnumerable<(string Path, string DocId)> files)
    {
        var paths = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, docId) in files)
        {
            var id = docId.Trim().Length > 0 ? docId.Trim() : Path.GetFileNameWithoutExtension(path);
            if (path.Length > 0 && InputFolder.ArticleExtensions.Contains(Path.GetExtension(path)))
            {
                paths.TryAdd(id, Path.GetFullPath(Path.Combine(inputFolder, path.Replace('/', Path.DirectorySeparatorChar))));
            }
        }

        return new ArticlePaths(paths);
    }

    /// <summary>
    /// A relative input folder as the run saw it: from the current folder, or from the summary's folder or one
    /// above it (the run may have been started elsewhere).
    /// </summary>
    private static string ResolveInput(string input, string summary)
    {
        if (Path.IsPathRooted(input) || Directory.Exists(input))
        {
            return input;
        }

        for (var folder = Path.GetDirectoryName(summary); folder is not null; folder = Path.GetDirectoryName(folder))
        {
            if (Directory.Exists(Path.Combine(folder, input)))
            {
                return Path.Combine(folder, input);
            }
        }

        return input;
    }

    /// <summary>
    /// The <c>summary.json</c> an <c>extract</c> run wrote beside <paramref name="factsFile"/>; none when there is none or
    /// it cannot be read. Its input folder is as the run was given it.
    /// </summary>
    public static ArticlePaths FromSummaryJson(string factsFile)
    {
        var path = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(factsFile)) ?? ".", "summary.json");
        if (!File.Exists(path) || RunSummaryReader.ReadFile(path).Summary is not { Input.Length: > 0 } summary)
        {
            return None;
        }

        return FromListing(ResolveInput(summary.Input, path), summary.Files.Select(f => (f.Path, f.DocId)));
    }
}
