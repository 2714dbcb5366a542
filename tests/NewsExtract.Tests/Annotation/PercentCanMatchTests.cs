using NewsExtract.Annotation.Normalization;

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
        string[] pieces = ["per", "Per", "cent", "CENT", "-", " ", "\u2009", "\n", "%", "pct", "ten", "45", "over ", "recent", "x", "."];
        var random = new Random(7);
        var (matched, ruledOut) = (0, 0);
        for (var round = 0; round < 20_000; round++)
        {
            var sentence = string.Concat(Enumerable.Range(0, random.Next(1, 9)).Select(_ => pieces[random.Next(pieces.Length)]));
            var matches = PercentNormalizer.Pattern.IsMatch(sentence);
            var canMatch = PercentNormalizer.CanMatch(sentence);
            Assert.True(canMatch || !matches, $"ruled out, yet the pattern matches: \"{sentence}\"");
            matched += matches ? 1 : 0;
            ruledOut += canMatch ? 0 : 1;
        }
        Assert.True(matched > 300 && ruledOut > 1000, $"{matched} sentences matched, {ruledOut} ruled out: too few to tell");
    }
}
