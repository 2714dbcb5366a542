using System.Text.Json;
using NewsExtract.Output;
using NewsExtract.Scoring;

namespace NewsExtract.Review;

/// <summary>One row of a <c>review.json</c> as training reads it: the verdict and the fact's key fields.</summary>
/// <param name="File">The sheet the row came from, and <paramref name="Line"/> its row number there, for messages.</param>
public sealed record ReviewRecord(Verdict Verdict, string File, int Line, FactFields Fact);

/// <summary>
/// One <c>&lt;doc_id&gt;.review.json</c> written by <c>review import</c> (REVIEW_SPEC.md): every row of the document,
/// whatever its verdict. Accepted, fixed and added rows are the document's gold facts (in the gold file beside it);
/// training needs this file for what the gold file cannot say: which rows were rejected and which nobody reviewed.
/// </summary>
public sealed record ReviewRecords(string DocId, string Path, IReadOnlyList<ReviewRecord> Rows)
{
    public const string Suffix = ReviewFiles.ReviewSuffix;

    /// <summary>Rows the reviewer said are wrong: a candidate matching one is a negative.</summary>
    public IReadOnlyList<FactFields> Rejected => [.. Rows.Where(r => r.Verdict == Verdict.Reject).Select(r => r.Fact)];

    /// <summary>Reads a review file; any problem keeps the whole file out, since a missing row would turn unknowns into negatives.</summary>
    public static (ReviewRecords? Records, IReadOnlyList<string> Problems) ReadFile(string path)
    {
        var expectedId = GoldReader.DocIdOf(path, Suffix);
        try
        {
            using var parsed = JsonDocument.Parse(File.ReadAllText(path), JsonFormat.DocumentOptions);
            return Parse(parsed.RootElement, expectedId, path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, [$"cannot read: {ex.Message}"]);
        }
        catch (JsonException ex)
        {
            return (null, [$"not valid JSON: {ex.Message}"]);
        }
    }

    private static (ReviewRecords?, IReadOnlyList<string>) Parse(JsonElement root, string expectedId, string path)
    {
        if (root.ValueKind != JsonValueKind.Object)
            return (null, ["expected a JSON object with doc_id and rows"]);
        var problems = new List<string>();
        var docId = GoldReader.Text(root, "doc_id", "file", problems).Trim();
        if (docId.Length > 0 && docId != expectedId)
            problems.Add($"doc_id '{docId}' does not match the file name (expected '{expectedId}')");

        var rows = new List<ReviewRecord>();
        foreach (var (item, where) in GoldReader.Items(root, "rows", problems))
        {
            if (!item.TryGetProperty("fact", out var fact) || fact.ValueKind != JsonValueKind.Object)
            {
                problems.Add($"{where}: no fact object");
                continue;
            }

            if (!JsonFormat.TryGetInt(item, "line", out var line))
                problems.Add($"{where}: line is not a number");
            var verdictText = GoldReader.Text(item, "verdict", where, problems);
            if (!Verdicts.TryParse(verdictText, out var verdict))
            {
                problems.Add($"{where}: unknown verdict '{verdictText}'");
                continue;
            }

            if (GoldReader.ParseFact(fact, where + ".fact", problems) is { } fields)
                rows.Add(new ReviewRecord(verdict, GoldReader.Text(item, "file", where, problems), line, fields));
        }

        return problems.Count > 0 ? (null, problems) : (new ReviewRecords(expectedId, path, rows), problems);
    }
}
