using System.Globalization;
using System.Text;
using System.Xml;

namespace NewsExtract.Output;

/// <summary>One worksheet of a package: its name, a defined name's range for its autofilter and printed header row when it
/// is a table, and its part, deflated.</summary>
internal sealed record PackageSheet(string Name, string? FilterRange, Func<DeflatedPart> Content);

/// <summary>
/// Writes an xlsx package (ECMA-376 part 2 Open Packaging Conventions, a zip) part by part: content types,
/// relationships, core properties, the workbook with its sheets and defined names, the styles and each worksheet.
/// </summary>
/// <remarks>
/// Every zip entry carries the document date, so the same cells written on the same date give the same bytes. Each
/// worksheet is streamed into its entry, so nothing holds a sheet in memory.
/// </remarks>
internal static class XlsxPackage
{
    private const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string DocumentRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        CloseOutput = false,
    };

    public static void Write(Stream stream, IReadOnlyList<PackageSheet> sheets, WorkbookStyles styles, DateTimeOffset date)
    {
        var zip = new ZipPackageWriter(stream, date);
        Part(zip, "[Content_Types].xml", xml => ContentTypes(xml, sheets.Count));
        Part(zip, "_rels/.rels", xml => Relationships(xml,
        [
            ($"{DocumentRelationships}/officeDocument", "xl/workbook.xml"),
            ("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"),
            ($"{DocumentRelationships}/extended-properties", "docProps/app.xml"),
        ]));
        Part(zip, "docProps/core.xml", xml => CoreProperties(xml, date));
        Part(zip, "docProps/app.xml", AppProperties);
        Part(zip, "xl/workbook.xml", xml => Workbook(xml, sheets));
        Part(zip, "xl/_rels/workbook.xml.rels", xml => Relationships(xml,
        [
            .. sheets.Select((_, i) => ($"{DocumentRelationships}/worksheet", $"worksheets/sheet{i + 1}.xml")),
            ($"{DocumentRelationships}/styles", "styles.xml"),
        ]));
        for (var i = 0; i < sheets.Count; i++)
        {
            zip.Add($"xl/worksheets/sheet{i + 1}.xml", sheets[i].Content());
        }

        // Last: the sheets have asked for every cell format by now.
        Part(zip, "xl/styles.xml", styles.Write);
        zip.Finish();
    }

    private static void Part(ZipPackageWriter zip, string name, Action<XmlWriter> write) =>
        zip.Add(name, DeflatedPart.Of(stream =>
        {
            using var xml = XmlWriter.Create(stream, Settings);
            xml.WriteStartDocument(standalone: true);
            write(xml);
            xml.WriteEndDocument();
        }));

    private static void ContentTypes(XmlWriter xml, int sheets)
    {
        const string Types = "http://schemas.openxmlformats.org/package/2006/content-types";
        xml.WriteStartElement("Types", Types);
        foreach (var (extension, type) in new[] { ("rels", "application/vnd.openxmlformats-package.relationships+xml"), ("xml", "application/xml") })
        {
            xml.WriteStartElement("Default", Types);
            xml.WriteAttributeString("Extension", extension);
            xml.WriteAttributeString("ContentType", type);
            xml.WriteEndElement();
        }

        var overrides = new List<(string Part, string Type)>
        {
            ("/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"),
            ("/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"),
            ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
            ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
        };
        overrides.AddRange(Enumerable.Range(1, sheets).Select(i =>
            ($"/xl/worksheets/sheet{i}.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml")));
        foreach (var (part, type) in overrides)
        {
            xml.WriteStartElement("Override", Types);
            xml.WriteAttributeString("PartName", part);
            xml.WriteAttributeString("ContentType", type);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void Relationships(XmlWriter xml, IReadOnlyList<(string Type, string Target)> relationships)
    {
        xml.WriteStartElement("Relationships", PackageRelationships);
        for (var i = 0; i < relationships.Count; i++)
        {
            xml.WriteStartElement("Relationship", PackageRelationships);
            xml.WriteAttributeString("Id", $"rId{(i + 1).ToString(CultureInfo.InvariantCulture)}");
            xml.WriteAttributeString("Type", relationships[i].Type);
            xml.WriteAttributeString("Target", relationships[i].Target);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void CoreProperties(XmlWriter xml, DateTimeOffset date)
    {
        const string Core = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        const string Terms = "http://purl.org/dc/terms/";
        const string Instance = "http://www.w3.org/2001/XMLSchema-instance";
        var when = date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        xml.WriteStartElement("cp", "coreProperties", Core);
        xml.WriteAttributeString("xmlns", "dc", null, "http://purl.org/dc/elements/1.1/");
        xml.WriteAttributeString("xmlns", "dcterms", null, Terms);
        xml.WriteAttributeString("xmlns", "xsi", null, Instance);
        foreach (var name in new[] { "created", "modified" })
        {
            xml.WriteStartElement("dcterms", name, Terms);
            xml.WriteAttributeString("xsi", "type", Instance, "dcterms:W3CDTF");
            xml.WriteString(when);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void AppProperties(XmlWriter xml)
    {
        const string Extended = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";
        xml.WriteStartElement("Properties", Extended);
        xml.WriteElementString("Application", Extended, "NewsExtract");
        xml.WriteEndElement();
    }

    private static void Workbook(XmlWriter xml, IReadOnlyList<PackageSheet> sheets)
    {
        xml.WriteStartElement("workbook", SpreadsheetMl.Main);
        xml.WriteAttributeString("xmlns", "r", null, SpreadsheetMl.Relationships);
        xml.WriteStartElement("bookViews", SpreadsheetMl.Main);
        xml.WriteStartElement("workbookView", SpreadsheetMl.Main);
        xml.WriteAttributeString("activeTab", "0");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteStartElement("sheets", SpreadsheetMl.Main);
        for (var i = 0; i < sheets.Count; i++)
        {
            xml.WriteStartElement("sheet", SpreadsheetMl.Main);
            xml.WriteAttributeString("name", sheets[i].Name);
            xml.WriteAttributeString("sheetId", (i + 1).ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("id", SpreadsheetMl.Relationships, $"rId{(i + 1).ToString(CultureInfo.InvariantCulture)}");
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        if (sheets.Any(s => s.FilterRange is not null))
        {
            xml.WriteStartElement("definedNames", SpreadsheetMl.Main);
            for (var i = 0; i < sheets.Count; i++)
            {
                if (sheets[i].FilterRange is not { } range)
                {
                    continue;
                }

                var sheet = $"'{sheets[i].Name.Replace("'", "''", StringComparison.Ordinal)}'";
                var absolute = string.Join(':', range.Split(':').Select(cell => "$" + string.Concat(cell.TakeWhile(char.IsAsciiLetter)) + "$" + string.Concat(cell.SkipWhile(char.IsAsciiLetter))));
                DefinedName(xml, "_xlnm._FilterDatabase", i, hidden: true, $"{sheet}!{absolute}");
                DefinedName(xml, "_xlnm.Print_Titles", i, hidden: false, $"{sheet}!$1:$1");
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void DefinedName(XmlWriter xml, string name, int sheet, bool hidden, string value)
    {
        xml.WriteStartElement("definedName", SpreadsheetMl.Main);
        xml.WriteAttributeString("name", name);
        xml.WriteAttributeString("localSheetId", sheet.ToString(CultureInfo.InvariantCulture));
        if (hidden)
        {
            xml.WriteAttributeString("hidden", "1");
        }

        xml.WriteString(value);
        xml.WriteEndElement();
    }
}
