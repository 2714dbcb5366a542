using NewsExtract.Extraction;
using NewsExtract.Extraction.Rules;

namespace NewsExtract.Tests.Extraction;

public sealed class ExportControlExtractorTests
{
    private static IReadOnlyList<Fact> Run(string markup) =>
        new ExportControlExtractor(Markup.Lexicons).Extract(Markup.Parse(markup)).ToList();

    [Theory]
    [InlineData("[Indonesia|GPE] banned exports of raw [nickel|ELEMENT] ore from [January 1|DATE|2026-01-01].", "Indonesia", "imposes", "nickel", "", "2026-01-01")]
    [InlineData("[Beijing|GPE|China] will require licences for shipments of [antimony|ELEMENT] to the [United States|GPE].", "China", "imposes", "antimony", "United States", "")]
    [InlineData("The [Netherlands|GPE] tightened its rules on lithography equipment exports to [China|GPE].", "Netherlands", "tightens", "lithography equipment", "China", "")]
    [InlineData("[Japan|GPE] has eased export restrictions on chipmaking equipment for [South Korea|GPE].", "Japan", "eases", "chipmaking equipment", "South Korea", "")]
    [InlineData("[China|GPE] resumed exports of [germanium|ELEMENT] to [Europe|GPE] last week.", "China", "resumes", "germanium", "Europe", "")]
    [InlineData("[China|GPE] keeps its export ban on [gallium|ELEMENT] in place.", "China", "maintains", "gallium", "", "")]
    [InlineData("[China|GPE] issued export licences for [graphite|ELEMENT] shipments to three [Japanese|X] buyers.", "China", "grants_license", "graphite", "Japan", "")]
    public void Reads_one_measure(string markup, string subject, string relation, string obj, string place, string date)
    {
        var fact = Assert.Single(Run(markup.Replace("[Japanese|X]", "Japanese", StringComparison.Ordinal)));
        Assert.Equal((subject, relation, obj, place, date), (fact.Subject, fact.Relation, fact.Object, fact.Place, fact.Date));
        Assert.Equal(FactTypes.ExportControl, fact.FactType);
    }

    [Fact]
    public void Lists_one_row_per_element()
    {
        var facts = Run("[China|GPE] added [tungsten|ELEMENT], [tellurium|ELEMENT], [bismuth|ELEMENT] and [indium|ELEMENT] to its export control list.");
        Assert.Equal(["tungsten", "tellurium", "bismuth", "indium"], facts.Select(f => f.Object));
        Assert.All(facts, f => Assert.Equal("tightens", f.Relation));
    }

    [Fact]
    public void Suspending_restrictions_for_some_parties_is_suspends_but_suspending_exports_imposes()
    {
        var lifted = Assert.Single(Run("[China|GPE] suspended export restrictions on dual-use items for 12 American companies."));
        Assert.Equal(("suspends", "dual-use items", "United States"), (lifted.Relation, lifted.Object, lifted.Place));
        var imposed = Assert.Single(Run("[China|GPE] is suspending exports of [germanium|ELEMENT] to [Japan|GPE]."));
        Assert.Equal("imposes", imposed.Relation);
    }

    [Fact]
    public void One_row_per_target_listed()
    {
        var facts = Run("The [U.S.|GPE|United States] Commerce Department extended licence requirements for advanced AI chips to [Malaysia|GPE] and [Thailand|GPE].");
        Assert.Equal([("United States", "tightens", "advanced ai chips", "Malaysia"), ("United States", "tightens", "advanced ai chips", "Thailand")],
            facts.Select(f => (f.Subject, f.Relation, f.Object, f.Place)));
    }

    [Theory]
    [InlineData("Export restrictions imposed by [Japan|GPE] on photoresists have slowed deliveries.", "Japan", "imposes", "photoresists")]
    [InlineData("Talks stalled over easing [U.S.|GPE|United States] restrictions on chip exports, officials in [Beijing|GPE|China] said.", "United States", "eases", "chip")]
    [InlineData("[Zimbabwe|GPE] may bring forward its planned ban on exports of [lithium|ELEMENT] concentrate.", "Zimbabwe", "imposes", "lithium")]
    [InlineData("[Chile|GPE] could restrict exports of refined battery precursors to [China|GPE].", "Chile", "imposes", "refined battery precursors")]
    public void Finds_the_actor_and_the_goods(string markup, string subject, string relation, string obj)
    {
        var fact = Run(markup).First();
        Assert.Equal((subject, relation, obj), (fact.Subject, fact.Relation, fact.Object));
    }

