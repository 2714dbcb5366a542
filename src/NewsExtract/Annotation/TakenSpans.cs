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
    // Each position is Free, Start (the first position of a chosen span) or Inside (a later one). As spans do not
    // overlap, two neighbouring covered positions belong to one span exactly when the second is Inside; a byte a
    // position rather than a span number keeps small the five tables the trained tagger builds per document. Empty
    // spans cover no position, yet overlap a span strictly around them, so they are kept apart.
    private const byte Free = 0, Start = 1, Inside = 2;
    private byte[] _state;
    private readonly List<int> _empty = [];

    /// <param name="length">The text length, or any bound of the spans' ends; the positions grow when a span reaches past it.</param>
    public TakenSpans(int length) => _state = new byte[Math.Max(length, 0)];

    /// <summary>True when [<paramref name="start"/>, <paramref name="end"/>) overlaps a chosen span.</summary>
    public bool Overlaps(int start, int end)
    {
        if (start >= end)
        {
            // An empty span overlaps a chosen span that starts before and ends after it: one span covers both sides.
            return start == end && start > 0 && start < _state.Length && _state[start - 1] != Free && _state[start] == Inside;
        }
        foreach (var x in _empty)
        {
            if (start < x && x < end)
                return true;
        }
        var from = Math.Max(start, 0);
        var to = Math.Min(end, _state.Length);
        return from < to && _state.AsSpan(from, to - from).IndexOfAnyExcept(Free) >= 0;
    }

    public void Add(int start, int end)
    {
        if (start == end)
        {
            _empty.Add(start);
            return;
        }
        if (end > _state.Length)
            Array.Resize(ref _state, Math.Max(end, 2 * _state.Length));
        var from = Math.Max(start, 0);
        if (from >= end)
            return;
        _state[from] = Start;
        _state.AsSpan(from + 1, end - from - 1).Fill(Inside);
    }

    public bool Overlaps(Entity entity) => Overlaps(entity.Start, entity.End);

    public void Add(Entity entity) => Add(entity.Start, entity.End);
}
