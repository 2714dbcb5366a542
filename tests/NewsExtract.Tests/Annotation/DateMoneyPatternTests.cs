using NewsExtract.Annotation;
using NewsExtract.Annotation.Normalization;
using NewsExtract.Annotation.Spotters;

namespace NewsExtract.Tests.Annotation;

/// <summary>Table tests, with invented sentences, for the relative-date, dateline, range and money patterns of
/// <see cref="NumericSpotter"/> and its normalizers.</summary>
public class DateMoneyPatternTests
{
    private static string Dates(string text, string? published = null) =>
        string.Join(" | ", new NumericSpotter().Spot(TestDocuments.Make(text, TestDocuments.Date(published)))
            .Where(e => e.Label == EntityLabel.DATE).Select(e => $"{e.Text}={e.Normalized}"));

    private static string Monies(string text) =>
        string.Join(" | ", new NumericSpotter().Spot(TestDocuments.Make(text))
            .Where(e => e.Label == EntityLabel.MONEY).Select(e => $"{e.Text}={e.Normalized}"));

    [Theory]
    // 2031-03-12 is a Wednesday: a weekday alone is the last such day on or before the published date.
    [InlineData("The agency said on Monday that quotas would fall.", "2031-03-12", "Monday=2031-03-10")]
    [InlineData("The agency said on Wednesday that quotas would fall.", "2031-03-12", "Wednesday=2031-03-12")]
    [InlineData("Bids were up 2% from Friday.", "2031-03-12", "Friday=2031-03-07")]
    // A sentence about what is still to come looks ahead.
    [InlineData("The auction for barley closes on Friday as scheduled.", "2031-03-12", "Friday=2031-03-14")]
    [InlineData("Envoys will meet again next Monday.", "2031-03-12", "next Monday=2031-03-17")]
    [InlineData("Envoys met last Wednesday.", "2031-03-12", "last Wednesday=2031-03-05")]
    [InlineData("The board reports tomorrow.", "2031-03-12", "tomorrow=2031-03-13")]
    [InlineData("The board reported yesterday.", "2031-03-12", "yesterday=2031-03-11")]
    // Without a published date they stay vague (blank).
    [InlineData("The agency said on Monday that quotas would fall.", null, "Monday=")]
    [InlineData("The board reports tomorrow.", null, "tomorrow=")]
    // A weekday written with its date is that date.
    [InlineData("Ministers meet on Thursday, May 8, in Oslo.", "2031-03-12", "Thursday, May 8=2031-05-08")]
    [InlineData("Ministers met on Tuesday 4 March.", "2031-03-12", "Tuesday 4 March=2031-03-04")]
    public void Relative_days_resolve_against_the_published_date(string text, string? published, string expected) =>
        Assert.Equal(expected, Dates(text, published));

    [Theory]
    // A weekday with a full date in the first lines dates an article the reader found no published date for.
    [InlineData("Zinc desk\n\nFriday, 14 March 2031 · Updated 09:10\n\nSmelters met on Tuesday and set terms for June 2.",
        "Friday, 14 March 2031=2031-03-14 | Tuesday=2031-03-11 | June 2=2031-06-02")]
    [InlineData("Grain live — Monday 3 February 2031. Prices rose last month.",
        "Monday 3 February 2031=2031-02-03 | last month=2031-01")]
    public void A_dated_top_line_is_the_reference(string text, string expected) => Assert.Equal(expected, Dates(text));

    [Theory]
    // A list item "June 15: ..." is a day, not the month alone.
    [InlineData("Calendar\n- October 15: The panel meets in Lisbon.", "October 15=XXXX-10-15")]
    [InlineData("The session ends at 9:30.", "")]
    // Both days of a range within one month.
    [InlineData("Talks run June 9-11 in Rome.", "June 9=XXXX-06-09 | 11=XXXX-06-11")]
    [InlineData("Talks run 9-11 June 2030 in Rome.", "9=2030-06-09 | 11 June 2030=2030-06-11")]
    [InlineData("Talks run June 9-11, 2030 in Rome.", "June 9=2030-06-09 | 11, 2030=2030-06-11")]
    // The first day of a range read just before the date: at the sentence start, across spaces, never part of a longer number.
    [InlineData("9-11 June 2030 talks ended in Rome.", "9=2030-06-09 | 11 June 2030=2030-06-11")]
    [InlineData("Talks run 9 \u2013  11 June 2030 in Rome.", "9=2030-06-09 | 11 June 2030=2030-06-11")]
    [InlineData("Lot 129-11 June 2030 was sold.", "11 June 2030=2030-06-11")]
    public void Day_lists_and_day_ranges(string text, string expected) => Assert.Equal(expected, Dates(text));