    [Fact]
    public void Elements_named_after_a_class_replace_it_and_lists_mix_elements_and_goods()
    {
        Assert.Equal(["tungsten", "tin"], Run("[Rwanda|GPE] suspended exports of ore concentrates, including [tungsten|ELEMENT] and [tin|ELEMENT].").Select(f => f.Object));
        Assert.Equal(["gallium", "germanium", "graphite"], Run("[China|GPE]'s ministry requires licences for exports of [gallium|ELEMENT], [germanium|ELEMENT] and graphite.").Select(f => f.Object));
    }

    [Fact]
    public void The_effective_date_beats_the_announcement_date()
    {
        var fact = Assert.Single(Run("The rule, published on [May 3|DATE|2025-05-03] and effective [May 20|DATE|2025-05-20], requires licences for exports of [cobalt|ELEMENT] by [Zambia|GPE]."));
        Assert.Equal("2025-05-20", fact.Date);
    }

    [Fact]
    public void These_materials_points_back_to_the_last_measure()
    {
        var facts = Run("[Myanmar|GPE] banned exports of [tin|ELEMENT] and [tungsten|ELEMENT] ore.\nThe export restrictions, imposed in [May|DATE|2025-05], still apply to these materials.");
        Assert.Equal(["tin", "tungsten", "tin", "tungsten"], facts.Select(f => f.Object));
        Assert.Equal("2025-05", facts[^1].Date);
    }

    [Fact]
    public void A_but_only_qualifier_stays_with_its_statement()
    {
        var fact = Assert.Single(Run("[China|GPE] is easing its graphite export restrictions - but only for Korean battery firms."));
        Assert.Equal(("eases", "graphite", "South Korea"), (fact.Relation, fact.Object, fact.Place));
    }

    [Fact]
    public void Licences_issued_in_the_passive_are_grants()
    {
        var fact = Assert.Single(Run("Export permits for [antimony|ELEMENT] were quietly issued to buyers in [India|GPE] by [China|GPE]."));
        Assert.Equal(("China", "grants_license", "India"), (fact.Subject, fact.Relation, fact.Place));
    }

    [Fact]
    public void Exporting_goods_before_a_permit_requirement_are_the_object()
    {
        var fact = Assert.Single(Run("From [June 1|DATE|2025-06-01], anyone exporting battery materials from [Ghana|GPE] will need an export permit."));
        Assert.Equal(("Ghana", "imposes", "battery materials"), (fact.Subject, fact.Relation, fact.Object));
    }

    [Theory]
    [InlineData("[Mongolia|GPE] raised its fluorspar export quota by [10%|PERCENT|10].", "eases")]
    [InlineData("[Vietnam|GPE] cut its 2026 export quota for tin concentrates.", "tightens")]
    public void Quota_changes_ease_or_tighten(string markup, string relation) =>
        Assert.Equal(relation, Run(markup).First().Relation);

    [Fact]
    public void History_told_beside_a_pause_is_its_own_imposes_row()
    {
        var facts = Run("[Ghana|GPE] paused its ban on exports of [manganese|ELEMENT] ore, in force since [March 2024|DATE|2024-03], for buyers in [India|GPE].");
        Assert.Contains(facts, f => f.Relation == "suspends" && f.Place == "India");
        Assert.Contains(facts, f => f.Relation == "imposes" && f.Date == "2024-03" && f.Place == "");
    }

    [Fact]
    public void It_points_back_to_the_state_of_the_previous_sentence()
    {
        var facts = Run("[Chile|GPE]'s answer was swift.\n[Peru|GPE] protested, but in [May|DATE|2025-05] it banned shipments of [copper|ELEMENT] concentrate to [Bolivia|GPE].");
        Assert.Equal("Peru", Assert.Single(facts).Subject);
    }

    [Theory]
    [InlineData("The [U.S. Commerce Department|ORG] extended licence requirements for AI chips to [Malaysia|GPE].", "United States")]
    [InlineData("[South Africa|GPE] is weighing a permit regime for exports of [vanadium|ELEMENT].", "South Africa")]
    public void Agencies_and_noun_measures_name_their_state(string markup, string subject) =>
        Assert.Equal(subject, Run(markup).First().Subject);

