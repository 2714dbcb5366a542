using NewsExtract.Annotation;
using NewsExtract.Extraction;
using NewsExtract.Extraction.Decisions;
using NewsExtract.Tests.Annotation;
using NewsExtract.Tests.TestSupport;
using NewsExtract.Training;

namespace NewsExtract.Tests.Extraction;

/// <summary>The decider hashes the scoring features without building their strings: each candidate must get exactly the
/// slots its feature names hash to (invented facts of several types, confidences and slot ranks).</summary>
public sealed class FactFeatureSlotsTests
{
    [Fact]
    public void Scoring_slots_are_the_hashes_of_the_feature_names()
    {
        const string text = "Harbour Cobalt said prices may rise. Copper rose 3% to $9,100 a tonne on Tuesday, traders said.";
        var document = new AnnotatedDocument(TestDocuments.Make(text), [Samples.Entity(EntityLabel.ORG, "Harbour Cobalt", 0, "Harbour Cobalt")]);
        Fact[] candidates =
        [
            Samples.Price(amount: 9100, subject: "copper") with { Start = 37, End = 98, Evidence = text[37..], Confidence = 0.666 },
            Samples.Price(amount: 9100, subject: "harbour cobalt") with { Start = 37, End = 98, Evidence = text[37..], Confidence = 0.5 },
            Samples.Price(amount: null) with { FactType = FactTypes.Meeting, Subject = "Chile; Peru; Japan", Date = "", Evidence = "\"No deal,\" they said", Start = 0, End = 36 },
            Samples.Price(amount: 0.25) with { FactType = FactTypes.Statistic, Unit = "%", Modality = "possible", Date = "2026-01-02", Place = "Chile", Confidence = 1 },
        ];
        var context = FactFeatures.Context(document, candidates);
        var slots = new FeatureSlots();
        foreach (var candidate in candidates)
        {
            slots.Clear();
            FactFeatures.WriteScoring(candidate, context, slots);
            var named = FactFeatures.ForScoring(candidate, context);
            Assert.True(named.Count > 20);
            Assert.Equal(named.Select(FeatureHasher.Index), slots.Slots);
        }
    }

    [Fact]
    public void A_feature_of_parts_hashes_as_its_whole_name() =>
        Assert.Equal(FeatureHasher.Index("price|rule-confidence=0.67"), FeatureHasher.Index("price", "|rule-confidence=", "0.67"));
}
