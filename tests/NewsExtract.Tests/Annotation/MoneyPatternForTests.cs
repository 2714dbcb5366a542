using NewsExtract.Annotation.Normalization;
using NewsExtract.Tests.TestSupport;

namespace NewsExtract.Tests.Annotation;

/// <summary>The per-sentence choice of money pattern finds exactly what the whole pattern finds (invented sentences).</summary>
public class MoneyPatternForTests
{
    [Theory]
    [InlineData("Output fell to thirty dollars a share, the firm said.", 1)]
    [InlineData("Rice traded at 91,500 yuan ($12,700) a tonne on Friday.", 2)]
    [InlineData("Premiums rose to 45 ¢ a pound and then to 46¢.", 2)]
    [InlineData("The deal was worth 500 million Canadian dollars, or about US$365 million.", 2)]
    [InlineData("Quotes were between $610 and $640 per kg, up 12 percent from the cent-level offers.", 1)]
    [InlineData("The brand's grand plan cost one rupee per share to announce.", 1)]
    [InlineData("Traders cut positions by 4% on Tuesday.", 0)]
    [InlineData("No figures were given for the quarter.", 0)]
    [InlineData("The centre paid 45 cents a pound.", 1)]
    [InlineData("Prices rose 5 percent at the centre, to 12 dollarsworth.", 0)]
    [InlineData("Sterlings and wonders: 300 won", 1)]
    [InlineData("Arabica rose to 398c/lb and gas to 95p/therm, type c/o.", 2)]
    public void Finds_what_the_whole_pattern_finds(string sentence, int expected)
    {
        var whole = MoneyNormalizer.Pattern.Matches(sentence).Select(m => (m.Index, m.Value)).ToList();
        var chosen = MoneyNormalizer.PatternFor(sentence)?.Matches(sentence).Select(m => (m.Index, m.Value)).ToList() ?? [];

        Assert.Equal(expected, whole.Count);
        Assert.Equal(whole, chosen);
    }

    [Theory]
    [InlineData("The centre paid 45 cents a pound.", true)]
    [InlineData("Prices rose 5 percent at the centre.", false)]
    [InlineData("They won 5 contracts.", true)]
    [InlineData("Output of 5 tonnes went to the eurozone.", false)]
    public void The_whole_pattern_runs_only_where_a_currency_word_stands_alone(string sentence, bool whole) =>
        Assert.Equal(whole, ReferenceEquals(MoneyNormalizer.Pattern, MoneyNormalizer.PatternFor(sentence)));

    [Fact]
    public void A_sentence_without_digits_or_a_currency_word_runs_no_pattern() =>
        Assert.Null(MoneyNormalizer.PatternFor("Ministers met in the capital and percent-level gains were brandished."));

    [Theory]
    [InlineData("Shares closed at R 15 in Johannesburg.")]
    [InlineData("It cost US$\u00A012 a unit.")]
    [InlineData("Fees of Rs.400 were waived.")]
    public void A_currency_form_before_a_number_is_found(string sentence)
    {
        Assert.NotNull(MoneyNormalizer.PatternFor(sentence));
        Assert.NotEmpty(MoneyNormalizer.Pattern.Matches(sentence));
    }

    [Fact]
    public void Over_generated_text_the_chosen_pattern_finds_what_the_whole_pattern_finds()
    {
        string[] pieces = ["$", "US$", "R", "Rs.", "RM", "\u20AC", "EUR", "NT$", "Rp", "between ", " ", "\u00A0", "\t", "12", "3,500", "4.5", "%",
            "a", "rose", "to", " per tonne", " million", " yuan", " dollars", "R2", "-", " and ", ",", "."];
        var (matched, ruledOut) = (0, 0);
        foreach (var text in GateCheck.Texts(pieces, seed: 7, maxPieces: 8))
        {
            var whole = MoneyNormalizer.Pattern.Matches(text).Select(m => (m.Index, m.Value)).ToList();
            var pattern = MoneyNormalizer.PatternFor(text);
            Assert.Equal(whole, pattern?.Matches(text).Select(m => (m.Index, m.Value)).ToList() ?? []);
            matched += whole.Count > 0 ? 1 : 0;
            ruledOut += pattern is null ? 1 : 0;
        }
        Assert.True(matched > 2_000 && ruledOut > 2_000, $"{matched} texts matched, {ruledOut} ran no pattern: too few to tell");
    }

    [Fact]
    public void A_sentence_with_digits_and_no_currency_word_after_a_number_runs_the_currency_first_form()
    {
        var pattern = MoneyNormalizer.PatternFor("Copper rose 3% to $9,100 a tonne.");
        Assert.NotNull(pattern);
        Assert.NotSame(MoneyNormalizer.Pattern, pattern);
    }
}
