using NewsExtract.Annotation;
using NewsExtract.Annotation.Names;
using NewsExtract.Annotation.Spotters;
using NewsExtract.Lexicons;

namespace NewsExtract.Tests.Annotation;

/// <summary>PERSON and ORG mentions from the whole rule tagger (spotters, overlap resolution, name resolution).</summary>
public sealed class NameSpotterTests
{
    private static readonly NameLexicons Lexicons = NameLexicons.Load(PlaceLexicon.Default.IsPlaceWord);

    private static readonly RuleEntityTagger Tagger = new(
        [new NumericSpotter(), new GazetteerSpotter(), new NameSpotter(Lexicons)], new NameResolver(Lexicons));

    private static string Names(string text) =>
        TestDocuments.Show(Tagger.Tag(TestDocuments.Make(text)).Where(e => e.Label is EntityLabel.PERSON or EntityLabel.ORG));

    [Theory]
    [InlineData("Officials at Peru's Ministry of Energy declined to comment on the new quota for copper.", "ORG Ministry of Energy=Ministry of Energy")]
    [InlineData("A spokesman for Canada’s Department of Finance said nothing about the loan or its terms.", "ORG Department of Finance=Department of Finance")]
    [InlineData("Prices listed by Tom’s Hardware showed that the shortage was getting worse.", "ORG Tom’s Hardware=Tom’s Hardware")]
    public void A_place_owning_an_organization_is_not_part_of_its_name(string text, string expected) =>
        Assert.Equal(expected, Names(text));

    [Theory]
    [InlineData("Mila Varga, a trader at Oslo-based Tollan Securities Ltd, said stocks were low.", "ORG Tollan Securities Ltd=Tollan Securities Ltd")]
    [InlineData("The award went to State-owned Brisko Mining Corp after a long tender.", "ORG Brisko Mining Corp=Brisko Mining Corp")]
    public void A_compound_adjective_before_an_organization_is_not_part_of_its_name(string text, string expected) =>
        Assert.Contains(expected, Names(text), StringComparison.Ordinal);

    [Theory]
    [InlineData("The Ministry of Mines and Energy issued the permits late on a quiet afternoon.", "ORG Ministry of Mines and Energy=Ministry of Mines and Energy")]
    [InlineData("Officials from the Department of Health, Labour and Welfare attended the meeting as observers.", "ORG Department of Health, Labour and Welfare=Department of Health, Labour and Welfare")]
    [InlineData("The Office of Science and Technology Policy wrote most of the plan that was adopted.", "ORG Office of Science and Technology Policy=Office of Science and Technology Policy")]
    [InlineData("The Centre for Resource Studies published a note on the supply of the metal.", "ORG Centre for Resource Studies=Centre for Resource Studies")]
    [InlineData("The Task Force on Supply Chains met twice before the summer and then stopped.", "ORG Task Force on Supply Chains=Task Force on Supply Chains")]
    [InlineData("The shares of Baltic Tin & Zinc Ltd rose sharply in early trade on the news.", "ORG Baltic Tin & Zinc Ltd=Baltic Tin & Zinc Ltd")]
    public void Organization_names_keep_their_complement(string text, string expected) =>
        Assert.Equal(expected, Names(text));

    // company forms of many countries, and the heads of shipping, freight and price-reporting firms
    [Theory]
    [InlineData("Revenue at Varrow Para Rubber Pcl fell in the quarter.", "ORG Varrow Para Rubber Pcl=Varrow Para Rubber Pcl")]
    [InlineData("Trading in Oskel Steel Pvt shares was halted on the day.", "ORG Oskel Steel Pvt=Oskel Steel Pvt")]
    [InlineData("The cargo was fixed by Brisko Chartering on the morning.", "ORG Brisko Chartering=Brisko Chartering")]
    [InlineData("Samples were checked by Tollan Cargo Surveyors before loading.", "ORG Tollan Cargo Surveyors=Tollan Cargo Surveyors")]
    // a plural noun that opens the sentence is no part of the name after it
    [InlineData("Shares of Oskel Steel Pvt were not traded on the day.", "ORG Oskel Steel Pvt=Oskel Steel Pvt")]
    [InlineData("Exports of Brisko Mining Corp fell by half.", "ORG Brisko Mining Corp=Brisko Mining Corp")]
    public void Company_forms_and_trade_heads_end_an_organization(string text, string expected) =>
        Assert.Equal(expected, Names(text));

