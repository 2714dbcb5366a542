using CsvHelper;

namespace NewsExtract.Output;

/// <summary>Writes entity mentions as CSV: <c>doc_id,label,text,normalized,start,end</c>, UTF-8 with a BOM in files; text protected as in <see cref="SpreadsheetText"/>.</summary>
public sealed class EntityCsvWriter : IDisposable
{
    private readonly CsvWriter _csv;

    /// <summary>Starts a table on <paramref name="writer"/> (no BOM: a text writer has its own encoding) and writes the header row; the writer is left open.</summary>
    public EntityCsvWriter(TextWriter writer)
        : this(CsvWriter.Create(writer, CsvFormat.WriterOptions(byteOrderMark: false), leaveOpen: true))
    {
    }

    /// <summary>Starts a table on <paramref name="stream"/> as UTF-8 with a BOM and writes the header row; the stream is left open.</summary>
    public EntityCsvWriter(Stream stream)
        : this(CsvWriter.Create(stream, CsvFormat.WriterOptions(byteOrderMark: true), leaveOpen: true))
    {
    }

    private EntityCsvWriter(CsvWriter csv)
    {
        _csv = csv;
        _csv.WriteHeader([.. FactColumns.Entities]);
    }

    public void Write(EntityRecord entity)
    {
        _csv.WriteField(SpreadsheetText.Protect(entity.DocId));
        _csv.WriteField(entity.Label.ToString());
        _csv.WriteField(SpreadsheetText.Protect(entity.Text));
        _csv.WriteField(SpreadsheetText.Protect(entity.Normalized));
        _csv.WriteField(InvariantFormat.Integer(entity.Start));
        _csv.WriteField(InvariantFormat.Integer(entity.End));
        _csv.EndRecord();
    }

    public void Flush() => _csv.Flush();

    public void Dispose() => _csv.Dispose();

    public static void Write(TextWriter writer, IEnumerable<EntityRecord> entities)
    {
        using var table = new EntityCsvWriter(writer);
        table.WriteAll(entities);
    }

    /// <summary>Writes UTF-8 with a byte-order mark to <paramref name="stream"/>, which is left open.</summary>
    public static void Write(Stream stream, IEnumerable<EntityRecord> entities)
    {
        using var table = new EntityCsvWriter(stream);
        table.WriteAll(entities);
    }

    private void WriteAll(IEnumerable<EntityRecord> rows)
    {
        foreach (var row in rows)
        {
            Write(row);
        }
    }
}
