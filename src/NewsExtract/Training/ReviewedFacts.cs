using NewsExtract.Review;
using NewsExtract.Scoring;

namespace NewsExtract.Training;

/// <summary>One document of a review folder (written by <c>review import</c>): its gold facts and its review rows.</summary>
/// <param name="Path">The gold file, or the review file when every row was rejected; the article sits beside it.</param>
/// <param name="Facts">The accepted, fixed and added rows (the facts-only gold file); none when there is no gold file.</param>
/// <param name="Files">Every file read for the document, for the training-data hash.</param>
/// <param name="Records">The review rows; none (nothing rejected, nothing unreviewed) for a facts-only gold file without a review file.</param>
public sealed record ReviewedFacts(string DocId, string Path, IReadOnlyList<FactFields> Facts, ReviewRecords Records, IReadOnlyList<string> Files)
{
    /// <summary>The documents under the folders, in doc_id order. A document with any unusable file is left out whole
    /// (its problems added): half of a review would turn the facts it confirms into negatives.</summary>
    public static IReadOnlyList<ReviewedFacts> Read(IEnumerable<string> folders, List<string> problems)
    {
        var existing = new List<string>();
        foreach (var folder in folders)
        {
            if (Directory.Exists(folder))
                existing.Add(folder);
            else
                problems.Add($"{folder}: review folder not found");
        }
        if (existing.Count == 0)
            return [];

        var gold = GoldReader.ReadFolders(existing);
        problems.AddRange(gold.Problems.Select(p => p.ToString()));
        var unusable = gold.Problems.Select(p => GoldReader.DocIdOf(p.Path, GoldReader.Suffix)).ToHashSet(StringComparer.Ordinal);
        var records = new Dictionary<string, ReviewRecords>(StringComparer.Ordinal);
        foreach (var file in existing.SelectMany(f => Directory.GetFiles(f, "*" + ReviewRecords.Suffix, SearchOption.AllDirectories)).Order(StringComparer.Ordinal))
        {
            var (read, fileProblems) = ReviewRecords.ReadFile(file);
            if (read is not null && records.TryGetValue(read.DocId, out var first))
                fileProblems = [$"doc_id '{read.DocId}' already has a review file: {first.Path}"];
            if (fileProblems.Count > 0 || read is null)
            {
                problems.AddRange(fileProblems.Select(p => $"{file}: {p}"));
                unusable.Add(GoldReader.DocIdOf(file, ReviewRecords.Suffix));
                continue;
            }
            records.Add(read.DocId, read);
        }

        var byId = gold.Documents.ToDictionary(d => d.DocId, StringComparer.Ordinal);
        var documents = new List<ReviewedFacts>();
        foreach (var docId in byId.Keys.Union(records.Keys).Where(id => !unusable.Contains(id)).Order(StringComparer.Ordinal))
        {
            var facts = byId.GetValueOrDefault(docId);
            var rows = records.GetValueOrDefault(docId);
            if (facts is null && rows!.Rows.Any(r => Verdicts.IsGold(r.Verdict)))
            {
                problems.Add($"{rows.Path}: accepted, fixed or added rows but no {docId}{GoldReader.Suffix} beside it");
                continue;
            }
            string[] files = [.. new[] { facts?.Path, rows?.Path }.OfType<string>()];
            documents.Add(new ReviewedFacts(docId, files[0], facts?.Facts ?? [], rows ?? new ReviewRecords(docId, files[0], []), files));
        }
        return documents;
    }
}
