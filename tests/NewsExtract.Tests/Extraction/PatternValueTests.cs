using NewsExtract.Extraction.Rules;
using NewsExtract.Lexicons;

namespace NewsExtract.Tests.Extraction;

/// <summary>Which lexicon entry a pattern match came from (<see cref="Patterns.ValueOf"/>).</summary>
public sealed class PatternValueTests
{
    private static readonly Lexicon Changes = Lexicon.Parse("test", new StringReader("""
        # stem <tab> value
        rose	up
        rose sharply	up sharply
        Fell	down
        edged up	up slightly
        edg	edge
        slid	down
        """));

    [Theory]
    // the longest stem the match starts with, compared without case and with runs of white space as one
    [InlineData("rose", "up")]
    [InlineData("Rose  Sharply", "up sharply")]
    [InlineData("ROSE\tsharply", "up sharply")]
    [InlineData("fell", "down")]
    [InlineData("fELLING", "down")]
    [InlineData("edged up", "up slightly")]
    [InlineData("edged higher", "edge")]
    // nothing starts the match
    [InlineData("climbed", "")]
    [InlineData("", "")]
    public void Gives_the_value_of_the_longest_entry_the_match_starts_with(string matched, string value) =>
        Assert.Equal(value, Patterns.ValueOf(Changes, matched));

    [Fact]
    public void Every_real_lexicon_entry_is_its_own_longest_match()
    {
        // Each key of a shipped lexicon finds its own value (or that of a longer key it starts, which it cannot: it is
        // the whole match), whatever the case it is written in.
        foreach (var name in new[] { "price_changes", "export_relations", "meeting_cues", "commodity_minerals" })
        {
            var lexicon = Lexicon.Load(name);
            Assert.True(lexicon.Count > 10, name);
            foreach (var (key, value) in lexicon.Entries)
            {
                Assert.Equal(value, Patterns.ValueOf(lexicon, key.ToUpperInvariant()));
            }
        }
    }
}
