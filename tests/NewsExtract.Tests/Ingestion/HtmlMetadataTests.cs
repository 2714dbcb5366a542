using NewsExtract.Ingestion;

namespace NewsExtract.Tests.Ingestion;

public sealed class HtmlMetadataTests
{
    private const string Body = "<article><p>Congo extended its suspension of cobalt exports by three months, the mines ministry said on Friday, as prices stayed low.</p></article>";

    private readonly HtmlArticleExtractor _extractor = new();

    [Theory]
    [InlineData("<meta property=\"article:published_time\" content=\"2025-03-21T23:32:10-05:00\">", "2025-03-21")]
    [InlineData("<meta property=\"og:published_time\" content=\"2025-03-21\">", "2025-03-21")]
    [InlineData("<meta name=\"datePublished\" content=\"2025-03-21T10:00:00Z\">", "2025-03-21")]
    [InlineData("<meta itemprop=\"datePublished\" content=\"2025-03-21\">", "2025-03-21")]
    [InlineData("<meta name=\"date\" content=\"2025-03-21\">", "2025-03-21")]
    [InlineData("<meta name=\"pubdate\" content=\"2025-03-21T08:00\">", "2025-03-21")]
    [InlineData("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2025-03-21T08:00:00+09:00\"}</script>", "2025-03-21")]
    [InlineData("<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"WebSite\"},{\"@type\":\"Article\",\"datePublished\":\"2025-03-21\"}]}</script>", "2025-03-21")]
    [InlineData("<script type=\"application/ld+json\">[{\"@type\":[\"BlogPosting\"],\"datePublished\":\"2025-03-21\"}]</script>", "2025-03-21")]
    [InlineData("<script type=\"application/ld+json\">{ broken json </script><meta name=\"date\" content=\"2025-03-21\">", "2025-03-21")]
    public void Reads_the_published_date_from_head(string head, string expected)
    {
        var page = _extractor.Extract($"<html><head>{head}</head><body>{Body}</body></html>");

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), page.Published);
    }

    [Theory]
    [InlineData("<time datetime=\"2025-03-21T09:00:00Z\">Friday</time>", "2025-03-21")]
    [InlineData("<time pubdate datetime=\"2025-03-21\">21 March</time><time datetime=\"2024-01-01\">x</time>", "2025-03-21")]
    [InlineData("<span itemprop=\"datePublished\" content=\"2025-03-21\">21 March</span>", "2025-03-21")]
    // a date line shown but not marked up, which the cleaner drops
    [InlineData("<p class=\"dateline\">Friday 21 March 2025 · Lusaka · Markets desk</p>", "2025-03-21")]
    [InlineData("<div class=\"post-date\">Posted March 21, 2025</div>", "2025-03-21")]
    public void Reads_the_published_date_from_body(string markup, string expected)
    {
        var page = _extractor.Extract($"<html><body>{markup}{Body}</body></html>");

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), page.Published);
    }

    [Theory]
    // a class that only contains the letters, a date without its year, or a long paragraph is no date line
    [InlineData("<p class=\"last-updated candidate\">Friday 21 March 2025</p>")]
    [InlineData("<p class=\"dateline\">Friday 21 March · Lusaka</p>")]
    [InlineData("<div class=\"date\">Congo extended its suspension of cobalt exports by three months on 21 March 2025, the mines ministry said, as prices stayed low for a third month and traders in Lusaka, Lubumbashi and Durban waited.</div>")]
    public void A_date_line_needs_its_name_its_year_and_little_else(string markup) =>
        Assert.Null(_extractor.Extract($"<html><body>{markup}{Body}</body></html>").Published);

    [Fact]
    public void Meta_wins_over_time_elements_of_comments()
    {
        var page = _extractor.Extract($"<html><head><meta property=\"article:published_time\" content=\"2025-03-21\"></head><body>{Body}<div class=\"comments\"><time datetime=\"2025-04-01\">x</time></div></body></html>");

        Assert.Equal(new DateOnly(2025, 3, 21), page.Published);
    }

    [Theory]
    [InlineData("<meta property=\"og:title\" content=\"Cobalt Pause Extended\"><title>Other | Site</title>", "Cobalt Pause Extended")]
    [InlineData("<title>Cobalt Pause Extended by Three Months | Newswire</title>", "Cobalt Pause Extended by Three Months")]
    [InlineData("<meta property=\"og:site_name\" content=\"Newswire\"><title>Cobalt Pause Extended - Newswire</title>", "Cobalt Pause Extended")]
    [InlineData("<title>Congo Extends Cobalt Export Suspension Again \u2013 Metals Daily</title>", "Congo Extends Cobalt Export Suspension Again")]
    [InlineData("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Cobalt Pause Extended\"}</script><title>Site</title>", "Cobalt Pause Extended")]
    public void Reads_the_headline_without_site_suffix(string head, string expected)
    {
        var page = _extractor.Extract($"<html><head>{head}</head><body>{Body}</body></html>");

        Assert.Equal(expected, page.Headline);
        Assert.StartsWith(expected + "\n", page.Text, StringComparison.Ordinal);
    }

    // The title is the page's own, whole: declared titles verbatim (JSON-LD first, Dublin Core before Open Graph, the
    // property attribute before name), a <title> cut at its last separator only when five words or more stay.
    [Theory]
    [InlineData("<meta property=\"og:title\" content=\"Cobalt Pause Extended | Newswire\"><meta property=\"og:site_name\" content=\"Newswire\">", "Cobalt Pause Extended | Newswire")]
    [InlineData("<meta property=\"og:title\" content=\"Social Card Title\"><meta name=\"DC.title\" content=\"Catalogue Title\">", "Catalogue Title")]
    [InlineData("<meta name=\"dc:title\" content=\"Name Form\"><meta property=\"dc:title\" content=\"Property Form\">", "Property Form")]
    [InlineData("<meta property=\"x:title dc:title\" content=\"Listed Second\"><meta property=\"og:title\" content=\"Card\">", "Listed Second")]
    [InlineData("<meta property=\"og:title\" content=\"Card\"><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Cobalt Pause Extended Again\"}</script>", "Cobalt Pause Extended Again")]
    [InlineData("<title>Congo Extends Its Cobalt Export Pause | Metals | Newswire</title>", "Congo Extends Its Cobalt Export Pause | Metals")]
    [InlineData("<title>Cobalt Pause Extended - Newswire</title>", "Cobalt Pause Extended - Newswire")]
    [InlineData("<title>Cobalt - Encyclopedia</title>", "Cobalt - Encyclopedia")]
    [InlineData("<title>Metal Notes: Cobalt Pause \u2014 the Weekly Letter of a Trader</title>", "Metal Notes: Cobalt Pause \u2014 the Weekly Letter of a Trader")]
    public void Title_is_the_one_the_page_declares(string head, string expected)
    {
        var page = _extractor.Extract($"<html><head>{head}</head><body>{Body}</body></html>");

        Assert.Equal(expected, page.Title);
    }

    [Fact]
    public void Title_is_not_repeated_when_the_body_starts_with_it()
    {
        var page = _extractor.Extract($"<html><head><title>Cobalt Pause Extended | Wire</title></head><body><article><h1>Cobalt Pause Extended</h1>{Body}</article></body></html>");

        Assert.Equal(1, page.Text.Split('\n').Count(l => l == "Cobalt Pause Extended"));
    }

    [Fact]
    public void Reads_url_and_site_name()
    {
        var page = _extractor.Extract($"<html><head><link rel=\"canonical\" href=\"https://x.example/a\"><meta property=\"og:site_name\" content=\"Newswire\"></head><body>{Body}</body></html>");

        Assert.Equal("https://x.example/a", page.Url);
        Assert.Equal("Newswire", page.SiteName);
    }

    [Fact]
    public void Keeps_headings_paragraphs_and_list_items_as_lines()
    {
        var page = _extractor.Extract("""
            <html><body><nav><a href="/">Home</a></nav><article>
            <p>Congo extended its suspension of cobalt exports, the ministry said, as prices stayed low for a year.</p>
            <h2>What changes</h2>
            <ul><li>Quotas are under consideration.</li><li>Traders draw down stocks.</li></ul>
            <p>Prices rose 9% on the London Metal Exchange after the announcement, traders in London said.<br>A second line.</p>
            <script>var x = 1;</script><!-- comment --><form><p>Sign up for our newsletter, it is free and it is great, really.</p></form>
            </article></body></html>
            """);

        Assert.Equal(
            "Congo extended its suspension of cobalt exports, the ministry said, as prices stayed low for a year.\nWhat changes\nQuotas are under consideration.\nTraders draw down stocks.\nPrices rose 9% on the London Metal Exchange after the announcement, traders in London said.\nA second line.",
            page.Text);
    }

    [Theory]
    [InlineData("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":{\"@type\":\"Person\",\"name\":\"Ilse Varga\"}}</script>", "", "Ilse Varga")]
    [InlineData("<script type=\"application/ld+json\">{\"@type\":\"Article\",\"author\":[{\"name\":\"Ilse Varga\"},{\"name\":\"Tomas Reel\"}]}</script>", "", "Ilse Varga, Tomas Reel")]
    [InlineData("<meta name=\"author\" content=\"By Ilse Varga\">", "", "Ilse Varga")]
    [InlineData("<meta property=\"article:author\" content=\"https://social.example/ilse\">", "<span class=\"byline\">By Ilse Varga | 3 March 2025</span>", "Ilse Varga")]
    [InlineData("", "<a rel=\"author\" href=\"/staff/ilse\">Ilse Varga</a>", "Ilse Varga")]
    [InlineData("", "<div class=\"author-name\">Ilse Varga \u2022 8h</div>", "Ilse Varga")]
    [InlineData("", "", null)]
    public void Reads_the_byline(string head, string inBody, string? expected)
    {
        var page = _extractor.Extract($"<html><head>{head}</head><body>{inBody}{Body}</body></html>");

        Assert.Equal(expected, page.Byline);
    }

    [Fact]
    public void An_author_box_is_not_a_byline()
    {
        var box = "<div class=\"author\">Ilse Varga has covered metals markets for ten years, first in Lagos and then in Rotterdam, and writes the weekly cobalt column.</div>";

        Assert.Null(_extractor.Extract($"<html><body>{Body}{box}</body></html>").Byline);
    }

    [Fact]
    public void The_article_json_ld_date_wins_over_a_social_card_date()
    {
        var head = "<meta property=\"article:published_time\" content=\"2025-05-02\"><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2025-03-21T08:00:00Z\"}</script>";

        Assert.Equal(new DateOnly(2025, 3, 21), _extractor.Extract($"<html><head>{head}</head><body>{Body}</body></html>").Published);
    }

    [Fact]
    public void Reads_json_ld_wrapped_in_cdata()
    {
        var head = "<script type=\"application/ld+json\">\n//<![CDATA[\n{\"@type\":\"NewsArticle\",\"datePublished\":\"2025-03-21\",\"headline\":\"Cobalt Pause Extended\"}\n//]]>\n</script>";
        var page = _extractor.Extract($"<html><head>{head}</head><body>{Body}</body></html>");

        Assert.Equal(new DateOnly(2025, 3, 21), page.Published);
        Assert.Equal("Cobalt Pause Extended", page.Title);
    }

    [Theory]
    [InlineData("<title>Cobalt Pause Extended by Three Months | Wire</title>", "<h1>Markets</h1>", "Cobalt Pause Extended by Three Months")]
    [InlineData("<title>Wire</title><meta property=\"og:site_name\" content=\"Wire\">", "<h1>Cobalt Pause Extended</h1>", "Cobalt Pause Extended")]
    [InlineData("", "<h1>Cobalt Pause Extended</h1>", "Cobalt Pause Extended")]
    [InlineData("<title>Cobalt - Wire</title><script type=\"application/ld+json\">{\"@type\":\"Article\",\"name\":\"Cobalt\",\"headline\":\"metal used in battery cathodes\"}</script>", "", "Cobalt")]
    public void Title_comes_from_the_title_element_before_a_heading(string head, string inBody, string expected)
    {
        var page = _extractor.Extract($"<html><head>{head}</head><body>{inBody}{Body}</body></html>");

        Assert.Equal(expected, page.Title);
    }

    [Fact]
    public void A_furniture_name_does_not_veto_a_section_of_prose()
    {
        var page = _extractor.Extract("""
            <html><body><div class="content">
            <div class="section" id="sharing-the-cost-of-storage"><h2>Sharing the cost of storage</h2>
            <p>Traders said the cost of storing cobalt hydroxide in bonded warehouses had doubled since the suspension began. Two of them now split the cost with their buyers, and a third has moved its stock to a cheaper yard inland.</p></div>
            <div class="section" id="prices"><h2>Prices</h2>
            <p>Standard-grade cobalt was quoted at USD 16 a pound in Rotterdam, up from USD 11 before the suspension, according to an invented price report.</p></div>
            <div class="share-bar"><a href="/x">Share</a> <a href="/y">Post</a></div>
            </div></body></html>
            """);

        Assert.Contains("Two of them now split the cost with their buyers, and a third", page.Text, StringComparison.Ordinal);
        Assert.Contains("Standard-grade cobalt was quoted", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Share", page.Text.Replace("Sharing", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
