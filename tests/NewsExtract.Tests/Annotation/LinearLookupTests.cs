using System.Text.RegularExpressions;
using NewsExtract.Annotation;
using NewsExtract.Annotation.Gazetteers;
using NewsExtract.Annotation.Names;

namespace NewsExtract.Tests.Annotation;

/// <summary>The linear-time lookups of the annotation stage give exactly what the searches they replaced gave:
/// each is checked against that search (the regular expression, the scan over every chosen span) on many
/// generated texts.</summary>
public class LinearLookupTests
{
    private const int Rounds = 3000;

    // Pieces that make term definitions, whole words and their near misses likely.
    private static readonly string[] Pieces =
    [
        "mixed", "hydroxide", "precipitate", "rare", "earth", "ab", "x", "-", "--", " ", " ", "  ", "\t", "\n", "\u00A0",
        "(", ")", "(MHP)", "(Mh)", "(MHPABCDEFG)", "(MHPABCDEFGH)", "(M)", "(Xy)", "(É", "Ab", "Q", "Kestrel", "kestrel",
        "kestrel2", "2kestrel", "Roe", "Jane Roe", "Roe's", "é", "\u0301", "7", ".", ",", "’", "\ud83d\ude00",
    ];

    private static string RandomText(Random random)
    {
        var count = random.Next(0, 30);
        return string.Concat(Enumerable.Range(0, count).Select(_ => Pieces[random.Next(Pieces.Length)]));
    }

    [Fact]
    public void Term_definitions_are_the_matches_of_the_pattern_they_replace()
    {
        var pattern = new Regex(@"(?<words>(?:\p{Ll}[\p{Ll}\-]*\s+){1,6})\((?<acronym>\p{Lu}[\p{L}]{1,8})\)");
        var random = new Random(7);
        var found = 0;
        for (var round = 0; round < Rounds; round++)
        {
            var text = RandomText(random);
            var expected = pattern.Matches(text).Select(m => (m.Groups["words"].Value, m.Groups["acronym"].Value)).ToList();
            Assert.Equal(expected, TermDefinitions.In(text).ToList());
            found += expected.Count;
        }
        Assert.True(found > 100, $"only {found} definitions generated");
    }

    [Theory]
    [InlineData("The fine mixed hydroxide precipitate (MHP) sold", "he fine mixed hydroxide precipitate ", "MHP")] // the pattern has no word boundary
    [InlineData("one two three four five six seven (ABC)", "two three four five six seven ", "ABC")]
    [InlineData("Xsodium-ion battery (SIB)", "sodium-ion battery ", "SIB")]
    [InlineData("made -ion battery (SIB)", "ion battery ", "SIB")]
    public void A_definition_takes_at_most_six_words_from_the_first_lower_case_letter(string text, string words, string acronym) =>
        Assert.Equal([(words, acronym)], TermDefinitions.In(text).ToList());

    // A text is searched up to the limit and indexed past it: 0 indexes every text, int.MaxValue searches every one.
    [Theory]
    [InlineData(0)]
    [InlineData(int.MaxValue)]
    public void Occurrences_are_the_matches_of_a_whole_word_pattern(int scanLimit)
    {
        var random = new Random(11);
        var found = 0;
        for (var round = 0; round < Rounds; round++)
        {
            var text = RandomText(random);
            var occurrences = new TextOccurrences(text, scanLimit);
            foreach (var surface in new[] { "Roe", "Jane Roe", "kestrel", "Kestrel", "Roe's", "é", "-", "(MHP)", "x-", "7" })
            {
                var expected = Regex.Matches(text, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(surface)}(?![\p{{L}}\p{{N}}])").Select(m => m.Index).ToList();
                Assert.Equal(expected, occurrences.Of(surface).ToList());
                found += expected.Count;
            }
            foreach (var word in new[] { "kestrel", "roe", "ab", "x" })
                Assert.Equal(Regex.IsMatch(text, $@"(?<![\p{{L}}]){word}(?![\p{{L}}])"), occurrences.HasLetterWord(word));
        }
        Assert.True(found > 1000, $"only {found} occurrences generated");
    }

    [Fact]
    public void Taken_spans_overlap_exactly_as_entities_do()
    {
        var random = new Random(3);
        var overlaps = 0;
        for (var round = 0; round < Rounds; round++)
        {
            var taken = new TakenSpans(random.Next(0, 40));
            var chosen = new List<Entity>();
            for (var k = 0; k < 20; k++)
            {
                var start = random.Next(0, 50);
                var candidate = Span(start, start + random.Next(0, 6));
                var expected = chosen.Any(candidate.Overlaps);
                Assert.Equal(expected, taken.Overlaps(candidate));
                if (expected)
                {
                    overlaps++;
                    continue;
                }
                chosen.Add(candidate);
                taken.Add(candidate);
            }
        }
        Assert.True(overlaps > 1000, $"only {overlaps} overlaps generated");
    }

    [Fact]
    public void An_empty_span_overlaps_only_a_span_around_it()
    {
        var taken = new TakenSpans(10);
        taken.Add(2, 5);
        taken.Add(5, 8);
        taken.Add(9, 9);
        Assert.True(taken.Overlaps(3, 3));
        Assert.False(taken.Overlaps(5, 5));
        Assert.False(taken.Overlaps(2, 2));
        Assert.True(taken.Overlaps(8, 10));
        Assert.False(taken.Overlaps(8, 9));
    }

    private static Entity Span(int start, int end) => new(EntityLabel.ORG, new string('x', end - start), start, end, "", "test");

    [Theory]
    [InlineData("Sou", true)]
    [InlineData("South Korea", true)]
    [InlineData("SOUTH KOR", true)]
    [InlineData("South Korean", true)]
    [InlineData("South Koreaz", false)]
    [InlineData("Qzx", false)]
    public void A_gazetteer_form_begins_with_each_of_its_prefixes(string written, bool expected) =>
        Assert.Equal(expected, GeoGazetteer.Default.MayBeginForm(written));
}
