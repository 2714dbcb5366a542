using NewsExtract.Extraction;
using NewsExtract.Scoring;
using static NewsExtract.Tests.TestSupport.Samples;

namespace NewsExtract.Tests.Scoring;

public sealed class FactMatcherTests
{
    [Fact]
    public void Each_gold_fact_is_matched_at_most_once()
    {
        var gold = Fields(FactTypes.Price, "dysprosium", "price", amount: 610, unit: "USD/kg");
        var predicted = new[] { gold, gold with { Object = "Kestrel" } };

        var matching = FactMatcher.Match(predicted, [gold]);

        Assert.Single(matching.Matches);
        Assert.Single(matching.FalsePositives);
        Assert.Empty(matching.Missed);
    }

    [Fact]
    public void Best_candidate_wins_over_list_order()
    {
        // Both predictions match the first gold within 1%; only the exact one should take it, so the other can match the second gold.
        var gold610 = Fields(FactTypes.Price, "dysprosium", amount: 610, unit: "USD/kg");
        var gold614 = Fields(FactTypes.Price, "dysprosium", amount: 614, unit: "USD/kg");
        var predicted = new[] { gold614, gold610 };

        var matching = FactMatcher.Match(predicted, [gold610, gold614]);

        Assert.Equal(2, matching.Matches.Count);
        Assert.All(matching.Matches, m => Assert.Equal(m.Gold.Amount, m.Predicted.Amount));
    }

    [Fact]
    public void Types_must_be_equal()
    {
        var fact = Fields(FactTypes.Statistic, "China", "share of processing", amount: 80, unit: "%");
        var matching = FactMatcher.Match([fact with { FactType = FactTypes.PriceChange }], [fact]);

        Assert.Empty(matching.Matches);
    }

    public static TheoryData<string, FactFields, FactFields, bool> KeyFieldRows => new()
    {
        // export_control: subject, relation, object, place are key; date is not.
        { "ec same", Fields(FactTypes.ExportControl, "China", "imposes", "dysprosium", place: "United States", date: "2025-04-04"),
                     Fields(FactTypes.ExportControl, "China", "imposes", "dysprosium", place: "United States"), true },
        { "ec place", Fields(FactTypes.ExportControl, "China", "imposes", "dysprosium", place: ""),
                      Fields(FactTypes.ExportControl, "China", "imposes", "dysprosium", place: "United States"), false },
        { "ec relation", Fields(FactTypes.ExportControl, "China", "eases", "dysprosium"),
                         Fields(FactTypes.ExportControl, "China", "imposes", "dysprosium"), false },
        // price: subject, amount, unit; the source (object) and date are not.
        { "price object", Fields(FactTypes.Price, "dysprosium", "price", "Fastmarkets", 610, "USD/kg"),
                          Fields(FactTypes.Price, "dysprosium", "price", "Kestrel Media", 610, "USD/kg"), true },
        { "price unit", Fields(FactTypes.Price, "dysprosium", "price", amount: 610, unit: "USD/t"),
                        Fields(FactTypes.Price, "dysprosium", "price", amount: 610, unit: "USD/kg"), false },
        // price_change: relation is key.
        { "change relation", Fields(FactTypes.PriceChange, "gallium", "fell", amount: 3, unit: "x"),
                             Fields(FactTypes.PriceChange, "gallium", "rose", amount: 3, unit: "x"), false },
        // official_role: subject (person rule) and object (free text); place is not key.
        { "role surname", Fields(FactTypes.OfficialRole, "Roe", "holds_title", "Treasury Secretary", place: "China"),
                          Fields(FactTypes.OfficialRole, "Jane Roe", "holds_title", "Treasury Secretary", place: "United States"), true },
        // meeting: place and date only; the parties (subject) are not key.
        { "meeting parties", Fields(FactTypes.Meeting, "China", "talks", place: "London", date: "2025-06-09"),
                             Fields(FactTypes.Meeting, "China; United States", "talks", place: "London", date: "2025-06-09"), true },
        { "meeting date", Fields(FactTypes.Meeting, "China; United States", "talks", place: "London", date: "2025-06-10"),
                          Fields(FactTypes.Meeting, "China; United States", "talks", place: "London", date: "2025-06-09"), false },
        // statistic: relation is free text and not key.
        { "stat relation", Fields(FactTypes.Statistic, "China", "rare earth mining", amount: 80, unit: "%"),
                           Fields(FactTypes.Statistic, "China", "share of global processing", amount: 80, unit: "%"), true },
        // quote: subject and object (free text).
        { "quote words", Fields(FactTypes.Quote, "Jane Roe", "said", "we will not back down"),
                         Fields(FactTypes.Quote, "Jane Roe", "said", "we will never back down on this"), true },
        { "quote speaker", Fields(FactTypes.Quote, "Ministry of Commerce", "said", "we will not back down"),
                           Fields(FactTypes.Quote, "Jane Roe", "said", "we will not back down"), false },
    };

    [Theory]
    [MemberData(nameof(KeyFieldRows))]
    public void Key_fields_per_type(string row, FactFields predicted, FactFields gold, bool matches)
    {
        Assert.True(matches == FactMatcher.KeySimilarity(predicted, gold).HasValue, row);
    }
}
