using System.Text.Json;
using NewsExtract.Output;

namespace NewsExtract.Scoring;

/// <summary>The properties of a fact in gold format (FACT_SCHEMA.md section 4), shared by gold files and score reports.</summary>
internal static class FactFieldsJson
{
    /// <summary>Writes fact_type through evidence into the object the caller has started.</summary>
    public static void WriteProperties(Utf8JsonWriter json, FactFields fact)
    {
        json.WriteString("fact_type", fact.FactType);
        json.WriteString("subject", fact.Subject);
        json.WriteString("relation", fact.Relation);
        json.WriteString("object", fact.Object);
        JsonFormat.WriteNumberOrNull(json, "amount", fact.Amount);
        json.WriteString("unit", fact.Unit);
        json.WriteString("date", fact.Date);
        json.WriteString("place", fact.Place);
        json.WriteString("modality", fact.Modality);
        json.WriteString("evidence", fact.Evidence);
    }
}
