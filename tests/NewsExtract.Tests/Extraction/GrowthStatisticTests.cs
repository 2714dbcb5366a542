using NewsExtract.Extraction;
using NewsExtract.Extraction.Rules;
using Xunit;

namespace NewsExtract.Tests.Extraction;

/// <summary>A move of an amount (exports, output, revenue) is a growth statistic about its owner, not a price change;
/// a move of a price stays a price change (<see cref="MeasuredQuantity"/>).</summary>
public sealed class GrowthStatisticTests
{
    private static List<Fact> Statistics(string markup) =>
        new StatisticExtractor(Markup.Lexicons).Extract(Markup.Parse(markup)).Where(f => f.Confidence >= 0.5).ToList();

    private static List<Fact> PriceChanges(string markup) =>
        new PriceChangeExtractor(Markup.Lexicons).Extract(Markup.Parse(markup)).ToList();

    private static bool Is(Fact f, string subject, double amount, string unit) =>
        f.Subject == subject && f.Amount is { } a && Math.Abs(a - amount) < 1e-6 && f.Unit == unit;

    [Theory]
    // the place an amount is counted in, a possessive, a demonym before the phrase or opening its "of" phrase
    [InlineData("Imports of cold-rolled steel into [Kesland|GPE] rose [14%|PERCENT|14] in the first quarter.", "Kesland", 14, "%", "growth in imports of cold-rolled steel")]
    [InlineData("[Kesland|GPE]'s barley exports fell [9%|PERCENT|9] in May.", "Kesland", 9, "%", "fall in barley exports")]
    [InlineData("Consumption of penicillin in the [Nordia|GPE] rose [19%|PERCENT|19] over the winter.", "Nordia", 19, "%", "growth in consumption of penicillin")]
    // what is shipped from a place is its; a relative clause after a comma goes on about the phrase
    [InlineData("Exports from [Kesland|GPE] in the first half of May rose [6.4%|PERCENT|6.4] from April.", "Kesland", 6.4, "%", "growth in exports")]
    [InlineData("[Nordia|GPE] wants a bigger slice of Chinese beef imports, which fell by nearly a fifth last year.", "China", 20, "%", "fall in beef imports")]
    // multiples and fractions told by a verb
    [InlineData("[Kesland|GPE]'s exports of coated sheet to [Nordia|GPE] more than tripled between 2023 and 2025.", "Kesland", 3, "x", "growth in exports of coated sheet")]
    [InlineData("[Kesland|GPE]'s cotton exports rose more than fourfold in two years.", "Kesland", 4, "x", "growth in cotton exports")]
    [InlineData("Chinese magnet imports from [Nordia|GPE] fell by about two-thirds in March.", "China", 66.7, "%", "fall in magnet imports")]
    // a change after a money figure is the growth of its noun
    [InlineData("[Ruvo Metals|ORG] reported first-quarter net profit of [620 million yuan|MONEY|620000000 CNY], up [41%|PERCENT|41] from a year earlier.", "Ruvo Metals", 41, "%", "growth in first-quarter net profit")]
    // a demonym of two words is the country of both words, not the continent of the second
    [InlineData("South African ferrochrome output fell [18%|PERCENT|18] in the first half.", "South Africa", 18, "%", "fall in ferrochrome output")]
    [InlineData("Velmar said South African chrome exports rose [12%|PERCENT|12] in May.", "South Africa", 12, "%", "growth in chrome exports")]
    public void A_move_of_an_amount_is_a_growth_statistic(string markup, string subject, double amount, string unit, string relation)
    {
        var facts = Statistics(markup);
        Assert.Contains(facts, f => Is(f, subject, amount, unit) && f.Relation == relation);
        Assert.Empty(PriceChanges(markup));
    }

    [Theory]
    // the amount a revenue or trade figure reached after its change
    [InlineData("[Ruvo Metals|ORG] said quarterly revenue rose [21%|PERCENT|21] to [1.1 billion ringgit|MONEY|1100000000 MYR].", "Ruvo Metals", 1100000000, "MYR", "quarterly revenue")]
    // a bare "up 5%" beside a money noun
    [InlineData("[Kesland|GPE] exported salmon worth [NOK 41 billion|MONEY|41000000000 NOK] in the first quarter, up [5%|PERCENT|5] from a year earlier.", "Kesland", 5, "%", "growth")]
    public void Reads_a_relation_where_the_words_around_the_figure_say_none(string markup, string subject, double amount, string unit, string relation)
    {
        Assert.Contains(Statistics(markup), f => Is(f, subject, amount, unit) && f.Relation == relation);
    }

