using System.Collections;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace NewsExtract.Output;

/// <summary>What a cell holds as stored: text (inline or a formula's text result), a shared string's index, a number, a boolean or an error.</summary>
internal enum XlsxCellKind
{
    Text,
    Shared,
    Number,
    Boolean,
    Error,
}

/// <summary>One stored cell: its 1-based column, what it holds and whether a formula computes it.</summary>
/// <param name="Value">The text, the number or boolean as stored (<c>610</c>, <c>1</c>), or the shared string's index; "" when the cell has none.</param>
internal readonly record struct XlsxCell(int Column, XlsxCellKind Kind, string Value, bool HasFormula)
{
    public int SharedIndex => Kind == XlsxCellKind.Shared && int.TryParse(Value, out var index) ? index : -1;
}

/// <summary>One stored row: its 1-based number and the cells it stores, by column.</summary>
internal sealed record XlsxRow(int Number, IReadOnlyList<XlsxCell> Cells)
{
    public XlsxCell? Cell(int column)
    {
        foreach (var cell in Cells)
        {
            if (cell.Column == column)
            {
                return cell;
            }
        }

        return null;
    }
}

/// <summary>
/// Reads an xlsx workbook's sheets row by row straight from the zip with an <see cref="XmlReader"/>: sheet names from
/// <c>workbook.xml</c> and its relationships, then one sheet part as a stream of rows. Only one row is in memory at a time.
/// </summary>
/// <remarks>
/// Shared strings (which programs that saved the workbook use for every text) are not loaded whole: a cell reports
/// its index, <see cref="SharedBlanks"/> tells which entries are blank in one pass, <see cref="ResolveShared"/> reads
/// the few entries asked for in another, and only <see cref="SharedText"/> loads the table. Escaped characters
/// (<c>_x000D_</c>) are turned back. A damaged or foreign file throws (<see cref="InvalidDataException"/>,
/// <see cref="XmlException"/>, <see cref="IOException"/>); the callers turn that into their own messages. Not thread-safe.
/// </remarks>
internal sealed class XlsxReader : IDisposable
{
    private readonly ZipArchive _zip;
    private readonly List<(string Name, string Part)> _sheets = [];
    private readonly string? _sharedStringsPart;
    private List<string>? _sharedStrings;

