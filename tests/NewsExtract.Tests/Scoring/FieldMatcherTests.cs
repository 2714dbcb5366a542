using NewsExtract.Extraction;
using NewsExtract.Scoring;

namespace NewsExtract.Tests.Scoring;

public sealed class FieldMatcherTests
{
    [Theory]
    [InlineData("Ministry of Commerce", "ministry of commerce", true)]   // lower-casing
    [InlineData("U.S.", "US", true)]                                      // punctuation
    [InlineData("China; United States", "china united states", true)]
    [InlineData("the Carlton Hall", "Carlton Hall", true)]          // leading "the"
    [InlineData("rare earth magnets", "rare-earth magnet", true)]         // plural "s", hyphen
    [InlineData("dysprosium", "terbium", false)]
    [InlineData("China", "United States", false)]
    [InlineData("Kestrel Media", "Kestrel", false)]
    [InlineData("", "China", false)]
    public void Names(string predicted, string gold, bool expected) =>
        Assert.Equal(expected, FieldMatcher.NamesMatch(predicted, gold));

    [Theory]
    [InlineData(600.0, 600.0, true)]
    [InlineData(605.9, 600.0, true)]    // within 1%
    [InlineData(594.2, 600.0, true)]
    [InlineData(606.5, 600.0, false)]   // beyond 1%
    [InlineData(0.0, 0.0, true)]
    [InlineData(0.001, 0.0, false)]
    [InlineData(null, null, true)]
    [InlineData(600.0, null, false)]
    [InlineData(null, 600.0, false)]
    public void Numbers(double? predicted, double? gold, bool expected) =>
        Assert.Equal(expected, FieldMatcher.NumbersMatch(predicted, gold));

    [Theory]
    [InlineData("Jane Roe", "Jane Roe", true)]
    [InlineData("Roe", "Jane Roe", true)]                      // same last name
    [InlineData("Jane K. Roe", "Jane Roe", true)]
    [InlineData("Jane Roe", "John Roe", true)]                          // the rule is the last name only
    [InlineData("Jane Roe", "Omar Haddad", false)]
    [InlineData("Ministry of Commerce", "Department of Commerce", false)] // organizations do not match on a last word
    [InlineData("Commerce", "Ministry of Commerce", false)]
    public void Persons(string predicted, string gold, bool expected) =>
        Assert.Equal(expected, FieldMatcher.PersonsMatch(predicted, gold));

    [Theory]
    [InlineData("Treasury Secretary", "Secretary of the Treasury", 2.0 * 2 / 6, true)]   // {treasury, secretary} vs {secretary, of, the, treasury}
    [InlineData("Vice Premier", "Premier", 2.0 * 1 / 3, true)]
    [InlineData("We will act", "We will act decisively and without delay", 2.0 * 3 / 10, true)]
    [InlineData("We will act", "We will act decisively and without any delay right now", 2.0 * 3 / 13, false)]
    [InlineData("Vice Premier", "Trade Representative", 0.0, false)]
    [InlineData("", "", 1.0, true)]
    public void Free_text_uses_token_set_f1_of_at_least_half(string predicted, string gold, double f1, bool expected)
    {
        Assert.Equal(f1, FieldMatcher.TokenSetF1(predicted, gold), 10);
        Assert.Equal(expected, FieldMatcher.FreeTextMatch(predicted, gold));
    }

    [Fact]
    public void Free_text_below_half_does_not_match()
    {
        // {rare, earth, magnet} vs {chip, design, tool, earth}: 2*1/7 = 0.286
        Assert.Equal(2.0 / 7, FieldMatcher.TokenSetF1("rare earth magnets", "chip design tools earth"), 10);
        Assert.False(FieldMatcher.FreeTextMatch("rare earth magnets", "chip design tools earth"));
    }

    [Theory]
    [InlineData(FactTypes.ExportControl, FactField.Subject, FieldRule.Name)]
    [InlineData(FactTypes.ExportControl, FactField.Relation, FieldRule.Name)]
    [InlineData(FactTypes.ExportControl, FactField.Object, FieldRule.ControlledItem)]
    [InlineData(FactTypes.ExportControl, FactField.Place, FieldRule.Name)]
    [InlineData(FactTypes.Price, FactField.Amount, FieldRule.Number)]
    [InlineData(FactTypes.Price, FactField.Unit, FieldRule.Code)]
    [InlineData(FactTypes.OfficialRole, FactField.Subject, FieldRule.Person)]
    [InlineData(FactTypes.OfficialRole, FactField.Object, FieldRule.FreeText)]
    [InlineData(FactTypes.Meeting, FactField.Date, FieldRule.Code)]
    [InlineData(FactTypes.Statistic, FactField.Relation, FieldRule.FreeText)]
    [InlineData(FactTypes.Quote, FactField.Subject, FieldRule.Person)]
    [InlineData(FactTypes.Quote, FactField.Object, FieldRule.FreeText)]
    public void Rules_per_type_and_field(string factType, FactField field, FieldRule rule) =>
        Assert.Equal(rule, FieldMatcher.RuleFor(factType, field));

    [Theory]
    [InlineData("dysprosium", "dysprosium", true)]
    [InlineData("dysprosium", "terbium", false)]                        // elements: names, no partial credit
    [InlineData("rare earth magnets", "rare earth magnet technology", true)]
    [InlineData("chip design tools", "dual-use items", false)]
    public void Controlled_items(string predicted, string gold, bool expected) =>
        Assert.Equal(expected, FieldMatcher.Similarity(FieldRule.ControlledItem, predicted, gold) > 0);

    [Theory]
    [InlineData("USD/kg", "usd/kg", true)]
    [InlineData("%", "x", false)]
    [InlineData("%", "", false)]
    [InlineData("2025-06-09", "XXXX-06-09", false)]
    public void Codes(string predicted, string gold, bool expected) =>
        Assert.Equal(expected, FieldMatcher.CodesMatch(predicted, gold));
}
