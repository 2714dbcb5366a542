using NewsExtract.Annotation;
using NewsExtract.Extraction;
using NewsExtract.Extraction.Decisions;
using NewsExtract.Extraction.Rules;

namespace NewsExtract.Tests.Extraction;

/// <summary>official_role and meeting phrasings of the recall-first candidates, on invented sentences.</summary>
public sealed class RoleAndMeetingPhrasingTests
{
    // Capitals the tagger may read as their government still name the city where people meet.
    private static readonly PlaceKnowledge Places = new(
        Markup.Places.CountryOfDemonym,
        Markup.Places.IsCity,
        Markup.Places.IsState,
        written => written is "Brussels" or "Geneva" or "Seoul" ? written : Markup.Places.Canonical(written));

    private static readonly ExtractionLexicons Lexicons = ExtractionLexicons.Load(Places);

    private static IReadOnlyList<Fact> Roles(string markup) =>
        new OfficialRoleExtractor(Lexicons).Extract(Markup.Parse(markup)).ToList();

    private static IReadOnlyList<Fact> Meetings(string markup, DateOnly? published = null)
    {
        var parsed = Markup.Parse(markup);
        var article = parsed.Document.Article with { Published = published };
        var document = parsed with { Document = parsed.Document with { Article = article } };
        return new FactMerger().Merge(new MeetingExtractor(Lexicons).Extract(document)).ToList();
    }

    // The rules' own lexicons, whose capitals stand for their states (Markup.Places), for the dateline.
    private static IReadOnlyList<Fact> RolesWithCapitals(string markup) =>
        new OfficialRoleExtractor(Markup.Lexicons).Extract(Markup.Parse(markup)).ToList();

    [Theory]
    // a participant list sets the title off with a dash
    [InlineData("[Portova Kelp|ORG] results call\n- [Anna Oskel|PERSON] — Chief Executive Officer", "Anna Oskel", "Chief Executive Officer", "Portova Kelp")]
    // a government office in a story datelined in a capital that names no state is that state's
    [InlineData("[LIMA|GPE|Lima], [March 4|DATE|2031-03-04] - The Minister of Forests and Wildlife [Anna Oskel|PERSON] said log exports would stop.", "Anna Oskel", "Minister of Forests and Wildlife", "Peru")]
    public void A_role_set_off_by_a_dash_or_served_in_the_dateline_state(string markup, string person, string title, string place) =>
        AssertRole(RolesWithCapitals(markup), person, title, place);

    [Theory]
    // a role told with a verb and its owner's possessive; one held before is a former one
    [InlineData("[Anna Oskel|PERSON] has been [Peru|GPE]'s Minister of Mines and Energy since [July 2030|DATE|2030-07].", "Anna Oskel", "Minister of Mines and Energy", "Peru")]
    [InlineData("[Anna Oskel|PERSON] is [Peru|GPE]'s trade minister.", "Anna Oskel", "trade minister", "Peru")]
    [InlineData("[Anna Oskel|PERSON] was [Peru|GPE]'s Minister of Energy from 2024 to 2029.", "Anna Oskel", "former Minister of Energy", "Peru")]
    public void A_role_told_with_a_verb_and_its_owner(string markup, string person, string title, string place) =>
        AssertRole(Roles(markup), person, title, place);

    [Theory]
    // a title whose complement says where the office is, "at" or "in" an organization, before the name in apposition;
    // a title word of another clause is passed over for the one whose complement ends at the name
    [InlineData("The chief economist at [Velmar Bank|ORG], [Anna Oskel|PERSON], said the rule was final.", "Anna Oskel", "chief economist", "Velmar Bank")]
    [InlineData("The permanent secretary in the [Ministry of Commerce|ORG], [Anna Oskel|PERSON], said the rule was final.", "Anna Oskel", "permanent secretary", "Ministry of Commerce")]
    [InlineData("The fund took a stake in [Brisko Magnetics|ORG] in [July|DATE|2031-07], and Deputy Assistant Secretary of Defense [Anna Oskel|PERSON] told a hearing about it.", "Anna Oskel", "Deputy Assistant Secretary of Defense", "")]
    public void A_title_served_at_an_organization_before_the_name(string markup, string person, string title, string place) =>
        AssertRole(Roles(markup), person, title, place);

