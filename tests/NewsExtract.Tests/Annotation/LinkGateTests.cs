using NewsExtract.Annotation.Tokenization;

namespace NewsExtract.Tests.Annotation;

/// <summary>The tokenizer runs its link pattern only where a link can start (invented text).</summary>
public class LinkGateTests
{
    [Theory]
    [InlineData("https://example.org/a", true)]
    [InlineData("ftp://files", true)]
    [InlineData("www.(x)", true)]
    [InlineData("desk@wire-example.net", true)]
    [InlineData("portal.gov.xy/notice", true)]
    [InlineData("tonnes.", false)]
    [InlineData("tonnes. Next", false)]
    [InlineData("1,250 yuan", false)]
    [InlineData("Hafnium", false)]
    public void Says_whether_a_link_can_start(string text, bool expected)
    {
        Assert.Equal(expected, Tokenizer.MayStartLink(text, 0, text.Length));
        Assert.Equal(expected, Tokenizer.Link().Match(text, 0, text.Length).Success);
    }

    [Fact]
    public void Never_rules_out_a_place_where_the_pattern_matches()
    {
        // Whole scheme, host and address pieces as well as loose characters, so that both matches and misses are common.
        string[] pieces = ["http", "https://", "ftp:", "//", "www", "www.", ".", "@", "com", ".org", ".cn", "eu", "ab", "X9", "-", "_", "%", "+", "/", " ", "\"", "1", "é", ".5"];
        var random = new Random(11);
        var (matched, ruledOut) = (0, 0);
        for (var round = 0; round < 20_000; round++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 10)).Select(_ => pieces[random.Next(pieces.Length)]));
            var start = random.Next(text.Length);
            var matches = Tokenizer.Link().Match(text, start, text.Length - start).Success;
            var canStart = Tokenizer.MayStartLink(text, start, text.Length);
            Assert.True(canStart || !matches, $"ruled out, yet the pattern matches at {start}: \"{text}\"");
            matched += matches ? 1 : 0;
            ruledOut += canStart ? 0 : 1;
        }
        Assert.True(matched > 500 && ruledOut > 3000, $"{matched} places matched, {ruledOut} ruled out: too few to tell");
    }
}
