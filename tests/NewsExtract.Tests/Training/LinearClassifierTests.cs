using NewsExtract.Training;

namespace NewsExtract.Tests.Training;

public sealed class LinearClassifierTests
{
    private static readonly Example[] Examples =
    [
        .. Enumerable.Range(0, 20).Select(i => new Example("PERSON", ["prev=said", $"noise={i % 3}"])),
        .. Enumerable.Range(0, 20).Select(i => new Example("ORG", ["last=ministry", $"noise={i % 3}"])),
        .. Enumerable.Range(0, 20).Select(i => new Example("NONE", ["initial", $"noise={i % 3}"])),
    ];

    [Fact]
    public void Learns_separable_classes_and_names_them_in_order()
    {
        var model = LinearClassifier.Train(Examples, new TrainerSettings(L2: 0.1f));

        Assert.Equal(["NONE", "ORG", "PERSON"], model.Classes);
        Assert.Equal("PERSON", model.Best(["prev=said"]).Label);
        Assert.Equal("ORG", model.Best(["last=ministry", "noise=1"]).Label);
        Assert.True(model.Probability(["initial"], "NONE") > 0.8);
        Assert.Equal(1.0, model.Predict(["initial"]).Sum(), 3);
    }

    [Fact]
    public void Saved_model_loads_with_the_same_predictions_and_training_is_deterministic()
    {
        var path = Path.Combine(Path.GetTempPath(), $"lc-{Guid.NewGuid():N}.zip");
        try
        {
            var model = LinearClassifier.Train(Examples, new TrainerSettings());
            model.Save(path);
            var loaded = LinearClassifier.Load(path);
            var again = LinearClassifier.Train(Examples, new TrainerSettings());

            string[] probe = ["prev=said", "last=ministry"];
            Assert.Equal(model.Classes, loaded.Classes);
            Assert.Equal(model.Predict(probe), loaded.Predict(probe));
            Assert.Equal(model.Predict(probe), again.Predict(probe));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Unknown_class_has_zero_probability()
    {
        var model = LinearClassifier.Train(Examples, new TrainerSettings());
        Assert.Equal(0, model.Probability(["prev=said"], "GPE"));
        Assert.Equal(0, model.Probability(model.Predict(["prev=said"]), "GPE"));
    }

    [Theory]
    [InlineData("prev=said")]
    [InlineData("last=ministry|noise=2")]
    [InlineData("initial|prev=said")]
    public void One_prediction_answers_best_and_each_class_probability_as_separate_calls_do(string joined)
    {
        var model = LinearClassifier.Train(Examples, new TrainerSettings(L2: 0.1f));
        var features = joined.Split('|');

        var scores = model.Predict(features);

        Assert.Equal(3, model.Classes.Count);
        Assert.Equal(model.Best(features), model.Best(scores));
        Assert.All(model.Classes, c => Assert.Equal(model.Probability(features, c), model.Probability(scores, c)));
    }
}
