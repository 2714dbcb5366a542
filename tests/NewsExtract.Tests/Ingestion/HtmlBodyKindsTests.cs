using NewsExtract.Ingestion;

namespace NewsExtract.Tests.Ingestion;

/// <summary>One test per kind of body that real pages hide from a paragraph-based finder, each on a hand-written
/// fixture in the shape of such a site (Fixtures/Html/layout_*.html), plus the in-body boilerplate found by shape.</summary>
public sealed class HtmlBodyKindsTests
{
    private const string Prose =
        "<p>Copper cathode premiums in the port rose for a second week as smelters held back cargoes, traders said on Monday.</p>"
        + "<p>Buyers in the region paid about USD 95 a tonne over the exchange price, up from USD 80 a week earlier, two traders said.</p>";

    private readonly HtmlArticleExtractor _extractor = new();

    private string[] Lines(string fixture) =>
        _extractor.Extract(File.ReadAllText(Path.Combine(RepoPaths.Fixtures, "Html", fixture))).Text.Split('\n');

    [Fact]
    public void A_subheading_between_blocks_of_the_body_is_kept_and_one_outside_them_is_not()
    {
        var page = _extractor.Extract("<html><body><div id=\"page\"><h2>Markets today</h2>"
            + $"<div class=\"story\">{Prose}{Prose}</div><h2>What comes next</h2>"
            + "<p>Smelters expect to resume normal shipments once the port clears its backlog, which may take a month.</p>"
            + "<h3>More from us</h3><div class=\"links\"><a href=\"/a\">Zinc</a> <a href=\"/b\">Tin</a></div></div></body></html>");
        var lines = page.Text.Split('\n');

        Assert.Contains("What comes next", lines);
        Assert.Equal("Smelters expect to resume normal shipments once the port clears its backlog, which may take a month.", lines[^1]);
        Assert.DoesNotContain("Markets today", lines);
        Assert.DoesNotContain("More from us", lines);
    }

    [Fact]
    public void Text_in_break_runs_inside_one_div_is_the_body_though_a_widget_holds_it()
    {
        var lines = Lines("layout_brtext.html");

        Assert.Equal("Field Notes From a Lithium Brine Project", lines[0]);
        Assert.Contains("The ponds", lines);
        Assert.Contains(lines, l => l.StartsWith("It takes roughly fourteen months", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("That is all for now", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("Chemical engineer", StringComparison.Ordinal));
    }

    [Fact]
    public void A_body_split_across_sibling_containers_is_read_whole_without_the_ad_and_the_box_between()
    {
        var lines = Lines("layout_splitbody.html");

        Assert.Contains(lines, l => l.StartsWith("European cocoa grinders", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Traders said grinders", StringComparison.Ordinal));
        Assert.Equal("North American data are due on the same day.", lines[^1]);
        Assert.DoesNotContain("Advertisement", lines);
        Assert.DoesNotContain(lines, l => l.Contains("Sugar prices", StringComparison.Ordinal));
    }

    [Fact]
    public void A_body_inside_a_template_is_read()
    {
        var lines = Lines("layout_template.html");

        Assert.Equal(5, lines.Length);
        Assert.StartsWith("Iron ore shipments from the western ports", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("Buyers in Asia", lines[4], StringComparison.Ordinal);
    }

    [Fact]
    public void A_body_inside_the_noscript_of_a_lazy_load_wrapper_is_read()
    {
        var lines = Lines("layout_noscript.html");

        Assert.Equal(5, lines.Length);
        Assert.StartsWith("Palm oil stocks in the two largest", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("Futures on the main exchange", lines[4], StringComparison.Ordinal);
    }

    [Fact]
    public void Text_in_divs_without_paragraph_tags_is_the_body_over_a_sidebar_of_paragraphs()
    {
        var lines = Lines("layout_divtext.html");

        Assert.Equal(5, lines.Length);
        Assert.StartsWith("Rice exporters in the region", lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain(lines, l => l.StartsWith("Prices on this page", StringComparison.Ordinal));
    }

    [Fact]
    public void In_body_boilerplate_without_class_names_is_dropped_by_shape()
    {
        var lines = Lines("layout_noclass.html");

        Assert.Equal(6, lines.Length);
        Assert.DoesNotContain(lines, l => l.StartsWith("Read more", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("Sign up", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("Get our morning briefing", StringComparison.Ordinal));
        Assert.Equal("One trader said the premium could reach USD 320 before the end of the month if the sanctions are confirmed.", lines[^1]);
    }

    [Theory]
    [InlineData("<p>Related: <a href=\"/x\">Zinc smelters cut output</a></p>")]
    [InlineData("<p>\u2022 See also: zinc smelters cut output in the north</p>")]
    [InlineData("<div>Subscribe to the daily metals note for prices before the open.</div>")]
    [InlineData("<p>DON'T MISS: our guide to the new export licences</p>")]
    [InlineData("<p>\u00bb <span> <b>Read</b>\n more</span>: <a href=\"/y\">zinc smelters cut output</a></p>")]
    public void A_short_block_opening_with_a_prompt_is_dropped(string block)
    {
        var text = _extractor.Extract($"<html><body><article>{Prose}{block}</article></body></html>").Text;

        Assert.Equal(2, text.Split('\n').Length);
    }

    [Theory]
    [InlineData("<p>Related talks between the two ministries, which began in March, have covered tariffs on refined copper, cobalt and zinc, officials said, and a third round is due in the autumn.</p>")]
    [InlineData("<p>Subscribers to the exchange data feed saw the price first.</p>")]
    [InlineData("<p><i>Subscribe</i>rs to the exchange data feed saw the price first.</p>")]
    public void A_block_that_only_starts_like_a_prompt_is_kept(string block)
    {
        var text = _extractor.Extract($"<html><body><article>{Prose}{block}</article></body></html>").Text;

        Assert.Equal(3, text.Split('\n').Length);
    }

    [Fact]
    public void A_short_block_repeated_on_the_page_is_dropped_but_a_page_that_repeats_everything_is_kept()
    {
        const string promo = "<p>Follow the metals desk on the app for live alerts.</p>";
        var once = _extractor.Extract($"<html><body><div>{promo}</div><article>{Prose}{promo}</article></body></html>").Text;
        var twice = _extractor.Extract($"<html><body><article>{Prose}</article><div class=\"mobile\">{Prose}</div></body></html>").Text;

        var marked = _extractor.Extract(
            $"<html><body><div>{promo}</div><article>{Prose}<p>Follow  the <b>metals</b>\n desk on the app for live alerts.</p></article></body></html>").Text;

        Assert.DoesNotContain("Follow the metals desk", once, StringComparison.Ordinal);
        Assert.DoesNotContain("Follow the metals desk", marked, StringComparison.Ordinal);
        Assert.Contains("Copper cathode premiums", twice, StringComparison.Ordinal);
    }

    [Fact]
    public void A_noscript_or_template_without_prose_is_still_junk()
    {
        var text = _extractor.Extract(
            $"<html><body><article>{Prose}<noscript><p>Please turn on JavaScript to see the price chart below.</p></noscript>"
            + "<template><p>{{headline}}</p></template></article></body></html>").Text;

        Assert.DoesNotContain("JavaScript", text, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", text, StringComparison.Ordinal);
    }
}
