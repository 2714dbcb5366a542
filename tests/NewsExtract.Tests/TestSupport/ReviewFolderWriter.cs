using System.Text.Json;
using NewsExtract.Extraction;
using NewsExtract.Ingestion;
using NewsExtract.Output;
using NewsExtract.Training;

namespace NewsExtract.Tests.TestSupport;

/// <summary>
/// Stands in for <c>review import</c> until it is merged: turns a reviewed facts.csv into a review folder in the format
/// of REVIEW_SPEC.md (per document a <c>review.json</c> with every row, a facts-only <c>gold.json</c> with
/// <c>"source": "review"</c> when some row was accepted, fixed or added, and the article copied beside them).
/// </summary>
internal static class ReviewFolderWriter
{
    private static readonly string[] GoldFields = ["fact_type", "subject", "relation", "object", "amount", "unit", "date", "place", "modality", "evidence"];

    public static void Write(string reviewedCsv, string articles, string output)
    {
        var read = FactReader.ReadCsvFile(reviewedCsv);
        Assert.True(read.IsSuccess, string.Join("\n", read.Problems));
        Directory.CreateDirectory(output);
        // The row number in the sheet: the header is row 1.
        var rows = read.Items.Select((fact, i) => (Fact: fact, Line: i + 2)).ToList();
        foreach (var document in rows.GroupBy(r => r.Fact.DocId, StringComparer.Ordinal))
        {
            var docId = document.Key;
            WriteJson(Path.Combine(output, docId + ReviewRecords.Suffix), json =>
            {
                json.WriteString("doc_id", docId);
                json.WriteString("source", "review");
                json.WriteStartArray("rows");
                foreach (var (fact, line) in document)
                {
                    json.WriteStartObject();
                    json.WriteString("verdict", Verdict(fact));
                    json.WriteString("file", Path.GetFileName(reviewedCsv));
                    json.WriteNumber("line", line);
                    json.WriteStartObject("fact");
                    foreach (var column in FactColumns.Facts)
                        WriteColumn(json, fact, column);
                    json.WriteEndObject();
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            });

            var labels = document.Where(r => Verdict(r.Fact) is ReviewRecords.Accept or ReviewRecords.Fix or ReviewRecords.Add).ToList();
            if (labels.Count > 0)
            {
                WriteJson(Path.Combine(output, docId + ".gold.json"), json =>
                {
                    json.WriteString("doc_id", docId);
                    json.WriteString("source", "review");
                    json.WriteStartArray("facts");
                    foreach (var (fact, _) in labels)
                    {
                        json.WriteStartObject();
                        foreach (var field in GoldFields)
                            WriteColumn(json, fact, field);
                        json.WriteEndObject();
                    }
                    json.WriteEndArray();
                });
            }

            var article = Directory.GetFiles(articles, docId + ".*", SearchOption.AllDirectories)
                .Single(f => Path.GetFileNameWithoutExtension(f) == docId && InputFolder.ArticleExtensions.Contains(Path.GetExtension(f)));
            File.Copy(article, Path.Combine(output, Path.GetFileName(article)));
            // Beyond the spec, which names the article only: without its sidecar a .txt article loses its published
            // date, so its dates without a year no longer match the reviewed rows extracted with it.
            var sidecar = Path.Combine(Path.GetDirectoryName(article)!, docId + SidecarMetadata.Suffix);
            if (File.Exists(sidecar))
                File.Copy(sidecar, Path.Combine(output, Path.GetFileName(sidecar)));
        }
    }

    private static string Verdict(Fact fact) => fact.Verdict.Trim().ToLowerInvariant();

    private static void WriteColumn(Utf8JsonWriter json, Fact fact, string column)
    {
        switch (column)
        {
            case "amount":
                WriteNumber(json, column, fact.Amount);
                break;
            case "confidence":
                WriteNumber(json, column, fact.Confidence);
                break;
            case "start":
                json.WriteNumber(column, fact.Start);
                break;
            case "end":
                json.WriteNumber(column, fact.End);
                break;
            default:
                json.WriteString(column, Text(fact, column));
                break;
        }
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } number)
            json.WriteNumber(name, number);
        else
            json.WriteNull(name);
    }

    private static string Text(Fact fact, string column) => column switch
    {
        "fact_id" => fact.FactId,
        "doc_id" => fact.DocId,
        "fact_type" => fact.FactType,
        "subject" => fact.Subject,
        "relation" => fact.Relation,
        "object" => fact.Object,
        "unit" => fact.Unit,
        "date" => fact.Date,
        "place" => fact.Place,
        "modality" => fact.Modality,
        "extractor" => fact.Extractor,
        "evidence" => fact.Evidence,
        "verdict" => Verdict(fact),
        "note" => fact.Note,
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, "not a fact column"),
    };

    private static void WriteJson(string path, Action<Utf8JsonWriter> body)
    {
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        body(json);
        json.WriteEndObject();
    }
}
