using NewsExtract.Training;

namespace NewsExtract.Tests.Annotation;

/// <summary>The name tagger's features reach the model as a hashed vector: sorted slots, each counting its features.</summary>
public class FeatureVectorTests
{
    [Fact]
    public void Each_slot_counts_its_features_in_slot_order()
    {
        string[] features = ["w=roe", "bias", "shape=Xx", "w=roe", "bias", "w=roe"];
        var vector = FeatureHasher.Vector(features);

        var expected = features.GroupBy(FeatureHasher.Index).OrderBy(g => g.Key).Select(g => (g.Key, (float)g.Count())).ToList();
        var actual = vector.GetIndices().ToArray().Zip(vector.GetValues().ToArray()).ToList();
        Assert.Equal(FeatureHasher.Dimension, vector.Length);
        Assert.Equal(3, actual.Count);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void No_features_give_an_empty_vector()
    {
        var vector = FeatureHasher.Vector([]);
        Assert.Equal(0, vector.GetValues().Length);
        Assert.Equal(FeatureHasher.Dimension, vector.Length);
    }
}
