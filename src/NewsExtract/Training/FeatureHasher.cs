using Microsoft.ML.Data;

namespace NewsExtract.Training;

/// <summary>Turns named binary features ("w=said", "shape=Xx") into a sparse vector by hashing their names.</summary>
/// <remarks>FNV-1a over the UTF-16 code units, so an index never depends on the process or the platform. Collisions
/// simply add; with 2^18 slots and a few thousand distinct features they are rare. Pure and thread-safe.</remarks>
public static class FeatureHasher
{
    public const int Bits = 16;
    public const int Dimension = 1 << Bits;

    public static int Index(string feature) => Index(feature, []);

    /// <summary>The slot of the feature whose name is the parts written one after the other, without building that
    /// name: the hash runs over the code units in order.</summary>
    public static int Index(ReadOnlySpan<char> first, ReadOnlySpan<char> second, ReadOnlySpan<char> third = default, ReadOnlySpan<char> fourth = default)
    {
        var hash = 2166136261u;
        hash = Hash(hash, first);
        hash = Hash(hash, second);
        hash = Hash(hash, third);
        hash = Hash(hash, fourth);
        return (int)(hash & (Dimension - 1));
    }

    private static uint Hash(uint hash, ReadOnlySpan<char> part)
    {
        foreach (var c in part)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }

    /// <summary>The sparse vector of a feature list: each feature's slot counts how often it occurs.</summary>
    public static VBuffer<float> Vector(IEnumerable<string> features) => VectorOfSlots([.. features.Select(Index)]);

    /// <summary>The sparse vector of features given by their slots (<see cref="FeatureSlots"/>); sorts <paramref name="slots"/>.</summary>
    public static VBuffer<float> VectorOfSlots(int[] slots)
    {
        // Sorted slots, then equal slots counted: the same vector a sorted map of counts gives, without its tree.
        Array.Sort(slots);
        var distinct = 0;
        for (var i = 0; i < slots.Length; i++)
        {
            if (i == 0 || slots[i] != slots[i - 1])
                distinct++;
        }
        var indices = new int[distinct];
        var values = new float[distinct];
        var k = -1;
        for (var i = 0; i < slots.Length; i++)
        {
            if (i == 0 || slots[i] != slots[i - 1])
                indices[++k] = slots[i];
            values[k]++;
        }

        return new VBuffer<float>(Dimension, distinct, values, indices);
    }
}
