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

    /// <summary>A symbolic link to a folder: listed but not followed, so a link loop cannot hang a run.</summary>
    LinkedFolder,

    /// <summary>A folder that could not be listed (permissions, an I/O error): a failed entry; the rest is read.</summary>
    UnreadableFolder,
}

/// <summary>Lists the entries of one folder; a seam so tests can make a folder unreadable where permissions cannot (root).</summary>
public delegate IEnumerable<FileSystemInfo> FolderLister(string directory);

/// <summary>One file (or folder not entered) of an input folder and its plan.</summary>
/// <param name="RelativePath">Path under the folder, with <c>/</c> separators; the sort key.</param>
/// <param name="Detail">For an unreadable folder, why it could not be listed.</param>
public sealed record InputFile(string Path, string RelativePath, string DocId, InputKind Kind, string? Detail = null)
{
    /// <summary>Whether this is a folder the listing did not enter, which no reader must be given.</summary>
    public bool IsFolder => Kind is InputKind.LinkedFolder or InputKind.UnreadableFolder;

    /// <summary>Why the file is skipped, or null for an article to read or a folder that failed.</summary>
    public string? SkipReason => Kind switch
    {
        InputKind.Article or InputKind.UnreadableFolder => null,
        InputKind.GoldLabels => "gold labels",
        InputKind.SidecarMetadata => "sidecar metadata",
        InputKind.DuplicateDocId => "duplicate doc_id",
        InputKind.LinkedFolder => "symbolic link to a folder, not followed",
        _ => "unsupported file type",
    };

    /// <summary>Why the entry failed before any reading, or null.</summary>
    public string? FailReason => Kind == InputKind.UnreadableFolder ? $"cannot read folder: {Detail}" : null;

    /// <summary>The outcome the listing alone decides (a companion, an unsupported file, a folder not entered), or null for an article.</summary>
    public IngestOutcome? ListingOutcome =>
        FailReason is { } failed ? IngestOutcome.Fail(Path, DocId, failed)
        : SkipReason is { } skipped ? IngestOutcome.Skip(Path, DocId, skipped)
        : null;
}

/// <summary>Lists an input folder so that every file in it is accounted for.</summary>
/// <remarks>
/// Recursive, in ordinal order of the relative path (with <c>/</c> separators), so runs are reproducible
/// across file systems. Companion files (gold labels, sidecars) are listed too, as skipped, so that a run
/// summary accounts for every file. Dot-directories (<c>.git</c>, <c>.vs</c>) are not entered; dot-files
/// are listed (as unsupported). Symbolic links to folders are listed as <see cref="InputKind.LinkedFolder"/>
/// and not followed; a subfolder that cannot be listed is one <see cref="InputKind.UnreadableFolder"/> entry
/// (only the root failing throws). Immutable and thread-safe.
/// </remarks>
public sealed class InputFolder
{
    public static readonly IReadOnlySet<string> ArticleExtensions =
        new HashSet<string>([".txt", ".md", ".html", ".htm"], StringComparer.OrdinalIgnoreCase);

    private readonly FolderLister _list;

    /// <param name="list">Lists one folder; null reads the file system.</param>
    public InputFolder(string root, FolderLister? list = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        Root = System.IO.Path.GetFullPath(root);
        _list = list ?? (directory => new DirectoryInfo(directory).EnumerateFileSystemInfos());
    }

    public string Root { get; }

    /// <summary>Every file under <see cref="Root"/>, each with its plan.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder itself does not exist (a usage error, not a bad document).</exception>
    /// <exception cref="UnauthorizedAccessException">The folder itself cannot be listed (also a usage error).</exception>
    public IReadOnlyList<InputFile> Enumerate()
    {
        if (!Directory.Exists(Root))
            throw new DirectoryNotFoundException($"Input folder not found: {Root}");

        var entries = new List<Entry>();
        Collect(Root, entries);
        entries.Sort((a, b) => string.CompareOrdinal(a.Relative, b.Relative));

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var files = new List<InputFile>(entries.Count);
        foreach (var (rel, folderKind, detail) in entries)
        {
            var full = System.IO.Path.Combine(Root, rel.Replace('/', System.IO.Path.DirectorySeparatorChar));
            var name = System.IO.Path.GetFileName(rel);
            var (docId, kind) = folderKind is { } folder ? (name, folder) : Classify(name);
            if (kind == InputKind.Article && !seen.Add(docId))
                kind = InputKind.DuplicateDocId;
            files.Add(new InputFile(full, rel, docId, kind, detail));
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
            yield return file.ListingOutcome ?? reader.Read(file.Path, cancellationToken);
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

    /// <param name="FolderKind">Null for a file (classified by name later), else the kind of a folder not entered.</param>
    private readonly record struct Entry(string Relative, InputKind? FolderKind, string? Detail);

    private void Collect(string directory, List<Entry> into)
    {
        List<FileSystemInfo> listed;
        try
        {
            // Materialized inside the try: a folder is either listed whole or is one failed entry, never half of each.
            listed = _list(directory).ToList();
        }
        catch (Exception ex) when (directory != Root && ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            into.Add(new Entry(RelativeOf(directory), InputKind.UnreadableFolder, ex.Message));
            return;
        }

        foreach (var entry in listed)
        {
            if (entry is not DirectoryInfo folder)
                into.Add(new Entry(RelativeOf(entry.FullName), null, null));
            else if (folder.Name.StartsWith('.'))
                continue;
            else if (folder.LinkTarget is not null)
                into.Add(new Entry(RelativeOf(folder.FullName), InputKind.LinkedFolder, null));
            else
                Collect(folder.FullName, into);
        }
    }

    private string RelativeOf(string path) =>
        System.IO.Path.GetRelativePath(Root, path).Replace(System.IO.Path.DirectorySeparatorChar, '/');
}
