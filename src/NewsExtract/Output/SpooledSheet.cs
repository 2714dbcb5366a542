using System.IO.Compression;

namespace NewsExtract.Output;

/// <summary>
/// A worksheet's rows kept in a temporary file as they are added (deflated, so the file stays small), to be copied
/// into the workbook package when it is written. Memory does not grow with the rows.
/// </summary>
/// <remarks>The file is deleted when this is disposed. Not thread-safe.</remarks>
internal sealed class SpooledSheet : IDisposable
{
    private readonly FileStream _file;
    private readonly DeflateStream _deflate;

    public SpooledSheet(string directory)
    {
        _file = new FileStream(Path.Combine(directory, $"newsextract-sheet-{Guid.NewGuid():N}.tmp"), FileMode.CreateNew, FileAccess.ReadWrite,
            FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);
        _deflate = new DeflateStream(_file, CompressionLevel.Fastest, leaveOpen: true);
        Rows = new SheetRows(_deflate);
    }

    public SheetRows Rows { get; }

    /// <summary>Ends the rows and copies their XML to <paramref name="target"/>; no row can be added after.</summary>
    public void CopyTo(Stream target)
    {
        Rows.Flush();
        Rows.Dispose();
        _deflate.Dispose();
        _file.Position = 0;
        using var inflate = new DeflateStream(_file, CompressionMode.Decompress, leaveOpen: true);
        inflate.CopyTo(target);
    }

    public void Dispose()
    {
        Rows.Dispose();
        _deflate.Dispose();
        _file.Dispose();
    }
}