    [Fact]
    public void A_rank_is_no_office() =>
        Assert.Empty(Roles("[Anna Oskel|PERSON] is [Peru|GPE]'s largest kelp trader."));

    [Theory]
    [InlineData("[Priya Raman|PERSON], an analyst at [Harbour Securities|ORG], said stocks were thin.", "Priya Raman", "analyst", "Harbour Securities")]
    [InlineData("[Tomas Weber|PERSON], a copper trader at [Lindqvist Metals|ORG] in [London|GPE], expects a rebound.", "Tomas Weber", "copper trader", "Lindqvist Metals")]
    [InlineData("[Ana Duarte|PERSON], portfolio manager with [Serra Capital|ORG], sold early.", "Ana Duarte", "portfolio manager", "Serra Capital")]
    [InlineData("[Ivo Marek|PERSON], a [Geneva|GPE]-based broker at [Alpstone Commodities|ORG], said bids were thin.", "Ivo Marek", "broker", "Alpstone Commodities")]
    [InlineData("[Ruth Okafor|PERSON], president of the Lagoon Cocoa Growers' Union, called the plan late.", "Ruth Okafor", "president", "Lagoon Cocoa Growers' Union")]
    [InlineData("[Mei Tan|PERSON], a buyer at Harrow Pipe Works in [Tokyo|GPE], cut her order.", "Mei Tan", "buyer", "Harrow Pipe Works")]
    [InlineData("[Rosa Lind|PERSON], who became chief executive in March, opened the plant.", "Rosa Lind", "chief executive", "")]
    [InlineData("[Noor Hadi|PERSON], [Velora Mining|ORG]'s mines minister, disagreed.", "Noor Hadi", "mines minister", "Velora Mining")]
    [InlineData("[Shen Wei|PERSON], a spokesperson for the ministry, told a briefing it was final.", "Shen Wei", "spokesperson", "")]
    // the owner named inside the complement, after the title
    [InlineData("[Ada Moss|PERSON], a spokeswoman for [Peru|GPE]'s trade ministry, said the rule was final.", "Ada Moss", "spokeswoman", "Peru")]
    // words that say what the employer is, between the preposition and its name
    [InlineData("[Ivo Marek|PERSON], purchasing director at [Geneva|GPE]-based stainless steel maker [Alpstone Alloys|ORG], said: \"We have stock.\"", "Ivo Marek", "purchasing director", "Alpstone Alloys")]
    [InlineData("[Ruth Okafor|PERSON], director general of trade body Lagoon Steel Makers [Peru|GPE], said: \"This is late.\"", "Ruth Okafor", "director general", "Lagoon Steel Makers Peru")]
    // a department's complement stays whole, and a state named at its end is the place served
    [InlineData("[Mei Tan|PERSON], head of gas research at [Harrow Energy Analytics|ORG] in [Tokyo|GPE], said bids were thin.", "Mei Tan", "head of gas research", "Harrow Energy Analytics")]
    [InlineData("[Kim Soo-ah|PERSON], Vice Minister of Trade, Industry and Energy of the [Republic of Korea|GPE|South Korea], led the delegation.", "Kim Soo-ah", "Vice Minister of Trade, Industry and Energy", "South Korea")]
    // a state right after the article owns the title, with no possessive; an initialism's dots end nothing
    [InlineData("Officials met [Harriet Vane|PERSON], the [U.S.|GPE|United States] Assistant Secretary of Commerce for Export Administration, in [Taipei|GPE].", "Harriet Vane", "Assistant Secretary of Commerce for Export Administration", "United States")]
    [InlineData("Officials met [Harriet Vane|PERSON], the [Kesland|GPE] trade envoy, on Monday.", "Harriet Vane", "trade envoy", "Kesland")]
    [InlineData("[Anna Oskel|PERSON], a partner at [Portova Advisory|ORG], said the rule would push kelp toward smugglers.", "Anna Oskel", "partner", "Portova Advisory")]
    // a complement with a preposition of its own before the employer: the employer follows the last one
    [InlineData("\"No one wins,\" said [Ines Varga|PERSON], head of gas analytics at [Oslo|GPE]-based Fjellgard Analyse.", "Ines Varga", "head of gas analytics", "Fjellgard Analyse")]
    // a speaker label's title in brackets, and an employer whose place of many words is written before it
    [InlineData("[Ana Quispe|PERSON] (Minister of Fisheries): Thank you.", "Ana Quispe", "Minister of Fisheries", "")]
    [InlineData("[Ana Quispe|PERSON], managing director of Puerto de la Cruz-based [Kelp Andina|ORG], said stocks were thin.", "Ana Quispe", "managing director", "Kelp Andina")]
    public void A_role_after_the_name(string markup, string person, string title, string place) =>
        AssertRole(Roles(markup), person, title, place);

