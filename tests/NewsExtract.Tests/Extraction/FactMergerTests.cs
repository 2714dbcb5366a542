using NewsExtract.Extraction;

namespace NewsExtract.Tests.Extraction;

public sealed class FactMergerTests
{
    private static Fact Price(int start, string date, double amount = 120) => new(
        "", "doc", FactTypes.Price, "zircon", "price", "", amount, "USD/t", date, "", "asserted", 0.7, "rule:price", "evidence", start, start + 10);

    [Fact]
    public void Merges_the_same_fact_told_twice_into_its_first_row()
    {
        var merged = new FactMerger().Merge([Price(0, "2031-03-01"), Price(50, "2031-03-01", amount: 95), Price(100, "2031-03-01")]);
        Assert.Equal([(0, 120.0), (50, 95.0)], merged.Select(f => (f.Start, f.Amount!.Value)));
        Assert.All(merged, f => Assert.Equal(FactId.Compute(f), f.FactId));
    }

    [Fact]
    public void Keeps_facts_of_other_types_or_documents_apart_even_with_the_same_fields()
    {
        var merged = new FactMerger().Merge([Price(0, ""), Price(5, "") with { FactType = FactTypes.Statistic }, Price(9, "") with { DocId = "other" }]);
        Assert.Equal([FactTypes.Price, FactTypes.Statistic, FactTypes.Price], merged.Select(f => f.FactType));
    }

    [Fact]
    public void Merges_a_meeting_into_the_first_compatible_one()
    {
        Fact Meeting(int start, string parties, string place, string date) => Price(start, date) with
            { FactType = FactTypes.Meeting, Subject = parties, Place = place, Amount = null, Unit = "" };
        var merged = new FactMerger().Merge([
            Meeting(0, "Norvania; Ostrelia", "Quillport", ""),
            Meeting(20, "Dravonia; Ostrelia", "Brenhaven", "2031-05-02"),
            Meeting(40, "Norvania", "", "2031-05-02"),
        ]);
        // The third shares its date with the second but a party only with the first, which comes first.
        Assert.Equal([("Norvania; Ostrelia", "Quillport", "2031-05-02"), ("Dravonia; Ostrelia", "Brenhaven", "2031-05-02")],
            merged.Select(f => (f.Subject, f.Place, f.Date)));
    }
}
