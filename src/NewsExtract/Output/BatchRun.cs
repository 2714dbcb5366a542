using NewsExtract.Ingestion;

namespace NewsExtract.Output;

/// <summary>Which files a batch command reads and where it writes.</summary>
/// <param name="Files">The input files in processing order (the enumerator's list); each is accounted for in the summary.</param>
public sealed record BatchOptions(string InputDirectory, string OutputDirectory, IReadOnlyList<string> Files)
{
    /// <summary>The size limit and time budget of each document.</summary>
    public DocumentLimits Limits { get; init; } = DocumentLimits.Default;

    /// <summary>Folders in <see cref="Files"/> the listing did not enter (unreadable, or symbolic links), by path: each is
    /// reported with its outcome and never given to a reader.</summary>
    public IReadOnlyDictionary<string, IngestOutcome> Folders { get; init; } = new Dictionary<string, IngestOutcome>();
}

/// <summary>Hears about a batch as it goes, for progress displays. Called on the batch's thread.</summary>
public interface IBatchObserver
{
    void Started(int totalFiles);

    /// <summary><paramref name="index"/> is 0-based; the file is done whatever its status.</summary>
    void FileDone(int index, FileSummary file);
}

/// <summary>The end of a batch: the summary of every file it got to, and why the outputs could not be written, if so.</summary>
/// <remarks>When <see cref="OutputError"/> or <see cref="StartError"/> is set the target folder was left as it was.</remarks>
public sealed record BatchResult(RunSummary Summary, string? OutputError)
{
    public bool OutputWritten => OutputError is null && StartError is null;

    /// <summary>Why the batch could not start, e.g. the models would not load: no file was read and nothing written.</summary>
    public string? StartError { get; init; }

    /// <summary>Characters of clean article text in the processed documents, for throughput figures.</summary>
    public long TextCharacters { get; init; }

    /// <summary>Nothing changed since the outputs in the folder were written, so they were left as they are;
    /// <see cref="Summary"/> is theirs.</summary>
    public bool UpToDate { get; init; }

    /// <summary>What the user should know about outputs that were written, e.g. a workbook cut at a spreadsheet's row limit.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Documents processed at once.</summary>
    public int Threads { get; init; } = 1;

    /// <summary>Reviewed sheets the outputs would have replaced; set (with <see cref="OutputError"/>) when the run refused to write.</summary>
    public IReadOnlyList<ReviewedSheet> ReviewWouldBeLost { get; init; } = [];

    /// <summary>Reviewed sheets kept as backups before the outputs replaced them.</summary>
    public IReadOnlyList<ReviewBackup> Backups { get; init; } = [];
}

/// <summary>The bookkeeping the batch commands share: relative paths, files inside the output folder, repeated doc ids.</summary>
internal sealed class BatchLedger(BatchOptions options)
{
    private readonly string _input = Path.GetFullPath(options.InputDirectory);
    private readonly string _output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.OutputDirectory));
    private readonly Dictionary<string, string> _docIds = new(StringComparer.OrdinalIgnoreCase);

    public List<FileSummary> Files { get; } = [];

    public string Relative(string path) =>
        Path.GetRelativePath(_input, Path.GetFullPath(path)).Replace(Path.DirectorySeparatorChar, '/');

    /// <summary>Earlier outputs (or this run's staging folder) under the input folder are not articles.</summary>
    public string? SkipReason(string path)
    {
        var full = Path.GetFullPath(path);
        var parent = Path.GetDirectoryName(_output) ?? _output;
        var staging = Path.Combine(parent, $".{Path.GetFileName(_output)}.tmp-");
        if (full.StartsWith(_output + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return "inside the output folder";
        }

        return full.StartsWith(staging, StringComparison.Ordinal) ? "inside a temporary output folder" : null;
    }

    /// <summary>The reason a processed document must be dropped because an earlier file had its doc_id, or null.</summary>
    /// <remarks>Two files with one doc_id (a.txt and a.html) would mix their facts and overwrite each other's clean text.</remarks>
    public string? ClaimDocId(string docId, string path)
    {
        if (_docIds.TryGetValue(docId, out var first))
        {
            return $"duplicate doc_id '{docId}': already produced by {first}";
        }

        _docIds.Add(docId, Relative(path));
        return null;
    }

    /// <summary>The summary of a folder the listing did not enter, or null for a file to read.</summary>
    public FileSummary? Folder(string path) =>
        options.Folders.TryGetValue(path, out var folder) ? new FileSummary(Relative(path), folder.DocId, folder.Status, folder.Reason, 0, 0) : null;

    public FileSummary Add(FileSummary file, IBatchObserver? observer)
    {
        Files.Add(file);
        observer?.FileDone(Files.Count - 1, file);
        return file;
    }

    public RunSummary Summary(string command) => new(command, options.InputDirectory, Files);

    public static string DocIdOf(string path) => Path.GetFileNameWithoutExtension(path);

    /// <summary>A processor or reader that throws despite its contract is a failed file, not the end of the batch.</summary>
    public static string Unexpected(Exception ex) => $"unexpected error: {ex.GetType().Name}: {ex.Message}";

    public static IngestOutcome Failed(string path, Exception ex) => IngestOutcome.Fail(path, DocIdOf(path), Unexpected(ex));

    public static IngestOutcome Failed(string path, string reason) => IngestOutcome.Fail(path, DocIdOf(path), reason);
}
