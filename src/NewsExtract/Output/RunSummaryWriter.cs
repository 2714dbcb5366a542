using System.Globalization;
using System.Text;
using System.Text.Json;

namespace NewsExtract.Output;

/// <summary>Writes a <see cref="RunSummary"/> as <c>summary.json</c> and as readable text (<c>summary.txt</c>, the console).</summary>
public static class RunSummaryWriter
{
    public static void WriteJson(Stream stream, RunSummary summary)
    {
        using var json = new Utf8JsonWriter(stream, JsonFormat.WriterOptions);
        json.WriteStartObject();
        json.WriteString("command", summary.Command);
        json.WriteString("input", summary.Input);
        json.WriteStartObject("totals");
        json.WriteNumber("files", summary.Files.Count);
        json.WriteNumber("processed", summary.Processed);
        json.WriteNumber("skipped", summary.Skipped);
        json.WriteNumber("failed", summary.Failed);
        json.WriteNumber("entities", summary.Entities);
        json.WriteNumber("facts", summary.Facts);
        json.WriteEndObject();
        json.WriteStartArray("files");
        foreach (var file in summary.Files)
        {
            json.WriteStartObject();
            json.WriteString("path", file.Path);
            json.WriteString("doc_id", file.DocId);
            json.WriteString("status", RunSummary.StatusName(file.Status));
            json.WriteString("reason", file.Reason ?? "");
            json.WriteNumber("entities", file.Entities);
            json.WriteNumber("facts", file.Facts);
            json.WriteEndObject();
            JsonFormat.FlushIfFull(json);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
    }

    /// <summary>The totals line and one line per file: every file when <paramref name="allFiles"/>, else only skipped and failed ones.</summary>
    public static void WriteText(TextWriter writer, RunSummary summary, bool allFiles)
    {
        writer.WriteLine(Totals(summary));
        var files = allFiles ? summary.Files : summary.Files.Where(f => f.Status != Ingestion.IngestStatus.Processed).ToList();
        if (files.Count == 0)
        {
            return;
        }

        writer.WriteLine();
        var pathWidth = Math.Min(60, files.Max(f => f.Path.Length));
        writer.WriteLine($"{"status",-9}  {"facts",5}  {"entities",8}  {"path".PadRight(pathWidth)}  reason");
        foreach (var file in files)
        {
            var line = string.Create(CultureInfo.InvariantCulture,
                $"{RunSummary.StatusName(file.Status),-9}  {file.Facts,5}  {file.Entities,8}  {file.Path.PadRight(pathWidth)}  {file.Reason}");
            writer.WriteLine(line.TrimEnd());
        }
    }

    public static string Totals(RunSummary summary)
    {
        var files = string.Create(CultureInfo.InvariantCulture,
            $"{summary.Command}: {summary.Files.Count} files: {summary.Processed} processed, {summary.Skipped} skipped, {summary.Failed} failed");
        // Only extract finds facts and entities; "0 facts" after clean would read as a finding.
        return summary.Files.Any(f => f.Facts > 0 || f.Entities > 0) || summary.Command == "extract"
            ? string.Create(CultureInfo.InvariantCulture, $"{files}; {summary.Facts} facts, {summary.Entities} entities")
            : files;
    }

    /// <summary>Stages summary.json and, when <paramref name="withText"/>, summary.txt (LF line ends, every file listed).</summary>
    internal static void WriteFiles(OutputStaging staging, RunSummary summary, bool withText)
    {
        using (var json = staging.CreateFile("summary.json"))
        {
            WriteJson(json, summary);
        }

        if (withText)
        {
            using var text = new StreamWriter(staging.CreateFile("summary.txt"), new UTF8Encoding(false)) { NewLine = "\n" };
            WriteText(text, summary, allFiles: true);
        }
    }
}
