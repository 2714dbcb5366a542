using NewsExtract.Annotation.Spotters;
using NewsExtract.Tests.TestSupport;

namespace NewsExtract.Tests.Annotation;

/// <summary>Relative dates and weekdays are looked for only in sentences holding one of their words (invented
/// sentences); the test must never pass over a sentence the patterns match.</summary>
public class DayWordGateTests
{
    [Theory]
    [InlineData("Buyers returned on Thursday.", true)]
    [InlineData("Stocks fell yesterday.", true)]
    [InlineData("Output rose in recent weeks.", true)]
    [InlineData("Smelters plan cuts later this year.", true)]
    [InlineData("Tomorrow the quota lapses.", true)]
    [InlineData("Smelters cut output sharply.", false)]
    public void Says_whether_a_day_pattern_can_match(string sentence, bool expected)
    {
        Assert.Equal(expected, NumericSpotter.MayHoldDayWord(sentence));
        Assert.Equal(expected, NumericSpotter.Relative().IsMatch(sentence) || NumericSpotter.Weekday().IsMatch(sentence));
    }

    [Fact]
    public void Never_passes_over_a_sentence_the_patterns_match()
    {
        string[] pieces =
        [
            "last", "Next", "this", "earlier", "Later", "recent", "coming", "Past", " ", "  ", "\n", "year", "month", "week",
            "days", "weeks", "Yesterday", "tomorrow", "Monday", "Sunday", "Fri", "day", "x", ",", "-", "Month", "YEAR",
        ];
        GateCheck.NeverRulesOutAMatch(pieces, seed: 9, s => NumericSpotter.MayHoldDayWord(s),
            s => NumericSpotter.Relative().IsMatch(s) || NumericSpotter.Weekday().IsMatch(s), minMatched: 1000, minRuledOut: 1000, maxPieces: 6);
    }
}
