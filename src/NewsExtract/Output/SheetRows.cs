using System.Globalization;
using System.Text;
using System.Xml;

namespace NewsExtract.Output;

/// <summary>
/// Writes the rows of a worksheet's <c>sheetData</c> as SpreadsheetML to a stream, one at a time, from row 1: text as
/// inline strings (typed as text, so nothing is read as a formula, date or number), numbers as numbers.
/// </summary>
/// <remarks>
/// Inline strings rather than a shared-string table, so memory does not grow with the rows. Text is cut at
/// <see cref="WorkbookCells.MaxText"/> and escaped as an ST_Xstring (<see cref="SpreadsheetMl.Escape"/>); carriage
/// returns are written as character references so readers keep them. Not thread-safe.
/// </remarks>
internal sealed class SheetRows : IDisposable
{
    private static readonly XmlWriterSettings Settings = new()
    {
        ConformanceLevel = ConformanceLevel.Fragment,
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        NewLineHandling = NewLineHandling.Entitize,
        CloseOutput = false,
    };

    private readonly XmlWriter _xml;
    private readonly List<string> _columnNames = [];
    private string _row = "";
    private bool _open;

    public SheetRows(Stream stream) => _xml = XmlWriter.Create(stream, Settings);

    /// <summary>The number of the last row started (0 before the first).</summary>
    public int LastRow { get; private set; }

    /// <summary>Starts the next row; <paramref name="height"/> in points, null for the default.</summary>
    public void StartRow(double? height = null)
    {
        EndRow();
        LastRow++;
        _row = LastRow.ToString(CultureInfo.InvariantCulture);
        _xml.WriteStartElement("row");
        _xml.WriteAttributeString("r", _row);
        if (height is { } points)
        {
            _xml.WriteAttributeString("ht", points.ToString("R", CultureInfo.InvariantCulture));
            _xml.WriteAttributeString("customHeight", "1");
        }

        _open = true;
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
        _xml.WriteAttributeString("t", "inlineStr");
        _xml.WriteStartElement("is");
        _xml.WriteStartElement("t");
        if (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))
        {
            _xml.WriteAttributeString("xml", "space", null, "preserve");
        }

        _xml.WriteString(value);
        _xml.WriteEndElement();
        _xml.WriteEndElement();
        _xml.WriteEndElement();
    }

    /// <summary>A number cell; a number a spreadsheet cannot hold (NaN, infinity) leaves the cell blank.</summary>
    public void Number(int column, int style, double value)
    {
        if (!double.IsFinite(value))
        {
            return;
        }

        StartCell(column, style);
        _xml.WriteElementString("v", value.ToString("R", CultureInfo.InvariantCulture));
        _xml.WriteEndElement();
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
        _xml.Flush();
    }

    public void Dispose() => _xml.Dispose();

    private void StartCell(int column, int style)
    {
        if (!_open)
        {
            throw new InvalidOperationException("start a row before its cells");
        }

        while (_columnNames.Count < column)
        {
            _columnNames.Add(SpreadsheetMl.ColumnName(_columnNames.Count + 1));
        }

        _xml.WriteStartElement("c");
        _xml.WriteAttributeString("r", _columnNames[column - 1] + _row);
        if (style != 0)
        {
            _xml.WriteAttributeString("s", style.ToString(CultureInfo.InvariantCulture));
        }
    }

    private void EndRow()
    {
        if (_open)
        {
            _xml.WriteEndElement();
            _open = false;
        }
    }
}
