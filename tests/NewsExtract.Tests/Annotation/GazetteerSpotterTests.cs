using NewsExtract.Annotation;
using NewsExtract.Annotation.Gazetteers;
using NewsExtract.Annotation.Spotters;

namespace NewsExtract.Tests.Annotation;

public class GazetteerSpotterTests
{
    private static string Spot(string text, EntityLabel label) =>
        TestDocuments.Show(new GazetteerSpotter().Spot(TestDocuments.Make(text)).Where(e => e.Label == label));

    [Theory]
    [InlineData("Exports of holmium and erbium slowed.", "ELEMENT holmium=holmium | ELEMENT erbium=erbium")]
    [InlineData("Terbium is scarce.", "ELEMENT Terbium=terbium")]
    [InlineData("Aluminium and caesium and sulphur.", "ELEMENT Aluminium=aluminium | ELEMENT caesium=cesium | ELEMENT sulphur=sulfur")]
    [InlineData("A cerium-lanthanum blend.", "ELEMENT cerium=cerium | ELEMENT lanthanum=lanthanum")]
    [InlineData("New lithium-ion plants.", "ELEMENT lithium=lithium")]
    [InlineData("It restricts samarium (Sm) sales.", "ELEMENT samarium=samarium | ELEMENT Sm=samarium")]
    [InlineData("Supplies of indium (In) fell.", "ELEMENT indium=indium | ELEMENT In=indium")]
    [InlineData("Heavy rare earths such as Tb, Ho and Y rose.", "ELEMENT Tb=terbium | ELEMENT Ho=holmium | ELEMENT Y=yttrium")]
    [InlineData("Nd oxide was quoted higher.", "ELEMENT Nd=neodymium")]
    [InlineData("NdPr oxide rose.", "ELEMENT Nd=neodymium | ELEMENT Pr=praseodymium")]
    [InlineData("Lead and zinc prices rose.", "ELEMENT Lead=lead | ELEMENT zinc=zinc")]
    [InlineData("Iron ore slipped.", "ELEMENT Iron=iron")]
    [InlineData("She will lead the talks.", "")]
    [InlineData("They hope to iron out differences.", "")]
    [InlineData("He said the quota stands.", "")]
    [InlineData("In March, officials met.", "")]
    [InlineData("As prices rose, No one sold.", "")]
    [InlineData("Premier Li and He met in May.", "")]
    [InlineData("Smith & Co said so.", "")]
    [InlineData("Grade B material and Plan C.", "")]
    // An isotope: the element with a mass number it can have; a grade or a model code with a symbol's letters is none.
    [InlineData("Spot Mo-99 rose and Tc-99m followed.", "ELEMENT Mo=molybdenum | ELEMENT Tc=technetium")]
    [InlineData("Sealed cobalt-60 sources and U-235 fuel.", "ELEMENT cobalt=cobalt | ELEMENT U=uranium")]
    [InlineData("S-30 sugar, U-100 insulin and the F-35.", "")]
    [InlineData("The Dy figure alone.", "")]
    [InlineData("DY and dy are not symbols.", "")]
    public void Spots_elements(string text, string expected) => Assert.Equal(expected, Spot(text, EntityLabel.ELEMENT));

    // Each sentence is read on its own: the symbols accepted in one leave no mark on the words of the next.
    [Theory]
    [InlineData("Heavy rare earths such as Tb, Ho and Y rose. In March, officials met to talk about the new rules.", "ELEMENT Tb=terbium | ELEMENT Ho=holmium | ELEMENT Y=yttrium")]
    [InlineData("Output of Nd and Pr fell sharply in the first quarter. As a result, No buyer came back.", "ELEMENT Nd=neodymium | ELEMENT Pr=praseodymium")]
    public void A_sentence_keeps_nothing_of_the_one_before(string text, string expected) => Assert.Equal(expected, Spot(text, EntityLabel.ELEMENT));

