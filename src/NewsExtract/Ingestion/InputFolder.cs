namespace NewsExtract.Ingestion;

/// <summary>What ingestion does with one file found in an input folder.</summary>
public enum InputKind
{
    /// <summary><c>.txt .md .html .htm</c>: read as an article.</summary>
    Article,

    /// <summary><c>&lt;doc_id&gt;.gold.json</c>: hand labels for the scorer, skipped by ingestion.</summary>
    GoldLabels,

    /// <summary><c>&lt;doc_id&gt;.meta.json</c>: read together with its article, skipped on its own.</summary>
    SidecarMetadata,

    /// <summary>An article whose doc_id an earlier file (in ordinal path order) already has.</summary>
    DuplicateDocId,

    /// <summary>Anything else.</summary>
    Unsupported,
}

/// <summary>One file of an input folder and its plan.</summary>
/// <param name="RelativePath">Path under the folder, with <c>/</c> separators; the sort key.</param>
public sealed record InputFile(string Path, string RelativePath, string DocId, InputKind Kind)
{
    /// <summary>Why the file is skipped, or null for an article to read.</summary>
    public string? SkipReason => Kind switch
    {
        InputKind.Article => null,
        InputKind.GoldLabels => "gold labels",
        InputKind.SidecarMetadata => "sidecar metadata",
        InputKind.DuplicateDocId => "duplicate doc_id",
        _ => "unsupported file type",
    };
}

/// <summary>Lists an input folder so that every file in it is accounted for.</summary>
/// <remarks>
/// Recursive, in ordinal order of the relative path (with <c>/</c> separators), so runs are reproducible
/// across file systems. Companion files (gold labels, sidecars) are listed too, as skipped, so that a run
/// summary accounts for every file. Dot-directories (<c>.git</c>, <c>.vs</c>) are not entered; dot-files
/// are listed (as unsupported). Immutable and thread-safe.
/// </remarks>
public sealed class InputFolder
{
    public static readonly IReadOnlySet<string> ArticleExtensions =
        new HashSet<string>([".txt", ".md", ".html", ".htm"], StringComparer.OrdinalIgnoreCase);

    public InputFolder(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        Root = System.IO.Path.GetFullPath(root);
    }

    public string Root { get; }

    /// <summary>Every file under <see cref="Root"/>, each with its plan.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder itself does not exist (a usage error, not a bad document).</exception>
    public IReadOnlyList<InputFile> Enumerate()
    {
        if (!Directory.Exists(Root))
            throw new DirectoryNotFoundException($"Input folder not found: {Root}");

        var relative = new List<string>();
        Collect(Root, relative);
        relative.Sort(StringComparer.Ordinal);

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var files = new List<InputFile>(relative.Count);
        foreach (var rel in relative)
        {
            var full = System.IO.Path.Combine(Root, rel.Replace('/', System.IO.Path.DirectorySeparatorChar));
            var (docId, kind) = Classify(System.IO.Path.GetFileName(rel));
            if (kind == InputKind.Article && !seen.Add(docId))
                kind = InputKind.DuplicateDocId;
            files.Add(new InputFile(full, rel, docId, kind));
        }
        return files;
    }

    /// <summary>Reads every article with <paramref name="reader"/> and reports every other file as skipped, lazily.</summary>
    public IEnumerable<IngestOutcome> Ingest(IArticleReader reader, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        foreach (var file in Enumerate())
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return file.SkipReason is { } reason
                ? IngestOutcome.Skip(file.Path, file.DocId, reason)
                : reader.Read(file.Path, cancellationToken);
        }
    }

    /// <summary>The doc_id and plan for a file name.</summary>
    public static (string DocId, InputKind Kind) Classify(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        if (fileName.EndsWith(".gold.json", StringComparison.OrdinalIgnoreCase))
            return (fileName[..^".gold.json".Length], InputKind.GoldLabels);
        if (fileName.EndsWith(SidecarMetadata.Suffix, StringComparison.OrdinalIgnoreCase))
            return (fileName[..^SidecarMetadata.Suffix.Length], InputKind.SidecarMetadata);
        var extension = System.IO.Path.GetExtension(fileName);
        var docId = System.IO.Path.GetFileNameWithoutExtension(fileName);
        return ArticleExtensions.Contains(extension) && docId.Length > 0
            ? (docId, InputKind.Article)
            : (docId.Length > 0 ? docId : fileName, InputKind.Unsupported);
    }

    private void Collect(string directory, List<string> into)
    {
        foreach (var file in Directory.EnumerateFiles(directory))
            into.Add(System.IO.Path.GetRelativePath(Root, file).Replace(System.IO.Path.DirectorySeparatorChar, '/'));
        foreach (var sub in Directory.EnumerateDirectories(directory))
        {
            var info = new DirectoryInfo(sub);
            if (info.Name.StartsWith('.') || info.LinkTarget is not null)
                continue;
            Collect(sub, into);
        }
    }
}