    // A company whose results call is named is an organization, whatever its name is made of.
    [Theory]
    [InlineData("Good morning, and welcome to the Velmar Oskelsys first-quarter 2026 earnings conference call.", "ORG Velmar Oskelsys=Velmar Oskelsys")]
    [InlineData("Velmar Oskelsys second-quarter 2026 results conference call, held on a quiet morning.", "ORG Velmar Oskelsys=Velmar Oskelsys")]
    public void A_company_reporting_its_results_is_an_organization(string text, string expected) =>
        Assert.Equal(expected, Names(text));

    // A person named with the organization they are of is two names; an organization whose head comes before "of" is one.
    [Theory]
    [InlineData("Operator: Our first question comes from Hiroshi Takemura of Nishikaze Securities.", "PERSON Hiroshi Takemura=Hiroshi Takemura | ORG Nishikaze Securities=Nishikaze Securities")]
    [InlineData("Prices will stay high, said Maria Velmar of Oskel Copper Corp.", "PERSON Maria Velmar=Maria Velmar | ORG Oskel Copper Corp=Oskel Copper Corp")]
    [InlineData("The loan came from the Commonwealth Bank of Australia after a long tender.", "ORG Commonwealth Bank of Australia=Commonwealth Bank of Australia")]
    public void A_person_of_an_organization_is_two_names(string text, string expected) =>
        Assert.Equal(expected, Names(text));

    [Theory]
    [InlineData("The Ministry of Commerce and Brazil signed it after a long round of talks.", "ORG Ministry of Commerce=Ministry of Commerce")]
    [InlineData("The Ministry of Finance and the central bank agreed on the terms of the plan.", "ORG Ministry of Finance=Ministry of Finance")]
    public void A_list_is_no_complement_when_it_names_a_place_or_goes_on(string text, string expected) =>
        Assert.Equal(expected, Names(text));

    [Theory]
    [InlineData("“We are ready for this,” said Olga Petrenko, Minister of Forests and Mineral Resources.", "PERSON Olga Petrenko=Olga Petrenko")]
    [InlineData("Vice Minister of Mining Industries Tomas Ruiz arrived at the site on a rainy morning.", "PERSON Tomas Ruiz=Tomas Ruiz")]
    [InlineData("A delegation led by Vice-Minister Haruka Velmori will visit the kelp farms in July.", "PERSON Haruka Velmori=Haruka Velmori")]
    [InlineData("The letter was signed by Deputy-Governor Tomas Oskeli on Friday.", "PERSON Tomas Oskeli=Tomas Oskeli")]
    // the portfolio word that ends the complement is no part of the name
    [InlineData("Minister of Economic Affairs Lin Wei-ting welcomed the delegation.", "PERSON Lin Wei-ting=Lin Wei-ting")]
    [InlineData("Director-General for Trade Control Aiko Sorimachi arrived on Monday.", "PERSON Aiko Sorimachi=Aiko Sorimachi")]
    public void A_title_with_an_of_complement_is_not_an_organization(string text, string expected) =>
        Assert.Equal(expected, Names(text));

    [Theory]
    [InlineData("Chile's Minister of Mining, Industry and Energy, Ana Ferreira, opened the session.", "PERSON Ana Ferreira=Ana Ferreira")]
    [InlineData("The move was welcomed by the group and by its secretary-general, Joost Vermeer.", "PERSON Joost Vermeer=Joost Vermeer")]
    [InlineData("She met Peru's energy minister, Rosa Quispe, in Lima.", "PERSON Rosa Quispe=Rosa Quispe")]
    // a lower-case complement of the title: "vice minister of commerce, Name,"
    [InlineData("Talks are set with Peru's vice minister of commerce, Tan Weiliang, on Friday.", "PERSON Tan Weiliang=Tan Weiliang")]
    [InlineData("The plant will open in May, said chief executive Odette Lanier.", "PERSON Odette Lanier=Odette Lanier")]
    [InlineData("The loan was confirmed by chief financial officer Ravi Menon.", "PERSON Ravi Menon=Ravi Menon")]
    [InlineData("Supply is short, said Pham Van Ho Long of the trade desk.", "PERSON Pham Van Ho Long=Pham Van Ho Long")]
    // a style between the title and the name is no part of the name
    [InlineData("Trade Minister Datuk Seri Azlan Merah said the levy would stay.", "PERSON Azlan Merah=Azlan Merah")]
    [InlineData("The rule is final, Energy Minister Alhaji Musa Kabiru Bello told reporters.", "PERSON Musa Kabiru Bello=Musa Kabiru Bello")]
    public void A_title_before_the_name_marks_a_person(string text, string expected) =>
        Assert.Equal(expected, Names(text));

