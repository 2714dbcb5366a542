using CsvHelper;

namespace NewsExtract.Output;

/// <summary>
/// Reads a CSV table one row at a time, for callers that walk several tables side by side (<see cref="ShardMerger"/>),
/// which <see cref="TableFile.ReadCsv{T}"/>, reading all rows into a list, cannot serve.
/// </summary>
/// <remarks>Rows of empty cells are passed over, as <see cref="TableFile"/> does. Not thread-safe.</remarks>
internal sealed class CsvRowStream<T> : IDisposable
    where T : class
{
    private readonly string _path;
    private readonly StreamReader _reader;
    private readonly CsvReader _csv;
    private readonly CsvRow? _row;
    private readonly TableFile.CsvRowReader<T> _readRow;
    private readonly List<string> _problems = [];

    /// <summary>Opens <paramref name="path"/> and reads its header; IO problems throw.</summary>
    public CsvRowStream(string path, TableFile.CsvRowReader<T> readRow)
    {
        _path = path;
        _readRow = readRow;
        _reader = CsvFormat.OpenReader(path);
        _csv = CsvReader.Create(_reader, CsvFormat.ReaderOptions(bad =>
            _problems.Add($"{path}: line {bad.LineNumber}: malformed quoting ({bad.Reason})")), leaveOpen: true);
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < _csv.Headers.Count; i++)
        {
            columns.TryAdd(_csv.Headers[i].Trim().TrimStart('\uFEFF').ToLowerInvariant(), i);
        }

        _row = columns.Count > 0 ? new CsvRow(_csv, columns) : null;
    }

    /// <summary>The next row, null at the end; or why it cannot be read (and the stream is of no further use).</summary>
    public (T? Item, string? Problem) Next()
    {
        if (_row is null)
        {
            return (null, $"{_path}: empty file, expected a header row");
        }

        try
        {
            while (_csv.Read())
            {
                if (Enumerable.Range(0, _csv.FieldCount).All(i => _csv.IsEmpty(i) || string.IsNullOrWhiteSpace(_csv.GetString(i))))
                {
                    continue;
                }

                var item = _readRow(_row, _problems, $"{_path}: line {_csv.LineNumber}");
                return _problems.Count > 0 ? (null, _problems[0]) : (item, null);
            }

            return _problems.Count > 0 ? (null, _problems[0]) : (null, null);
        }
        catch (CsvFormatException ex)
        {
            return (null, $"{_path}: line {ex.LineNumber}: {ex.Message.Split('\n', 2)[0].Trim()}");
        }
    }

    public void Dispose()
    {
        _csv.Dispose();
        _reader.Dispose();
    }
}
