namespace NewsExtract.Output;

/// <summary>
/// A worksheet part kept in a temporary file as it is written, deflated as it goes (<see cref="DeflateSpool"/>): its
/// start, the rows as they are added, and its end once known. Memory does not grow with the rows, and nothing is left
/// to compress after the last document.
/// </summary>
/// <remarks>The file is deleted when this is disposed. Not thread-safe.</remarks>
internal sealed class SpooledSheet : IDisposable
{
    private readonly DeflateSpool _spool;

    /// <param name="start">Writes what comes before the rows.</param>
    public SpooledSheet(string directory, Action<Stream> start)
    {
        _spool = new DeflateSpool(directory);
        start(_spool.Plain);
        Rows = new SheetRows(_spool.Plain);
    }

    public SheetRows Rows { get; }

    /// <summary>Ends the part with what <paramref name="end"/> writes after the rows; no row can be added after.</summary>
    public DeflatedPart Finish(Action<Stream> end)
    {
        Rows.Flush();
        Rows.Dispose();
        end(_spool.Plain);
        return _spool.Finish();
    }

    public void Dispose()
    {
        Rows.Dispose();
        _spool.Dispose();
    }
}