    private XlsxReader(ZipArchive zip)
    {
        _zip = zip;
        var workbookPart = Relationships("_rels/.rels", "").FirstOrDefault(r => r.Type.EndsWith("/officeDocument", StringComparison.Ordinal)).Target
            ?? "xl/workbook.xml";
        var folder = workbookPart.Contains('/') ? workbookPart[..(workbookPart.LastIndexOf('/') + 1)] : "";
        var relationships = Relationships($"{folder}_rels/{workbookPart[folder.Length..]}.rels", folder);
        _sharedStringsPart = relationships.FirstOrDefault(r => r.Type.EndsWith("/sharedStrings", StringComparison.Ordinal)).Target;
        var targets = relationships.ToDictionary(r => r.Id, r => r.Target, StringComparer.Ordinal);
        using var xml = OpenPart(workbookPart);
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "sheet"
                && xml.GetAttribute("id", SpreadsheetMl.Relationships) is { } id && targets.TryGetValue(id, out var target))
            {
                _sheets.Add((xml.GetAttribute("name") ?? "", target));
            }
        }
    }

    public static XlsxReader Open(string path)
    {
        var zip = ZipFile.OpenRead(path);
        try
        {
            return new XlsxReader(zip);
        }
        catch
        {
            zip.Dispose();
            throw;
        }
    }

    public IReadOnlyList<string> SheetNames => [.. _sheets.Select(s => s.Name)];

    /// <summary>The sheet's name as stored, matched in any case; null when there is none.</summary>
    public string? FindSheet(string name) =>
        _sheets.Select(s => s.Name).FirstOrDefault(n => n.Equals(name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The rows that hold at least one value or formula, in order, with those cells. Throws <see cref="KeyNotFoundException"/> for a sheet not in the workbook.</summary>
    public IEnumerable<XlsxRow> Rows(string sheet)
    {
        var part = _sheets.FirstOrDefault(s => s.Name.Equals(sheet, StringComparison.OrdinalIgnoreCase)).Part
            ?? throw new KeyNotFoundException($"no sheet named {sheet}");
        using var xml = OpenPart(part);
        var number = 0;
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "row")
            {
                continue;
            }

            number = int.TryParse(xml.GetAttribute("r"), out var r) ? r : number + 1;
            if (xml.IsEmptyElement)
            {
                continue;
            }

            var cells = new List<XlsxCell>();
            var previous = 0;
            var depth = xml.Depth;
            while (xml.Read() && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
            {
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "c")
                {
                    var column = xml.GetAttribute("r") is { } reference ? SpreadsheetMl.ColumnOf(reference) : 0;
                    var cell = ReadCell(xml, column > 0 ? column : previous + 1);
                    previous = cell.Column;
                    if (cell.Value.Length > 0 || cell.HasFormula)
                    {
                        cells.Add(cell); // a cell with a format and no value is empty
                    }
                }
            }

            if (cells.Count > 0)
            {
                yield return new XlsxRow(number, cells);
            }
        }
    }

    /// <summary>The cell's text: its own, or its shared string's (which loads the whole table: for small workbooks).</summary>
    public string Text(XlsxCell cell) => cell.Kind == XlsxCellKind.Shared ? SharedText(cell.SharedIndex) : cell.Value;

    /// <summary>The shared string at <paramref name="index"/>; "" when there is none. Loads the whole table on first use.</summary>
    public string SharedText(int index)
    {
        if (_sharedStrings is null)
        {
            _sharedStrings = [];
            ForEachShared((_, text) => _sharedStrings.Add(text));
        }

        return index >= 0 && index < _sharedStrings.Count ? _sharedStrings[index] : "";
    }

    /// <summary>Which shared strings are blank (empty or white space), one bit each, read in one pass.</summary>
    public BitArray SharedBlanks()
    {
        var blanks = new BitArray(0);
        ForEachShared((index, text) =>
        {
            if (index >= blanks.Length)
            {
                blanks.Length = Math.Max(index + 1, blanks.Length * 2);
            }

            blanks[index] = string.IsNullOrWhiteSpace(text);
        });
        return blanks;
    }

    /// <summary>The shared strings at <paramref name="indices"/>, read in one pass; an index not in the table is left out.</summary>
    public IReadOnlyDictionary<int, string> ResolveShared(IReadOnlySet<int> indices)
    {
        var texts = new Dictionary<int, string>();
        if (indices.Count > 0)
        {
            ForEachShared((index, text) =>
            {
                if (indices.Contains(index))
                {
                    texts[index] = text;
                }
            });
        }

        return texts;
    }

    public void Dispose() => _zip.Dispose();

    private static XlsxCell ReadCell(XmlReader xml, int column)
    {
        var type = xml.GetAttribute("t");
        var kind = type switch
        {
            "s" => XlsxCellKind.Shared,
            "b" => XlsxCellKind.Boolean,
            "e" => XlsxCellKind.Error,
            "inlineStr" or "str" => XlsxCellKind.Text,
            _ => XlsxCellKind.Number,
        };
        var formula = false;
        var value = "";
        if (!xml.IsEmptyElement)
        {
            // Leaves the reader on the cell's end element; each branch moves past what it read.
            var depth = xml.Depth;
            xml.Read();
            while (!xml.EOF && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
            {
                switch (xml.NodeType == XmlNodeType.Element ? xml.LocalName : "")
                {
                    case "f":
                        formula = true;
                        xml.Skip();
                        break;
                    case "v":
                        value = xml.ReadElementContentAsString();
                        break;
                    case "is":
                        value = StringItem(xml);
                        xml.Read();
                        break;
                    default:
                        xml.Read();
                        break;
                }
            }
        }

        return new XlsxCell(column, kind, kind is XlsxCellKind.Text or XlsxCellKind.Shared ? SpreadsheetMl.Unescape(value) : value, formula);
    }

    /// <summary>The text of a string item (<c>si</c> or <c>is</c>, the reader on its start): its <c>t</c>, or its runs' <c>t</c>s joined, phonetic runs left out; leaves the reader on its end.</summary>
    private static string StringItem(XmlReader xml)
    {
        if (xml.IsEmptyElement)
        {
            return "";
        }

        var text = new StringBuilder();
        var depth = xml.Depth;
        xml.Read();
        while (!xml.EOF && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            switch (xml.NodeType == XmlNodeType.Element ? xml.LocalName : "")
            {
                case "rPh":
                    xml.Skip();
                    break;
                case "t":
                    text.Append(xml.ReadElementContentAsString());
                    break;
                default:
                    xml.Read();
                    break;
            }
        }

        return text.ToString();
    }

    private void ForEachShared(Action<int, string> each)
    {
        if (_sharedStringsPart is null || _zip.GetEntry(_sharedStringsPart) is null)
        {
            return;
        }

        using var xml = OpenPart(_sharedStringsPart);
        var index = 0;
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "si")
            {
                each(index++, SpreadsheetMl.Unescape(StringItem(xml)));
            }
        }
    }

    private List<(string Id, string Type, string Target)> Relationships(string part, string folder)
    {
        var relationships = new List<(string, string, string)>();
        if (_zip.GetEntry(part) is null)
        {
            return relationships;
        }

        using var xml = OpenPart(part);
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "Relationship"
                && xml.GetAttribute("Id") is { } id && xml.GetAttribute("Target") is { } target)
            {
                relationships.Add((id, xml.GetAttribute("Type") ?? "", Resolve(folder, target)));
            }
        }

        return relationships;
    }

    /// <summary>A relationship target as a zip entry name: absolute (<c>/xl/...</c>) or relative to the source part's folder, <c>..</c> resolved.</summary>
    private static string Resolve(string folder, string target)
    {
        var path = target.StartsWith('/') ? target[1..] : folder + target;
        var parts = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (segment is not ("." or ""))
            {
                parts.Add(segment);
            }
        }

        return string.Join('/', parts);
    }

    private XmlReader OpenPart(string part)
    {
        var entry = _zip.GetEntry(part) ?? throw new InvalidDataException($"the workbook has no part {part}");
        return XmlReader.Create(entry.Open(), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreWhitespace = false, CloseInput = true });
    }
}