    [Theory]
    [InlineData("\"No one wins,\" said [Joost Maas|PERSON], who heads the trade desk at [Brightwell Energy|ORG].", "Joost Maas", "head of the trade desk", "Brightwell Energy")]
    [InlineData("[Lea Vogt|PERSON] heads battery sourcing at [Nordkamm Motors|ORG], a carmaker.", "Lea Vogt", "head of battery sourcing", "Nordkamm Motors")]
    [InlineData("[Kofi Mensah|PERSON] has been managing director of [Tano Grinders Ltd|ORG] since 2019.", "Kofi Mensah", "managing director", "Tano Grinders Ltd")]
    [InlineData("[Radka Velmar|PERSON] is chief executive of [Brisko Foods|ORG], which makes kelp meal at two plants.", "Radka Velmar", "chief executive", "Brisko Foods")]
    // the title word before the complement of a title told with "is"
    [InlineData("[Mara Lavoie|PERSON] is head of power and fuels research at [Bowvalley Energy Research|ORG] in [Calgary|GPE].", "Mara Lavoie", "head of power and fuels research", "Bowvalley Energy Research")]
    public void A_role_told_with_a_verb(string markup, string person, string title, string place) =>
        AssertRole(Roles(markup), person, title, place);

    [Theory]
    [InlineData("[Quarry Holdings|ORG]'s chief executive [Selma Berg|PERSON] declined to comment.", "Selma Berg", "chief executive", "Quarry Holdings")]
    [InlineData("Output will fall, mines minister [Tendai Moyo|PERSON] told reporters.", "Tendai Moyo", "mines minister", "")]
    [InlineData("Prices will ease, said chief economist [Dara Flynn|PERSON].", "Dara Flynn", "chief economist", "")]
    [InlineData("[Peru|GPE]'s Agriculture Minister [Luz Rojas|PERSON] met growers.", "Luz Rojas", "Agriculture Minister", "Peru")]
    [InlineData("\"We act now,\" the [European Union|GPE]'s foreign policy chief, [Anna Sorel|PERSON], said.", "Anna Sorel", "foreign policy chief", "European Union")]
    [InlineData("[Chad|GPE]'s Minister of State for Oil Resources, [Idris Mahamat|PERSON], arrived late.", "Idris Mahamat", "Minister of State for Oil Resources", "Chad")]
    [InlineData("The rule stands, Director General [Omar Haddad|PERSON] told reporters.", "Omar Haddad", "Director General", "")]
    [InlineData("The levy is fair, said Fisheries Secretary [Lina Park|PERSON].", "Lina Park", "Fisheries Secretary", "")]
    // an honorific between the title and the name; a complement in lower case before an apposition
    [InlineData("The Minister of Agriculture, Hon. [Temba Dube|PERSON], MP, said the crop was large.", "Temba Dube", "Minister of Agriculture", "")]
    [InlineData("Permanent Secretary, Dr. [Lina Park|PERSON], said the permits would follow.", "Lina Park", "Permanent Secretary", "")]
    [InlineData("Trade Minister Datuk Seri [Azlan Merah|PERSON] said the levy would stay.", "Azlan Merah", "Trade Minister", "")]
    [InlineData("Energy Minister Alhaji [Musa Bello|PERSON] said the ban would stay.", "Musa Bello", "Energy Minister", "")]
    [InlineData("She will meet [Chad|GPE]'s minister of mineral resources, [Idris Mahamat|PERSON], on Friday.", "Idris Mahamat", "minister of mineral resources", "Chad")]
    // a complement naming an organization of the sentence is whom the title serves; "the ministry" refers back to one
    [InlineData("A spokesperson for the [Ministry of Mines|ORG], [Lina Park|PERSON], said the rule stands.", "Lina Park", "spokesperson", "Ministry of Mines")]
    [InlineData("Deputy Director of the [Bureau of Tariffs|ORG] [Omar Haddad|PERSON] told reporters.", "Omar Haddad", "Deputy Director", "Bureau of Tariffs")]
    // an owner before the organization served, a body's name the tagger missed, a qualifier joined to the head
    [InlineData("A spokesperson for [Kesland|GPE]'s [Ministry of Mines and Energy|ORG], [Chea Lin|PERSON], said the rule stands.", "Chea Lin", "spokesperson", "Ministry of Mines and Energy")]
    [InlineData("Shipments resume in October, a spokesperson for the Petroleum Ministry, [Medo Sarr|PERSON], said.", "Medo Sarr", "spokesperson", "Petroleum Ministry")]
    [InlineData("They met [Kesland|GPE]'s Vice-Minister of the Economy and Innovation, [Aiste Jukne|PERSON], in Vilnius.", "Aiste Jukne", "Vice-Minister of the Economy and Innovation", "Kesland")]
    public void A_role_before_the_name(string markup, string person, string title, string place) =>
        AssertRole(Roles(markup), person, title, place);

