using NewsExtract.Annotation;

namespace NewsExtract.Output;

/// <summary>Reads entity mentions back from <c>entities.json</c> or <c>entities.csv</c>. Never throws for bad content.</summary>
public static class EntityReader
{
    public static ReadResult<EntityRecord> ReadFile(string path) =>
        Path.GetExtension(path).Equals(".csv", StringComparison.OrdinalIgnoreCase)
            ? TableFile.Read(path, reader => ReadCsv(reader, path))
            : TableFile.Read(path, reader => ReadJson(reader, path));

    public static ReadResult<EntityRecord> ReadJson(TextReader reader, string source) =>
        TableFile.ReadJsonArray(reader, source, (item, problems, where) =>
        {
            if (!JsonFormat.TryGetInt(item, "start", out var start) || !JsonFormat.TryGetInt(item, "end", out var end))
            {
                problems.Add($"{where}: start or end is not a whole number");
                return null;
            }

            return Build(new JsonRow(item), start, end, problems, where);
        });

    public static ReadResult<EntityRecord> ReadCsv(TextReader reader, string source) => TableFile.ReadCsv(reader, source, FromCsv);

    /// <summary>One CSV row as an entity mention, or null with a problem added.</summary>
    internal static EntityRecord? FromCsv(CsvRow row, List<string> problems, string where)
    {
        int start = 0, end = 0;
        if ((row.Get("start").Length > 0 && !InvariantFormat.TryParseInt(row.Get("start"), out start))
            || (row.Get("end").Length > 0 && !InvariantFormat.TryParseInt(row.Get("end"), out end)))
        {
            problems.Add($"{where}: start or end is not a whole number");
            return null;
        }

        return Build(row, start, end, problems, where);
    }

    /// <summary>Parses a label name as written in outputs and gold files (<c>ELEMENT</c>, any case).</summary>
    public static bool TryParseLabel(string text, out EntityLabel label) =>
        Enum.TryParse(text.Trim(), ignoreCase: true, out label) && Enum.IsDefined(label)
        && !int.TryParse(text, out _);

    private static EntityRecord? Build(IRow row, int start, int end, List<string> problems, string where)
    {
        var docId = row.Get("doc_id").Trim();
        if (docId.Length == 0)
        {
            problems.Add($"{where}: doc_id is required");
            return null;
        }

        if (!TryParseLabel(row.Get("label"), out var label))
        {
            problems.Add($"{where}: unknown label '{row.Get("label")}'");
            return null;
        }

        return new EntityRecord(docId, label, row.Get("text"), row.Get("normalized"), start, end);
    }
}
