using System.Globalization;
using System.Text;
using System.Xml;

namespace NewsExtract.Output;

/// <summary>A column's width (in digits of the default font) and the cell format its empty cells show.</summary>
internal readonly record struct ColumnFormat(double Width, int Style);

/// <summary>A dropdown of <paramref name="Choices"/> on column <paramref name="Column"/> from row <paramref name="FirstRow"/> to <paramref name="LastRow"/>.</summary>
internal sealed record ListValidation(int Column, int FirstRow, int LastRow, IReadOnlyList<string> Choices, string Title, string Message);

/// <summary>
/// The worksheet XML around the rows (<see cref="SheetRows"/>): what comes before <c>sheetData</c> (column widths and
/// formats, a frozen header) and what comes after (autofilter, dropdown, print setup), in the order the schema wants.
/// </summary>
/// <param name="Table">A table with its header in row 1: frozen header, autofilter, printed landscape one page wide with grid and header repeated.</param>
internal sealed record WorksheetPart(IReadOnlyList<ColumnFormat> Columns, bool Table)
{
    /// <summary>A stored column width counts the cell's padding as well as its digits (ECMA-376 18.3.1.13); readers take it off again.</summary>
    private const double ColumnPadding = 0.710625;

    private static readonly XmlWriterSettings Settings = new()
    {
        ConformanceLevel = ConformanceLevel.Fragment,
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        CloseOutput = false,
    };

    /// <summary>Writes the whole worksheet part: its start, <paramref name="rows"/> (which write the <c>row</c> elements), and its end.</summary>
    /// <param name="lastRow">The last row of the table, for the autofilter's range.</param>
    public void Write(Stream stream, Action<Stream> rows, int lastRow, ListValidation? validation = null)
    {
        WriteStart(stream);
        rows(stream);
        WriteEnd(stream, lastRow, validation);
    }

    /// <summary>What comes before the rows: the same for any rows.</summary>
    public void WriteStart(Stream stream)
    {
        Raw(stream, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
        Raw(stream, $"<worksheet xmlns=\"{SpreadsheetMl.Main}\" xmlns:r=\"{SpreadsheetMl.Relationships}\">");
        Fragment(stream, Head);
        Raw(stream, "<sheetData>");
    }

    /// <summary>What comes after the rows, which needs the table's last row.</summary>
    public void WriteEnd(Stream stream, int lastRow, ListValidation? validation = null)
    {
        Raw(stream, "</sheetData>");
        Fragment(stream, xml => Tail(xml, lastRow, validation));
        Raw(stream, "</worksheet>");
    }

    private void Head(XmlWriter xml)
    {
        if (Table)
        {
            xml.WriteStartElement("sheetPr");
            xml.WriteStartElement("pageSetUpPr");
            xml.WriteAttributeString("fitToPage", "1");
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        xml.WriteStartElement("sheetViews");
        xml.WriteStartElement("sheetView");
        xml.WriteAttributeString("workbookViewId", "0");
        if (Table)
        {
            xml.WriteStartElement("pane");
            xml.WriteAttributeString("ySplit", "1");
            xml.WriteAttributeString("topLeftCell", "A2");
            xml.WriteAttributeString("activePane", "bottomLeft");
            xml.WriteAttributeString("state", "frozen");
            xml.WriteEndElement();
            xml.WriteStartElement("selection");
            xml.WriteAttributeString("pane", "bottomLeft");
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteStartElement("sheetFormatPr");
        xml.WriteAttributeString("defaultRowHeight", Number(WorkbookCells.LineHeight));
        xml.WriteEndElement();
        xml.WriteStartElement("cols");
        for (var i = 0; i < Columns.Count; i++)
        {
            xml.WriteStartElement("col");
            xml.WriteAttributeString("min", Number(i + 1));
            xml.WriteAttributeString("max", Number(i + 1));
            xml.WriteAttributeString("width", Number(Columns[i].Width + ColumnPadding));
            if (Columns[i].Style != 0)
            {
                xml.WriteAttributeString("style", Number(Columns[i].Style));
            }

            xml.WriteAttributeString("customWidth", "1");
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private void Tail(XmlWriter xml, int lastRow, ListValidation? validation)
    {
        if (Table)
        {
            xml.WriteStartElement("autoFilter");
            xml.WriteAttributeString("ref", Range(1, 1, Math.Max(lastRow, 1), Columns.Count));
            xml.WriteEndElement();
        }

        if (validation is not null)
        {
            xml.WriteStartElement("dataValidations");
            xml.WriteAttributeString("count", "1");
            xml.WriteStartElement("dataValidation");
            xml.WriteAttributeString("type", "list");
            xml.WriteAttributeString("allowBlank", "1");
            xml.WriteAttributeString("showInputMessage", "1");
            xml.WriteAttributeString("showErrorMessage", "1");
            xml.WriteAttributeString("errorTitle", validation.Title);
            xml.WriteAttributeString("error", validation.Message);
            xml.WriteAttributeString("sqref", Range(validation.FirstRow, validation.Column, validation.LastRow, validation.Column));
            xml.WriteElementString("formula1", $"\"{string.Join(",", validation.Choices)}\"");
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        if (Table)
        {
            xml.WriteStartElement("printOptions");
            xml.WriteAttributeString("gridLines", "1");
            xml.WriteEndElement();
        }

        xml.WriteStartElement("pageMargins");
        foreach (var (side, inches) in new[] { ("left", 0.7), ("right", 0.7), ("top", 0.75), ("bottom", 0.75), ("header", 0.3), ("footer", 0.3) })
        {
            xml.WriteAttributeString(side, Number(inches));
        }

        xml.WriteEndElement();
        if (Table)
        {
            xml.WriteStartElement("pageSetup");
            xml.WriteAttributeString("orientation", "landscape");
            xml.WriteAttributeString("fitToWidth", "1");
            xml.WriteAttributeString("fitToHeight", "0");
            xml.WriteEndElement();
        }
    }

    /// <summary><c>A1:R3</c>.</summary>
    public static string Range(int firstRow, int firstColumn, int lastRow, int lastColumn) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{SpreadsheetMl.ColumnName(firstColumn)}{firstRow}:{SpreadsheetMl.ColumnName(lastColumn)}{lastRow}");

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static void Fragment(Stream stream, Action<XmlWriter> write)
    {
        using var xml = XmlWriter.Create(stream, Settings);
        write(xml);
    }

    private static void Raw(Stream stream, string text) => stream.Write(Encoding.UTF8.GetBytes(text));
}
