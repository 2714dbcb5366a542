using NewsExtract.Ingestion;

namespace NewsExtract.Tests.Ingestion;

public sealed class TextCleanerTests
{
    private const string Body = "Beijing tightened licensing for gallium exports, traders said on Monday.";
    private const string Body2 = "Prices in Rotterdam rose 12% over the week, the highest level since March, as buyers scrambled for metal.";

    private readonly TextCleaner _cleaner = new();

    [Theory]
    [InlineData("Table of Contents")]
    [InlineData("Leave a Reply")]
    [InlineData("Spread the word:")]
    [InlineData("Share this:")]
    [InlineData("CATEGORIES: , ,")]
    [InlineData("Tags: gallium, China, exports")]
    [InlineData("Your email address will not be published. Required fields are marked *")]
    [InlineData("[wpb-random-posts]")]
    [InlineData("[contact-form-7 id=\"12\" title=\"Contact\"]")]
    [InlineData("Advertisement")]
    [InlineData("(Photo: Reuters)")]
    [InlineData("(Source of the first picture: shutterstock)")]
    [InlineData("Reporting by Jane Roe; Editing by John Doe")]
    [InlineData("Posted: 14 October 2025")]
    [InlineData("  • Share on Facebook")]
    public void Removes_boilerplate_lines(string boilerplate)
    {
        var cleaned = _cleaner.Clean($"{Body}\n{boilerplate}\n{Body2}");

        Assert.Equal($"{Body}\n{Body2}", cleaned);
    }

    [Theory]
    [InlineData("according to CNBC (opens in a new tab).", "according to CNBC.")]
    [InlineData("see the Forum (opens in new window) for more", "see the Forum for more")]
    [InlineData("Watch the briefing [embed]here[/embed] now", "Watch the briefing here now")]
    [InlineData("Prices rose [sic] sharply [1].", "Prices rose [sic] sharply [1].")]
    public void Removes_boilerplate_fragments_inside_lines(string line, string expected) =>
        Assert.Equal(expected, _cleaner.Clean(line));

    [Fact]
    public void Removes_stray_interface_words_at_the_top_only()
    {
        var cleaned = _cleaner.Clean($"Input\nChanged\nHeadline About Gallium\n\n{Body}\nInput\n{Body2}");

        Assert.Equal($"Headline About Gallium\n\n{Body}\nInput\n{Body2}", cleaned);
    }

    [Fact]
    public void Keeps_a_highlights_heading_at_the_top()
    {
        var cleaned = _cleaner.Clean($"Highlights\n- China eases curbs.\n{Body}");

        Assert.StartsWith("Highlights\n", cleaned, StringComparison.Ordinal);
    }

    [Fact]
    public void Cuts_a_trailing_contact_and_promo_block()
    {
        var text = string.Join('\n',
            Body,
            Body2,
            "We offer customised sorting services for scrap buyers of every size.",
            "Feel free to contact us and our team will answer your questions.",
            "Customer Service Hours: Monday to Friday 09:00-17:00",
            "Phone: +44 20 7946 0000",
            "Follow us on LinkedIn: https://www.linkedin.com/company/example",
            "You may be interested in…",
            "[wpb-random-posts]");

        Assert.Equal($"{Body}\n{Body2}", _cleaner.Clean(text));
    }

    [Fact]
    public void Keeps_a_last_paragraph_that_only_mentions_a_cue_word()
    {
        var last = "The ministry announced the decision in a post on Facebook late on Friday, and officials declined to say when the licences would be issued or whether the policy would apply to smaller exporters.";

        Assert.Equal($"{Body}\n{last}", _cleaner.Clean($"{Body}\n{last}"));
    }

    [Fact]
    public void Cuts_a_comment_section_after_leave_a_reply()
    {
        var article = string.Join('\n', Enumerable.Repeat(Body2, 6));
        var text = $"{article}\nLeave a Reply\nJohn says:\nGreat article, thanks.";

        Assert.Equal(article, _cleaner.Clean(text));
    }

    [Fact]
    public void Collapses_blank_lines_and_trailing_spaces_but_keeps_paragraph_breaks()
    {
        var cleaned = _cleaner.Clean($"\r\n\r\n{Body}   \r\n\r\n\r\n\r\n{Body2}\t\n\n\n");

        Assert.Equal($"{Body}\n\n{Body2}", cleaned);
    }

    [Fact]
    public void Cleans_a_seed_like_article()
    {
        var text = """
            Input
            Changed
            Lithium Prices Slide as Chilean Output Climbs

            Table of Contents
            Table of Contents
            Lithium carbonate fell to its lowest level in four years, according to Fastmarkets (opens in a new tab).

            Producers in the Atacama increased shipments by 20% in the first quarter.
            Spread the word:

            CATEGORIES: , ,

            Leave a Reply

            Your email address will not be published. Required fields are marked *
            """;

        Assert.Equal(
            "Lithium Prices Slide as Chilean Output Climbs\n\nLithium carbonate fell to its lowest level in four years, according to Fastmarkets.\n\nProducers in the Atacama increased shipments by 20% in the first quarter.",
            _cleaner.Clean(text));
    }

    [Theory]
    [InlineData("000_ed31919c3c38a8d3.txt", "Resumed Exports to Europe", "catalysts for a new era of resource-driven diplomacy.")]
    [InlineData("001_99562bc037440fc9.txt", "\u201cRare earths\u201d have transformed", "industrial supply chains.")]
    [InlineData("002_d02d29da8d1bbeb2.txt", "In an escalating standoff", "strategic vulnerability for years to come.")]
    [InlineData("003_792f8298ec930bd9.txt", "China Temporarily Pauses", "see Rare Earth Exchanges as well as the Forum.")]
    [InlineData("004_d52195d20904f489.txt", "Highlights", "discuss at the Forum.")]
    public void Cleans_the_seed_articles(string file, string start, string end)
    {
        var path = Path.Combine(RepoPaths.Root, "seeds", file);
        Assert.True(File.Exists(path), $"seed not found: {path}");

        var cleaned = _cleaner.Clean(File.ReadAllText(path));

        Assert.StartsWith(start, cleaned, StringComparison.Ordinal);
        Assert.EndsWith(end, cleaned, StringComparison.Ordinal);
        Assert.DoesNotContain("(opens in a new tab)", cleaned, StringComparison.Ordinal);
        Assert.DoesNotContain("Table of Contents", cleaned, StringComparison.Ordinal);
        Assert.DoesNotContain("\n\n\n", cleaned, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Leave a Reply")]
    [InlineData("Share this:|" + Body + "|||Advertisement|" + Body2 + "|Tags: gallium, China")]
    [InlineData(Body + "|2 comments|Related posts|" + Body2)]
    [InlineData(Body + "\r|Share this:\r\n" + Body2 + "|x\ry")]
    [InlineData("")]
    public void Cleaning_lines_equals_cleaning_them_joined(string joined)
    {
        string[] lines = joined.Length == 0 ? [] : joined.Split('|');

        Assert.Equal(_cleaner.Clean(string.Join('\n', lines)), _cleaner.Clean(lines));
    }
}