    [Fact]
    public void A_history_verb_gives_way_to_the_main_verb_and_keeps_its_date_out()
    {
        var facts = Run("[Zambia|GPE] said the ban on exports of [cobalt|ELEMENT] concentrate, introduced in [May 2024|DATE|2024-05], has been suspended for buyers in [India|GPE].");
        var pause = Assert.Single(facts, f => f.Relation == "suspends");
        Assert.Equal(("India", ""), (pause.Place, pause.Date));
        Assert.Contains(facts, f => f.Relation == "imposes" && f.Date == "2024-05");
    }

    [Fact]
    public void The_longest_goods_name_wins_and_including_names_members()
    {
        Assert.Equal("unprocessed rare earth concentrate",
            Run("[Laos|GPE] banned exports of unprocessed rare earth concentrate.").First().Object);
        Assert.Equal(["tin", "tungsten"],
            Run("[Rwanda|GPE]'s licensing regime for ore concentrates, including [tin|ELEMENT] and [tungsten|ELEMENT], stays.").Select(f => f.Object));
    }

    [Theory]
    [InlineData("[China|GPE] has not placed magnesium ingot under export control.")]
    [InlineData("Analysts expect chips to dominate the summit, after the decision to impose sweeping export restrictions.")]
    [InlineData("Easing Rare Earth Export Signals And A New Round Of Talks")]
    [InlineData("Tin Curbs On Exports Stay In Place As Talks Drag")]
    [InlineData("Officials argue that semiconductor export controls are essential for curbing [Russia|GPE]'s access to technologies.")]
    public void Negated_or_commentary_statements_are_no_measure(string markup) => Assert.Empty(Run(markup));

    [Theory]
    [InlineData("[Washington|GPE|United States] could ease chip export controls if talks go well.")]
    [InlineData("[China|GPE] is reportedly considering a ban on exports of [antimony|ELEMENT].")]
    public void Hedged_measures_are_possible(string markup) =>
        Assert.All(Run(markup), f => Assert.Equal("possible", f.Modality));

    [Theory]
    [InlineData("Export volumes of electric vehicles climbed in the spring.")]
    [InlineData("[Australia|GPE] mines more [lithium|ELEMENT] than any other country.")]
    public void Ignores_sentences_without_a_measure(string markup) => Assert.Empty(Run(markup));
}

public sealed class PriceExtractorTests
{
    private static IReadOnlyList<Fact> Run(string markup) =>
        new PriceExtractor(Markup.Lexicons).Extract(Markup.Parse(markup)).ToList();

    [Theory]
    [InlineData("[Cobalt|ELEMENT] traded at [$33,500 a tonne|MONEY|33500 USD/t] on [Friday|DATE|].", "cobalt", 33500, "USD/t")]
    [InlineData("[Lithium|ELEMENT] carbonate prices held at [78,000 yuan per tonne|MONEY|78000 CNY/t].", "lithium", 78000, "CNY/t")]
    [InlineData("In [Rotterdam|GPE], [germanium|ELEMENT] metal was assessed at [USD 2,900-3,050 per kilogram|MONEY|2900 USD/kg].", "germanium", 2900, "USD/kg")]
    public void Reads_a_quote(string markup, string subject, double amount, string unit)
    {
        var fact = Assert.Single(Run(markup));
        Assert.Equal((subject, amount, unit), (fact.Subject, fact.Amount, fact.Unit));
    }

    [Fact]
    public void Pairs_each_amount_with_the_commodity_before_it_and_names_the_source()
    {
        var facts = Run("Data from [Fastmarkets|ORG] showed that on [May 2|DATE|2025-05-02], [gallium|ELEMENT] sold for [$595/kg|MONEY|595 USD/kg] while [indium|ELEMENT] fetched [$310 per kg|MONEY|310 USD/kg].");
        Assert.Equal([("gallium", 595.0), ("indium", 310.0)], facts.Select(f => (f.Subject, f.Amount!.Value)));
        Assert.All(facts, f => Assert.Equal(("Fastmarkets", "2025-05-02"), (f.Object, f.Date)));
    }

    [Fact]
    public void Mixed_products_keep_both_elements() =>
        Assert.Equal("neodymium-praseodymium",
            Assert.Single(Run("[Neodymium|ELEMENT]-[praseodymium|ELEMENT] oxide was priced at [$62 per kg|MONEY|62 USD/kg].")).Subject);

    [Fact]
    public void A_change_in_money_is_not_a_price() =>
        Assert.Empty(Run("[Tin|ELEMENT] prices rose by [$400 a tonne|MONEY|400 USD/t] this week."));
}

