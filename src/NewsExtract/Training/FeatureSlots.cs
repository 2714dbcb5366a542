namespace NewsExtract.Training;

/// <summary>The features as their <see cref="FeatureHasher"/> slots, in the order written; no feature string is built.
/// One instance serves one thread: <see cref="Clear"/> it between examples.</summary>
public sealed class FeatureSlots : IFeatureSink
{
    private readonly List<int> _slots = new(64);
    private char[] _lower = new char[64];

    public IReadOnlyList<int> Slots => _slots;

    public int Count => _slots.Count;

    /// <summary>Copies the slots, in the order written, to <paramref name="destination"/> (at least <see cref="Count"/> long).</summary>
    public void CopyTo(Span<int> destination) => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_slots).CopyTo(destination);

    public void Clear() => _slots.Clear();

    public void Add(string feature) => _slots.Add(FeatureHasher.Index(feature));

    public void Add(ReadOnlySpan<char> first, ReadOnlySpan<char> second, ReadOnlySpan<char> third = default, ReadOnlySpan<char> fourth = default) =>
        _slots.Add(FeatureHasher.Index(first, second, third, fourth));

    public void AddLower(string prefix, ReadOnlySpan<char> value)
    {
        if (_lower.Length < value.Length)
            _lower = new char[Math.Max(value.Length, 2 * _lower.Length)];
        // The same mapping as string.ToLowerInvariant, surrogate pairs included.
        var length = value.ToLowerInvariant(_lower);
        _slots.Add(FeatureHasher.Index(prefix, _lower.AsSpan(0, length)));
    }
}
