using NewsExtract.Annotation.Gazetteers;
using NewsExtract.Annotation.Spotters;

namespace NewsExtract.Tests.Annotation;

/// <summary>Places the gazetteer does not list, from how they are introduced (invented names).</summary>
public class PlacePatternSpotterTests
{
    private static string Spot(string text) =>
        TestDocuments.Show(new PlacePatternSpotter(GeoGazetteer.Default).Spot(TestDocuments.Make(text)));

    [Theory]
    // every unit word the quick search looks for introduces a place
    [InlineData("Mines in Varrow province were shut.", "GPE Varrow=Varrow")]
    [InlineData("Farms in Oskel prefecture grow tea.", "GPE Oskel=Oskel")]
    [InlineData("Upper Tamsin county voted.", "GPE Upper Tamsin=Upper Tamsin")]
    [InlineData("Plants in the Drevan region idled.", "GPE Drevan=Drevan")]
    [InlineData("Kilbrey district exports wool.", "GPE Kilbrey=Kilbrey")]
    [InlineData("Anvar governorate holds the reserves.", "GPE Anvar=Anvar")]
    // the unit word is matched in lower case only, as the pattern has it
    [InlineData("Varrow Province officials met.", "")]
    [InlineData("Output rose across the sector.", "")]
    public void Finds_a_place_before_a_unit_word(string text, string expected) => Assert.Equal(expected, Spot(text));

    [Theory]
    // where people meet is a place, the gazetteer's or not; a month or a weekday is not
    [InlineData("Officials are due to meet in Varrow on March 3.", "GPE Varrow=Varrow")]
    [InlineData("The ministers held talks in Oskel Bay, the ministry said.", "GPE Oskel Bay=Oskel Bay")]
    [InlineData("The two sides will meet in March to discuss quotas.", "")]
    [InlineData("The two sides will meet in Geneva on Friday.", "")]
    public void Finds_where_people_meet(string text, string expected) => Assert.Equal(expected, Spot(text));

    [Theory]
    // a dateline's line goes on in lower case; a heading in capitals with a date is no dateline
    [InlineData("VARROW, May 3 (Brisko Wire) - Tin rose.", "GPE VARROW=Varrow")]
    [InlineData("KEY RATES, THURSDAY APRIL 16", "")]
    [InlineData("DESK VIEW - WEEK 12", "")]
    // a transcript's speaker label is no dateline: the hyphen of a surname, a title in capitals before the colon
    [InlineData("KALVER-OSTRAND: Prices rose in the quarter.", "")]
    [InlineData("JANE KALVER, SPOKESPERSON: Good afternoon, and thank you for coming.", "")]
    [InlineData("VARROW - Tin rose on Monday.", "GPE VARROW=Varrow")]
    public void Reads_a_dateline_not_a_capital_heading(string text, string expected) => Assert.Equal(expected, Spot(text));

    [Theory]
    // a capitalized determiner opening the sentence or a heading is not part of the name
    [InlineData("The Oskel prefecture grows tea.", "GPE Oskel=Oskel")]
    [InlineData("This Upper Tamsin county vote was close.", "GPE Upper Tamsin=Upper Tamsin")]
    [InlineData("Its Kilbrey district exports wool.", "GPE Kilbrey=Kilbrey")]
    // nor a preposition, a conjunction or a day that opens the sentence
    [InlineData("In Varrow province, mines were shut.", "GPE Varrow=Varrow")]
    [InlineData("Across Oskel prefecture farms grow tea.", "GPE Oskel=Oskel")]
    [InlineData("But Upper Tamsin county voted no.", "GPE Upper Tamsin=Upper Tamsin")]
    [InlineData("On Monday Kilbrey district stopped exports.", "GPE Kilbrey=Kilbrey")]
    // nor is the possessive of the country that holds the unit
    [InlineData("Velmar's Oskel province grows tea.", "GPE Oskel=Oskel")]
    // a determiner alone before the unit word names no place
    [InlineData("The province grows tea.", "")]
    // words that merely start like an opening word stay in the name
    [InlineData("Thessan province grows tea.", "GPE Thessan=Thessan")]
    [InlineData("Inverlay county grows oats.", "GPE Inverlay=Inverlay")]
    [InlineData("Butlan district mines tin.", "GPE Butlan=Butlan")]
    [InlineData("Anvar governorate holds the reserves.", "GPE Anvar=Anvar")]
    public void Leaves_opening_words_and_possessives_out_of_the_name(string text, string expected) => Assert.Equal(expected, Spot(text));

    [Theory]
    // where a company is based is a place, after a lower-case word or a comma
    [InlineData("She trades for Varrow-based Oskel Commodities.", "GPE Varrow=Varrow")]
    [InlineData("The licence of a third producer, Upper Tamsin-based Brisko Mining, was renewed.", "GPE Upper Tamsin=Upper Tamsin")]
    // not in a Title Case heading, not for a place the gazetteer knows, nor in lower case
    [InlineData("A Rules-Based Order Under Strain", "")]
    [InlineData("She trades for Oslo-based Oskel Commodities.", "")]
    [InlineData("She trades for a cloud-based platform.", "")]
    public void Finds_where_a_company_is_based(string text, string expected) => Assert.Equal(expected, Spot(text));
}
