using NewsExtract.Annotation;
using NewsExtract.Annotation.Tokenization;
using NewsExtract.Extraction;
using NewsExtract.Extraction.Rules;

namespace NewsExtract.Tests.Extraction;

/// <summary>official_role and quote phrasings, on invented sentences.</summary>
public sealed class NameFactTests
{
    private static IReadOnlyList<Fact> Roles(string markup) =>
        new OfficialRoleExtractor(Markup.Lexicons).Extract(Markup.Parse(markup)).ToList();

    private static IReadOnlyList<Fact> Quotes(string markup) =>
        new QuoteExtractor(Markup.Lexicons).Extract(Markup.Parse(markup)).ToList();

    /// <summary>Quotes from marked-up paragraphs split into sentences by the real splitter (lines are paragraphs).</summary>
    private static IReadOnlyList<Fact> ParagraphQuotes(string markup)
    {
        var parsed = Markup.Parse(markup);
        var document = new Document(parsed.Document.Article, SentenceSplitter.Default.Split(parsed.Text));
        return new QuoteExtractor(Markup.Lexicons).Extract(new AnnotatedDocument(document, parsed.Entities)).ToList();
    }

    [Theory]
    [InlineData("The plant will open in May, said chief executive [Odette Lanier|PERSON].", "Odette Lanier", "chief executive", "")]
    [InlineData("The loan was confirmed by chief financial officer [Ravi Menon|PERSON] on Friday.", "Ravi Menon", "chief financial officer", "")]
    [InlineData("[Peru|GPE]'s energy minister [Rosa Quispe|PERSON] told reporters the rules would stay.", "Rosa Quispe", "energy minister", "Peru")]
    [InlineData("[Ministry of Mines|ORG] spokesman [Ivo Baptista|PERSON] declined to comment.", "Ivo Baptista", "spokesman", "Ministry of Mines")]
    [InlineData("Vice Minister of Mining [Tomas Ruiz|PERSON] arrived at the site.", "Tomas Ruiz", "Vice Minister of Mining", "")]
    public void A_title_right_before_the_name(string markup, string person, string title, string place) =>
        AssertRole(Roles(markup), person, title, place);

    [Theory]
    [InlineData("[Chile|GPE]'s Minister of Mining, Industry and Energy, [Ana Ferreira|PERSON], opened the session.", "Ana Ferreira", "Minister of Mining, Industry and Energy", "Chile")]
    [InlineData("The move was welcomed by its secretary-general, [Joost Vermeer|PERSON].", "Joost Vermeer", "secretary-general", "")]
    [InlineData("She met [Peru|GPE]'s energy minister, [Rosa Quispe|PERSON], in [Lima|GPE].", "Rosa Quispe", "energy minister", "Peru")]
    [InlineData("[Brazil|GPE]'s Minister for Ports and Airports, [Caio Lins|PERSON], signed the decree.", "Caio Lins", "Minister for Ports and Airports", "Brazil")]
    public void A_title_in_apposition_before_the_name(string markup, string person, string title, string place) =>
        AssertRole(Roles(markup), person, title, place);

    [Theory]
    [InlineData("[Li Na|PERSON], Deputy Minister of Trade, Industry and Energy of the [Republic of Korea|GPE|South Korea], led the delegation.", "Li Na", "Deputy Minister of Trade, Industry and Energy", "South Korea")]
    [InlineData("[Anke Visser|PERSON], the [Netherlands|GPE]' minister for foreign trade, told lawmakers.", "Anke Visser", "minister for foreign trade", "Netherlands")]
    [InlineData("[Lena Holt|PERSON], supply-chain analyst at the firm, said stocks were thin.", "Lena Holt", "supply-chain analyst", "")]
    [InlineData("[Omar Diallo|PERSON], who chairs [Ardent Metals Council|ORG], spoke first.", "Omar Diallo", "chair", "Ardent Metals Council")]
    [InlineData("[Kemal Arslan|PERSON], principal consultant at [Tovar Advisory|ORG], said prices would fall.", "Kemal Arslan", "principal consultant", "Tovar Advisory")]
    // the acronym of the organization ends the apposition; a word of status before the owner stays with the title
    [InlineData("Orders were lost, said [Imre Kaldor|PERSON], president of the [Velmar Exporters Council|ORG] ([VEC|ORG]).", "Imre Kaldor", "president", "Velmar Exporters Council")]
    [InlineData("[Tomas Ridder|PERSON], a former [EU|GPE|European Union] trade commissioner, said talks were slow.", "Tomas Ridder", "former trade commissioner", "European Union")]
    [InlineData("[Tomas Ridder|PERSON], the acting [U.S.|GPE|United States] trade envoy, said talks were slow.", "Tomas Ridder", "acting trade envoy", "United States")]
    public void A_title_in_apposition_after_the_name(string markup, string person, string title, string place) =>
        AssertRole(Roles(markup), person, title, place);