public sealed class PriceChangeExtractorTests
{
    private static IReadOnlyList<Fact> Run(string markup) =>
        new PriceChangeExtractor(Markup.Lexicons).Extract(Markup.Parse(markup)).ToList();

    [Theory]
    [InlineData("[Antimony|ELEMENT] prices have doubled since [January|DATE|2025-01].", "antimony", "rose", 2, "x")]
    [InlineData("The price of [tungsten|ELEMENT] concentrate fell [12%|PERCENT|12] in [March|DATE|2025-03].", "tungsten", "fell", 12, "%")]
    [InlineData("[Gallium|ELEMENT] has surged almost fourfold this year, reaching [$900/kg|MONEY|900 USD/kg].", "gallium", "rose", 4, "x")]
    [InlineData("Spot [cobalt|ELEMENT] prices slid [8.5 percent|PERCENT|8.5] over the quarter.", "cobalt", "fell", 8.5, "%")]
    [InlineData("[Bismuth|ELEMENT] now sells at [$55 per kg|MONEY|55 USD/kg], three times its price a year ago.", "bismuth", "rose", 3, "x")]
    public void Reads_a_movement(string markup, string subject, string relation, double amount, string unit)
    {
        var fact = Assert.Single(Run(markup));
        Assert.Equal((subject, relation, amount, unit), (fact.Subject, fact.Relation, fact.Amount!.Value, fact.Unit));
    }

    [Fact]
    public void One_row_per_commodity()
    {
        var facts = Run("Prices of [indium|ELEMENT] and [germanium|ELEMENT] tripled between [June|DATE|2025-06] and [August|DATE|2025-08].");
        Assert.Equal(["indium", "germanium"], facts.Select(f => f.Subject));
        Assert.All(facts, f => Assert.Equal(("rose", 3.0, "x", "2025-08"), (f.Relation, f.Amount!.Value, f.Unit, f.Date)));
    }

    [Fact]
    public void Export_volumes_are_not_prices() =>
        Assert.Empty(Run("Shipments of [graphite|ELEMENT] fell [30%|PERCENT|30] in [April|DATE|2025-04]."));
}

public sealed class OfficialRoleExtractorTests
{
    private static IReadOnlyList<Fact> Run(string markup) =>
        new OfficialRoleExtractor(Markup.Lexicons).Extract(Markup.Parse(markup)).ToList();

    [Theory]
    [InlineData("[Japanese|X] Trade Minister [Aiko Tanabe|PERSON] arrived on Monday.", "Aiko Tanabe", "Trade Minister", "Japan")]
    [InlineData("[Indonesia|GPE]'s Deputy Prime Minister [Budi Santoso|PERSON] said the rules would stay.", "Budi Santoso", "Deputy Prime Minister", "")]
    [InlineData("[Marta Kowalska|PERSON], chief executive of [Baltic Rare Metals|ORG], said demand was firm.", "Marta Kowalska", "chief executive", "Baltic Rare Metals")]
    [InlineData("[Li Wen|PERSON], the country's commerce minister, met reporters.", "Li Wen", "commerce minister", "")]
    [InlineData("[Paul Okafor|PERSON], Director-General of the [Nigerian Mining Bureau|ORG], led the visit.", "Paul Okafor", "Director-General", "Nigerian Mining Bureau")]
    public void Reads_a_title(string markup, string person, string title, string place)
    {
        var fact = Assert.Single(Run(markup.Replace("[Japanese|X]", "Japanese", StringComparison.Ordinal)));
        Assert.Equal((person, "holds_title", title), (fact.Subject, fact.Relation, fact.Object));
        if (place.Length > 0)
            Assert.Equal(place, fact.Place);
    }

    [Fact]
    public void A_name_without_a_title_is_no_role() =>
        Assert.Empty(Run("[Aiko Tanabe|PERSON] arrived in [Jakarta|GPE] on Monday."));
}

public sealed class MeetingExtractorTests
{
    private static IReadOnlyList<Fact> Run(string markup) =>
        new FactMerger().Merge(new MeetingExtractor(Markup.Lexicons).Extract(Markup.Parse(markup))).ToList();

