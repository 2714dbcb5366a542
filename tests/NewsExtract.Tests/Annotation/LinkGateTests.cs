using NewsExtract.Annotation.Tokenization;
using NewsExtract.Tests.TestSupport;

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
        // A place in each text, taken from the text itself, so that the gate and the pattern look at the same one.
        GateCheck.NeverRulesOutAMatch(pieces, seed: 11,
            s => Tokenizer.MayStartLink(s, Start(s), s.Length),
            s => Tokenizer.Link().Match(s, Start(s), s.Length - Start(s)).Success, minMatched: 500, minRuledOut: 3000, maxPieces: 9);
    }

    private static int Start(string text) => text.Length == 0 ? 0 : (text.Length * 7 + text[0]) % text.Length;
}