    [Theory]
    [InlineData("[Daniel Ruiz|PERSON], welcomed the [Republic of Korea|GPE|South Korea]'s Minister of Trade, to the capital.")]
    [InlineData("The plant will open in May, said [Odette Lanier|PERSON].")]
    [InlineData("The minister, [Rosa Quispe|PERSON] and two aides arrived late.")]
    [InlineData("[Omar Diallo|PERSON], who owns a small shop, spoke first.")]
    public void No_title_no_role(string markup) => Assert.Empty(Roles(markup));

    [Fact]
    public void One_person_keeps_the_fullest_title()
    {
        var facts = Roles("[Aru Nadir|PERSON], Minister of Energy and Mineral Resources, opened the forum.\nMinister [Aru Nadir|PERSON|Aru Nadir] later met investors.");
        var fact = Assert.Single(facts);
        Assert.Equal("Minister of Energy and Mineral Resources", fact.Object);
    }

    private static void AssertRole(IReadOnlyList<Fact> facts, string person, string title, string place)
    {
        var fact = Assert.Single(facts);
        Assert.Equal((FactTypes.OfficialRole, person, "holds_title", title, place), (fact.FactType, fact.Subject, fact.Relation, fact.Object, fact.Place));
    }

    [Theory]
    [InlineData("\"Nobody planned for a cut this deep,\" [Rosa Quispe|PERSON] said. \"We will need new buyers by spring.\"")]
    [InlineData("“Nobody planned for a cut this deep,” said [Rosa Quispe|PERSON], the minister. “We will need new buyers by spring.”")]
    [InlineData("\"Nobody planned for a cut this deep,\" chief executive [Rosa Quispe|PERSON] told analysts on a call. \"We will need new buyers by spring.\"")]
    public void A_quote_standing_alone_after_an_attributed_one_continues_its_speaker(string markup)
    {
        var facts = ParagraphQuotes(markup);
        Assert.Equal(["Nobody planned for a cut this deep", "We will need new buyers by spring"], facts.Select(f => f.Object));
        Assert.All(facts, f => Assert.Equal("Rosa Quispe", f.Subject));
    }

    [Fact]
    public void A_sentence_of_its_own_does_not_continue_the_speaker() =>
        Assert.Equal(["Nobody planned for a cut this deep"], ParagraphQuotes("\"Nobody planned for a cut this deep,\" [Rosa Quispe|PERSON] said. Traders on the floor called it \"a very long winter ahead\" for the sector.").Select(f => f.Object));

    [Fact]
    public void A_quote_alone_in_a_new_paragraph_is_only_a_weak_guess_for_the_last_speaker()
    {
        var facts = ParagraphQuotes("\"Nobody planned for a cut this deep,\" [Rosa Quispe|PERSON] said.\n\n\"We will need new buyers by spring.\"");
        Assert.Equal(["Nobody planned for a cut this deep", "We will need new buyers by spring"], facts.Select(f => f.Object));
        Assert.True(facts[1].Confidence < facts[0].Confidence && facts[1].Confidence < 0.5);
    }

    [Theory]
    [InlineData("The [Ministry of Mines|ORG] issued new rules on [Monday|DATE|].\nIn a statement, the ministry said the rules would \"protect the national interest over the long term\".", "Ministry of Mines")]
    [InlineData("The [European Commission|ORG] opened a review.\nThe commission said it would \"act quickly and in proportion to the harm\".", "European Commission")]
    [InlineData("[Halvorsen Metals Exchange|ORG] raised margins.\nThe exchange said the change would \"keep the market orderly in volatile weeks\".", "Halvorsen Metals Exchange")]
    public void A_description_points_back_to_the_organization_it_names(string markup, string speaker)
    {
        var fact = Assert.Single(Quotes(markup));
        Assert.Equal(speaker, fact.Subject);
    }

    [Fact]
    public void A_description_without_a_matching_organization_names_no_one_from_it()
    {
        var fact = Assert.Single(Quotes("[Tovar Advisory|ORG] published a note.\nThe ministry said it would \"protect the national interest over the long term\" in [Peru|GPE]."));
        Assert.NotEqual("Tovar Advisory", fact.Subject);
    }
}
