using NewsExtract.Extraction;
using NewsExtract.Extraction.Rules;

namespace NewsExtract.Tests.Extraction;

/// <summary>The date a price is as of (invented sentences; one sentence per line).</summary>
public sealed class PriceDateTests
{
    private static Fact Price(string markup) =>
        Assert.Single(new PriceExtractor(Markup.Lexicons).Extract(Markup.Parse(markup)), f => f.Subject == "tin");

    [Theory]
    // a reference point or a contract month is not the date the price is as of
    [InlineData("[Tin|ELEMENT] fell to [$31,000 a tonne|MONEY|31000 USD/t], a fifth below its [March|DATE|2026-03] high.")]
    [InlineData("[Tin|ELEMENT] eased to [$31,000 a tonne|MONEY|31000 USD/t], well under its [February|DATE|2026-02] peak.")]
    [InlineData("The [March|DATE|2026-03] tin contract settled at [$31,000 a tonne|MONEY|31000 USD/t].")]
    [InlineData("[Tin|ELEMENT] traded at [$31,000 a tonne|MONEY|31000 USD/t], above the [2025|DATE|2025] average.")]
    public void A_reference_point_is_not_the_date_of_the_price(string markup) => Assert.Equal("", Price(markup).Date);

    [Fact]
    public void The_date_written_with_the_price_is_kept() =>
        Assert.Equal("2026-03-04", Price("[Tin|ELEMENT] traded at [$31,000 a tonne|MONEY|31000 USD/t] on [March 4|DATE|2026-03-04], below its [February|DATE|2026-02] peak.").Date);

    [Theory]
    // the dateline follows the headline, or a dated line opens the article: the price is as of that day
    [InlineData("Smelters idle as ore runs short\nOSKEL, [Sept 8|DATE|XXXX-09-08] (Varrow Wire) - [Tin|ELEMENT] traded at [$31,000 a tonne|MONEY|31000 USD/t].", "XXXX-09-08")]
    [InlineData("Tin climbs\nMetals desk - [Wednesday 8 April 2026|DATE|2026-04-08]. All times local.\n[Tin|ELEMENT] traded at [$31,000 a tonne|MONEY|31000 USD/t].", "2026-04-08")]
    // a date within a sentence of the lead, followed by a dash, is no dateline
    [InlineData("Smelters idle as ore runs short\nTraders who sold ore in the week to [Sept 8|DATE|XXXX-09-08] - most of them in Velmar - said it was scarce.\n[Tin|ELEMENT] traded at [$31,000 a tonne|MONEY|31000 USD/t].", "")]
    // a day named without its full date is no dated line
    [InlineData("Tin climbs\n[Wednesday|DATE|XXXX-XX-XX]. All times local.\n[Tin|ELEMENT] traded at [$31,000 a tonne|MONEY|31000 USD/t].", "")]
    public void A_price_with_no_date_of_its_own_takes_the_date_of_the_article(string markup, string date) =>
        Assert.Equal(date, Price(markup).Date);
}