    // Outlets that write titles in lower case, and a head with its qualifier after it ("Director General").
    [Theory]
    [InlineData("The letter went to director general of foreign trade [Omar Haddad|PERSON] on Sunday.", "Omar Haddad", "director general of foreign trade", "")]
    [InlineData("He spoke with secretary of state [Lina Park|PERSON] by phone.", "Lina Park", "secretary of state", "")]
    [InlineData("The letter went to Director General of Kelp Trade [Omar Haddad|PERSON] on Sunday.", "Omar Haddad", "Director General of Kelp Trade", "")]
    [InlineData("The floor stays, [Lina Park|PERSON], secretary-general of the [Kelp Council|ORG], said.", "Lina Park", "secretary-general", "Kelp Council")]
    public void A_title_in_lower_case_or_with_its_qualifier_after_the_head(string markup, string person, string title, string place) =>
        AssertRole(Roles(markup), person, title, place);

    [Fact]
    public void A_title_set_off_before_and_is_the_first_persons_not_the_next()
    {
        var roles = Roles("Talks were held between a delegation led by [Omar Haddad|PERSON], the [Kelp Board|ORG]'s undersecretary for regulations, "
            + "and [Lina Park|PERSON], director-general for plant quarantine at the ministry.");
        Assert.Contains(roles, r => r.Subject == "Omar Haddad" && r.Object == "undersecretary for regulations");
        Assert.DoesNotContain(roles, r => r.Subject == "Lina Park" && r.Object.Contains("regulations", StringComparison.Ordinal));
    }

    [Fact]
    public void A_state_a_quote_names_is_not_the_one_an_official_serves()
    {
        var role = Assert.Single(Roles("[Velmar|GPE] tightened its rules.\n\"The [Oskel|GPE] government's strategy is the threat,\" said Secretary of Commerce [Lina Park|PERSON]."));
        Assert.Equal(("Lina Park", "Velmar"), (role.Subject, role.Place));
    }

    [Theory]
    [InlineData("[Peru|GPE] will cap copper exports.\nThe cap is temporary, Trade Minister [Luz Rojas|PERSON] said.", "Peru")]
    [InlineData("[Quarry Holdings|ORG] posted a loss.\n\"We will recover,\" said chief executive [Selma Berg|PERSON].", "Quarry Holdings")]
    [InlineData("Profits at [Hanley Anode Materials|ORG] doubled.\n[Selma Berg|PERSON], chief executive of [Hanley|ORG], was pleased.", "Hanley Anode Materials")]
    [InlineData("The [Nordic Magnet Users Alliance|ORG] ([NMUA|ORG]) met.\n[Selma Berg|PERSON], [NMUA|ORG]'s secretary-general, spoke.", "Nordic Magnet Users Alliance")]
    public void The_place_served_comes_from_context(string markup, string place) =>
        Assert.Equal(place, Assert.Single(Roles(markup)).Place);