    [Theory]
    [InlineData("The U.S. and China agreed.", "GPE U.S.=United States | GPE China=China")]
    [InlineData("US officials and the USA.", "GPE US=United States | GPE USA=United States")]
    [InlineData("America and the United States of America.", "GPE America=United States | GPE United States of America=United States")]
    [InlineData("The EU and the UK and Britain.", "GPE EU=European Union | GPE UK=United Kingdom | GPE Britain=United Kingdom")]
    [InlineData("The People's Republic of China replied.", "GPE People's Republic of China=China")]
    // The labels write the country's own name, whichever the article uses.
    [InlineData("Ivory Coast and Côte d'Ivoire and Cote d'Ivoire.", "GPE Ivory Coast=Côte d'Ivoire | GPE Côte d'Ivoire=Côte d'Ivoire | GPE Cote d'Ivoire=Côte d'Ivoire")]
    [InlineData("The People’s Republic of China replied.", "GPE People’s Republic of China=China")]
    // A country's formal name is the country; a name the lexicon lists as a country of its own keeps it.
    [InlineData("Deliveries to the Republic of Uzbekistan and the Kyrgyz Republic resumed.", "GPE Republic of Uzbekistan=Uzbekistan | GPE Kyrgyz Republic=Kyrgyzstan")]
    [InlineData("The Kingdom of Morocco and the Dominican Republic signed.", "GPE Kingdom of Morocco=Morocco | GPE Dominican Republic=Dominican Republic")]
    [InlineData("Shipments to the Republic of the Philippines and the Federal Republic of Germany stopped.", "GPE Republic of the Philippines=Philippines | GPE Federal Republic of Germany=Germany")]
    [InlineData("Korea and North Korea.", "GPE Korea=South Korea | GPE North Korea=North Korea")]
    [InlineData("U.S.-Japan trade.", "GPE U.S.=United States | GPE Japan=Japan")]
    [InlineData("Japan’s quota.", "GPE Japan=Japan")]
    [InlineData("Supply from Latin America and Southeast Asia.", "GPE Latin America=Latin America | GPE Southeast Asia=Southeast Asia")]
    [InlineData("A China-based refiner.", "GPE China=China")]
    [InlineData("Beijing said it would respond.", "GPE Beijing=China")]
    [InlineData("Beijing's new rules bite.", "GPE Beijing=China")]
    [InlineData("Washington is weighing options.", "GPE Washington=United States")]
    [InlineData("Tokyo and Seoul objected.", "GPE Tokyo=Japan | GPE Seoul=South Korea")]
    [InlineData("Officials met in Beijing.", "GPE Beijing=Beijing")]
    [InlineData("Talks were held in Washington.", "GPE Washington=Washington")]
    [InlineData("The delegation flew to Tokyo for talks.", "GPE Tokyo=Tokyo")]
    [InlineData("Pressure from Moscow grew.", "GPE Moscow=Russia")]
    [InlineData("They gathered in Oslo's old town hall.", "GPE Oslo=Oslo")]
    [InlineData("A Beijing-based trader.", "GPE Beijing=Beijing")]
    [InlineData("Talks in Geneva.", "GPE Geneva=Geneva")]
    [InlineData("Before the Paris talks, aides met.", "GPE Paris=Paris")]
    [InlineData("Negotiations with Paris stalled.", "GPE Paris=France")]
    // a capital listed after a place preposition, or where goods are bound for, is the city; a comma ends a phrase
    [InlineData("Importers in Dubai and Riyadh say prices rose.", "GPE Dubai=Dubai | GPE Riyadh=Riyadh")]
    [InlineData("Minivans bound for Amman.", "GPE Amman=Amman")]
    [InlineData("In March, Beijing extended its controls.", "GPE Beijing=China")]
    // the people and firms of a city's market: "a Tokyo trader", "a Mexico City consultancy"
    [InlineData("A level one Tokyo trader described as steady.", "GPE Tokyo=Tokyo")]
    [InlineData("Seoul dealers cut offers.", "GPE Seoul=Seoul")]
    [InlineData("CHINA CURBS EXPORTS", "GPE CHINA=China")]
    [InlineData("Chinese and American firms.", "")]
    [InlineData("South Korean and Japanese buyers.", "")]
    [InlineData("Taiwanese chips and European demand.", "")]
    [InlineData("Let us know.", "")]
    [InlineData("fine china plates", "")]
    // formal names of states, as decrees write them
    [InlineData("Shipments to the Lao People's Democratic Republic need a permit.", "GPE Lao People's Democratic Republic=Laos")]
    [InlineData("Exports to the Kyrgyz Republic resumed.", "GPE Kyrgyz Republic=Kyrgyzstan")]
    public void Spots_places(string text, string expected) => Assert.Equal(expected, Spot(text, EntityLabel.GPE));

