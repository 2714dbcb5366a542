using System.Globalization;
using System.Text.Json;
using NewsExtract.Output;

namespace NewsExtract.Scoring;

/// <summary>Writes a <see cref="ScoreReport"/> as readable markdown-style tables, and as JSON (<c>score.json</c>) for tests and CI.</summary>
/// <remarks>Numbers are invariant; ratios have three decimals in text and four in JSON.</remarks>
public static class ScoreReportWriter
{
    /// <summary>The report; with <paramref name="details"/> also every false positive and missed gold fact and entity.</summary>
    public static void WriteText(TextWriter writer, ScoreReport report, bool details = true)
    {
        var d = report.Documents;
        writer.WriteLine(Invariant($"Scored {d.Scored} documents with gold ({d.GoldWithoutPredictions} without any prediction): {d.Scored} for facts, {d.ScoredForEntities} for entities."));
        if (d.ScoredForEntities < d.Scored)
        {
            writer.WriteLine(Invariant($"{d.Scored - d.ScoredForEntities} gold files have no entity labels (facts-only, from a review) and are left out of the entity scores."));
        }

        if (d.Ignored > 0)
        {
            writer.WriteLine(Invariant($"Ignored {d.Ignored} predicted documents without gold ({d.IgnoredFacts} facts, {d.IgnoredEntities} entities)."));
        }

        writer.WriteLine();
        writer.WriteLine("## Entities");
        writer.WriteLine();
        WriteScores(writer, "label", report.EntityLabels, report.EntityMicro);
        writer.WriteLine();
        writer.WriteLine("## Facts");
        writer.WriteLine();
        WriteScores(writer, "fact_type", report.FactTypes, report.FactMicro);
        writer.WriteLine();
        writer.WriteLine("## Attributes of matched facts");
        writer.WriteLine();
        WriteTable(writer, ["fact_type", "field", "correct", "total", "accuracy"],
            [.. report.Attributes.Select(a => new[] { a.FactType, a.Field, Int(a.Correct), Int(a.Total), Ratio(a.Accuracy) })]);

        if (!details)
        {
            return;
        }

        WriteFacts(writer, "False positives", report.FalsePositives);
        WriteFacts(writer, "Missed gold facts", report.Missed);
        WriteEntities(writer, "Entity false positives", report.EntityFalsePositives);
        WriteEntities(writer, "Missed gold entities", report.EntityMissed);
    }

    /// <summary>One line: micro F1 of entities and facts, for --quiet.</summary>
    public static string Headline(ScoreReport report) => Invariant(
        $"entities micro P={Ratio(report.EntityMicro.Precision)} R={Ratio(report.EntityMicro.Recall)} F1={Ratio(report.EntityMicro.F1)}; facts micro P={Ratio(report.FactMicro.Precision)} R={Ratio(report.FactMicro.Recall)} F1={Ratio(report.FactMicro.F1)}; {report.Documents.Scored} documents{EntityNote(report.Documents)}");

    private static string EntityNote(DocumentCounts d) =>
        d.ScoredForEntities < d.Scored ? Invariant($" ({d.ScoredForEntities} with entity labels)") : "";

