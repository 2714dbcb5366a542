using System.Text.RegularExpressions;
using NewsExtract.Lexicons;

namespace NewsExtract.Tests.Lexicons;

/// <summary>The shared-beginning alternation (<see cref="Alternation"/>) matches what the flat alternation of the entries,
/// longest first, matches: the oracle is the pattern as it was built before.</summary>
public sealed class AlternationTests
{
    // What the patterns put after the alternation: a stem's tail, a whole word's end, and a rest that fails after the
    // longest entry, so that backtracking must try the shorter ones in the same order.
    private static readonly string[] Tails = [@"[\p{L}\-]*", @"(?![\p{L}\p{N}]|-\p{L})", @"\s+[ab]", ""];

    [Theory]
    [InlineData("export_relations", true)]
    [InlineData("speech_verbs", true)]
    [InlineData("control_items", true)]
    [InlineData("commodity_phrases", true)]
    [InlineData("titles", true)]
    [InlineData("currencies", false)]
    [InlineData("units", false)]
    [InlineData("units", true)]
    public void A_lexicon_matches_as_its_flat_alternation(string lexicon, bool ignoreCase)
    {
        // In a fixed order: a frozen dictionary's keys come in the order of string hashes, which differ from run to run.
        var entries = Lexicon.Load(lexicon).Keys.Where(k => !k.StartsWith('!')).Order(StringComparer.Ordinal).ToList();
        AssertSameMatches(entries, ignoreCase, new Random(lexicon.Length));
    }

    // Entries of a few letters in both cases, spaces among them: many begin alike and end inside one another.
    [Theory]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(3, false)]
    [InlineData(4, false)]
    public void Generated_entries_match_as_their_flat_alternation(int seed, bool ignoreCase)
    {
        var random = new Random(seed);
        var entries = Enumerable.Range(0, 40)
            .Select(_ => new string([.. Enumerable.Range(0, random.Next(1, 7)).Select(i => i > 0 && random.Next(5) == 0 ? ' ' : "abAB"[random.Next(4)])]).Trim())
            .Where(e => e.Length > 0)
            .Distinct(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal)
            .ToList();
        AssertSameMatches(entries, ignoreCase, random);
    }

    [Fact]
    public void Entries_that_begin_alike_share_their_beginning() =>
        Assert.Equal(@"c(?:an(?:\s+no\s+longer|not)|ease)", Alternation.Of(["cannot", "cease", "can no longer"], ignoreCase: true));

    private static void AssertSameMatches(IReadOnlyList<string> entries, bool ignoreCase, Random random)
    {
        var options = ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None;
        var flat = string.Join('|', entries.OrderByDescending(e => e.Length).Select(e => Regex.Escape(e).Replace("\\ ", "\\s+", StringComparison.Ordinal)));
        var shared = Alternation.Of(entries, ignoreCase);
        Assert.NotEqual(flat, shared);
        string[] glue = [" ", "", "-", "  ", "\n", "x", "9", "a", "b", " b", "The "];
        var matched = 0;
        foreach (var tail in Tails)
        {
            var before = new Regex($@"(?<![\p{{L}}\p{{N}}])(?:{flat}){tail}", options);
            var after = new Regex($@"(?<![\p{{L}}\p{{N}}])(?:{shared}){tail}", options);
            for (var round = 0; round < 600; round++)
            {
                var text = string.Concat(Enumerable.Range(0, random.Next(1, 6)).Select(_ => random.Next(2) == 0
                    ? glue[random.Next(glue.Length)]
                    : Cased(entries[random.Next(entries.Count)], random)));
                Assert.Equal(Spans(before.Matches(text)), Spans(after.Matches(text)));
                matched += before.IsMatch(text) ? 1 : 0;
            }
        }
        Assert.True(matched > 600, $"{matched} texts matched: too few to tell");
    }

    private static string Cased(string entry, Random random) => random.Next(3) switch
    {
        0 => entry.ToUpperInvariant(),
        1 => char.ToUpperInvariant(entry[0]) + entry[1..],
        _ => entry,
    };

    private static List<(int, int)> Spans(MatchCollection matches) => [.. matches.Select(m => (m.Index, m.Length))];
}