    [Fact]
    public void Reads_parties_city_venue_and_date()
    {
        var fact = Assert.Single(Run("Ministers from [Japan|GPE] and the [European Union|GPE] met at [Brussels|GPE]' Berlaymont Building on [March 3|DATE|2025-03-03]."));
        Assert.Equal(("European Union; Japan", "meets", "Berlaymont Building", "Brussels", "2025-03-03"),
            (fact.Subject, fact.Relation, fact.Object, fact.Place, fact.Date));
    }

    [Fact]
    public void Talks_and_demonym_parties()
    {
        var fact = Assert.Single(Run("[American|X] and Chinese officials will hold trade talks in [Geneva|GPE] on [October 2|DATE|2025-10-02]."
            .Replace("[American|X]", "American", StringComparison.Ordinal)));
        Assert.Equal(("China; United States", "talks", "Geneva", "2025-10-02"), (fact.Subject, fact.Relation, fact.Place, fact.Date));
    }

    [Fact]
    public void Later_mentions_of_the_same_meeting_merge()
    {
        var facts = Run("Officials from [Seoul|GPE|South Korea] and [Tokyo|GPE|Japan] gathered in [Paris|GPE] on [June 4|DATE|2025-06-04].\nThe [Paris|GPE] meeting ended without a deal.");
        var fact = Assert.Single(facts);
        Assert.Equal(("Paris", "2025-06-04"), (fact.Place, fact.Date));
    }

    [Fact]
    public void No_city_and_no_date_is_no_meeting() =>
        Assert.Empty(Run("The two sides met again but made little progress."));
}

public sealed class StatisticExtractorTests
{
    private static IReadOnlyList<Fact> Run(string markup) =>
        new StatisticExtractor(Markup.Lexicons).Extract(Markup.Parse(markup)).ToList();

    [Theory]
    [InlineData("[Indonesia|GPE] supplies [about 55%|PERCENT|55] of the world's mined nickel.", "Indonesia", 55, "%", "supplies world's mined nickel")]
    [InlineData("Nearly [90 percent|PERCENT|90] of refined gallium output comes from [China|GPE].", "China", 90, "%", "refined gallium output")]
    [InlineData("[Tamsin Minerals|ORG] reported revenue of [$1.4 billion|MONEY|1400000000 USD] for the year.", "Tamsin Minerals", 1400000000, "USD", "revenue")]
    public void Reads_a_figure(string markup, string subject, double amount, string unit, string relationWords)
    {
        var fact = Assert.Single(Run(markup));
        Assert.Equal((subject, amount, unit), (fact.Subject, fact.Amount!.Value, fact.Unit));
        Assert.Contains(relationWords.Split(' ')[0], fact.Relation, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Price_moves_and_unit_prices_are_not_statistics()
    {
        Assert.Empty(Run("[Cobalt|ELEMENT] prices in [China|GPE] fell [9%|PERCENT|9] last month."));
        Assert.Empty(Run("[Cobalt|ELEMENT] in [China|GPE] costs [$30 per kg|MONEY|30 USD/kg] in trade."));
    }
}

public sealed class QuoteExtractorTests
{
    private static IReadOnlyList<Fact> Run(string markup) =>
        new QuoteExtractor(Markup.Lexicons).Extract(Markup.Parse(markup)).ToList();

    [Theory]
    [InlineData("“We will not be the world’s cheapest supplier,” said [Dara Whitfield|PERSON], the company’s chairwoman.", "Dara Whitfield", "We will not be the world’s cheapest supplier")]
    [InlineData("[Omar Haddad|PERSON] told reporters: \"The licensing queue is getting longer every week.\"", "Omar Haddad", "The licensing queue is getting longer every week")]
    [InlineData("\"Supply is tight and buyers are nervous,\" according to [Benchmark Metals|ORG].", "Benchmark Metals", "Supply is tight and buyers are nervous")]
    public void Reads_a_quote(string markup, string speaker, string words)
    {
        var fact = Assert.Single(Run(markup));
        Assert.Equal((speaker, "said", words), (fact.Subject, fact.Relation, fact.Object));
    }

    [Fact]
    public void A_pronoun_points_back_to_the_last_person()
    {
        var fact = Assert.Single(Run("[Hana Sato|PERSON] runs the trading desk.\n“Nobody expected the quota cut,” she said."));
        Assert.Equal("Hana Sato", fact.Subject);
    }

    [Theory]
    [InlineData("Officials called it a “green lane” for approvals.")]
    [InlineData("[Hana Sato|PERSON] described the “new normal” in the market.")]
    public void Scare_quotes_are_not_quotes(string markup) => Assert.Empty(Run(markup));
}