    public static void WriteJson(Stream stream, ScoreReport report)
    {
        using var json = new Utf8JsonWriter(stream, JsonFormat.WriterOptions);
        json.WriteStartObject();
        json.WriteStartObject("documents");
        json.WriteNumber("scored", report.Documents.Scored);
        json.WriteNumber("scored_facts", report.Documents.Scored);
        json.WriteNumber("scored_entities", report.Documents.ScoredForEntities);
        json.WriteNumber("gold_without_predictions", report.Documents.GoldWithoutPredictions);
        json.WriteNumber("ignored", report.Documents.Ignored);
        json.WriteNumber("ignored_facts", report.Documents.IgnoredFacts);
        json.WriteNumber("ignored_entities", report.Documents.IgnoredEntities);
        json.WriteEndObject();
        WriteScores(json, "entities", "labels", report.EntityLabels, report.EntityMicro);
        WriteScores(json, "facts", "types", report.FactTypes, report.FactMicro);
        json.WriteStartArray("attributes");
        foreach (var a in report.Attributes)
        {
            json.WriteStartObject();
            json.WriteString("fact_type", a.FactType);
            json.WriteString("field", a.Field);
            json.WriteNumber("correct", a.Correct);
            json.WriteNumber("total", a.Total);
            json.WriteNumber("accuracy", Math.Round(a.Accuracy, 4));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteFacts(json, "false_positives", report.FalsePositives);
        WriteFacts(json, "missed", report.Missed);
        WriteEntities(json, "entity_false_positives", report.EntityFalsePositives);
        WriteEntities(json, "entity_missed", report.EntityMissed);
        json.WriteEndObject();
        json.Flush();
    }

    private static void WriteScores(TextWriter writer, string name, IReadOnlyList<CategoryScore> rows, Prf micro)
    {
        var cells = rows.Select(r => Row(r.Name, r.Score)).Append(Row("micro", micro)).ToList();
        WriteTable(writer, [name, "gold", "pred", "tp", "fp", "fn", "precision", "recall", "f1"], cells);

        static string[] Row(string name, Prf s) =>
            [name, Int(s.Gold), Int(s.Predicted), Int(s.TruePositives), Int(s.FalsePositives), Int(s.FalseNegatives),
             Ratio(s.Precision), Ratio(s.Recall), Ratio(s.F1)];
    }

    private static void WriteFacts(TextWriter writer, string title, IReadOnlyList<FactError> errors)
    {
        writer.WriteLine();
        writer.WriteLine(Invariant($"## {title} ({errors.Count})"));
        if (errors.Count > 0)
        {
            writer.WriteLine();
        }

        foreach (var (docId, f) in errors)
        {
            var amount = InvariantFormat.Amount(f.Amount);
            writer.WriteLine($"- {docId} {f.FactType}: subject={f.Subject} | relation={f.Relation} | object={f.Object} | amount={amount} | unit={f.Unit} | date={f.Date} | place={f.Place} | modality={f.Modality}");
            if (f.Evidence.Length > 0)
            {
                writer.WriteLine($"  evidence: {f.Evidence.ReplaceLineEndings(" ")}");
            }
        }
    }

    private static void WriteEntities(TextWriter writer, string title, IReadOnlyList<EntityError> errors)
    {
        writer.WriteLine();
        writer.WriteLine(Invariant($"## {title} ({errors.Count})"));
        if (errors.Count > 0)
        {
            writer.WriteLine();
        }

        foreach (var e in errors)
        {
            writer.WriteLine($"- {e.DocId} {e.Label}: {e.Normalized}");
        }
    }

    private static void WriteTable(TextWriter writer, string[] header, IReadOnlyList<string[]> rows)
    {
        var widths = header.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        writer.WriteLine(Line(header));
        writer.WriteLine("|" + string.Join("|", widths.Select(w => new string('-', w + 2))) + "|");
        foreach (var row in rows)
        {
            writer.WriteLine(Line(row));
        }

        // Names left-aligned, numbers right-aligned, as a reader scans them.
        string Line(string[] cells) => "| " + string.Join(" | ", cells.Select((c, i) => i == 0 || (i == 1 && !IsNumber(c)) ? c.PadRight(widths[i]) : c.PadLeft(widths[i]))) + " |";
    }

    private static bool IsNumber(string cell) => double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    private static void WriteScores(Utf8JsonWriter json, string name, string rowsName, IReadOnlyList<CategoryScore> rows, Prf micro)
    {
        json.WriteStartObject(name);
        WritePrf(json, "micro", micro);
        json.WriteStartObject(rowsName);
        foreach (var row in rows)
        {
            WritePrf(json, row.Name, row.Score);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WritePrf(Utf8JsonWriter json, string name, Prf score)
    {
        json.WriteStartObject(name);
        json.WriteNumber("gold", score.Gold);
        json.WriteNumber("predicted", score.Predicted);
        json.WriteNumber("tp", score.TruePositives);
        json.WriteNumber("fp", score.FalsePositives);
        json.WriteNumber("fn", score.FalseNegatives);
        json.WriteNumber("precision", Math.Round(score.Precision, 4));
        json.WriteNumber("recall", Math.Round(score.Recall, 4));
        json.WriteNumber("f1", Math.Round(score.F1, 4));
        json.WriteEndObject();
    }

    private static void WriteFacts(Utf8JsonWriter json, string name, IReadOnlyList<FactError> errors)
    {
        json.WriteStartArray(name);
        foreach (var (docId, f) in errors)
        {
            json.WriteStartObject();
            json.WriteString("doc_id", docId);
            FactFieldsJson.WriteProperties(json, f);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteEntities(Utf8JsonWriter json, string name, IReadOnlyList<EntityError> errors)
    {
        json.WriteStartArray(name);
        foreach (var e in errors)
        {
            json.WriteStartObject();
            json.WriteString("doc_id", e.DocId);
            json.WriteString("label", e.Label);
            json.WriteString("normalized", e.Normalized);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Ratio(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
