using Microsoft.ML.Data;

namespace NewsExtract.Training;

/// <summary>Turns named binary features ("w=said", "shape=Xx") into a sparse vector by hashing their names.</summary>
/// <remarks>FNV-1a over the UTF-16 code units, so an index never depends on the process or the platform. Collisions
/// simply add; with 2^18 slots and a few thousand distinct features they are rare. Pure and thread-safe.</remarks>
public static class FeatureHasher
{
    public const int Bits = 16;
    public const int Dimension = 1 << Bits;

    public static int Index(string feature)
    {
        var hash = 2166136261u;
        foreach (var c in feature)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash & (Dimension - 1));
    }

    /// <summary>The sparse vector of a feature list: each feature's slot counts how often it occurs.</summary>
    public static VBuffer<float> Vector(IEnumerable<string> features)
    {
        var counts = new SortedDictionary<int, float>();
        foreach (var feature in features)
        {
            var index = Index(feature);
            counts[index] = counts.TryGetValue(index, out var sofar) ? sofar + 1 : 1;
        }

        return new VBuffer<float>(Dimension, counts.Count, [.. counts.Values], [.. counts.Keys]);
    }
}
