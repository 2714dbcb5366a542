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
}
