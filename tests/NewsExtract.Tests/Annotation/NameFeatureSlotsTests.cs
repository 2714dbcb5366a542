using NewsExtract.Annotation;
using NewsExtract.Annotation.Names;
using NewsExtract.Pipeline;
using NewsExtract.Training;

namespace NewsExtract.Tests.Annotation;

/// <summary>Prediction hashes the name features without building their strings: every candidate must get exactly the
/// slots its feature names hash to (invented text, with letters whose lower case differs by script or needs two code units).</summary>
public sealed class NameFeatureSlotsTests
{
    private static readonly PipelineParts Parts = PipelineFactory.Parts();

    [Theory]
    [InlineData("\"Supply is tight,\" said Wiremu Tane, who runs a terminal in Auckland. Tane added that the Port Authority agreed.")]
    [InlineData("İSTANBUL (Newswire) - Ayşe Yılmaz, head of ÇELİK Holding, met Ålesund officials; (Grünewald said) “Nothing moved.”")]
    [InlineData("The 𐐀𐐨𐐻 Company and O'Neill-Smith Mining (OSM) said U.S. buyers paid more; 𐐀𐐨𐐻 shares fell.")]
    public void Slots_are_the_hashes_of_the_feature_names(string text)
    {
        var document = TestDocuments.Make(text);
        var spotted = RuleEntityTagger.Spot(Parts.Spotters, document, default);
        var names = Parts.NameFinder.Find(document, spotted, RuleEntityTagger.Choose(spotted, default), default);
        var context = NameFeatures.Context(document, names);
        Assert.True(names.Count >= 3, $"only {names.Count} name candidates");

        var slots = new FeatureSlots();
        foreach (var name in names)
        {
            slots.Clear();
            Parts.NameFeatures.Write(name, document, context, slots);
            var named = Parts.NameFeatures.Of(name, document, context);
            Assert.Equal(named.Select(FeatureHasher.Index), slots.Slots);
        }
    }

    [Fact]
    public void A_lower_cased_feature_hashes_as_its_lower_cased_name()
    {
        var slots = new FeatureSlots();
        slots.AddLower("w=", "𐐀𐐨𐐻İÇ");
        Assert.Equal(FeatureHasher.Index("w=" + "𐐀𐐨𐐻İÇ".ToLowerInvariant()), Assert.Single(slots.Slots));
    }
}
