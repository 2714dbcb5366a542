using NewsExtract.Annotation.Normalization;
using NewsExtract.Tests.TestSupport;

namespace NewsExtract.Tests.Annotation;

/// <summary>The percent pattern is skipped only in sentences where it cannot match (invented sentences).</summary>
public class PercentCanMatchTests
{
    [Theory]
    [InlineData("Output rose 45% in the quarter.", true)]
    [InlineData("Exports fell twelve per cent, the ministry said.", true)]
    [InlineData("Stocks were ten PER-CENT lower.", true)]
    [InlineData("Yields gained 5 pct on the day.", true)]
    [InlineData("Imports were up 35 per\u00A0cent from March.", true)]
    [InlineData("Nickel closed up 3.1pc on the week.", true)]
    [InlineData("Recent central bank decisions moved copper, the operator said.", false)]
    [InlineData("Prices per tonne were unchanged over the century.", false)]
    public void Says_whether_the_pattern_can_match(string sentence, bool expected)
    {
        Assert.Equal(expected, PercentNormalizer.CanMatch(sentence));
        Assert.Equal(expected, PercentNormalizer.Pattern.IsMatch(sentence));
    }

    [Fact]
    public void Never_rules_out_a_sentence_the_pattern_matches()
    {
        string[] pieces = ["per", "Per", "cent", "CENT", "-", " ", "\u2009", "\n", "%", "pct", "pc", "PC", "ten", "45", "over ", "recent", "x", "."];
        GateCheck.NeverRulesOutAMatch(pieces, seed: 7, s => PercentNormalizer.CanMatch(s), PercentNormalizer.Pattern.IsMatch,
            minMatched: 301, minRuledOut: 1001, maxPieces: 8);
    }
}
