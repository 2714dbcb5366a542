namespace NewsExtract.Training;

/// <summary>Where a feature extractor writes the named binary features of one example ("w=said", "shape=Xx").</summary>
/// <remarks>Training and inspection keep the names (<see cref="FeatureList"/>); prediction only needs their hashed slots
/// (<see cref="FeatureSlots"/>), and building tens of feature strings for every name candidate of every document was
/// most of what the name model cost. Both give a feature the same slot: the slot is the hash of the whole name.</remarks>
public interface IFeatureSink
{
    void Add(string feature);

    /// <summary>The feature named by the parts written one after the other ("w=" and a word; a fact type, "|unit=" and a unit).</summary>
    void Add(ReadOnlySpan<char> first, ReadOnlySpan<char> second, ReadOnlySpan<char> third = default, ReadOnlySpan<char> fourth = default);

    /// <summary>The feature <paramref name="prefix"/> followed by <paramref name="value"/> in lower case (invariant, as
    /// <see cref="string.ToLowerInvariant()"/>).</summary>
    void AddLower(string prefix, ReadOnlySpan<char> value);
}

/// <summary>The features as strings, in the order written.</summary>
public sealed class FeatureList : IFeatureSink
{
    private readonly List<string> _features = new(64);

    public IReadOnlyList<string> Features => _features;

    public void Add(string feature) => _features.Add(feature);

    public void Add(ReadOnlySpan<char> first, ReadOnlySpan<char> second, ReadOnlySpan<char> third = default, ReadOnlySpan<char> fourth = default) =>
        _features.Add(string.Concat(first, second, third, fourth));

    public void AddLower(string prefix, ReadOnlySpan<char> value) => _features.Add(prefix + value.ToString().ToLowerInvariant());
}

/// <summary>The features as their <see cref="FeatureHasher"/> slots, in the order written; no feature string is built.
/// One instance serves one thread: <see cref="Clear"/> it between examples.</summary>
public sealed class FeatureSlots : IFeatureSink
{
    private readonly List<int> _slots = new(64);
    private char[] _lower = new char[64];

    public IReadOnlyList<int> Slots => _slots;

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
