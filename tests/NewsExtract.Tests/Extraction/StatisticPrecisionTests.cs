using NewsExtract.Extraction;
using NewsExtract.Extraction.Rules;
using Xunit;

namespace NewsExtract.Tests.Extraction;

/// <summary>Which statistic candidates are strict (confidence 0.5 and above, kept in rules-only mode) and which are
/// loose (below 0.5, for the fact scorer).</summary>
public sealed class StatisticPrecisionTests
{
    private static IReadOnlyList<Fact> Run(string markup) =>
        new StatisticExtractor(Markup.Lexicons).Extract(Markup.Parse(markup)).ToList();

    private static bool Strict(Fact f) => f.Confidence >= 0.5;

    [Theory]
    // a place's share of an organization's revenue is the organization's statistic
    [InlineData("[Nordia|GPE] accounted for [22%|PERCENT|22] of [Valko Instruments|ORG]'s revenue.", "Valko Instruments", 22, "%")]
    [InlineData("[Valko Instruments|ORG] filed its results.\n[Nordia|GPE] made up [31%|PERCENT|31] of its sales.", "Valko Instruments", 31, "%")]
    // the owner of the revenue a money figure measures
    [InlineData("[Ruvo Metals|ORG] filed results.\n[Kesland|GPE] bought most of its sales of [$2 billion|MONEY|2000000000 USD].", "Ruvo Metals", 2000000000, "USD")]
    [InlineData("[Kesland|GPE] took [12%|PERCENT|12] of [Ruvo Metals|ORG]'s 2024 revenue of [$3 billion|MONEY|3000000000 USD].", "Ruvo Metals", 3000000000, "USD")]
    // an organization in apposition, not the place that owns it; a place that begins an organization's name stays
    [InlineData("[Kesland|GPE]'s largest smelter, [Ruvo Metals|ORG], reported revenue of [$3 billion|MONEY|3000000000 USD].", "Ruvo Metals", 3000000000, "USD")]
    [InlineData("[Kesland|GPE]'s [Ministry of Mines|ORG] set quotas [8%|PERCENT|8] lower than last year.", "Kesland", 8, "%")]
    // a party after the figure that names whose figure it is
    [InlineData("About [65%|PERCENT|65] of [Kesland|GPE]'s exports travel by sea.", "Kesland", 65, "%")]
    [InlineData("Over [80%|PERCENT|80] of global tin smelting comes from [Kesland|GPE].", "Kesland", 80, "%")]
    // a tariff the imposing country "has applied"
    [InlineData("They discussed the [40%|PERCENT|40] tariff that the [Kesland|GPE] has applied to steel.", "Kesland", 40, "%")]
    // a share "of" something beside a price per unit is still a statistic
    [InlineData("[Kesland|GPE]'s export levy stands at [10%|PERCENT|10] of the reference price, which was set at [$900 a tonne|MONEY|900 USD/t].", "Kesland", 10, "%")]
    // the value before a change, "from" the level it had
    [InlineData("[Kesland|GPE] cut its import duty on barley to [5%|PERCENT|5] from [10%|PERCENT|10] on June 1.", "Kesland", 10, "%")]
    [InlineData("[Kesland|GPE] took [27%|PERCENT|27] of the group's sales in 2025, down from [44%|PERCENT|44] in 2024.", "Kesland", 44, "%")]
    // a rate a tax word names, beside a reference price per unit
    [InlineData("[Kesland|GPE] keeps its export duty on palm oil at [9.5%|PERCENT|9.5], with the reference price at [$900 a tonne|MONEY|900 USD/t].", "Kesland", 9.5, "%")]
    public void Proposes_a_strict_candidate(string markup, string subject, double amount, string unit)
    {
        var facts = Run(markup);
        Assert.Contains(facts, f => Strict(f) && f.Subject == subject && Math.Abs(f.Amount!.Value - amount) < 1e-6 && f.Unit == unit);
    }

