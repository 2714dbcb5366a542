using System.Text.Json;
using NewsExtract.Extraction;
using NewsExtract.Output;
using NewsExtract.Scoring;

namespace NewsExtract.Review;

/// <summary>Writes the two files <c>review import</c> makes per document (REVIEW_SPEC.md): the review rows and the gold facts.</summary>
public static class ReviewFiles
{
    public const string ReviewSuffix = ".review.json";
    public const string GoldSuffix = ".gold.json";
    public const string Source = "review";

    /// <summary><c>&lt;doc_id&gt;.review.json</c>: every readable row, its verdict (empty: not reviewed), file, line and all fact columns.</summary>
    public static void WriteReview(Stream stream, string docId, IEnumerable<ReviewRow> rows)
    {
        using var json = Start(stream, docId);
        json.WriteStartArray("rows");
        foreach (var row in rows)
        {
            json.WriteStartObject();
            json.WriteString("verdict", Verdicts.Name(row.Verdict));
            json.WriteString("file", row.File);
            json.WriteNumber("line", row.Line);
            json.WritePropertyName("fact");
            FactJsonWriter.WriteObject(json, row.Fact);
            json.WriteEndObject();
        }

        End(json);
    }

    /// <summary><c>&lt;doc_id&gt;.gold.json</c> in the gold format of FACT_SCHEMA.md section 4, with no <c>entities</c> key: entities were not reviewed.</summary>
    public static void WriteGold(Stream stream, string docId, IEnumerable<Fact> facts)
    {
        using var json = Start(stream, docId);
        json.WriteStartArray("facts");
        foreach (var fact in facts)
        {
            json.WriteStartObject();
            // FactFields gives a blank modality its default, asserted, as gold readers expect.
            FactFieldsJson.WriteProperties(json, FactFields.From(fact));
            json.WriteEndObject();
        }

        End(json);
    }

    private static Utf8JsonWriter Start(Stream stream, string docId)
    {
        var json = new Utf8JsonWriter(stream, JsonFormat.WriterOptions);
        json.WriteStartObject();
        json.WriteString("doc_id", docId);
        json.WriteString("source", Source);
        return json;
    }

    private static void End(Utf8JsonWriter json)
    {
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
    }
}