    [Theory]
    [InlineData("Output fell in Kirra, the district that makes most of the alloy.")]
    [InlineData("The plant is near Tolvo, a town on the coast.")]
    [InlineData("MARKET VIEW")]
    [InlineData("BATTERY METALS WEEKLY: prices eased again")]
    public void Places_and_shouted_words_are_not_names(string text) => Assert.Equal("", Names(text));

    [Theory]
    [InlineData("PVC prices fell for a third week as converters in Oskel held off.")]
    [InlineData("Buyers said LLDPE and HDPE film were plentiful, while PET flakes were scarce.")]
    [InlineData("Exports of PP and MEG rose in the quarter.")]
    public void Plastics_abbreviations_are_goods_not_organizations(string text) => Assert.Equal("", Names(text));

    [Theory]
    [InlineData("Westbound exports jumped 10.4 percent to 1,653,158 TEUs in the quarter.")]
    [InlineData("Storage held 450 GWh and the terminal moves 3 MMBtu a second.")]
    public void Units_after_an_amount_are_not_organizations(string text) => Assert.Equal("", Names(text));

    [Theory]
    // a plural possessive inside a name does not end it
    [InlineData("The Velmar Cable Exporters' Association asked for a quota.", "ORG Velmar Cable Exporters' Association=Velmar Cable Exporters' Association")]
    [InlineData("A spokesman for the Oskel Alloy Producers’ Council said prices fell.", "ORG Oskel Alloy Producers’ Council=Oskel Alloy Producers’ Council")]
    // an honorific with or without its dot, and the portfolio that ends a minister's title, are no part of the name
    [InlineData("The chairman, Mr. Tsiory Andriamanantena, welcomed the decision.", "PERSON Tsiory Andriamanantena=Tsiory Andriamanantena")]
    [InlineData("The President of the council, Mr Tsiory Andriamanantena, welcomed the decision.", "PERSON Tsiory Andriamanantena=Tsiory Andriamanantena")]
    [InlineData("The Minister of Trade and Industry, Dr. Yasmine Abdel-Meguid, has issued a decree.", "PERSON Yasmine Abdel-Meguid=Yasmine Abdel-Meguid")]
    [InlineData("\"Our mills come first,\" Minister of Industry and Construction Yerbol Kenzhegaliyev told reporters.", "PERSON Yerbol Kenzhegaliyev=Yerbol Kenzhegaliyev")]
    public void Possessives_honorifics_and_portfolios_at_the_edges_of_names(string text, string expected) =>
        Assert.Equal(expected, Names(text));

    // The name spotter alone: the gazetteer would claim these spans as places before an overlap is resolved.
    private static string SpottedNames(string text) =>
        TestDocuments.Show(new NameSpotter(Lexicons).Spot(TestDocuments.Make(text)));

    [Theory]
    [InlineData("Prices were flat, according to Hong Kong.", "")]
    [InlineData("Prices were flat, according to Kestrel Research.", "ORG Kestrel Research=Kestrel Research")]
    public void A_run_of_place_words_is_no_organization_named_by_its_context(string text, string expected) =>
        Assert.Equal(expected, SpottedNames(text));

    [Theory]
    [InlineData("Lima Ortega said the plant would reopen in the spring.", "")]
    [InlineData("Ana Ortega said the plant would reopen in the spring.", "PERSON Ana Ortega=Ana Ortega")]
    public void A_run_that_holds_a_place_name_is_no_person_by_its_context(string text, string expected) =>
        Assert.Equal(expected, SpottedNames(text));

    [Theory]
    [InlineData("Acme Metals Names Jane Doe Chief Executive", "")]
    [InlineData("Brazil's Mines Minister, Paulo Mendes, Visits Tokyo Plant", "")]
    [InlineData("Brazil's Minister of Mines, Paulo Mendes, visited the Tokyo plant.", "PERSON Paulo Mendes=Paulo Mendes")]
    public void Title_case_lines_are_headlines_but_a_closing_stop_makes_prose(string text, string expected) =>
        Assert.Equal(expected, Names(text));

    [Theory]
    [InlineData("By Selma Ortega, Senior Fellow, Harwick Institute for Trade Policy", "PERSON Selma Ortega=Selma Ortega | ORG Harwick Institute for Trade Policy=Harwick Institute for Trade Policy")]
    [InlineData("By Jon Ekberg and the markets desk", "PERSON Jon Ekberg=Jon Ekberg")]
    public void A_byline_names_its_author(string text, string expected) => Assert.Equal(expected, Names(text));

