namespace NewsExtract.Extraction;

/// <summary>
/// Makes the same fact told again (headline, bullet, body) one row: rows with equal key fields merge, keeping the
/// first row's evidence and filling its blank date, place and object from the others. Meetings also merge when
/// they share a city and their dates do not conflict, since later mentions often drop the date or the city.
/// </summary>
/// <remarks>Stateless; output order is the order of first mention, so outputs are deterministic.</remarks>
public sealed class FactMerger
{
    public IReadOnlyList<Fact> Merge(IEnumerable<Fact> facts)
    {
        var merged = new List<Fact>();
        // The id of each merged row, computed once: a row that nothing was combined into keeps the id of its key.
        var ids = new List<string?>();
        // Where each merged row sits by its key (doc_id, type, fact_id), so that a fact finds its row without being
        // compared with every row: the same first matching row as a scan, in time linear in the number of facts.
        var byKey = new Dictionary<(string DocId, string FactType, string FactId), int>();
        var meetings = new List<int>();
        var typeOrder = FactTypes.All.ToList();
        foreach (var fact in facts.OrderBy(f => f.Start).ThenBy(f => typeOrder.IndexOf(f.FactType)))
        {
            var isMeeting = fact.FactType == FactTypes.Meeting;
            var id = isMeeting ? null : FactId.Compute(fact);
            var key = isMeeting ? default : (fact.DocId, fact.FactType, id!);
            var index = isMeeting ? meetings.FindIndex(i => SameMeeting(merged[i], fact)) is var m and >= 0 ? meetings[m] : -1
                : byKey.TryGetValue(key, out var row) ? row : -1;
            if (index < 0)
            {
                merged.Add(fact);
                ids.Add(id);
                if (isMeeting)
                    meetings.Add(merged.Count - 1);
                else
                    byKey[key] = merged.Count - 1;
                continue;
            }
            // Combine can fill a blank key field (a date or place), so the row's id is computed again at the end.
            merged[index] = Combine(merged[index], fact);
            ids[index] = null;
        }
        // A row that already carries its id (merging decided facts again) is kept as it is, not copied.
        var rows = new List<Fact>(merged.Count);
        for (var i = 0; i < merged.Count; i++)
        {
            var id = ids[i] ?? FactId.Compute(merged[i]);
            rows.Add(id == merged[i].FactId ? merged[i] : merged[i] with { FactId = id });
        }
        return rows;
    }

    // Other facts are the same when their keys are (Key); meetings when their places and dates agree and they share one.
    private static bool SameMeeting(Fact a, Fact b) =>
        a.DocId == b.DocId && a.FactType == b.FactType
        && Compatible(a.Place, b.Place) && Compatible(a.Date, b.Date)
        && (a.Place.Length > 0 && a.Place == b.Place || a.Date.Length > 0 && a.Date == b.Date || SharesParty(a, b));

    // A meeting told once with its city and once with its date is one meeting when the same parties meet.
    private static bool SharesParty(Fact a, Fact b) =>
        a.Subject.Split("; ", StringSplitOptions.RemoveEmptyEntries).Intersect(b.Subject.Split("; ", StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase).Any();

    private static bool Compatible(string a, string b) => a.Length == 0 || b.Length == 0 || string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static Fact Combine(Fact first, Fact other) => first with
    {
        Date = Fill(first.Date, other.Date),
        Place = Fill(first.Place, other.Place),
        Object = Fill(first.Object, other.Object),
        Subject = first.FactType == FactTypes.Meeting ? Parties(first.Subject, other.Subject) : first.Subject,
        // A fact stated plainly once is asserted, however often it is also hedged.
        Modality = first.Modality == "asserted" || other.Modality == "asserted" ? "asserted" : first.Modality,
        Confidence = Math.Max(first.Confidence, other.Confidence),
    };

    private static string Fill(string value, string fallback) => value.Length > 0 ? value : fallback;

    private static string Parties(string a, string b) =>
        string.Join("; ", a.Split("; ", StringSplitOptions.RemoveEmptyEntries).Concat(b.Split("; ", StringSplitOptions.RemoveEmptyEntries))
            .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal));
}
