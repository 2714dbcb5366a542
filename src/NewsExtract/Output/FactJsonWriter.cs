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
        WriteObject(_json, fact);
        JsonFormat.FlushIfFull(_json);
    }

    /// <summary>One fact as a JSON object, for files that nest facts (the review files).</summary>
    internal static void WriteObject(Utf8JsonWriter json, Fact fact)
    {
        json.WriteStartObject();
        json.WriteString("fact_id", fact.FactId);
        json.WriteString("doc_id", fact.DocId);
        json.WriteString("fact_type", fact.FactType);
        json.WriteString("subject", fact.Subject);
        json.WriteString("relation", fact.Relation);
        json.WriteString("object", fact.Object);
        JsonFormat.WriteNumberOrNull(json, "amount", fact.Amount);
        json.WriteString("unit", fact.Unit);
        json.WriteString("date", fact.Date);
        json.WriteString("place", fact.Place);
        json.WriteString("modality", fact.Modality);
        // Round through the CSV text so both files show the same number.
        InvariantFormat.TryParseDouble(InvariantFormat.Confidence(fact.Confidence), out var confidence);
        JsonFormat.WriteNumberOrNull(json, "confidence", confidence);
        json.WriteString("extractor", fact.Extractor);
        json.WriteString("evidence", fact.Evidence);
        json.WriteNumber("start", fact.Start);
        json.WriteNumber("end", fact.End);
        json.WriteString("verdict", fact.Verdict);
        json.WriteString("note", fact.Note);
        json.WriteEndObject();
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