    [Fact]
    public void Each_role_without_a_place_takes_the_nearest_one_named_before_it()
    {
        var roles = Roles("[Peru|GPE] will cap copper exports.\nThe cap is temporary.\nTrade Minister [Luz Rojas|PERSON] said so."
            + "\nMining Minister [Ana Vidal|PERSON] agreed.\nChief executive [Selma Berg|PERSON] of [Quarry Holdings|ORG] did not.\nBuyers waited."
            + "\n[Chile|GPE] objected.\nNothing moved.\nForeign Minister [Tomas Rey|PERSON] spoke.\nChief financial officer [Ivo Lind|PERSON] left.");
        Assert.Equal(
            [("Luz Rojas", "Peru"), ("Ana Vidal", "Peru"), ("Selma Berg", "Quarry Holdings"), ("Tomas Rey", "Chile"), ("Ivo Lind", "Quarry Holdings")],
            roles.Select(r => (r.Subject, r.Place)));
    }

    [Theory]
    [InlineData("[Dara Flynn|PERSON], who owns a bakery, spoke first.")]
    [InlineData("[Dara Flynn|PERSON] heads home on Friday.")]
    public void No_role_without_a_title(string markup) => Assert.Empty(Roles(markup));

    private static void AssertRole(IReadOnlyList<Fact> facts, string person, string title, string place)
    {
        var fact = Assert.Single(facts);
        Assert.Equal((FactTypes.OfficialRole, person, "holds_title", title, place), (fact.FactType, fact.Subject, fact.Relation, fact.Object, fact.Place));
        // Kept by the rules alone, not left to the fact scorer.
        Assert.True(fact.Confidence >= RuleDecider.MinConfidence, $"confidence {fact.Confidence}");
    }

    [Theory]
    [InlineData("Ministers from [Chad|GPE] and [Niger|GPE] will meet in [Geneva|GPE] on [March 18|DATE|2026-03-18].", "Geneva", "2026-03-18", "meets")]
    [InlineData("The next round will take place in [Geneva|GPE] on [March 18|DATE|2026-03-18].", "Geneva", "2026-03-18", "talks")]
    [InlineData("Her deputy is due to talk through the plan with [Chad|GPE] in [Seoul|GPE] on [March 18|DATE|2026-03-18].", "Seoul", "2026-03-18", "talks")]
    [InlineData("A delegation from [Chad|GPE] was received in [Brussels|GPE|European Union] on [March 18|DATE|2026-03-18].", "Brussels", "2026-03-18", "meets")]
    [InlineData("**[Geneva|GPE|Switzerland], [March 18|DATE|2026-03-18]:** members meet on food curbs.", "Geneva", "2026-03-18", "meets")]
    [InlineData("On [18 March|DATE|2026-03-18], the minister held a videoconference with officials of [Chad|GPE] to align positions on tariffs.", "", "2026-03-18", "meets")]
    [InlineData("On [18 March|DATE|2026-03-18], the minister held a phone call with her counterpart from [Chad|GPE] on the kelp levy.", "", "2026-03-18", "talks")]
    [InlineData("A telephone call between the trade ministers of [Chad|GPE] and [Niger|GPE] on [18 March|DATE|2026-03-18] settled the quota.", "", "2026-03-18", "talks")]
    [InlineData("The trade minister of [Chad|GPE] spoke by phone on [18 March|DATE|2026-03-18] with her counterpart from [Niger|GPE].", "", "2026-03-18", "talks")]
    [InlineData("Good morning from [Geneva|GPE], where trade ministers from [Chad|GPE] and [Niger|GPE] meet on [March 18|DATE|2026-03-18].", "Geneva", "2026-03-18", "meets")]
    public void A_meeting_in_varied_phrasings(string markup, string city, string date, string relation)
    {
        var fact = Assert.Single(Meetings(markup));
        Assert.Equal((city, date, relation), (fact.Place, fact.Date, fact.Relation));
    }

    // How near the date is counts from the cue's words, however many: "video call" is no further from its date than "met".
    [Fact]
    public void A_date_near_a_cue_of_two_words_is_near()
    {
        var fact = Assert.Single(Meetings("The kelp minister held a video call with senior officials from [Chile|GPE] on [November 4|DATE|2026-11-04]."));
        Assert.True(fact.Confidence >= 0.6, $"confidence {fact.Confidence}");
    }

