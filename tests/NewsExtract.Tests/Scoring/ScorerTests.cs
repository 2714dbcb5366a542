using NewsExtract.Annotation;
using NewsExtract.Extraction;
using NewsExtract.Output;
using NewsExtract.Scoring;
using static NewsExtract.Tests.TestSupport.Samples;

namespace NewsExtract.Tests.Scoring;

public sealed class ScorerTests
{
    private static readonly GoldDocument Gold = new(
        "d1",
        "d1.gold.json",
        [
            new GoldEntity(EntityLabel.PERSON, "Jane Roe", "Jane Roe"),
            new GoldEntity(EntityLabel.GPE, "U.S.", "United States"),
            new GoldEntity(EntityLabel.GPE, "China", "China"),
            new GoldEntity(EntityLabel.ELEMENT, "dysprosium", "dysprosium"),
        ],
        [
            Fields(FactTypes.Price, "dysprosium", "price", "Kestrel Media", 610, "USD/kg", "XXXX-03-03"),
            Fields(FactTypes.ExportControl, "China", "imposes", "dysprosium", place: "United States", date: "2025-04-04"),
            Fields(FactTypes.ExportControl, "China", "imposes", "samarium", place: "United States", date: "2025-04-04"),
            Fields(FactTypes.OfficialRole, "Jane Roe", "holds_title", "Treasury Secretary", place: "United States"),
        ]);

    private static ScoreReport Score()
    {
        var facts = new[]
        {
            Fields(FactTypes.Price, "dysprosium oxide", "price", "", 752, "USD/kg", "XXXX-03-03").ToFact("d1"),   // FP: "dysprosium oxide" is not the name "dysprosium"
            Fields(FactTypes.ExportControl, "China", "imposes", "dysprosium", place: "United States", date: "2025-04-05").ToFact("d1"), // TP, date wrong
            Fields(FactTypes.ExportControl, "China", "imposes", "gallium", place: "United States", date: "2025-04-04").ToFact("d1"),    // FP
            Fields(FactTypes.OfficialRole, "Roe", "holds_title", "Secretary of the Treasury", place: "United States").ToFact("d1"), // TP
            Fields(FactTypes.Price, "gallium", "price", "", 1, "USD/kg").ToFact("other"),                                            // ignored
        };
        var entities = new[]
        {
            new EntityRecord("d1", EntityLabel.PERSON, "Roe", "jane roe", 0, 7),      // TP (case-insensitive)
            new EntityRecord("d1", EntityLabel.PERSON, "Jane Roe", "Jane Roe", 9, 22), // same pair again: counted once
            new EntityRecord("d1", EntityLabel.GPE, "US", "United States", 30, 32),             // TP
            new EntityRecord("d1", EntityLabel.GPE, "Beijing", "Beijing", 40, 47),              // FP
            new EntityRecord("d1", EntityLabel.DATE, "recent months", "", 50, 63),              // blank: ignored
            new EntityRecord("other", EntityLabel.GPE, "China", "China", 0, 5),                 // ignored
        };
        return Scorer.Score([Gold], facts, entities);
    }

    [Fact]
    public void Entity_scores_per_label_and_micro()
    {
        var report = Score();

        // gold 4 pairs; predicted 3 non-blank distinct pairs; 2 in common.
        Assert.Equal(new Prf(2, 1, 2), report.EntityMicro);
        Assert.Equal(2.0 / 3, report.EntityMicro.Precision, 10);
        Assert.Equal(0.5, report.EntityMicro.Recall, 10);
        Assert.Equal(4.0 / 7, report.EntityMicro.F1, 10);
        Assert.Equal(
            [("ELEMENT", new Prf(0, 0, 1)), ("PERSON", new Prf(1, 0, 0)), ("GPE", new Prf(1, 1, 1))],
            report.EntityLabels.Select(l => (l.Name, l.Score)));
        Assert.Equal(new EntityError("d1", "GPE", "Beijing"), Assert.Single(report.EntityFalsePositives));
    }

    [Fact]
    public void Fact_scores_per_type_and_micro()
    {
        var report = Score();

        // price: "dysprosium oxide" is not the name "dysprosium" → FP + miss. export_control: 1 TP, 1 FP, 1 miss. role: 1 TP.
        Assert.Equal(
            [(FactTypes.ExportControl, new Prf(1, 1, 1)), (FactTypes.Price, new Prf(0, 1, 1)), (FactTypes.OfficialRole, new Prf(1, 0, 0))],
            report.FactTypes.Select(t => (t.Name, t.Score)));
        Assert.Equal(new Prf(2, 2, 2), report.FactMicro);
        Assert.Equal(0.5, report.FactMicro.Precision, 10);
        Assert.Equal(0.5, report.FactMicro.Recall, 10);
        Assert.Equal(0.5, report.FactMicro.F1, 10);
    }

