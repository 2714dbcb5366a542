using NewsExtract.Review;
using NewsExtract.Annotation;
using NewsExtract.Extraction;
using NewsExtract.Extraction.Decisions;
using NewsExtract.Ingestion;
using NewsExtract.Scoring;
using NewsExtract.Tests.TestSupport;
using NewsExtract.Training;

namespace NewsExtract.Tests.Training;

public sealed class FactExamplesTests
{
    private static readonly AnnotatedDocument Document = new(
        new Document(new Article("d", "d.txt", "Ruritania halts exports of tin ore.", null, null, null, null), []), []);

    private static GoldDocument Gold(params FactFields[] facts) => new("d", "d.gold.json", [], facts);

    [Fact]
    public void A_candidate_matching_gold_is_keep_and_any_other_drop()
    {
        Fact[] candidates =
        [
            Samples.Fields(FactTypes.Price, "tin", "price", amount: 30000, unit: "USD/t").ToFact("d"),
            Samples.Fields(FactTypes.Price, "zinc", "price", amount: 3000, unit: "USD/t").ToFact("d"),
        ];
        var gold = Gold(Samples.Fields(FactTypes.Price, "tin", "price", amount: 30000, unit: "USD/t"));

        var set = FactExamples.For(Document, candidates, gold);

        Assert.Equal([TrainedFactDecider.Keep, TrainedFactDecider.Drop], set.Scoring.Select(e => e.Label));
        Assert.Empty(set.Relations);
        Assert.Equal((1, 1), (set.GoldFound, set.Gold));
    }

    [Fact]
    public void An_export_control_matches_with_the_wrong_relation_and_learns_the_gold_one()
    {
        Fact[] candidates = [Samples.Fields(FactTypes.ExportControl, "Ruritania", "suspends", "tin").ToFact("d")];
        var gold = Gold(Samples.Fields(FactTypes.ExportControl, "Ruritania", "imposes", "tin"));

        var set = FactExamples.For(Document, candidates, gold);

        Assert.Equal(TrainedFactDecider.Keep, Assert.Single(set.Scoring).Label);
        var relation = Assert.Single(set.Relations);
        Assert.Equal("imposes", relation.Label);
        Assert.Contains("rule-rel=suspends", relation.Features);
    }

    [Fact]
    public void Each_gold_fact_is_matched_once_so_a_duplicate_candidate_is_drop()
    {
        var fact = Samples.Fields(FactTypes.Statistic, "Ruritania", "share of tin exports", amount: 40, unit: "%");
        var set = FactExamples.For(Document, [fact.ToFact("d"), fact.ToFact("d")], Gold(fact));

        Assert.Equal([TrainedFactDecider.Keep, TrainedFactDecider.Drop], set.Scoring.Select(e => e.Label));
    }

    private static ReviewRecords Review(params (Verdict Verdict, FactFields Fact)[] rows) =>
        new("d", "d.review.json", [.. rows.Select((r, i) => new ReviewRecord(r.Verdict, "facts.csv", i + 2, r.Fact))]);

    [Fact]
    public void A_candidate_of_a_rejected_row_is_drop_and_one_the_reviewer_did_not_judge_is_left_out()
    {
        var tin = Samples.Fields(FactTypes.Price, "tin", "price", amount: 30000, unit: "USD/t");
        var zinc = Samples.Fields(FactTypes.Price, "zinc", "price", amount: 3000, unit: "USD/t");
        var lead = Samples.Fields(FactTypes.Price, "lead", "price", amount: 2000, unit: "USD/t");
        var nickel = Samples.Fields(FactTypes.Price, "nickel", "price", amount: 16000, unit: "USD/t");
        Fact[] candidates = [tin.ToFact("d"), zinc.ToFact("d"), lead.ToFact("d"), nickel.ToFact("d")];
        var review = Review((Verdict.Accept, tin), (Verdict.Reject, zinc), (Verdict.None, lead));

        var set = FactExamples.For(Document, candidates, Gold(tin), review);

        // tin keep (gold), zinc drop (rejected), lead left out (nobody reviewed it), nickel left out (the reviewer
        // never saw it: a review is not a complete label set). Without a review, all three non-gold are drop.
        Assert.Equal([TrainedFactDecider.Keep, TrainedFactDecider.Drop], set.Scoring.Select(e => e.Label));
        Assert.Equal(2, set.LeftOut);
        Assert.Equal(3, FactExamples.For(Document, candidates, Gold(tin)).Scoring.Count(e => e.Label == TrainedFactDecider.Drop));
    }

    [Fact]
    public void A_rejected_row_outweighs_an_unreviewed_one_and_gold_outweighs_both()
    {
        var tin = Samples.Fields(FactTypes.Price, "tin", "price", amount: 30000, unit: "USD/t");
        var zinc = Samples.Fields(FactTypes.Price, "zinc", "price", amount: 3000, unit: "USD/t");
        var review = Review((Verdict.None, zinc), (Verdict.Reject, zinc), (Verdict.None, tin));

        var set = FactExamples.For(Document, [zinc.ToFact("d"), tin.ToFact("d")], Gold(tin), review);

        Assert.Equal([TrainedFactDecider.Drop, TrainedFactDecider.Keep], set.Scoring.Select(e => e.Label));
        Assert.Equal(0, set.LeftOut);
    }
}
