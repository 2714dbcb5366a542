using CsvHelper;
using NewsExtract.Extraction;

namespace NewsExtract.Output;

/// <summary>Writes the fact table as CSV: the header and columns of FACT_SCHEMA.md section 3, in order.</summary>
/// <remarks>
/// Amounts are written invariant, shortest round-trip, blank when null; confidence with two decimals.
/// Text that a spreadsheet would take for a formula gets a leading apostrophe (<see cref="SpreadsheetText"/>);
/// the readers take it off again, so evidence read back equals the clean text.
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
        _csv.WriteField(SpreadsheetText.Protect(fact.FactId));
        _csv.WriteField(SpreadsheetText.Protect(fact.DocId));
        _csv.WriteField(SpreadsheetText.Protect(fact.FactType));
        _csv.WriteField(SpreadsheetText.Protect(fact.Subject));
        _csv.WriteField(SpreadsheetText.Protect(fact.Relation));
        _csv.WriteField(SpreadsheetText.Protect(fact.Object));
        _csv.WriteField(InvariantFormat.Amount(fact.Amount));
        _csv.WriteField(SpreadsheetText.Protect(fact.Unit));
        _csv.WriteField(SpreadsheetText.Protect(fact.Date));
        _csv.WriteField(SpreadsheetText.Protect(fact.Place));
        _csv.WriteField(SpreadsheetText.Protect(fact.Modality));
        _csv.WriteField(InvariantFormat.Confidence(fact.Confidence));
        _csv.WriteField(SpreadsheetText.Protect(fact.Extractor));
        _csv.WriteField(SpreadsheetText.Protect(fact.Evidence));
        _csv.WriteField(InvariantFormat.Integer(fact.Start));
        _csv.WriteField(InvariantFormat.Integer(fact.End));
        _csv.WriteField(SpreadsheetText.Protect(fact.Verdict));
        _csv.WriteField(SpreadsheetText.Protect(fact.Note));
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
