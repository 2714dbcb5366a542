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