    [Theory]
    [InlineData("Velmora, the Lyon-based chemicals group, will build a refinery near the coast.", "ORG Velmora=Velmora")]
    [InlineData("Prices were set by Quorra, a small trading house, on the first day of the month.", "ORG Quorra=Quorra")]
    [InlineData("Officials at the Office National des Mines Rurales (ONMR) issued the permits in the spring.", "ORG Office National des Mines Rurales=Office National des Mines Rurales | ORG ONMR=ONMR")]
    [InlineData("The deal was signed with the Agencia Nacional del Litio (ANL) after a long review.", "ORG Agencia Nacional del Litio=Agencia Nacional del Litio | ORG ANL=ANL")]
    [InlineData("The refinery will be built in partnership with Korrin Graphite Ltd.", "ORG Korrin Graphite Ltd=Korrin Graphite Ltd")]
    public void Organizations_named_by_apposition_acronym_or_legal_form(string text, string expected) =>
        Assert.Equal(expected, Names(text));

    [Theory]
    [InlineData("Bruno Keller, a metals trader, said the market was thin.", "PERSON Bruno Keller=Bruno Keller")]
    [InlineData("The talks ended with Lucia Ferro (LF) in charge of the file.", "ORG LF=LF")]
    public void Appositions_and_acronyms_that_do_not_make_organizations(string text, string expected) =>
        Assert.Equal(expected, Names(text));

    [Theory]
    [InlineData("\"We cannot wait for the permits,\" Irene Dufresne, Velmora's chief executive, said in an interview.", "PERSON Irene Dufresne=Irene Dufresne")]
    [InlineData("The plan was presented by Tomas Gale, the agency's head of research, on Monday morning.", "PERSON Tomas Gale=Tomas Gale")]
    public void An_employer_and_title_in_apposition_mark_a_person(string text, string expected) =>
        Assert.Equal(expected, Names(text));

    [Theory]
    [InlineData("Brennick Magnetics Corp said output rose in the quarter.\nBrennick expects more orders next year.\nThe shares of Brennick Magnetics rose after the results were published.",
        "ORG Brennick Magnetics Corp=Brennick Magnetics Corp | ORG Brennick=Brennick | ORG Brennick Magnetics=Brennick Magnetics")]
    [InlineData("Orlin Mining Group said output rose in the quarter.\nThe mine lies in Orlin, a town on the river.",
        "ORG Orlin Mining Group=Orlin Mining Group")]
    [InlineData("Golden Crest Metals said output rose in the quarter.\nGolden prices were a golden chance for the miners.",
        "ORG Golden Crest Metals=Golden Crest Metals")]
    public void Companies_named_again_by_a_shorter_form(string text, string expected) =>
        Assert.Equal(expected, Names(text));

    [Theory]
    [InlineData("Exports of nickel pig iron (NPI) rose, and NPI prices followed them up over the month.", "")]
    [InlineData("Plants using direct lithium extraction (DLE) need less land, and DLE pilots are spreading.", "")]
    [InlineData("The Nordic Metals Council (NMC) said NMC members would meet in the spring.", "ORG Nordic Metals Council=Nordic Metals Council | ORG NMC=NMC | ORG NMC=NMC")]
    public void An_acronym_defined_as_a_lower_case_term_is_no_organization(string text, string expected) =>
        Assert.Equal(expected, Names(text));

    [Theory]
    [InlineData("Delegates met at the Central Planning Office Building in the capital on a cold morning.")]
    [InlineData("The annual Pacific Rare Metals Conference opened with a speech on the supply of cobalt.")]
    [InlineData("Officials attended the second Baltic Critical Minerals Dialogue in the spring of that year.")]
    public void A_building_or_an_event_named_after_an_organization_is_no_organization(string text) =>
        Assert.Equal("", Names(text));

