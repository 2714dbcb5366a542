using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NewsExtract.Ingestion;

namespace NewsExtract.Tests.Ingestion;

/// <summary>TextStats measures each element from its children; the numbers must be those of the element's own text.</summary>
public sealed class TextStatsTests
{
    [Theory]
    [InlineData("<div id='x'><p>Tin  rose,\n  then fell.</p> <p> Zinc held. </p></div>")]
    [InlineData("<div id='x'>  <span>  </span>  <b>Nickel</b><i>ore</i>   <a href='/a'> read   more </a>\t</div>")]
    [InlineData("<div id='x'><ul><li><p>Card one, with a comma.</p></li></ul><figure><p>A caption paragraph.</p></figure><p>Prose here.</p></div>")]
    [InlineData("<div id='x'><a href='#top'>Top</a>, <a href='/b'>Back to the index</a>\u00a0\u3000text\u3001more\uFF0Cend</div>")]
    [InlineData("<div id='x'></div>")]
    [InlineData("<div id='x'><div><div><p>Deep</p>tail</div>   </div>  <p>last, one</p></div>")]
    public void Measures_equal_those_of_the_collapsed_text(string html)
    {
        var element = new HtmlParser().ParseDocument(html).GetElementById("x")!;
        var text = Regex.Replace(element.TextContent, @"\s+", " ").Trim();
        var stats = new TextStats();

        Assert.Equal(text.Length, stats.Length(element));
        Assert.Equal(text, HtmlArticleExtractor.Collapse(element.TextContent));
        Assert.Equal(text.Count(c => c is ',' or '\uFF0C' or '\u3001'), stats.Commas(element));
        Assert.Equal(element.QuerySelectorAll("p").Sum(p => Collapse(p).Length), stats.ParagraphLength(element));
        var links = element.QuerySelectorAll("a").Sum(a => Collapse(a).Length * ((a.GetAttribute("href") ?? "").StartsWith('#') ? 0.3 : 1.0));
        Assert.Equal(text.Length == 0 ? 0 : Math.Min(1, links / text.Length), stats.LinkDensity(element), 9);
        var prose = element.QuerySelectorAll("p").Where(p => p.Closest("li, figure") is not { } card || !element.Contains(card)).Sum(p => Collapse(p).Length);
        Assert.Equal(prose, stats.ProseLength(element));
        Assert.Equal(element.QuerySelector("p") is not null, stats.HasParagraph(element));
        Assert.Equal(TextStats.HashOf(text), stats.Hash(element));
    }

    [Fact]
    public void Equal_texts_hash_equal_whatever_their_markup_and_different_texts_differ()
    {
        var document = new HtmlParser().ParseDocument(
            "<p id='a'>Tin rose, then fell.</p><p id='b'> Tin <b>rose,</b>\n\tthen <i>fell</i>.</p><p id='c'>Tin rose, then fell!</p><p id='d'>Tinrose, then fell.</p>");
        var stats = new TextStats();
        ulong Hash(string id) => stats.Hash(document.GetElementById(id)!);

        Assert.Equal(Hash("a"), Hash("b"));
        Assert.NotEqual(Hash("a"), Hash("c"));
        Assert.NotEqual(Hash("a"), Hash("d"));
    }

    [Fact]
    public void Article_marks_are_found_below_but_not_on_the_element()
    {
        var document = new HtmlParser().ParseDocument("<div id='a'><div id='b' role='main'><p>x</p></div></div><article id='c'><p>y</p></article>");
        var stats = new TextStats();

        Assert.True(stats.HoldsArticleMark(document.GetElementById("a")!));
        Assert.False(stats.HoldsArticleMark(document.GetElementById("b")!));
        Assert.False(stats.HoldsArticleMark(document.GetElementById("c")!));
    }

    private static string Collapse(IElement element) => Regex.Replace(element.TextContent, @"\s+", " ").Trim();
}
