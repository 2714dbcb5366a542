// TEMP stub: replaced on merge
using NewsExtract.Ingestion;

namespace NewsExtract.Cli;

/// <summary>Stand-ins for the ingestion side until it is merged: the input enumerator and the article reader.</summary>
public static class InputFiles
{
    /// <summary>Every file under <paramref name="directory"/>, recursively, sorted ordinal by full path.</summary>
    public static IReadOnlyList<string> Enumerate(string directory)
    {
        var files = Directory.GetFiles(directory, "*", SearchOption.AllDirectories);
        Array.Sort(files, StringComparer.Ordinal);
        return files;
    }

    public static IArticleReader CreateReader() => new NotBuiltReader();

    private sealed class NotBuiltReader : IArticleReader
    {
        public IngestOutcome Read(string path, CancellationToken cancellationToken = default) =>
            IngestOutcome.Fail(path, Path.GetFileNameWithoutExtension(path), "ingestion not built");
    }
}
