using AngleSharp.Html.Parser;
using NewsExtract.Ingestion;

namespace NewsExtract.Tests.Ingestion;

public sealed class ElementWalkTests
{
    [Theory]
    [InlineData("layout_newspaper.html")]
    [InlineData("layout_forum.html")]
    [InlineData("layout_brtext.html")]
    public void Walks_the_elements_below_a_root_in_the_order_a_selector_pass_returns_them(string fixture)
    {
        var document = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(RepoPaths.Fixtures, "Html", fixture)));
        var expected = document.Body!.QuerySelectorAll("*").ToList();

        var walked = ElementWalk.Below(document.Body).ToList();

        Assert.True(expected.Count > 20);
        Assert.Equal(expected, walked);
    }
}