    [Theory]
    // a price word between the quantity and the move, or an amount per unit in the clause
    [InlineData("Copper prices rose [5%|PERCENT|5] on strong demand.", "copper", 5)]
    [InlineData("Wire rod export offers rose [1%|PERCENT|1] to [$590 a tonne|MONEY|590 USD/t].", "wire rod", 1)]
    [InlineData("Cocoa sold at [2,900 CFA francs per kilogram|MONEY|2900 XOF/kg] for the mid-crop, up [12%|PERCENT|12] on last year.", "cocoa", 12)]
    // a quantity noun in an aside before the move
    [InlineData("The prices of tantalum and niobium - essential to the production of capacitors - tripled between April and May.", "tantalum", 3)]
    public void A_move_of_a_price_stays_a_price_change(string markup, string commodity, double amount)
    {
        Assert.Contains(PriceChanges(markup), f => f.Subject == commodity && f.Amount is { } a && Math.Abs(a - amount) < 1e-6);
        Assert.DoesNotContain(Statistics(markup), f => f.Amount is { } a && Math.Abs(a - amount) < 1e-6 && f.Relation.StartsWith("growth in", StringComparison.Ordinal));
    }

    [Theory]
    // a share that reached a level, not a change
    [InlineData("[Kesland|GPE]'s share of [Nordia|GPE]'s coffee exports has risen to [11%|PERCENT|11], from 4% in 2023.", 11)]
    // a quantity noun that is not what moved
    [InlineData("Despite weak demand, copper rose [5%|PERCENT|5] on the exchange.", 5)]
    // "doubles down" is an idiom
    [InlineData("[Kesland|GPE] doubles down on sourcing minerals elsewhere.", 2)]
    public void Not_a_growth_of_an_amount(string markup, double amount)
    {
        Assert.DoesNotContain(Statistics(markup), f => f.Amount is { } a && Math.Abs(a - amount) < 1e-6 && f.Relation.StartsWith("growth in", StringComparison.Ordinal));
    }

    [Theory]
    // words a change stem starts that are no change: "surgical" ("surg"), "fellow" ("fell"), "fallout" ("fall"), a
    // name starting "Halv" ("halved")
    [InlineData("[Kesland|GPE]'s surgical glove exports were [40%|PERCENT|40] of the total.")]
    [InlineData("Halvorsen said [Kesland|GPE]'s glove exports were steady.")]
    [InlineData("The fallout worried fellow exporters in [Kesland|GPE].")]
    public void A_word_a_change_stem_starts_is_no_move(string markup)
    {
        var view = SentenceView.All(Markup.Parse(markup))[0];
        var moves = new PriceMoves(Markup.Lexicons);
        Assert.Empty(view.Clauses.SelectMany(c => moves.In(view, c)));
    }

    // A multiple that sizes a fine is no move of the goods' price.
    [Fact]
    public void A_fine_equal_to_twice_the_value_is_no_move() =>
        Assert.Empty(PriceChanges("The [gold|ELEMENT] is confiscated and the offender is liable to a fine equal to twice its value."));

    [Fact]
    public void A_price_that_doubled_is_still_a_move() =>
        Assert.Equal(2, Assert.Single(PriceChanges("[Gold|ELEMENT] prices doubled in two years.")).Amount);

    // A duty raised from one level to another is the level it reached, not a range's high end.
    [Fact]
    public void A_duty_raised_from_one_amount_to_another_reaches_the_second() =>
        Assert.Contains(new StatisticExtractor(Markup.Lexicons).Extract(Markup.Parse("[Velmar|GPE] raised the export duty on kelp from [20 euros|MONEY|20 EUR/t] to [40 euros a tonne|MONEY|40 EUR/t].")),
            f => f.Subject == "Velmar" && f.Amount == 40 && f.Unit == "EUR/t");
}
