using System.IO.Compression;

namespace NewsExtract.Output;

/// <summary>
/// A worksheet part kept in a temporary file as it is written, deflated as it goes: its start, the rows as they are
/// added, and its end once known. The file is then the zip entry's data (<see cref="DeflatedPart"/>), copied into the
/// workbook as it is. Memory does not grow with the rows, and nothing is left to compress after the last document.
/// </summary>
/// <remarks>The file is deleted when this is disposed. Not thread-safe.</remarks>
internal sealed class SpooledSheet : IDisposable
{
    private readonly FileStream _file;
    private readonly DeflateStream _deflate;
    private readonly WriteThrough _plain;

    /// <param name="start">Writes what comes before the rows.</param>
    public SpooledSheet(string directory, Action<Stream> start)
    {
        _file = new FileStream(Path.Combine(directory, $"newsextract-sheet-{Guid.NewGuid():N}.tmp"), FileMode.CreateNew, FileAccess.ReadWrite,
            FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);
        _deflate = new DeflateStream(_file, CompressionLevel.Optimal, leaveOpen: true);
        _plain = new WriteThrough(_deflate, hash: true);
        start(_plain);
        Rows = new SheetRows(_plain);
    }

    public SheetRows Rows { get; }

    /// <summary>Ends the part with what <paramref name="end"/> writes after the rows; no row can be added after.</summary>
    public DeflatedPart Finish(Action<Stream> end)
    {
        Rows.Flush();
        Rows.Dispose();
        end(_plain);
        _deflate.Dispose();
        _file.Flush();
        var compressed = _file.Length;
        return new DeflatedPart(_plain.Crc32, _plain.Written, compressed, target =>
        {
            _file.Position = 0;
            _file.CopyTo(target);
        });
    }

    public void Dispose()
    {
        Rows.Dispose();
        _deflate.Dispose();
        _file.Dispose();
    }
}
