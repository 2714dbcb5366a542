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
        var (document, names, context) = Candidates(text);

        var slots = new FeatureSlots();
        foreach (var name in names)
        {
            slots.Clear();
            Parts.NameFeatures.Write(name, document, context, slots);
            var named = Parts.NameFeatures.Of(name, document, context);
            Assert.Equal(named.Select(FeatureHasher.Index), slots.Slots);
        }
    }

    // The slots written for a candidate must give the probabilities its feature names give, to the bit: the outputs'
    // confidences are written from them.
    [Theory]
    [InlineData("\"Supply is tight,\" said Wiremu Tane, who runs a terminal in Auckland. Tane added that the Port Authority agreed.")]
    [InlineData("The Kestrel Group and O'Neill-Smith Mining (OSM) said U.S. buyers paid more; Minister Ana Lima and the Ministry of Mines disagreed.")]
    public void Prediction_from_slots_is_the_prediction_from_the_feature_names(string text)
    {
        var (models, problem) = ModelSet.Load(Path.Combine(RepoPaths.Root, "models"));
        Assert.True(models is not null, problem);
        var model = models.Names;
        var (document, names, context) = Candidates(text);

        var slots = new FeatureSlots();
        var labels = new HashSet<string>();
        foreach (var name in names)
        {
            slots.Clear();
            Parts.NameFeatures.Write(name, document, context, slots);
            var named = Parts.NameFeatures.Of(name, document, context);
            var expected = model.Predict(named);
            Assert.Equal(expected, model.Predict(slots));
            Assert.Equal(model.Best(expected), model.Best(slots));
            foreach (var label in model.Classes)
                Assert.Equal(model.Probability(expected, label), model.Probability(slots, label));
            labels.Add(model.Best(slots).Label);
        }
        // Candidates of more than one label: the sums differ by class, not only by candidate.
        Assert.True(labels.Count >= 2, string.Join(", ", labels));
    }

    /// <summary>The document of <paramref name="text"/>, its name candidates (at least three) and their context.</summary>
    private static (Document Document, IReadOnlyList<NameCandidate> Names, NameFeatures.DocumentContext Context) Candidates(string text)
    {
        var document = TestDocuments.Make(text);
        var spotted = RuleEntityTagger.Spot(Parts.Spotters, document, default);
        var names = Parts.NameFinder.Find(document, spotted, RuleEntityTagger.Choose(spotted, default), default);
        Assert.True(names.Count >= 3, $"only {names.Count} name candidates");
        return (document, names, NameFeatures.Context(document, names));
    }

    [Fact]
    public void A_lower_cased_feature_hashes_as_its_lower_cased_name()
    {
        var slots = new FeatureSlots();
        slots.AddLower("w=", "𐐀𐐨𐐻İÇ");
        Assert.Equal(FeatureHasher.Index("w=" + "𐐀𐐨𐐻İÇ".ToLowerInvariant()), Assert.Single(slots.Slots));
    }
}
