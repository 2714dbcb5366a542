using NewsExtract.Extraction;
using NewsExtract.Review;
using NewsExtract.Tests.TestSupport;
using static NewsExtract.Tests.Review.ReviewSheets;

namespace NewsExtract.Tests.Review;

public sealed class ReviewCarryOverTests
{
    private static Fact New(string subject, double amount, string docId = "d1") =>
        FactId.EnsureId(Samples.Price(docId, amount, subject) with { Confidence = 0.7, Evidence = "new evidence " + subject });

    [Fact]
    public void Carries_verdicts_notes_and_fixes_to_the_facts_with_the_same_id_and_appends_added_rows()
    {
        var accepted = New("dysprosium", 610);
        var fixedFact = New("gallium", 125);
        var unreviewed = New("terbium", 900);
        var gone = New("cobalt", 30);
        var sheet = Csv(
            Header,
            Row(factId: accepted.FactId, subject: "dysprosium", verdict: "accept", note: "checked"),
            Row(factId: fixedFact.FactId, subject: "gallium", amount: "1250", verdict: "fix", note: "was 125"),
            Row(factId: unreviewed.FactId, subject: "terbium", amount: "900", verdict: ""),
            Row(factId: gone.FactId, subject: "cobalt", amount: "30", verdict: "reject"),
            Row(subject: "germanium", amount: "2000", verdict: "add"),
            Row(docId: "d9", subject: "nickel", verdict: "add"));
        var carry = new ReviewCarryOver(sheet.Rows);

        var result = carry.Apply("d1", [accepted, fixedFact, unreviewed]);

        Assert.Equal(
            [("dysprosium", (double?)610, "accept", "checked"), ("gallium", 1250, "fix", "was 125"), ("terbium", 900, "", ""), ("germanium", 2000, "add", "")],
            result.Select(f => (f.Subject, f.Amount, f.Verdict, f.Note)));
        Assert.Equal((fixedFact.FactId, "new evidence gallium", 0.7), (result[1].FactId, result[1].Evidence, result[1].Confidence));
        Assert.Equal(FactId.Length, result[3].FactId.Length);
        // cobalt's fact is gone and d9 was not in the run.
        Assert.Equal(new CarryOverCounts(2, 1, 2), carry.Counts);
    }

    [Fact]
    public void Without_reviewed_rows_the_facts_are_unchanged()
    {
        var facts = new[] { New("dysprosium", 610) };
        var carry = new ReviewCarryOver([]);

        Assert.Equal(facts, carry.Apply("d1", facts));
        Assert.Equal(new CarryOverCounts(0, 0, 0), carry.Counts);
    }
}