    // A venue named after its city is in that city, though no one wrote "in Varrow".
    [Fact]
    public void A_venue_named_after_its_city_is_in_that_city()
    {
        var places = Places with
        {
            IsCity = name => name == "Varrow" || Places.IsCity(name),
            Canonical = written => written == "Varrow" ? "Varrow" : Places.Canonical(written),
        };
        var fact = Assert.Single(new FactMerger().Merge(new MeetingExtractor(ExtractionLexicons.Load(places))
            .Extract(Markup.Parse("Officials from [Chile|GPE] and [Peru|GPE] will hold talks on kelp smuggling at the Varrow International Conference Centre in [November|DATE|2031-11]."))));
        Assert.Equal(("Varrow", "Varrow International Conference Centre"), (fact.Place, fact.Object));
    }

    [Fact]
    public void A_town_the_gazetteer_lacks_where_people_meet_is_the_city_not_a_party()
    {
        // Only the countries are states here: "Varrow" is a town no lexicon knows.
        var places = Places with { IsState = name => name is "Chile" or "Peru" };
        var facts = new FactMerger().Merge(new MeetingExtractor(ExtractionLexicons.Load(places))
            .Extract(Markup.Parse("[Chilean|X] and [Peruvian|X] officials are due to meet in [Varrow|GPE] on [March 3|DATE|XXXX-03-03]."
                .Replace("[Chilean|X]", "Chilean", StringComparison.Ordinal).Replace("[Peruvian|X]", "Peruvian", StringComparison.Ordinal)))).ToList();
        var fact = Assert.Single(facts);
        Assert.Equal(("Varrow", "XXXX-03-03"), (fact.Place, fact.Date));
        Assert.DoesNotContain("Varrow", fact.Subject, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ministers met at the Verdant Hall in [Brussels|GPE] on [Monday|DATE|].", "2026-02-23")]
    [InlineData("Ministers will meet in [Brussels|GPE] on [Thursday|DATE|].", "2026-02-26")]
    public void A_weekday_reads_against_the_published_date(string markup, string date) =>
        Assert.Equal(date, Assert.Single(Meetings(markup, new DateOnly(2026, 2, 24))).Date);

    [Fact]
    public void Who_is_named_in_the_background_after_the_meeting_is_not_at_it()
    {
        var fact = Assert.Single(Meetings("Ministers of [Chad|GPE] and [Niger|GPE] met in [Geneva|GPE] on [March 18|DATE|2026-03-18] "
            + "amid concern about [Peru|GPE]'s tariff threats."));
        Assert.Equal("Chad; Niger", fact.Subject);
    }

    [Fact]
    public void A_capital_as_a_government_is_a_party_not_the_city()
    {
        var fact = Assert.Single(Meetings("[Seoul|GPE|South Korea] said its envoy met officials in [Geneva|GPE] on [March 18|DATE|2026-03-18]."));
        Assert.Equal(("Geneva", "South Korea"), (fact.Place, fact.Subject));
    }

    // A portfolio of two title words joined by "and" is one title.
    [Theory]
    [InlineData("Deputy Trade and Industry Minister [Oskar Velmann|PERSON] said the kelp order stands.", "Deputy Trade and Industry Minister")]
    [InlineData("In a statement on Friday, Trade and Industry Minister, [Oskar Velmann|PERSON], said the order stands.", "Trade and Industry Minister")]
    [InlineData("The president and Trade Minister [Oskar Velmann|PERSON] met growers.", "Trade Minister")]
    public void Two_portfolios_joined_by_and_are_one_title(string markup, string title) =>
        Assert.Contains(Roles(markup), f => f.Subject == "Oskar Velmann" && f.Object == title);

    // Talk of what may happen is no meeting; talks held are one.
    [Theory]
    [InlineData("[Chad|GPE] requires licences for kelp, and there's talk in [Geneva|GPE] on [March 18|DATE|2026-03-18] of tightening that further.")]
    [InlineData("Traders in [Geneva|GPE] on [March 18|DATE|2026-03-18] heard talk that [Chad|GPE] and [Niger|GPE] would cap kelp exports.")]
    public void Talk_of_a_plan_is_no_meeting(string markup) => Assert.Empty(Meetings(markup));

    [Fact]
    public void Talk_held_by_ministers_is_still_a_meeting() =>
        Assert.Single(Meetings("Ministers of [Chad|GPE] and [Niger|GPE] will talk in [Geneva|GPE] on [March 18|DATE|2026-03-18]."));
}
