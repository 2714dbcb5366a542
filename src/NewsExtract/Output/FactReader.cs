using CsvHelper;
using System.Text.Json;
using NewsExtract.Extraction;

namespace NewsExtract.Output;

/// <summary>Reads facts back from <c>facts.json</c> or <c>facts.csv</c>, including a reviewed CSV with verdicts and notes.</summary>
/// <remarks>
/// Columns are found by header name (any case, any order); missing optional columns read as blank. A row that
/// cannot be read (no doc_id or fact_type, a number that does not parse) is a problem naming the file and
/// line, and the other rows are still returned. Never throws for bad content.
/// </remarks>
public static class FactReader
{
    public static ReadResult<Fact> ReadFile(string path) =>
        Path.GetExtension(path).Equals(".csv", StringComparison.OrdinalIgnoreCase) ? ReadCsvFile(path) : ReadJsonFile(path);

    public static ReadResult<Fact> ReadJsonFile(string path) =>
        TableFile.Read(path, reader => ReadJson(reader, path));

    public static ReadResult<Fact> ReadCsvFile(string path) =>
        TableFile.Read(path, reader => ReadCsv(reader, path));

    public static ReadResult<Fact> ReadJson(TextReader reader, string source) =>
        TableFile.ReadJsonArray(reader, source, (item, problems, where) =>
        {
            var ok = JsonFormat.TryGetNumber(item, "amount", out var amount);
            ok &= JsonFormat.TryGetNumber(item, "confidence", out var confidence);
            ok &= JsonFormat.TryGetInt(item, "start", out var start);
            ok &= JsonFormat.TryGetInt(item, "end", out var end);
            if (!ok)
            {
                problems.Add($"{where}: amount, confidence, start or end is not a number");
                return null;
            }

            return Build(new JsonRow(item), amount, confidence ?? 0, start, end, problems, where);
        });

    public static ReadResult<Fact> ReadCsv(TextReader reader, string source) => TableFile.ReadCsv(reader, source, FromCsv);

    /// <summary>One CSV row as a fact, or null with a problem added.</summary>
    internal static Fact? FromCsv(CsvRow row, List<string> problems, string where)
    {
        if (!InvariantFormat.TryParseAmount(row.Get("amount"), out var amount))
        {
            problems.Add($"{where}: amount '{row.Get("amount")}' is not a number");
            return null;
        }

        var ok = InvariantFormat.TryParseAmount(row.Get("confidence"), out var confidence);
        ok &= TryInt(row.Get("start"), out var start);
        ok &= TryInt(row.Get("end"), out var end);
        if (!ok)
        {
            problems.Add($"{where}: confidence, start or end is not a number");
            return null;
        }

        return Build(row, amount, confidence ?? 0, start, end, problems, where);
    }

    private static bool TryInt(string text, out int value)
    {
        value = 0;
        return string.IsNullOrWhiteSpace(text) || InvariantFormat.TryParseInt(text, out value);
    }

    private static Fact? Build(IRow row, double? amount, double confidence, int start, int end, List<string> problems, string where)
    {
        var docId = row.Get("doc_id").Trim();
        var factType = row.Get("fact_type").Trim();
        if (docId.Length == 0 || factType.Length == 0)
        {
            problems.Add($"{where}: doc_id and fact_type are required");
            return null;
        }

        return new Fact(
            row.Get("fact_id").Trim(), docId, factType, row.Get("subject"), row.Get("relation"), row.Get("object"),
            amount, row.Get("unit"), row.Get("date"), row.Get("place"), row.Get("modality"), confidence,
            row.Get("extractor"), row.Get("evidence"), start, end, row.Get("verdict"), row.Get("note"));
    }
}

internal interface IRow
{
    /// <summary>The column's text, blank when the column is absent.</summary>
    string Get(string column);
}

internal sealed class JsonRow(JsonElement item) : IRow
{
    public string Get(string column) => JsonFormat.GetString(item, column);
}

