using System.Text.Json;
using NewsExtract.Ingestion;

namespace NewsExtract.Output;

/// <summary>Reads a <c>summary.json</c> written by <see cref="RunSummaryWriter"/> back into a <see cref="RunSummary"/>.</summary>
/// <remarks>An empty reason reads as null: the writer writes null as empty, so the summary writes back the same bytes. Never throws for bad content.</remarks>
public static class RunSummaryReader
{
    public static (RunSummary? Summary, string? Error) ReadFile(string path)
    {
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(path), JsonFormat.DocumentOptions);
            return Read(json.RootElement, path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, $"{path}: cannot read: {ex.Message}");
        }
        catch (JsonException ex)
        {
            return (null, $"{path}: not valid JSON: {ex.Message}");
        }
    }

    private static (RunSummary? Summary, string? Error) Read(JsonElement root, string source)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("files", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            return (null, $"{source}: not a run summary (no files array)");
        }

        var files = new List<FileSummary>();
        foreach (var item in list.EnumerateArray())
        {
            var where = $"{source}: file {files.Count}";
            if (item.ValueKind != JsonValueKind.Object
                || !TryStatus(JsonFormat.GetString(item, "status"), out var status)
                || !JsonFormat.TryGetInt(item, "entities", out var entities)
                || !JsonFormat.TryGetInt(item, "facts", out var facts))
            {
                return (null, $"{where}: not a file entry with a status and counts");
            }

            var reason = JsonFormat.GetString(item, "reason");
            files.Add(new FileSummary(
                JsonFormat.GetString(item, "path"), JsonFormat.GetString(item, "doc_id"), status, reason.Length == 0 ? null : reason, entities, facts));
        }

        return (new RunSummary(JsonFormat.GetString(root, "command"), JsonFormat.GetString(root, "input"), files), null);
    }

    private static bool TryStatus(string name, out IngestStatus status)
    {
        foreach (var candidate in Enum.GetValues<IngestStatus>())
        {
            if (RunSummary.StatusName(candidate) == name)
            {
                status = candidate;
                return true;
            }
        }

        status = default;
        return false;
    }
}
