using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using FsCheck.Xunit;
using NewsExtract.Output;

namespace NewsExtract.Tests.Output;

/// <summary>
/// <see cref="SheetRows"/> writes its XML by hand; these compare its bytes with what an <c>XmlWriter</c> (the writer it
/// replaced, kept here as the reference) writes for the same rows, and read the cells back.
/// </summary>
public sealed class SheetRowsTests
{
    // Markup, a carriage return and new lines, white space at either end, letters of several scripts, an astral
    // character, a control character and a lone surrogate half (both escaped as _xHHHH_), and an underscore escape.
    private const string Alphabet = "aZé中ß1&<>\"'\r\n\t _x0041_\u0001\uD83D\uDE00\uD800;]]>";

    [Fact]
    public void Rows_cells_and_empty_rows_are_the_bytes_an_XmlWriter_writes()
    {
        var script = new List<Action<IRows>>
        {
            r => r.StartRow(),
            r => r.Text(1, 3, "Header & <title>"),
            r => r.Text(2, 0, " padded "),
            r => r.Number(3, 2, 1234.5),
            r => r.StartRow(45),
            r => r.Text(1, 0, "line one\r\nline two"),
            r => r.Number(2, 0, double.NaN),
            r => r.Text(3, 1, ""),
            r => r.Number(28, 4, -0.000123),
            r => r.StartRow(),
            r => r.SkipRow(),
            r => r.StartRow(16.5),
            r => r.Text(30, 0, "emoji \U0001F600 and \u0007 bell, _x0041_ kept"),
            r => r.Text(2, 0, new string('x', WorkbookCells.MaxText + 10)),
        };

        Assert.Equal(Reference(script), Written(script));
    }

    [Fact]
    public void A_long_text_crosses_the_buffer_whole_and_reads_back()
    {
        // Longer than the writer's buffer, with astral characters at every offset parity, so one falls on the edge.
        var text = string.Concat(Enumerable.Range(0, 9_000).Select(i => i % 3 == 0 ? "\U0001F600" : "ab&"[i % 3].ToString()));
        var script = new List<Action<IRows>> { r => r.StartRow(), r => r.Text(1, 0, text) };

        var written = Written(script);
        Assert.Equal(Reference(script), written);
        Assert.Equal(WorkbookCells.Clip(text), CellTexts(written).Single());
    }

    [Fact]
    public void A_cell_before_any_row_is_refused()
    {
        using var rows = new SheetRows(new MemoryStream());
        Assert.Throws<InvalidOperationException>(() => rows.Text(1, 0, "x"));
    }

    [Property(MaxTest = 300)]
    public bool Any_text_is_written_as_the_reference_writes_it_and_reads_back(int[] picks, int column, int style)
    {
        var text = new string((picks ?? []).Select(p => Alphabet[(int)((uint)p % Alphabet.Length)]).ToArray());
        var script = new List<Action<IRows>>
        {
            r => r.StartRow(),
            r => r.Text((int)((uint)column % 40) + 1, (int)((uint)style % 5), text),
            r => r.Number(41, 0, picks?.Length ?? 0),
        };

        var written = Written(script);
        // Blank text writes no cell, so nothing reads back.
        string[] cells = text.Length == 0 ? [] : [SpreadsheetMl.Escape(text)];
        return Reference(script).AsSpan().SequenceEqual(written) && CellTexts(written).SequenceEqual(cells);
    }

    /// <summary>The calls a script makes, on either writer.</summary>
    public interface IRows
    {
        void StartRow(double? height = null);

        void SkipRow();

        void Text(int column, int style, string text);

        void Number(int column, int style, double value);
    }

    private static byte[] Written(List<Action<IRows>> script)
    {
        using var stream = new MemoryStream();
        using (var rows = new SheetRows(stream))
        {
            var calls = new Calls(rows);
            script.ForEach(step => step(calls));
            rows.Flush();
        }

        return stream.ToArray();
    }

    private static byte[] Reference(List<Action<IRows>> script)
    {
        using var stream = new MemoryStream();
        using (var rows = new XmlWriterRows(stream))
        {
            script.ForEach(step => step(rows));
            rows.Flush();
        }

        return stream.ToArray();
    }

    /// <summary>The inline strings of the cells, read back by an XML reader, in order.</summary>
    private static List<string> CellTexts(byte[] xml)
    {
        var root = XElement.Parse("<sheetData>" + Encoding.UTF8.GetString(xml) + "</sheetData>", LoadOptions.PreserveWhitespace);
        return root.Descendants("t").Select(t => t.Value).ToList();
    }

    private sealed class Calls(SheetRows rows) : IRows
    {
        public void StartRow(double? height = null) => rows.StartRow(height);

        public void SkipRow() => rows.SkipRow();

        public void Text(int column, int style, string text) => rows.Text(column, style, text);

        public void Number(int column, int style, double value) => rows.Number(column, style, value);
    }

    /// <summary>The writer <see cref="SheetRows"/> replaced: the same cells through an <c>XmlWriter</c>.</summary>
    private sealed class XmlWriterRows(Stream stream) : IRows, IDisposable
    {
        private readonly XmlWriter _xml = XmlWriter.Create(stream, new XmlWriterSettings
        {
            ConformanceLevel = ConformanceLevel.Fragment,
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            NewLineHandling = NewLineHandling.Entitize,
            CloseOutput = false,
        });

        private int _lastRow;
        private bool _open;

        public void StartRow(double? height = null)
        {
            EndRow();
            _lastRow++;
            _xml.WriteStartElement("row");
            _xml.WriteAttributeString("r", _lastRow.ToString(CultureInfo.InvariantCulture));
            if (height is { } points)
            {
                _xml.WriteAttributeString("ht", points.ToString("R", CultureInfo.InvariantCulture));
                _xml.WriteAttributeString("customHeight", "1");
            }

            _open = true;
        }

        public void SkipRow()
        {
            EndRow();
            _lastRow++;
        }

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

        public void Flush()
        {
            EndRow();
            _xml.Flush();
        }

        public void Dispose() => _xml.Dispose();

        private void StartCell(int column, int style)
        {
            _xml.WriteStartElement("c");
            _xml.WriteAttributeString("r", SpreadsheetMl.ColumnName(column) + _lastRow.ToString(CultureInfo.InvariantCulture));
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
}
