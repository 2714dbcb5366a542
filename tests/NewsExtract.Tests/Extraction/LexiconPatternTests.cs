using System.Text.RegularExpressions;
using NewsExtract.Extraction.Rules;
using NewsExtract.Lexicons;

namespace NewsExtract.Tests.Extraction;

/// <summary>A lexicon pattern's quick test in front of its regex (<see cref="LexiconPattern"/>) changes no result.</summary>
public sealed class LexiconPatternTests
{
    private static readonly Lexicon Verbs = Lexicon.Parse("test", new StringReader("""
        # stem <tab> value
        curb	tightens
        blacklist	tightens
        lift	eases
        phased out	ends
        suspend	tightens
        """));

    [Theory]
    [InlineData("The ministry said it would curb shipments.", true)]
    [InlineData("Officials PHASED\u00A0 OUT the permits.", true)]
    [InlineData("It added two firms to a blac\u212Alist.", true)] // the Kelvin sign folds into k for the regex alone
    [InlineData("Exports were halted in March.", false)]
    [InlineData("The uplift was small.", false)] // the word is there, but not at a word's start
    public void Finds_what_the_regex_finds(string text, bool expected)
    {
        var pattern = Patterns.Stems(Verbs);
        Assert.Equal(expected, pattern.IsMatch(text));
        Assert.Equal(expected, pattern.Regex.IsMatch(text));
    }

    // "!word" lines are false friends: words a stem starts that are no match.
    [Theory]
    [InlineData("Kesland banned the exports.", true)]
    [InlineData("Ships left for Bangladesh on Monday.", false)]
    [InlineData("The bank lent more.", false)]
    [InlineData("Bangladesh banned the exports.", true)]
    public void Skips_the_false_friends_of_a_stem(string text, bool expected)
    {
        var stems = Lexicon.Parse("test", new StringReader("ban\timposes\n!bang\n!bank\n"));
        var pattern = Patterns.Stems(stems);
        Assert.Equal(expected, pattern.IsMatch(text));
        Assert.DoesNotContain(pattern.Regex.Matches(text), m => m.Value.StartsWith("bang", StringComparison.OrdinalIgnoreCase) || m.Value.StartsWith("bank", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("Exports were halted in March.", false)]
    [InlineData("The uplift was small.", false)] // "lift" does not start a word
    [InlineData("Officials phased in the rules.", true)] // the longest word of "phased out" starts one
    [InlineData("Buyers were left out.", false)] // the shorter word alone is not looked for
    [InlineData("Lifted by demand", true)]
    public void Passes_over_texts_where_no_entry_can_start(string text, bool expected) =>
        Assert.Equal(expected, Patterns.Stems(Verbs).MayMatch(text));

    [Theory]
    [InlineData("export_cues")]
    [InlineData("price_changes")]
    [InlineData("speech_verbs")]
    [InlineData("control_items")]
    [InlineData("export_relations")]
    [InlineData("export_relations", true)]
    [InlineData("price_changes", true)]
    [InlineData("hedges")]
    [InlineData("statistic_money")]
    public void Gives_the_regex_results_on_generated_text(string lexicon, bool stems = false)
    {
        var entries = Lexicon.Load(lexicon).Keys.ToList();
        var pattern = stems ? Patterns.Stems(Lexicon.Load(lexicon)) : Patterns.Words(Lexicon.Load(lexicon));
        string[] glue = [" ", "", "-", ", ", "\n", "x", "9", "\u212A", "\u017F", "The ", "\u00E9", "\u00B2", "\u2019s ", "("];
        var random = new Random(lexicon.Length);
        var (matched, passedOver) = (0, 0);
        for (var round = 0; round < 3_000; round++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 6)).Select(_ => random.Next(3) switch
            {
                0 => glue[random.Next(glue.Length)],
                1 => Cased(entries[random.Next(entries.Count)], random),
                _ => Cased(entries[random.Next(entries.Count)], random)[..1] + "q",
            }));
            var start = random.Next(text.Length + 1);
            Assert.Equal(Spans(pattern.Regex.Matches(text, start)), Spans(pattern.Matches(text, start)));
            Assert.Equal(pattern.Regex.IsMatch(text), pattern.IsMatch(text));
            var (from, length) = (start / 2, (text.Length - start / 2) / 2);
            var inRange = pattern.Match(text, from, length);
            Assert.Equal(Spans(pattern.Regex.Match(text, from, length)), Spans(inRange));
            var enumerated = new List<(int, int)>();
            foreach (var m in pattern.EnumerateMatches(text))
                enumerated.Add((m.Index, m.Length));
            Assert.Equal(Spans(pattern.Regex.Matches(text)), enumerated);
            matched += pattern.Regex.IsMatch(text) ? 1 : 0;
            passedOver += pattern.MayMatch(text) ? 0 : 1;
        }
        Assert.True(matched > 300 && passedOver > 300, $"{matched} texts matched, {passedOver} passed over: too few to tell");
    }

    private static string Cased(string entry, Random random) => random.Next(3) switch
    {
        0 => entry.ToUpperInvariant(),
        1 => char.ToUpperInvariant(entry[0]) + entry[1..],
        _ => entry,
    };

    private static List<(int, int)> Spans(IEnumerable<Match> matches) => [.. matches.Select(m => (m.Index, m.Length))];

    private static List<(int, int)> Spans(Match first)
    {
        var spans = new List<(int, int)>();
        for (var m = first; m.Success; m = m.NextMatch())
            spans.Add((m.Index, m.Length));
        return spans;
    }
}
