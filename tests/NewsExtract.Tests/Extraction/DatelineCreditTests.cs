using NewsExtract.Annotation;
using NewsExtract.Extraction;
using NewsExtract.Extraction.Rules;

namespace NewsExtract.Tests.Extraction;

/// <summary>The outlet a dateline credits is no party to the story (invented names).</summary>
public sealed class DatelineCreditTests
{
    private static bool IsCredit(string markup)
    {
        var document = Markup.Parse(markup);
        return DatelineCredit.Is(document.Text, Assert.Single(document.Entities, e => e.Label == EntityLabel.ORG));
    }

    [Theory]
    [InlineData("OSKEL, Oct 14 ([Varrow Wire|ORG]) - Prices fell.", true)]
    [InlineData("OSKEL ( [Varrow Wire|ORG] ) \u2014 Prices fell.", true)]
    [InlineData("Tin rises\nOSKEL, March 2 ([Varrow|ORG]) \u2013 Prices rose.", true)]
    // a parenthesis in the story, far from the start of its line, or without a dash after it
    [InlineData("Prices fell after the regulator, the commerce ministry of the country and its partners ([Varrow Trade Office|ORG]) - said so.", false)]
    [InlineData("OSKEL, Oct 14 ([Varrow Wire|ORG]) Prices fell.", false)]
    [InlineData("The agency ([Varrow Mining Board|ORG], VMB) - a regulator - said so.", false)]
    public void Is_the_whole_of_a_parenthesis_before_a_dateline_dash(string markup, bool expected) =>
        Assert.Equal(expected, IsCredit(markup));

    [Fact]
    public void Is_not_who_a_figure_is_about()
    {
        var fact = Assert.Single(new StatisticExtractor(Markup.Lexicons).Extract(Markup.Parse(
            "OSKEL, Oct 14 ([Varrow Wire|ORG]) - [Velmar|GPE] supplies about [40%|PERCENT|40] of the world's tin.")).ToList());
        Assert.Equal("Velmar", fact.Subject);
    }

    [Fact]
    public void Does_not_speak()
    {
        var facts = new QuoteExtractor(Markup.Lexicons).Extract(Markup.Parse(
            "OSKEL ([Varrow Wire|ORG]) - The [Oskel Mining Board|ORG] proposed new permits, saying smelters were \"short of their own ore\" this year.")).ToList();
        Assert.DoesNotContain(facts, f => f.Subject == "Varrow Wire");
    }
}
