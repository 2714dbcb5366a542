using NewsExtract.Extraction.Rules;
using NewsExtract.Tests.TestSupport;

namespace NewsExtract.Tests.Extraction;

/// <summary>Multiples and fractions in words are looked for only in clauses that hold one of their words (invented
/// clauses); the gates must never pass over a clause their patterns match.</summary>
public class FigureWordGateTests
{
    // Loose letters include those a case-insensitive match could fold into the words (long s, Kelvin sign, dotted and
    // dotless i), so that the gates are held to the patterns' own idea of case.
    private static readonly string[] Pieces =
    [
        "three", "TIMES", "times", "fold", "-", " ", "twice", "Double", "doubled", "tripl", "trebled", "halved", "quadruple",
        "a", "one", "third", "Quarter", "fifth", "tenth", "half", "two-thirds", " of", "by ", "the", "first", "per",
        "5.9", "12", "\u017F", "\u212A", "\u0130", "\u0131", "x", ".",
    ];

    [Theory]
    [InlineData("supply was double the level of a year before", true)]
    [InlineData("cobalt fetched three times its January level", true)]
    [InlineData("spot cargoes rose twofold", true)]
    [InlineData("Output slipped in the second month", false)]
    public void The_price_move_gate_says_whether_a_multiple_can_be_there(string clause, bool expected)
    {
        Assert.Equal(expected, PriceMoves.MayHoldMultiple(clause));
        Assert.Equal(expected, PriceMoves.Multiple().IsMatch(clause));
    }

    [Theory]
    [InlineData("a third of its sugar went abroad", true)]
    [InlineData("exports were cut by a quarter", true)]
    [InlineData("stocks reached 5.9 times the buffer norm", true)]
    [InlineData("the ministry kept its forecast unchanged", false)]
    public void The_statistic_gate_says_whether_a_figure_in_words_can_be_there(string clause, bool expected)
    {
        Assert.Equal(expected, StatisticExtractor.MayHoldFigureInWords(clause));
        Assert.Equal(expected, StatisticExtractor.Multiple().IsMatch(clause) || StatisticExtractor.Fraction().IsMatch(clause));
    }

    [Fact]
    public void Neither_gate_passes_over_a_clause_its_patterns_match()
    {
        GateCheck.NeverRulesOutAMatch(Pieces, seed: 5, s => PriceMoves.MayHoldMultiple(s),
            s => PriceMoves.Multiple().IsMatch(s), minMatched: 1000, minRuledOut: 1000, maxPieces: 6, separator: " ");
        GateCheck.NeverRulesOutAMatch(Pieces, seed: 6, s => StatisticExtractor.MayHoldFigureInWords(s),
            s => StatisticExtractor.Multiple().IsMatch(s) || StatisticExtractor.Fraction().IsMatch(s), minMatched: 500, minRuledOut: 1000, maxPieces: 6);
    }
}