    [Fact]
    public void Lists_every_false_positive_and_miss_with_doc_id()
    {
        var report = Score();

        static string What(FactError e) => $"{e.Fact.FactType}:{e.Fact.Subject}:{e.Fact.Object}";
        Assert.Equal(["export_control:China:gallium", "price:dysprosium oxide:"], report.FalsePositives.Select(What).Order());
        Assert.Equal(["export_control:China:samarium", "price:dysprosium:Kestrel Media"], report.Missed.Select(What).Order());
        Assert.All(report.FalsePositives.Concat(report.Missed), e => Assert.Equal("d1", e.DocId));
    }

    [Fact]
    public void Attribute_accuracy_over_matched_pairs()
    {
        var report = Score();

        Assert.Contains(new AttributeScore(FactTypes.ExportControl, "date", 0, 1), report.Attributes);
        Assert.Contains(new AttributeScore(FactTypes.OfficialRole, "place", 1, 1), report.Attributes);
        Assert.Contains(new AttributeScore(AttributeScore.AllTypes, "modality", 2, 2), report.Attributes);
    }

    [Fact]
    public void Predictions_for_documents_without_gold_are_counted_and_ignored()
    {
        var documents = Score().Documents;

        Assert.Equal(new DocumentCounts(Scored: 1, GoldWithoutPredictions: 0, Ignored: 1, IgnoredFacts: 1, IgnoredEntities: 1, ScoredForEntities: 1), documents);
    }

    [Fact]
    public void A_gold_without_entity_labels_is_scored_for_facts_and_left_out_of_entity_scores()
    {
        var reviewed = new GoldDocument("d2", "d2.gold.json", [], [Fields(FactTypes.Price, "gallium", "price", "", 1, "USD/kg")], EntitiesLabelled: false);
        var facts = new[] { Fields(FactTypes.Price, "gallium", "price", "", 1, "USD/kg").ToFact("d2") };
        var entities = new[] { new EntityRecord("d2", EntityLabel.GPE, "China", "China", 0, 5) };

        var alone = Scorer.Score([reviewed], facts, entities);
        var both = Scorer.Score([Gold, reviewed], facts, entities);

        Assert.Equal(new Prf(1, 0, 0), alone.FactMicro);
        Assert.Equal(Prf.Zero, alone.EntityMicro);
        Assert.Empty(alone.EntityFalsePositives);
        Assert.Equal((2, 1, 0), (both.Documents.Scored, both.Documents.ScoredForEntities, both.Documents.Ignored));
        Assert.Equal(new Prf(0, 0, 4), both.EntityMicro);
        var text = new StringWriter();
        ScoreReportWriter.WriteText(text, both);
        Assert.Contains("2 for facts, 1 for entities", text.ToString());
        using var stream = new MemoryStream();
        ScoreReportWriter.WriteJson(stream, both);
        using var json = System.Text.Json.JsonDocument.Parse(stream.ToArray());
        Assert.Equal((2, 1), (json.RootElement.GetProperty("documents").GetProperty("scored_facts").GetInt32(), json.RootElement.GetProperty("documents").GetProperty("scored_entities").GetInt32()));
    }

    [Fact]
    public void Report_text_and_json_carry_the_numbers()
    {
        var report = Score();
        var text = new StringWriter();
        ScoreReportWriter.WriteText(text, report);
        using var stream = new MemoryStream();
        ScoreReportWriter.WriteJson(stream, report);
        using var json = System.Text.Json.JsonDocument.Parse(stream.ToArray());

        Assert.Contains("| micro          |    4 |    4 |  2 |  2 |  2 |     0.500 |  0.500 | 0.500 |", text.ToString());
        Assert.Contains("## False positives (2)", text.ToString());
        Assert.Equal(0.5, json.RootElement.GetProperty("facts").GetProperty("micro").GetProperty("f1").GetDouble());
        Assert.Equal(0.5714, json.RootElement.GetProperty("entities").GetProperty("micro").GetProperty("f1").GetDouble());
        Assert.Equal(2, json.RootElement.GetProperty("missed").GetArrayLength());
    }
}
