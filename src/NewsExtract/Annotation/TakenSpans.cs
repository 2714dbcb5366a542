namespace NewsExtract.Annotation;

/// <summary>
/// Spans already chosen in a text, none overlapping another, and whether a new span overlaps one of them (in the
/// sense of <see cref="Entity.Overlaps"/>). A test costs the new span's length, not the number of chosen spans, so
/// choosing among a document's candidates stays linear in its length.
/// </summary>
/// <remarks>Add only spans that overlap none already added (what a longest-first choice does). Not thread-safe:
/// one per choice.</remarks>
internal sealed class TakenSpans
{
    // Each position holds the number (from 1) of the chosen span covering it, 0 when free. Empty spans cover no
    // position, yet overlap a span strictly around them, so they are kept apart.
    private int[] _owner;
    private readonly List<int> _empty = [];
    private int _count;

    /// <param name="length">The text length, or any bound of the spans' ends; the positions grow when a span reaches past it.</param>
    public TakenSpans(int length) => _owner = new int[Math.Max(length, 0)];

    /// <summary>True when [<paramref name="start"/>, <paramref name="end"/>) overlaps a chosen span.</summary>
    public bool Overlaps(int start, int end)
    {
        if (start >= end)
        {
            // An empty span overlaps a chosen span that starts before and ends after it: the same owner both sides.
            return start == end && start > 0 && start < _owner.Length && _owner[start - 1] != 0 && _owner[start - 1] == _owner[start];
        }
        foreach (var x in _empty)
        {
            if (start < x && x < end)
                return true;
        }
        for (var i = Math.Max(start, 0); i < end && i < _owner.Length; i++)
        {
            if (_owner[i] != 0)
                return true;
        }
        return false;
    }

    public void Add(int start, int end)
    {
        _count++;
        if (start == end)
        {
            _empty.Add(start);
            return;
        }
        if (end > _owner.Length)
            Array.Resize(ref _owner, Math.Max(end, 2 * _owner.Length));
        for (var i = Math.Max(start, 0); i < end; i++)
            _owner[i] = _count;
    }

    public bool Overlaps(Entity entity) => Overlaps(entity.Start, entity.End);

    public void Add(Entity entity) => Add(entity.Start, entity.End);
}
