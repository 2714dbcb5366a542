using System.Text.Json;
using NewsExtract.Extraction;

namespace NewsExtract.Output;

/// <summary>Writes facts as a JSON array of objects keyed by the fact-table column names, in column order.</summary>
/// <remarks><c>amount</c> is a number or null; <c>confidence</c> the same two-decimal value the CSV shows. Not thread-safe.</remarks>
public sealed class FactJsonWriter : IDisposable
{
    private readonly Utf8JsonWriter _json;

    /// <summary>Starts the array on <paramref name="stream"/> (UTF-8, no BOM); the stream is left open.</summary>
    public FactJsonWriter(Stream stream)
    {
        _json = new Utf8JsonWriter(stream, JsonFormat.WriterOptions);
        _json.WriteStartArray();
    }

    public void Write(Fact fact)
    {
        _json.WriteStartObject();
        _json.WriteString("fact_id", fact.FactId);
        _json.WriteString("doc_id", fact.DocId);
        _json.WriteString("fact_type", fact.FactType);
        _json.WriteString("subject", fact.Subject);
        _json.WriteString("relation", fact.Relation);
        _json.WriteString("object", fact.Object);
        JsonFormat.WriteNumberOrNull(_json, "amount", fact.Amount);
        _json.WriteString("unit", fact.Unit);
        _json.WriteString("date", fact.Date);
        _json.WriteString("place", fact.Place);
        _json.WriteString("modality", fact.Modality);
        // Round through the CSV text so both files show the same number.
        InvariantFormat.TryParseDouble(InvariantFormat.Confidence(fact.Confidence), out var confidence);
        JsonFormat.WriteNumberOrNull(_json, "confidence", confidence);
        _json.WriteString("extractor", fact.Extractor);
        _json.WriteString("evidence", fact.Evidence);
        _json.WriteNumber("start", fact.Start);
        _json.WriteNumber("end", fact.End);
        _json.WriteString("verdict", fact.Verdict);
        _json.WriteString("note", fact.Note);
        _json.WriteEndObject();
    }

    /// <summary>Closes the array and flushes. Without it the output is not valid JSON.</summary>
    public void Complete()
    {
        _json.WriteEndArray();
        _json.Flush();
    }

    public void Dispose() => _json.Dispose();

    public static void Write(Stream stream, IEnumerable<Fact> facts)
    {
        using var writer = new FactJsonWriter(stream);
        foreach (var fact in facts)
        {
            writer.Write(fact);
        }

        writer.Complete();
    }
}