    // "and" inside an organization's name: two nouns before its head, after "the", a place word or a portfolio;
    // two names stay two; a spaced ampersand joins a firm's or a publication's name
    [Theory]
    [InlineData("The Velmar Coil and Sheet Mills Association welcomed the duty.", "ORG Velmar Coil and Sheet Mills Association=Velmar Coil and Sheet Mills Association")]
    [InlineData("A spokesperson for the Norwegian Kelp and Dulse Directorate declined to comment.", "ORG Norwegian Kelp and Dulse Directorate=Norwegian Kelp and Dulse Directorate")]
    [InlineData("Permits were issued by the Mines and Geology Bureau last week.", "ORG Mines and Geology Bureau=Mines and Geology Bureau")]
    [InlineData("Aina Berg, director of the Union of Rare and Minor Metal Producers, spoke.", "ORG Union of Rare and Minor Metal Producers=Union of Rare and Minor Metal Producers")]
    [InlineData("She talked to Kelp & Cargo about the new permits.", "ORG Kelp & Cargo=Kelp & Cargo")]
    // two trades joined by "and" are one company's, even after a head of its own
    [InlineData("Kasumi Mining and Smelting Co said output fell in the quarter.", "ORG Kasumi Mining and Smelting Co=Kasumi Mining and Smelting Co")]
    [InlineData("Anna Velm, chief executive of Oskar Mining and Metals, said so.", "ORG Oskar Mining and Metals=Oskar Mining and Metals")]
    public void And_inside_an_organization_name(string text, string expected) =>
        Assert.Contains(expected, Names(text), StringComparison.Ordinal);

    [Theory]
    [InlineData("The Velmar and Brisko Development Bank loans were cut, said Aina Berg.")]
    [InlineData("Loans from the Velmar and Brisko Development Bank were cut, said Aina Berg.")]
    [InlineData("The IMF and World Bank disagreed with the ministry on the new kelp quota.")]
    // a proper word after "and" opens another company's name
    [InlineData("The deal between Velmar Mining and Brisko Resources was signed in the spring.")]
    public void Two_organizations_joined_by_and_stay_two(string text) =>
        Assert.DoesNotContain(" and ", Names(text), StringComparison.Ordinal);

    // a portfolio the lexicon lacks still closes a minister's complement; "Harbour Master" is a title
    [Theory]
    [InlineData("The Minister of Forests and Wildlife Aina Berg said exports would stop.", "PERSON Aina Berg=Aina Berg")]
    [InlineData("Harbour Master Aina Berg said the port would close.", "PERSON Aina Berg=Aina Berg")]
    [InlineData("The Undersecretary, Noor bint Hamad Al-Kelbani, told the council it was modest.", "PERSON Noor bint Hamad Al-Kelbani=Noor bint Hamad Al-Kelbani")]
    public void Portfolios_port_titles_and_name_connectors(string text, string expected) =>
        Assert.Equal(expected, Names(text));

    // One name is one kind of party in a document: the label of its first mention, for names of several words.
    [Theory]
    [InlineData(EntityLabel.PERSON, EntityLabel.ORG, "PERSON Lio Banda=Lio Banda | PERSON Lio Banda=Lio Banda")]
    [InlineData(EntityLabel.ORG, EntityLabel.PERSON, "ORG Lio Banda=Lio Banda | ORG Lio Banda=Lio Banda")]
    public void A_name_of_several_words_keeps_the_label_of_its_first_mention(EntityLabel first, EntityLabel second, string expected)
    {
        const string text = "President Lio Banda spoke first. Later Lio Banda said no.";
        var entities = new List<Entity> { new(first, "Lio Banda", 10, 19, "Lio Banda", "test"), new(second, "Lio Banda", 39, 48, "Lio Banda", "test") };
        Assert.Equal(expected, TestDocuments.Show(new NameResolver(Lexicons).Resolve(text, entities)));
    }

    [Fact]
    public void A_surname_read_as_an_organization_is_the_person_named_in_full_before()
    {
        const string text = "President Lio Banda spoke first. Later Banda said no.";
        var entities = new List<Entity> { new(EntityLabel.PERSON, "Lio Banda", 10, 19, "Lio Banda", "test"), new(EntityLabel.ORG, "Banda", 39, 44, "Banda", "test") };
        Assert.Equal("PERSON Lio Banda=Lio Banda | PERSON Banda=Lio Banda", TestDocuments.Show(new NameResolver(Lexicons).Resolve(text, entities)));
    }

    [Fact]
    public void A_one_word_name_keeps_each_label_it_was_given()
    {
        const string text = "Banda spoke first. Later Banda said no.";
        var entities = new List<Entity> { new(EntityLabel.PERSON, "Banda", 0, 5, "Banda", "test"), new(EntityLabel.ORG, "Banda", 25, 30, "Banda", "test") };
        Assert.Equal("PERSON Banda=Banda | ORG Banda=Banda", TestDocuments.Show(new NameResolver(Lexicons).Resolve(text, entities)));
    }
}
