using NewsExtract.Annotation;

namespace NewsExtract.Extraction.Rules;

/// <summary>
/// A document's entities by position, built once per document: the rules ask for the entities of a span (a sentence,
/// a clause, a name run) many times, and a scan of every entity for each question made extraction quadratic in the
/// length of the document. Answers are in the order of <see cref="AnnotatedDocument.Entities"/>, as a scan gives them.
/// </summary>
public sealed class EntityIndex
{
    private readonly IReadOnlyList<Entity> _entities;
    private readonly int[] _byStart;
    private readonly int[] _starts;
    private readonly bool _inStartOrder;
    private readonly int _longest;

    public EntityIndex(IReadOnlyList<Entity> entities)
    {
        _entities = entities;
        // Stable by start; AnnotatedDocument keeps its entities sorted, so this is usually the identity.
        _byStart = [.. Enumerable.Range(0, entities.Count).OrderBy(i => entities[i].Start)];
        _starts = [.. _byStart.Select(i => entities[i].Start)];
        _inStartOrder = _byStart.Select((e, i) => e == i).All(same => same);
        _longest = entities.Count == 0 ? 0 : entities.Max(e => Math.Max(0, e.End - e.Start));
    }

    public IReadOnlyList<Entity> All => _entities;

    /// <summary>Entities whose span lies within [from, to): <c>Start &gt;= from &amp;&amp; End &lt;= to</c>.</summary>
    public List<Entity> Within(int from, int to) => Collect(from, to, from, to, overlapping: false);

    /// <summary>Entities that share a character with [from, to): <c>Start &lt; to &amp;&amp; from &lt; End</c>.</summary>
    public List<Entity> Overlapping(int from, int to) => Collect(from - _longest + 1, to - 1, from, to, overlapping: true);

    // Every entity with a start in [minStart, maxStart] that lies within [from, to) or, when overlapping, shares a
    // character with it, in document order. A flag rather than a predicate: the rules ask this for every sentence,
    // clause and name run, and a predicate cost a delegate and a closure per question.
    private List<Entity> Collect(long minStart, long maxStart, int from, int to, bool overlapping)
    {
        var found = new List<Entity>();
        if (maxStart < minStart)
            return found;
        List<int>? positions = _inStartOrder ? null : [];
        for (var i = SortedPositions.LowerBound(_starts, minStart); i < _starts.Length && _starts[i] <= maxStart; i++)
        {
            var entity = _entities[_byStart[i]];
            if (overlapping ? entity.Start < to && from < entity.End : entity.Start >= from && entity.End <= to)
            {
                if (positions is null)
                    found.Add(entity);
                else
                    positions.Add(_byStart[i]);
            }
        }
        if (positions is not null)
        {
            positions.Sort();
            found.AddRange(positions.Select(i => _entities[i]));
        }
        return found;
    }

}
