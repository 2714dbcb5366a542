using System.Text.RegularExpressions;
using NewsExtract.Extraction.Rules;

namespace NewsExtract.Tests.Extraction;

/// <summary>Official roles read the last word before a point from where that word can start; the match must be the one
/// the pattern finds searching the whole text before the point (invented text).</summary>
public sealed class LastWordTests
{
    [Theory]
    [InlineData("said Deputy Trade Minister", "Minister")]
    [InlineData("the U.S. Commerce Dept.", "Dept.")]
    [InlineData("its vice-president", "vice-president")]
    [InlineData("Minister 2nd", "")] // a digit before the last letters: no word
    [InlineData("the trade envoy, ", "")]
    public void Reads_the_last_word(string text, string expected) =>
        Assert.Equal(expected, OfficialRoleExtractor.LastWordBefore(text, text.Length).Value);

    [Fact]
    public void Finds_what_the_whole_search_finds()
    {
        string[] pieces = ["Minister", "vice", "-", ".", "U.S.", " ", "  ", ",", "9", "x", "é", "_", "(", "Dept.", "ms"];
        var random = new Random(3);
        var found = 0;
        for (var round = 0; round < 20_000; round++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 8)).Select(_ => pieces[random.Next(pieces.Length)]));
            var end = random.Next(text.Length + 1);
            var expected = OfficialRoleExtractor.LastWord().Match(text, 0, end);
            var actual = OfficialRoleExtractor.LastWordBefore(text, end);
            Assert.True((expected.Success, expected.Index, expected.Length) == (actual.Success, actual.Index, actual.Length),
                $"\"{text}\" up to {end}: expected {expected.Index}+{expected.Length}, got {actual.Index}+{actual.Length}");
            found += expected.Success ? 1 : 0;
        }
        Assert.True(found > 5_000, $"{found} words found: too few to tell");
    }
}