    [Theory]
    // the place in "N% of a share ... is the organization's, not the place's"
    [InlineData("[Nordia|GPE] accounted for [22%|PERCENT|22] of [Valko Instruments|ORG]'s revenue.", "Nordia", 22)]
    // where the goods go or the money comes from, named after the figure
    [InlineData("[Ruvo Metals|ORG] runs one plant.\nAbout [70%|PERCENT|70] of our output goes to [Kesland|GPE].", "Kesland", 70)]
    [InlineData("[Ruvo Metals|ORG] runs one plant.\nIt is a big project, with [40%|PERCENT|40] coming from the [Brandt Development Bank|ORG].", "Brandt Development Bank", 40)]
    // "N% of its ..." with no party in the sentence: "its" may not be the party of the sentence before
    [InlineData("[Brandt Research|ORG] tracks the trade.\nAbout [60%|PERCENT|60] of its copper is imported.", "Brandt Research", 60)]
    // a percentage beside a price per unit is usually a price move or premium
    [InlineData("[Kesland|GPE] copper traded at [$4.10 per lb|MONEY|4.10 USD/lb], a premium of [2%|PERCENT|2] over the benchmark.", "Kesland", 2)]
    [InlineData("[Kesland|GPE] barley fell [3%|PERCENT|3] to [$210 a tonne|MONEY|210 USD/t].", "Kesland", 3)]
    public void Proposes_only_a_loose_candidate(string markup, string subject, double amount)
    {
        var facts = Run(markup).Where(f => f.Subject == subject && Math.Abs(f.Amount!.Value - amount) < 1e-6).ToList();
        Assert.DoesNotContain(facts, Strict);
    }

    [Theory]
    // grades of a product are not statistics
    [InlineData("[Kesland|GPE] [5%|PERCENT|5] broken rice is in demand.", 5)]
    [InlineData("[Kesland|GPE] wheat with [11.5%|PERCENT|11.5] protein is in demand.", 11.5)]
    [InlineData("[Kesland|GPE] ore ([38%|PERCENT|38] Mn, delivered) is in demand.", 38)]
    [InlineData("[Kesland|GPE] ships fluorspar ([96%|PERCENT|96] CaF2) to smelters.", 96)]
    [InlineData("[Kesland|GPE] concentrate with [5.5%|PERCENT|5.5] lithium oxide content is in demand.", 5.5)]
    public void A_grade_is_no_statistic(string markup, double amount) =>
        Assert.DoesNotContain(Run(markup), f => Math.Abs(f.Amount!.Value - amount) < 1e-6);

    // "between 12% and 15%": one row, the low end (FACT_SCHEMA.md), where two figures joined by "and" stay two.
    [Fact]
    public void The_high_end_of_a_range_is_no_statistic_of_its_own()
    {
        var facts = Run("[Kesland|GPE] buys between [12%|PERCENT|12] and [15%|PERCENT|15] of its kelp from [Nordia|GPE].");
        Assert.Contains(facts, f => f.Amount == 12);
        Assert.DoesNotContain(facts, f => f.Amount == 15);
        Assert.Contains(Run("[Kesland|GPE] takes [12%|PERCENT|12] of the kelp and [Nordia|GPE] [15%|PERCENT|15]."), f => f.Amount == 15);
    }

    [Theory]
    // the step of a price toward its level is no money figure, even in a clause with a money noun ("contract")
    [InlineData("The [Kesland|GPE] oat contract climbed [7 cents|MONEY|0.07 USD] to [$3.61 a bushel|MONEY|3.61 USD/bu].")]
    [InlineData("The [Kesland|GPE] barley contract was down [$12|MONEY|12 USD], from [$640 a tonne|MONEY|640 USD/t].")]
    public void The_step_of_a_price_is_no_statistic(string markup) =>
        Assert.DoesNotContain(Run(markup), f => f.Unit == "USD");

    [Fact]
    public void A_money_figure_before_a_price_without_a_change_verb_stays_a_statistic() =>
        Assert.Contains(Run("[Ruvo Metals|ORG] signed a contract worth [$12 million|MONEY|12000000 USD] to [2030|DATE|2030], at [$640 a tonne|MONEY|640 USD/t]."),
            f => f.Unit == "USD" && f.Amount == 12000000);
}
