using NewsExtract.Annotation;
using NewsExtract.Extraction.Rules;
using Xunit;

namespace NewsExtract.Tests.Extraction;

/// <summary>What comes before each amount of a sentence, read once a sentence (<see cref="SentenceMonies"/>).</summary>
public sealed class SentenceMoniesTests
{
    private static (SentenceView View, List<Entity> Monies) Read(string markup)
    {
        var view = SentenceView.All(Markup.Parse(markup))[0];
        return (view, view.Entities.Where(e => e.Label == EntityLabel.MONEY).ToList());
    }

    [Fact]
    public void The_amount_before_is_the_nearest_that_ends_before_it()
    {
        var (view, monies) = Read("Bids ranged [$850|MONEY|850 USD/t] to [$900 a tonne|MONEY|900 USD/t] in [May|DATE|2025-05], and [$910|MONEY|910 USD] later.");
        Assert.Equal(3, monies.Count);
        Assert.Null(view.Monies.Before(monies[0]));
        Assert.Same(monies[0], view.Monies.Before(monies[1]));
        Assert.Same(monies[1], view.Monies.Before(monies[2]));
    }

    [Fact]
    public void A_bare_amount_takes_the_unit_of_the_last_amount_per_something_in_its_currency()
    {
        var (view, monies) = Read("Oil was [$52.80 a barrel|MONEY|52.8 USD/bbl], coal [EUR 90 a tonne|MONEY|90 EUR/t], a fee of [$3 million|MONEY|3000000 USD] aside, while Brent traded at [$66.20|MONEY|66.2 USD] and gas at [EUR 40|MONEY|40 EUR].");
        Assert.Equal(5, monies.Count);
        Assert.Equal("USD/bbl", view.Monies.PerUnitBefore(monies[3], "USD"));
        Assert.Equal("EUR/t", view.Monies.PerUnitBefore(monies[4], "EUR"));
        // nothing per something before the first amount, and none in yen at all
        Assert.Null(view.Monies.PerUnitBefore(monies[0], "USD"));
        Assert.Null(view.Monies.PerUnitBefore(monies[4], "JPY"));
        // as the rule reads it: a unit per something carries nothing
        Assert.Null(MoneyRanges.UnitCarried(view, monies[1], "EUR/t"));
        Assert.Equal("USD/bbl", MoneyRanges.UnitCarried(view, monies[3], "USD"));
    }

    [Fact]
    public void Agrees_with_a_scan_of_every_amount_before_on_a_long_sentence()
    {
        // Every amount asks; the answers must be those of reading all the amounts before it, in order.
        var units = new[] { "USD/t", "USD", "EUR/kg", "EUR", "USD/lb" };
        var markup = string.Join(", ", Enumerable.Range(0, 200).Select(i => $"[${i}|MONEY|{i} {units[i * 7 % units.Length]}]")) + ".";
        var (view, monies) = Read(markup);
        Assert.Equal(200, monies.Count);
        for (var i = 0; i < monies.Count; i++)
        {
            var earlier = monies.Take(i).ToList();
            Assert.Same(earlier.LastOrDefault(), view.Monies.Before(monies[i]));
            foreach (var currency in new[] { "USD", "EUR" })
            {
                var expected = earlier.Select(e => RuleFacts.Money(e)!.Value.Unit).LastOrDefault(u => u.StartsWith(currency + "/", StringComparison.Ordinal));
                Assert.Equal(expected, view.Monies.PerUnitBefore(monies[i], currency));
            }
        }
    }
}
