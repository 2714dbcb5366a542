using System.Globalization;
using System.Xml;

namespace NewsExtract.Output;

/// <summary>How a cell looks: its number format, whether it wraps, whether it is bold and whether it reads from the top.</summary>
internal readonly record struct CellStyle(string NumberFormat = "General", bool Wrap = false, bool Bold = false, bool Top = false);

/// <summary>The cell formats (<c>cellXfs</c>) a workbook uses, numbered as they are first asked for, and the <c>styles.xml</c> part that holds them.</summary>
/// <remarks>Format 0 is the default look. Number formats other than General are written as custom formats (ids from 164) so every reader sees their code. Not thread-safe.</remarks>
internal sealed class WorkbookStyles
{
    private const int FirstCustomFormat = 164;

    private readonly List<CellStyle> _styles = [new()];
    private readonly Dictionary<CellStyle, int> _ids = new() { [new()] = 0 };
    private readonly List<string> _formats = [];

    /// <summary>The index of <paramref name="style"/> in <c>cellXfs</c>, added when new.</summary>
    public int Id(CellStyle style)
    {
        if (!_ids.TryGetValue(style, out var id))
        {
            id = _styles.Count;
            _styles.Add(style);
            _ids.Add(style, id);
            if (style.NumberFormat != "General" && !_formats.Contains(style.NumberFormat))
            {
                _formats.Add(style.NumberFormat);
            }
        }

        return id;
    }

    public void Write(XmlWriter xml)
    {
        xml.WriteStartElement("styleSheet", SpreadsheetMl.Main);
        if (_formats.Count > 0)
        {
            xml.WriteStartElement("numFmts");
            xml.WriteAttributeString("count", Count(_formats.Count));
            for (var i = 0; i < _formats.Count; i++)
            {
                xml.WriteStartElement("numFmt");
                xml.WriteAttributeString("numFmtId", Count(FirstCustomFormat + i));
                xml.WriteAttributeString("formatCode", _formats[i]);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteStartElement("fonts");
        xml.WriteAttributeString("count", "2");
        Font(xml, bold: false);
        Font(xml, bold: true);
        xml.WriteEndElement();

        // Two fills are required: none and gray125, which Excel reserves.
        xml.WriteStartElement("fills");
        xml.WriteAttributeString("count", "2");
        foreach (var pattern in new[] { "none", "gray125" })
        {
            xml.WriteStartElement("fill");
            xml.WriteStartElement("patternFill");
            xml.WriteAttributeString("patternType", pattern);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteStartElement("borders");
        xml.WriteAttributeString("count", "1");
        xml.WriteStartElement("border");
        foreach (var side in new[] { "left", "right", "top", "bottom", "diagonal" })
        {
            xml.WriteElementString(side, SpreadsheetMl.Main, "");
        }

        xml.WriteEndElement();
        xml.WriteEndElement();

        xml.WriteStartElement("cellStyleXfs");
        xml.WriteAttributeString("count", "1");
        xml.WriteStartElement("xf");
        Attributes(xml, ("numFmtId", "0"), ("fontId", "0"), ("fillId", "0"), ("borderId", "0"));
        xml.WriteEndElement();
        xml.WriteEndElement();

        xml.WriteStartElement("cellXfs");
        xml.WriteAttributeString("count", Count(_styles.Count));
        foreach (var style in _styles)
        {
            Xf(xml, style);
        }

        xml.WriteEndElement();

        xml.WriteStartElement("cellStyles");
        xml.WriteAttributeString("count", "1");
        xml.WriteStartElement("cellStyle");
        Attributes(xml, ("name", "Normal"), ("xfId", "0"), ("builtinId", "0"));
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private void Xf(XmlWriter xml, CellStyle style)
    {
        var format = style.NumberFormat == "General" ? 0 : FirstCustomFormat + _formats.IndexOf(style.NumberFormat);
        xml.WriteStartElement("xf");
        Attributes(xml, ("numFmtId", Count(format)), ("fontId", style.Bold ? "1" : "0"), ("fillId", "0"), ("borderId", "0"), ("xfId", "0"));
        if (format != 0)
        {
            xml.WriteAttributeString("applyNumberFormat", "1");
        }

        if (style.Bold)
        {
            xml.WriteAttributeString("applyFont", "1");
        }

        if (style.Wrap || style.Top)
        {
            xml.WriteAttributeString("applyAlignment", "1");
            xml.WriteStartElement("alignment");
            if (style.Top)
            {
                xml.WriteAttributeString("vertical", "top");
            }

            if (style.Wrap)
            {
                xml.WriteAttributeString("wrapText", "1");
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void Font(XmlWriter xml, bool bold)
    {
        xml.WriteStartElement("font");
        if (bold)
        {
            xml.WriteElementString("b", SpreadsheetMl.Main, "");
        }

        xml.WriteStartElement("sz");
        xml.WriteAttributeString("val", "11");
        xml.WriteEndElement();
        xml.WriteStartElement("name");
        xml.WriteAttributeString("val", "Calibri");
        xml.WriteEndElement();
        xml.WriteStartElement("family");
        xml.WriteAttributeString("val", "2");
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Attributes(XmlWriter xml, params (string Name, string Value)[] attributes)
    {
        foreach (var (name, value) in attributes)
        {
            xml.WriteAttributeString(name, value);
        }
    }

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
