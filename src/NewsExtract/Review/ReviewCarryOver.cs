using NewsExtract.Extraction;

namespace NewsExtract.Review;

/// <summary>How much of a review a re-run kept.</summary>
/// <param name="Carried">New facts that got a verdict or note from the reviewed row with their fact_id.</param>
/// <param name="Added">Rows the reviewer added, appended to their documents.</param>
/// <param name="Unmatched">Reviewed rows (a verdict or a note) whose fact is no longer found, or whose document was not in the run.</param>
public sealed record CarryOverCounts(int Carried, int Added, int Unmatched);

/// <summary>
/// <c>extract --keep-review</c>: carries the verdicts and notes of a reviewed sheet forward to a re-run's facts with the
/// same fact_id, so a review survives a new model or rule. A <c>fix</c> row also carries its corrected cells; <c>add</c>
/// rows are appended to their document.
/// </summary>
/// <remarks>
/// A fix keeps the new fact's confidence, extractor, evidence and offsets (they describe where the new run read it) and
/// takes the reviewer's subject, relation, object, amount, unit, date, place and modality. The fact_id is the new
/// fact's, so the next re-run finds the row again. Counts accumulate over <see cref="Apply"/> calls; not thread-safe.
/// </remarks>
public sealed class ReviewCarryOver
{
    private readonly Dictionary<(string DocId, string FactId), ReviewRow> _byId = new();
    private readonly ILookup<string, ReviewRow> _added;
    private readonly int _reviewed;
    private readonly HashSet<(string DocId, string FactId)> _used = [];
    private int _carried, _appended;

    public ReviewCarryOver(IEnumerable<ReviewRow> rows)
    {
        var reviewed = rows.Where(r => r.Verdict != Verdict.None || r.Fact.Note.Trim().Length > 0).ToList();
        _reviewed = reviewed.Count;
        foreach (var row in reviewed.Where(r => r.Verdict != Verdict.Add && r.Fact.FactId.Length > 0))
        {
            _byId.TryAdd(Key(row.Fact.DocId, row.Fact.FactId), row); // the first of repeated rows wins
        }

        _added = reviewed.Where(r => r.Verdict == Verdict.Add).ToLookup(r => r.Fact.DocId, StringComparer.Ordinal);
    }

    public CarryOverCounts Counts => new(_carried, _appended, _reviewed - _used.Count - _appended);

    /// <summary>The document's facts with the review's verdicts, notes and fixes, and its added rows at the end.</summary>
    public IReadOnlyList<Fact> Apply(string docId, IReadOnlyList<Fact> facts)
    {
        var result = new List<Fact>(facts.Count);
        foreach (var fact in facts)
        {
            var key = Key(docId, fact.FactId);
            if (_byId.TryGetValue(key, out var row) && _used.Add(key))
            {
                _carried++;
                result.Add(Carry(fact, row));
            }
            else
            {
                result.Add(fact);
            }
        }

        foreach (var added in _added[docId])
        {
            _appended++;
            result.Add(FactId.EnsureId(added.Fact with { DocId = docId }));
        }

        return result;
    }

    private static Fact Carry(Fact fact, ReviewRow row)
    {
        var carried = fact with { Verdict = Verdicts.Name(row.Verdict), Note = row.Fact.Note };
        var fix = row.Fact;
        return row.Verdict != Verdict.Fix ? carried : carried with
        {
            Subject = fix.Subject,
            Relation = fix.Relation,
            Object = fix.Object,
            Amount = fix.Amount,
            Unit = fix.Unit,
            Date = fix.Date,
            Place = fix.Place,
            Modality = fix.Modality,
        };
    }

    private static (string, string) Key(string docId, string factId) => (docId, factId.Trim().ToLowerInvariant());
}
