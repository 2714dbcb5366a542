using NewsExtract.Extraction;
using NewsExtract.Scoring;

namespace NewsExtract.Tests.EndToEnd;

/// <summary>What the scripted reviewer did, for the test's output.</summary>
internal sealed record ReviewTally(int Accepted, int Rejected, int Fixed, int Added);

/// <summary>
/// A reviewer who knows the gold answers: accepts the extracted rows that match a gold fact, rejects the others,
/// fixes one row that is wrong in a single key field, and adds gold facts the extractor missed (the first
/// <c>add</c> of them, or all). Works on fact rows only, so it does not care whether they came from facts.csv or facts.xlsx.
/// </summary>
internal static class ScriptedReviewer
{
    public static (IReadOnlyList<Fact> Rows, ReviewTally Tally) Review(IReadOnlyList<Fact> extracted, IReadOnlyList<GoldDocument> gold, int add = int.MaxValue)
    {
        var rows = new List<Fact>();
        var missed = new List<(string DocId, FactFields Gold)>();
        foreach (var document in gold.OrderBy(d => d.DocId, StringComparer.Ordinal))
        {
            var predicted = extracted.Where(f => f.DocId == document.DocId).ToList();
            var fields = predicted.Select(FactFields.From).ToList();
            var matching = FactMatcher.Match(fields, document.Facts);
            var matched = matching.Matches.Select(m => m.Predicted).ToHashSet(ReferenceEqualityComparer.Instance);
            rows.AddRange(predicted.Select((fact, i) => fact with { Verdict = matched.Contains(fields[i]) ? "accept" : "reject" }));
            missed.AddRange(matching.Missed.Select(g => (document.DocId, g)));
        }

        var fix = rows.Select((row, i) => (Index: i, Fixed: row.Verdict == "reject" ? OneFieldFix(row, missed) : null)).First(c => c.Fixed is not null);
        rows[fix.Index] = fix.Fixed!.Value.Row with { Verdict = "fix", Note = "corrected by the scripted reviewer" };
        missed.Remove(fix.Fixed.Value.Gold);

        var added = missed.Take(add).Select(m => new Fact(
            "", m.DocId, m.Gold.FactType, m.Gold.Subject, m.Gold.Relation, m.Gold.Object, m.Gold.Amount, m.Gold.Unit, m.Gold.Date,
            m.Gold.Place, m.Gold.Modality, 0, "", m.Gold.Evidence, 0, 0, "add")).ToList();
        Assert.True(added.Count >= Math.Min(add, 2), $"only {added.Count} missed facts to add");
        rows.AddRange(added);
        return (rows, new ReviewTally(rows.Count(r => r.Verdict == "accept"), rows.Count(r => r.Verdict == "reject"), 1, added.Count));
    }

    /// <summary>The row with one key field corrected so that it matches a missed gold fact of its document, or null.</summary>
    private static (Fact Row, (string DocId, FactFields Gold) Gold)? OneFieldFix(Fact row, List<(string DocId, FactFields Gold)> missed)
    {
        foreach (var candidate in missed.Where(m => m.DocId == row.DocId && m.Gold.FactType == row.FactType))
        {
            foreach (var field in FactKeys.KeyFields(row.FactType))
            {
                var corrected = With(row, field, candidate.Gold);
                if (corrected != row && FactMatcher.KeySimilarity(FactFields.From(corrected), candidate.Gold) is not null)
                    return (corrected, candidate);
            }
        }
        return null;
    }

    private static Fact With(Fact row, FactField field, FactFields gold) => field switch
    {
        FactField.Subject => row with { Subject = gold.Subject },
        FactField.Relation => row with { Relation = gold.Relation },
        FactField.Object => row with { Object = gold.Object },
        FactField.Amount => row with { Amount = gold.Amount },
        FactField.Unit => row with { Unit = gold.Unit },
        FactField.Date => row with { Date = gold.Date },
        FactField.Place => row with { Place = gold.Place },
        _ => row with { Modality = gold.Modality },
    };
}