/// <summary>A CSV row; text comes back without the apostrophe <see cref="SpreadsheetText"/> put in front of formula-like cells.</summary>
internal sealed class CsvRow(CsvReader csv, IReadOnlyDictionary<string, int> columns) : IRow
{
    /// <summary>The 1-based line of the file where the row starts (the header is line 1).</summary>
    public int Line => (int)csv.LineNumber;

    public string Get(string column) =>
        columns.TryGetValue(column, out var index) && index < csv.FieldCount ? SpreadsheetText.Unprotect(csv.GetString(index)) : "";
}

/// <summary>A CSV file's header: the column names (trimmed, lower-case) and the separator it uses.</summary>
internal sealed record CsvHeader(IReadOnlyCollection<string> Columns, char Separator);

/// <summary>The file plumbing shared by the fact, entity and review readers.</summary>
internal static class TableFile
{
    public delegate T? JsonItemReader<T>(JsonElement item, List<string> problems, string where) where T : class;

    public delegate T? CsvRowReader<T>(CsvRow row, List<string> problems, string where) where T : class;

    public static ReadResult<T> Read<T>(string path, Func<TextReader, ReadResult<T>> read)
    {
        try
        {
            using var reader = CsvFormat.OpenReader(path);
            return read(reader);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ReadResult<T>.Failure($"{path}: cannot read: {ex.Message}");
        }
    }

    public static ReadResult<T> ReadJsonArray<T>(TextReader reader, string source, JsonItemReader<T> readItem) where T : class
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(reader.ReadToEnd(), JsonFormat.DocumentOptions);
        }
        catch (JsonException ex)
        {
            return ReadResult<T>.Failure($"{source}: not valid JSON: {ex.Message}");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                return ReadResult<T>.Failure($"{source}: expected a JSON array of objects");
            }

            var items = new List<T>();
            var problems = new List<string>();
            var index = 0;
            foreach (var element in document.RootElement.EnumerateArray())
            {
                var where = $"{source}: item {index++}";
                if (element.ValueKind != JsonValueKind.Object)
                {
                    problems.Add($"{where}: not an object");
                    continue;
                }

                if (readItem(element, problems, where) is { } item)
                {
                    items.Add(item);
                }
            }

            return new ReadResult<T>(items, problems);
        }
    }

    /// <param name="checkHeader">Returns why the file is not the table the caller expects (read no rows), or null to read on.</param>
    public static ReadResult<T> ReadCsv<T>(TextReader reader, string source, CsvRowReader<T> readRow, Func<CsvHeader, string?>? checkHeader = null)
        where T : class
    {
        var items = new List<T>();
        var problems = new List<string>();
        var options = CsvFormat.ReaderOptions(bad =>
            problems.Add($"{source}: line {bad.LineNumber}: malformed quoting ({bad.Reason}), read as best it could"));
        try
        {
            using var csv = CsvReader.Create(reader, options, leaveOpen: true);
            var header = csv.Headers;
            if (header.Count == 0)
            {
                return ReadResult<T>.Failure($"{source}: empty file, expected a header row");
            }

            var columns = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < header.Count; i++)
            {
                columns.TryAdd(header[i].Trim().TrimStart('\uFEFF').ToLowerInvariant(), i);
            }

            if (checkHeader?.Invoke(new CsvHeader(columns.Keys, csv.Separator)) is { } wrong)
            {
                return ReadResult<T>.Failure($"{source}: {wrong}");
            }

            var row = new CsvRow(csv, columns);
            while (csv.Read())
            {
                if (Enumerable.Range(0, csv.FieldCount).All(i => csv.IsEmpty(i) || string.IsNullOrWhiteSpace(csv.GetString(i))))
                {
                    continue; // spreadsheets leave rows of empty cells behind
                }

                if (readRow(row, problems, $"{source}: line {csv.LineNumber}") is { } item)
                {
                    items.Add(item);
                }
            }
        }
        catch (CsvFormatException ex)
        {
            problems.Add($"{source}: line {ex.LineNumber}: {FirstLine(ex.Message)}");
        }

        return new ReadResult<T>(items, problems);
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
