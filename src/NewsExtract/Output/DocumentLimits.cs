using System.Globalization;
using NewsExtract.Ingestion;

namespace NewsExtract.Output;

/// <summary>What one document of a batch may cost: files above <paramref name="MaxBytes"/> fail unread, and a document
/// still being processed after <paramref name="Timeout"/> fails; either way the batch goes on.</summary>
/// <param name="Timeout">Null: no time budget.</param>
public sealed record DocumentLimits(long MaxBytes, TimeSpan? Timeout)
{
    public const long Megabyte = 1024 * 1024;

    /// <summary>10 MB and 60 s: the defaults of <c>--max-size</c> and <c>--doc-timeout</c>.</summary>
    public static DocumentLimits Default { get; } = new(10 * Megabyte, TimeSpan.FromSeconds(60));
}

/// <summary>Applies <see cref="DocumentLimits"/> around one document's processing.</summary>
internal static class DocumentGate
{
    /// <summary>Runs <paramref name="work"/> on <paramref name="path"/> unless the file is too large, with a token that is
    /// cancelled when the batch is or when the time budget runs out; a document over its budget becomes
    /// <paramref name="failed"/>, while the batch's own cancellation propagates.</summary>
    public static T Run<T>(string path, DocumentLimits limits, CancellationToken batch, Func<CancellationToken, T> work, Func<string, T> failed)
    {
        if (TooLarge(path, limits) is { } reason)
            return failed(reason);
        if (limits.Timeout is not { } timeout)
            return work(batch);

        // Linked, so the pipeline's existing cancellation checks serve both the user's Ctrl-C and the budget.
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(batch);
        budget.CancelAfter(timeout);
        try
        {
            return work(budget.Token);
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested && !batch.IsCancellationRequested)
        {
            return failed(string.Create(CultureInfo.InvariantCulture, $"took longer than {timeout.TotalSeconds:0.###} s; see --doc-timeout"));
        }
    }

    /// <summary>Why an article file is too large to read, or null. Other files (companions, unsupported) are left to the
    /// reader to skip, and a file that cannot be looked at to the reader to report.</summary>
    private static string? TooLarge(string path, DocumentLimits limits)
    {
        if (InputFolder.Classify(Path.GetFileName(path)).Kind != InputKind.Article)
            return null;
        long length;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
                return null;
            length = info.Length;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return null;
        }

        if (length <= limits.MaxBytes)
            return null;
        // Rounded up, so a file just over the limit never reads as equal to it.
        var size = Math.Ceiling(length * 10.0 / DocumentLimits.Megabyte) / 10;
        return string.Create(CultureInfo.InvariantCulture,
            $"too large: {size:0.#} MB, the limit is {(double)limits.MaxBytes / DocumentLimits.Megabyte:0.###} MB; see --max-size");
    }
}
