namespace NewsExtract.Output;

/// <summary>
/// A worksheet holding one table: a bold header in row 1 and one row per item added, spooled to a temporary file as
/// they come (<see cref="SpooledSheet"/>), each column with its width, format and wrap.
/// </summary>
/// <remarks>
/// Rows beyond <c>maxRows</c> (Excel's limit, unless a test asks for less) are counted in <see cref="Dropped"/>,
/// not written. Rows with a wrapped column are made as tall as its text needs (<see cref="WorkbookCells.RowHeight"/>).
/// Not thread-safe.
/// </remarks>
internal sealed class SheetTable<T> : IDisposable
{
    private readonly IReadOnlyList<SheetColumn<T>> _columns;
    private readonly int[] _styles;
    private readonly int _maxRows;
    private readonly SpooledSheet _spool;

    /// <param name="top">Cells read from the top (a wrapped cell grows downwards; its row reads from the top).</param>
    public SheetTable(IReadOnlyList<SheetColumn<T>> columns, WorkbookStyles styles, string temporaryDirectory, int maxRows, bool top)
    {
        _columns = columns;
        _maxRows = maxRows;
        _styles = [.. columns.Select(c => styles.Id(new CellStyle(c.NumberFormat, c.Wrap, Top: top)))];
        Part = new WorksheetPart([.. columns.Select((c, i) => new ColumnFormat(c.Width, _styles[i]))], Table: true);
        _spool = new SpooledSheet(temporaryDirectory, Part.WriteStart);
        var rows = _spool.Rows;
        rows.StartRow();
        for (var c = 0; c < columns.Count; c++)
        {
            rows.Text(c + 1, styles.Id(new CellStyle(columns[c].NumberFormat, columns[c].Wrap, Bold: true, Top: top)), columns[c].Name);
        }
    }

    public WorksheetPart Part { get; }

    /// <summary>The table's last row: the header's (1) when no item was written.</summary>
    public int LastRow => _spool.Rows.LastRow;

    /// <summary>Items added after the sheet was full.</summary>
    public long Dropped { get; private set; }

    public void Add(T item)
    {
        var rows = _spool.Rows;
        if (rows.LastRow >= _maxRows)
        {
            Dropped++;
            return;
        }

        rows.StartRow(WorkbookCells.RowHeight(_columns, item));
        rows.Cells(_columns, _styles, item);
    }

    /// <summary>Ends the worksheet part after every row added, deflated for the package; call once.</summary>
    public DeflatedPart Finish(ListValidation? validation = null)
    {
        var lastRow = LastRow;
        return _spool.Finish(s => Part.WriteEnd(s, lastRow, validation));
    }

    public void Dispose() => _spool.Dispose();
}
