using System.Text.Json;
using NewsExtract.Extraction;
using NewsExtract.Output;

namespace NewsExtract.Scoring;

/// <summary>Reads every <c>*.gold.json</c> under one or more folders (recursively, in ordinal path order).</summary>
/// <remarks>
/// A file with any problem (bad JSON, unknown label or fact type, a doc_id that is not its file name, a doc_id
/// another gold file already has) is left out whole and reported with its path and every problem found, so a
/// half-read file never skews a score. Modality defaults to <c>asserted</c>. A file without an <c>entities</c> key
/// is a facts-only gold (<see cref="GoldDocument.EntitiesLabelled"/> false). Never throws for bad content.
/// </remarks>
public static class GoldReader
{
    public const string Suffix = ".gold.json";

    public static GoldSet ReadFolders(IEnumerable<string> folders)
    {
        var documents = new List<GoldDocument>();
        var problems = new List<GoldProblem>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            if (!Directory.Exists(folder))
            {
                problems.Add(new GoldProblem(folder, "gold folder not found"));
                continue;
            }

            string[] files;
            try
            {
                files = Directory.GetFiles(folder, "*" + Suffix, SearchOption.AllDirectories);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                problems.Add(new GoldProblem(folder, $"cannot list the folder: {ex.Message}"));
                continue;
            }

            Array.Sort(files, StringComparer.Ordinal);
            foreach (var file in files)
            {
                var (document, fileProblems) = ReadFile(file);
                if (document is not null && seen.TryGetValue(document.DocId, out var first))
                {
                    fileProblems = [$"doc_id '{document.DocId}' already has a gold file: {first}"];
                    document = null;
                }

                problems.AddRange(fileProblems.Select(p => new GoldProblem(file, p)));
                if (document is not null)
                {
                    seen.Add(document.DocId, file);
                    documents.Add(document);
                }
            }
        }

        return new GoldSet(documents, problems);
    }

    /// <summary>One gold file: the document, or null and the problems that keep it out.</summary>
    public static (GoldDocument? Document, IReadOnlyList<string> Problems) ReadFile(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, [$"cannot read: {ex.Message}"]);
        }

        return Parse(text, DocIdOf(path, Suffix), path);
    }

    /// <summary>The doc_id a labelled file's name says: the name without <paramref name="suffix"/> (<c>.gold.json</c>, <c>.review.json</c>).</summary>
    internal static string DocIdOf(string path, string suffix)
    {
        var name = Path.GetFileName(path);
        return name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) ? name[..^suffix.Length] : name;
    }

    /// <summary>Parses gold JSON; <paramref name="expectedDocId"/> is what the file name says the doc_id is.</summary>
    public static (GoldDocument? Document, IReadOnlyList<string> Problems) Parse(string json, string expectedDocId, string path)
    {
        JsonDocument parsed;
        try
        {
            parsed = JsonDocument.Parse(json, JsonFormat.DocumentOptions);
        }
        catch (JsonException ex)
        {
            return (null, [$"not valid JSON: {ex.Message}"]);
        }

        using (parsed)
        {
            var problems = new List<string>();
            var root = parsed.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, ["expected a JSON object with doc_id, entities and facts"]);
            }

            var docId = Text(root, "doc_id", "file", problems).Trim();
            if (docId.Length == 0)
            {
                docId = expectedDocId;
            }
            else if (!string.Equals(docId, expectedDocId, StringComparison.Ordinal))
            {
                problems.Add($"doc_id '{docId}' does not match the file name (expected '{expectedDocId}')");
            }

            var entities = new List<GoldEntity>();
            foreach (var (item, where) in Items(root, "entities", problems))
            {
                var label = Text(item, "label", where, problems);
                if (!EntityReader.TryParseLabel(label, out var parsedLabel))
                {
                    problems.Add($"{where}: unknown label '{label}'");
                    continue;
                }

                entities.Add(new GoldEntity(parsedLabel, Text(item, "text", where, problems), Text(item, "normalized", where, problems)));
            }

            var facts = new List<FactFields>();
            foreach (var (item, where) in Items(root, "facts", problems))
            {
                if (ParseFact(item, where, problems) is { } fact)
                {
                    facts.Add(fact);
                }
            }

            var entitiesLabelled = root.TryGetProperty("entities", out var entityArray) && entityArray.ValueKind != JsonValueKind.Null;
            return problems.Count > 0 ? (null, problems) : (new GoldDocument(docId, path, entities, facts, entitiesLabelled), problems);
        }
    }

    /// <summary>One fact object in the gold format (also the <c>fact</c> of a review row), or null with the problems added.</summary>
    internal static FactFields? ParseFact(JsonElement item, string where, List<string> problems)
    {
        var factType = Text(item, "fact_type", where, problems).Trim();
        if (!FactTypes.All.Contains(factType))
        {
            problems.Add($"{where}: unknown fact_type '{factType}'");
            return null;
        }

        if (!JsonFormat.TryGetNumber(item, "amount", out var amount))
        {
            problems.Add($"{where}: amount is not a number");
            return null;
        }

        var modality = Text(item, "modality", where, problems).Trim();
        return new FactFields(
            factType, Text(item, "subject", where, problems), Text(item, "relation", where, problems),
            Text(item, "object", where, problems), amount, Text(item, "unit", where, problems),
            Text(item, "date", where, problems), Text(item, "place", where, problems),
            modality.Length == 0 ? FactFields.Asserted : modality, Text(item, "evidence", where, problems));
    }

    internal static IEnumerable<(JsonElement Item, string Where)> Items(JsonElement root, string name, List<string> problems)
    {
        if (!root.TryGetProperty(name, out var array) || array.ValueKind == JsonValueKind.Null)
        {
            yield break;
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            problems.Add($"{name} is not an array");
            yield break;
        }

        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            var where = $"{name}[{index++}]";
            if (item.ValueKind == JsonValueKind.Object)
            {
                yield return (item, where);
            }
            else
            {
                problems.Add($"{where} is not an object");
            }
        }
    }

    /// <summary>A string property; absent or null is blank, anything else is a problem.</summary>
    internal static string Text(JsonElement obj, string name, string where, List<string> problems)
    {
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return "";
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            return value.GetString() ?? "";
        }

        problems.Add($"{where}: {name} is not a string");
        return "";
    }
}