    // Demonyms of the countries trade news names, not only the largest economies.
    [Theory]
    [InlineData("Ivorian", "Côte d'Ivoire")]
    [InlineData("Ghanaian", "Ghana")]
    [InlineData("Uzbek", "Uzbekistan")]
    [InlineData("Sri Lankan", "Sri Lanka")]
    public void Knows_the_country_of_a_demonym(string demonym, string country) =>
        Assert.Equal(country, NewsExtract.Lexicons.PlaceLexicon.Default.CountryOfDemonym(demonym));

    [Fact]
    public void Entities_point_into_the_document()
    {
        const string text = "Headline About Chile\n• Beijing added gallium, Ge and Sb (antimony) to the list.";
        var entities = new GazetteerSpotter().Spot(TestDocuments.Make(text)).ToList();
        Assert.Equal("GPE Chile=Chile | GPE Beijing=China | ELEMENT gallium=gallium | ELEMENT Ge=germanium | ELEMENT Sb=antimony | ELEMENT antimony=antimony",
            TestDocuments.Show(entities));
        Assert.All(entities, e => Assert.Equal(e.Text, text[e.Start..e.End]));
        Assert.All(entities, e => Assert.Equal(GazetteerSpotter.SourceName, e.Source));
    }
}

public class GazetteerTests
{
    [Fact]
    public void Has_all_118_elements_with_unique_symbols()
    {
        var elements = ElementGazetteer.Default.Elements.ToList();
        Assert.Equal(118, elements.Count);
        Assert.Equal(118, elements.Select(e => e.Name).Distinct().Count());
        Assert.All(elements, e => Assert.True(ElementGazetteer.Default.TryGetByName(e.Name, out _), e.Name));
    }

    [Theory]
    [InlineData("Chinese", "China")]
    [InlineData("American", "United States")]
    [InlineData("European", "European Union")]
    [InlineData("Taiwanese", "Taiwan")]
    [InlineData("South Korean", "South Korea")]
    [InlineData("Japanese", "Japan")]
    public void Maps_demonyms_to_places(string demonym, string expected)
    {
        Assert.True(GeoGazetteer.Default.TryGetDemonym(demonym, out var canonical));
        Assert.Equal(expected, canonical);
        Assert.Null(GeoGazetteer.Default.Canonicalize(demonym));
    }

    [Theory]
    [InlineData("U.S.", "United States")]
    [InlineData("PRC", "China")]
    [InlineData("ROK", "South Korea")]
    [InlineData("Britain", "United Kingdom")]
    [InlineData("EU", "European Union")]
    [InlineData("us", null)]
    [InlineData("china", null)]
    public void Canonicalizes_places(string written, string? expected) => Assert.Equal(expected, GeoGazetteer.Default.Canonicalize(written));

    [Theory]
    [InlineData("Beijing", "China")]
    [InlineData("Washington", "United States")]
    [InlineData("Tokyo", "Japan")]
    [InlineData("Brussels", "European Union")]
    [InlineData("Moscow", "Russia")]
    [InlineData("Rabat", "Morocco")]
    [InlineData("Lilongwe", "Malawi")]
    [InlineData("Libreville", "Gabon")]
    [InlineData("Yaoundé", "Cameroon")]
    [InlineData("Port of Spain", "Trinidad and Tobago")]
    public void Capitals_know_their_government(string city, string government)
    {
        Assert.True(GeoGazetteer.Default.TryGetPlace(city, out var place));
        Assert.Equal(GeoCategory.City, place.Category);
        Assert.Equal(government, place.GovernmentOf);
    }

    [Theory]
    // capitals whose names are also common words or given names are left out
    [InlineData("Male")]
    [InlineData("Victoria")]
    [InlineData("Sofia")]
    public void A_capital_that_is_also_a_common_name_is_no_place(string name) =>
        Assert.False(GeoGazetteer.Default.TryGetPlace(name, out _));
}