    [Theory]
    // A year standing alone is a date, wherever it stands.
    [InlineData("The 2031 quota is smaller.", "2031=2031")]
    [InlineData("Shipments are planned for 2032.", "2032=2032")]
    [InlineData("Output fell over 2029 as mines closed.", "2029=2029")]
    [InlineData("It shipped a third of supply as recently as 2027.", "2027=2027")]
    [InlineData("The reference price for May was cut.", "May=XXXX-05")]
    // ... but not as an amount, a time, a number in a list or a part of a number.
    [InlineData("Mills bought 2030 tonnes.", "")]
    [InlineData("Trading closed at 1930 GMT.", "")]
    [InlineData("Stocks held 2,030 units.", "")]
    [InlineData("See rule No. 2031 for details.", "")]
    [InlineData("The index rose to 2031.5 points.", "")]
    public void Years_alone(string text, string expected) => Assert.Equal(expected, Dates(text));

    [Theory]
    // Per-units beyond mass.
    [InlineData("Neon held at $71 per cubic metre.", "$71 per cubic metre=71 USD/m3")]
    [InlineData("Coil held at $840 per short ton.", "$840 per short ton=840 USD/st")]
    [InlineData("Ore was offered at $52 a wet tonne.", "$52 a wet tonne=52 USD/t")]
    [InlineData("Gas rose to 88.5 pence per therm.", "88.5 pence per therm=0.885 GBP/therm")]
    [InlineData("Diesel sold at $3.90 a gallon.", "$3.90 a gallon=3.9 USD/gal")]
    [InlineData("Cocoa was $9,100 per metric tonne.", "$9,100 per metric tonne=9100 USD/t")]
    [InlineData("Wholesale gas averaged A$13.80 a gigajoule.", "A$13.80 a gigajoule=13.8 AUD/GJ")]
    [InlineData("Conversion was assessed at $71.50 per kgU.", "$71.50 per kgU=71.5 USD/kg")]
    // Currencies of many countries.
    [InlineData("The refinery cost R3.7 billion.", "R3.7 billion=3700000000 ZAR")]
    [InlineData("Scrap fetched ₦310,000 per tonne.", "₦310,000 per tonne=310000 NGN/t")]
    [InlineData("The plant cost 45 billion tenge.", "45 billion tenge=45000000000 KZT")]
    [InlineData("Wheat sold for 9,200 lira a tonne.", "9,200 lira a tonne=9200 TRY/t")]
    [InlineData("Mills paid 420 crore rupees.", "420 crore rupees=4200000000 INR")]
    [InlineData("The line cost Rs 65 lakh.", "Rs 65 lakh=6500000 INR")]
    [InlineData("Palm closed at 4,120 ringgits a tonne.", "4,120 ringgits a tonne=4120 MYR/t")]
    [InlineData("Copper fetched 260,000 kwacha a tonne.", "260,000 kwacha a tonne=260000 ZMW/t")]
    [InlineData("The bid was 1.5 trillion won.", "1.5 trillion won=1500000000000 KRW")]
    [InlineData("Fees rose to R$2.2 billion.", "R$2.2 billion=2200000000 BRL")]
    [InlineData("The mine cost C$900 million.", "C$900 million=900000000 CAD")]
    // Numbers in words before a currency word.
    [InlineData("Rice lands forty dollars cheaper.", "forty dollars=40 USD")]
    [InlineData("It costs a hundred euros more.", "a hundred euros=100 EUR")]
    [InlineData("A dollar is a dollar.", "")]
    public void Money_units_and_currencies(string text, string expected) => Assert.Equal(expected, Monies(text));

    [Theory]
    // A bare amount of a sentence that quotes a unit price in the same currency and of the same size shares its unit.
    [InlineData("The cap falls to $51.20 a barrel from $55.80.", "$51.20 a barrel=51.2 USD/bbl | $55.80=55.8 USD/bbl")]
    [InlineData("Zinc rose to $3,120 a tonne before settling at $3,085.", "$3,120 a tonne=3120 USD/t | $3,085=3085 USD/t")]
    [InlineData("Oats rose to 2,410 yuan per tonne and barley to 2,290 yuan.", "2,410 yuan per tonne=2410 CNY/t | 2,290 yuan=2290 CNY/t")]
    // Not a total far from the unit price, and not another currency.
    [InlineData("Zinc hit $3,120 a tonne as the miner booked $2.1 billion.", "$3,120 a tonne=3120 USD/t | $2.1 billion=2100000000 USD")]
    [InlineData("Zinc hit $3,120 a tonne and €3,000 changed hands.", "$3,120 a tonne=3120 USD/t | €3,000=3000 EUR")]
    public void Bare_amounts_share_a_unit_price_of_their_sentence(string text, string expected) => Assert.Equal(expected, Monies(text));

    [Theory]
    [InlineData("thirty", "30")]
    [InlineData("a hundred", "100")]
    [InlineData("65 lakh", "6500000")]
    [InlineData("420 crore", "4200000000")]
    public void Numbers_in_words_and_south_asian_scales(string text, string expected) =>
        Assert.Equal(expected, NumberParser.Format(NumberParser.ParseNumber(text)!.Value));
}
