using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace NewsExtract.Output;

/// <summary>
/// Writes the rows of a worksheet's <c>sheetData</c> as SpreadsheetML to a stream, one at a time, from row 1: text as
/// inline strings (typed as text, so nothing is read as a formula, date or number), numbers as numbers.
/// </summary>
/// <remarks>
/// Inline strings rather than a shared-string table, so memory does not grow with the rows. Text is cut at
/// <see cref="WorkbookCells.MaxText"/> and escaped as an ST_Xstring (<see cref="SpreadsheetMl.Escape"/>); carriage
/// returns are written as character references so readers keep them. The sheets of a batch are most of what a run
/// writes, so the XML is written as UTF-8 bytes here rather than through an <c>XmlWriter</c> (a third of the writing
/// stage's time went to it); the bytes are those an <c>XmlWriter</c> with entitized new lines writes, which the tests
/// check. Not thread-safe.
/// </remarks>
internal sealed class SheetRows : IDisposable
{
    /// <summary>What element text cannot carry as it is; the rest (after <see cref="SpreadsheetMl.Escape"/>) is valid XML.</summary>
    private static readonly SearchValues<char> Markup = SearchValues.Create("&<>\r");

    private readonly Stream _stream;
    private readonly byte[] _buffer = new byte[16 * 1024];
    private readonly List<byte[]> _columnNames = [];
    private byte[] _row = [];
    private int _used;
    private bool _open;
    private bool _rowHasCells;

    public SheetRows(Stream stream) => _stream = stream;

    /// <summary>The number of the last row started (0 before the first).</summary>
    public int LastRow { get; private set; }

    /// <summary>Starts the next row; <paramref name="height"/> in points, null for the default.</summary>
    public void StartRow(double? height = null)
    {
        EndRow();
        LastRow++;
        _row = Encoding.ASCII.GetBytes(LastRow.ToString(CultureInfo.InvariantCulture));
        Write("<row r=\""u8);
        Write(_row);
        Write("\""u8);
        if (height is { } points)
        {
            Write(" ht=\""u8);
            Ascii(points.ToString("R", CultureInfo.InvariantCulture));
            Write("\" customHeight=\"1\""u8);
        }

        _open = true;
        _rowHasCells = false;
    }

    /// <summary>Leaves the row empty and moves on: the next row started is the one after it.</summary>
    public void SkipRow()
    {
        EndRow();
        LastRow++;
    }

    /// <summary>A text cell in column <paramref name="column"/> (1-based) of the current row; blank text leaves the cell out.</summary>
    public void Text(int column, int style, string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        var value = SpreadsheetMl.Escape(WorkbookCells.Clip(text));
        StartCell(column, style);
        Write(" t=\"inlineStr\"><is><t"u8);
        if (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))
        {
            Write(" xml:space=\"preserve\""u8);
        }

        Write(">"u8);
        ElementText(value);
        Write("</t></is></c>"u8);
    }

    /// <summary>A number cell; a number a spreadsheet cannot hold (NaN, infinity) leaves the cell blank.</summary>
    public void Number(int column, int style, double value)
    {
        if (!double.IsFinite(value))
        {
            return;
        }

        StartCell(column, style);
        Write("><v>"u8);
        Ascii(value.ToString("R", CultureInfo.InvariantCulture));
        Write("</v></c>"u8);
    }

    /// <summary>Fills the current row with <paramref name="item"/>'s cells, one per column, each with its column's style.</summary>
    public void Cells<T>(IReadOnlyList<SheetColumn<T>> columns, IReadOnlyList<int> styles, T item)
    {
        for (var c = 0; c < columns.Count; c++)
        {
            if (columns[c].Text is { } text)
            {
                Text(c + 1, styles[c], text(item));
            }
            else if (columns[c].Number?.Invoke(item) is { } number)
            {
                Number(c + 1, styles[c], number);
            }
        }
    }

    public void Flush()
    {
        EndRow();
        Drain();
        _stream.Flush();
    }

    /// <summary>Writes what is buffered; the stream stays open (it belongs to the caller).</summary>
    public void Dispose() => Drain();

    private void StartCell(int column, int style)
    {
        if (!_open)
        {
            throw new InvalidOperationException("start a row before its cells");
        }

        while (_columnNames.Count < column)
        {
            _columnNames.Add(Encoding.ASCII.GetBytes(SpreadsheetMl.ColumnName(_columnNames.Count + 1)));
        }

        // The row's start tag is closed by its first cell, as an XmlWriter closes a start tag when content follows.
        Write(_rowHasCells ? "<c r=\""u8 : "><c r=\""u8);
        _rowHasCells = true;
        Write(_columnNames[column - 1]);
        Write(_row);
        Write("\""u8);
        if (style != 0)
        {
            Write(" s=\""u8);
            Ascii(style.ToString(CultureInfo.InvariantCulture));
            Write("\""u8);
        }
    }

    private void EndRow()
    {
        if (_open)
        {
            Write(_rowHasCells ? "</row>"u8 : " />"u8);
            _open = false;
        }
    }

    /// <summary>Text as element content: markup characters as entities, a carriage return as a character reference.</summary>
    private void ElementText(ReadOnlySpan<char> text)
    {
        while (text.Length > 0)
        {
            var plain = text.IndexOfAny(Markup);
            Utf8Text(plain < 0 ? text : text[..plain]);
            if (plain < 0)
            {
                return;
            }

            Write(text[plain] switch
            {
                '&' => "&amp;"u8,
                '<' => "&lt;"u8,
                '>' => "&gt;"u8,
                _ => "&#xD;"u8,
            });
            text = text[(plain + 1)..];
        }
    }

    /// <summary>Encodes text holding no lone surrogate (<see cref="SpreadsheetMl.Escape"/> took them out) as UTF-8.</summary>
    private void Utf8Text(ReadOnlySpan<char> text)
    {
        while (text.Length > 0)
        {
            // A full buffer stops the encoder before a character (a surrogate pair too) that does not fit whole.
            Utf8.FromUtf16(text, _buffer.AsSpan(_used), out var read, out var written);
            _used += written;
            text = text[read..];
            if (text.Length > 0)
            {
                Drain();
            }
        }
    }

    private void Ascii(string text)
    {
        if (_buffer.Length - _used < text.Length)
        {
            Drain();
        }

        _used += Encoding.ASCII.GetBytes(text, _buffer.AsSpan(_used));
    }

    private void Write(ReadOnlySpan<byte> bytes)
    {
        if (_buffer.Length - _used < bytes.Length)
        {
            Drain();
        }

        bytes.CopyTo(_buffer.AsSpan(_used));
        _used += bytes.Length;
    }

    /// <summary>Writes the buffer out. With nothing buffered it leaves the stream alone, so disposing after the
    /// stream's owner finished with it (<see cref="SpooledSheet.Finish"/>) is harmless.</summary>
    private void Drain()
    {
        if (_used > 0)
        {
            _stream.Write(_buffer, 0, _used);
            _used = 0;
        }
    }
}
