using CsvHelper;
using NewsExtract.Extraction;

namespace NewsExtract.Output;

/// <summary>Writes the fact table as CSV: the header and columns of FACT_SCHEMA.md section 3, in order.</summary>
/// <remarks>
/// Amounts are written invariant, shortest round-trip, blank when null; confidence with two decimals.
/// Text is written verbatim (no spreadsheet-formula escaping), so evidence stays equal to the clean text.
/// Files are UTF-8 with a BOM. Not thread-safe.
/// </remarks>
public sealed class FactCsvWriter : IDisposable
{
    private readonly CsvWriter _csv;

    /// <summary>Starts a table on <paramref name="writer"/> (no BOM: a text writer has its own encoding) and writes the header row; the writer is left open.</summary>
    public FactCsvWriter(TextWriter writer)
        : this(CsvWriter.Create(writer, CsvFormat.WriterOptions(byteOrderMark: false), leaveOpen: true))
    {
    }

    /// <summary>Starts a table on <paramref name="stream"/> as UTF-8 with a BOM and writes the header row; the stream is left open.</summary>
    public FactCsvWriter(Stream stream)
        : this(CsvWriter.Create(stream, CsvFormat.WriterOptions(byteOrderMark: true), leaveOpen: true))
    {
    }

    private FactCsvWriter(CsvWriter csv)
    {
        _csv = csv;
        _csv.WriteHeader([.. FactColumns.Facts]);
    }

    public void Write(Fact fact)
    {
        _csv.WriteField(fact.FactId);
        _csv.WriteField(fact.DocId);
        _csv.WriteField(fact.FactType);
        _csv.WriteField(fact.Subject);
        _csv.WriteField(fact.Relation);
        _csv.WriteField(fact.Object);
        _csv.WriteField(InvariantFormat.Amount(fact.Amount));
        _csv.WriteField(fact.Unit);
        _csv.WriteField(fact.Date);
        _csv.WriteField(fact.Place);
        _csv.WriteField(fact.Modality);
        _csv.WriteField(InvariantFormat.Confidence(fact.Confidence));
        _csv.WriteField(fact.Extractor);
        _csv.WriteField(fact.Evidence);
        _csv.WriteField(InvariantFormat.Integer(fact.Start));
        _csv.WriteField(InvariantFormat.Integer(fact.End));
        _csv.WriteField(fact.Verdict);
        _csv.WriteField(fact.Note);
        _csv.EndRecord();
    }

    public void Flush() => _csv.Flush();

    public void Dispose() => _csv.Dispose();

    public static void Write(TextWriter writer, IEnumerable<Fact> facts)
    {
        using var table = new FactCsvWriter(writer);
        table.WriteAll(facts);
    }

    /// <summary>Writes UTF-8 with a byte-order mark to <paramref name="stream"/>, which is left open.</summary>
    public static void Write(Stream stream, IEnumerable<Fact> facts)
    {
        using var table = new FactCsvWriter(stream);
        table.WriteAll(facts);
    }

    private void WriteAll(IEnumerable<Fact> rows)
    {
        foreach (var row in rows)
        {
            Write(row);
        }
    }
}
