namespace NewsExtract.Training;

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
