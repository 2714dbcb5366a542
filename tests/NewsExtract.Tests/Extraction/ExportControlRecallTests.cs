using NewsExtract.Extraction.Rules;

namespace NewsExtract.Tests.Extraction;

/// <summary>The loose export-control candidates: more goods, measures and targets per sentence, each at a lower
/// confidence than the strict patterns. One invented sentence (or two, one a line) a row.</summary>
public sealed class ExportControlRecallTests
{
    private static IReadOnlyList<ExportControlCandidate> Run(string markup) =>
        new ExportControlExtractor(Markup.Lexicons).Candidates(new DocumentLookups(Markup.Parse(markup.Replace("[Chinese|X]", "Chinese", StringComparison.Ordinal)))).ToList();

    private static void AssertFact(string markup, string subject, string relation, string obj, string place, string modality = "asserted")
    {
        var facts = Run(markup).Select(c => (c.Fact.Subject, c.Fact.Relation, c.Fact.Object, c.Fact.Place, c.Fact.Modality)).ToList();
        Assert.True(facts.Contains((subject, relation, obj, place, modality)), "Candidates: " + string.Join("; ", facts));
    }

    // Goods: list members beside an element, a list as one class, elements after "containing", weaker anchors.
    [Theory]
    [InlineData("[Chile|GPE] extended its quotas on exports of [nitrogen|ELEMENT] and complex fertilizers until [June|DATE|2031-06].", "Chile", "maintains", "complex fertilizers", "")]
    [InlineData("[Chile|GPE] extended its quotas on exports of [nitrogen|ELEMENT] and complex fertilizers until [June|DATE|2031-06].", "Chile", "maintains", "nitrogen and complex fertilizers", "")]
    [InlineData("[Peru|GPE] will ease licensing for exports of solvents and etching gases to [Chile|GPE].", "Peru", "eases", "solvents and etching gases", "Chile")]
    [InlineData("Since [May|DATE|2031-05] [Bolivia|GPE] has required an export licence for magnets containing [terbium|ELEMENT] or [holmium|ELEMENT].", "Bolivia", "imposes", "holmium", "")]
    [InlineData("[Norway|GPE] granted [Fjord Gas|ORG] a licence to export LNG to [Chile|GPE].", "Norway", "grants_license", "LNG", "Chile")]
    [InlineData("[Chile|GPE] put drone engines under export licensing in [July|DATE|2031-07].", "Chile", "imposes", "drone engines", "")]
    [InlineData("[Peru|GPE] said that boron carbide powder and ceramic armour plates will be added to its export licence list.", "Peru", "tightens", "ceramic armour plates", "")]
    [InlineData("[Chile|GPE] restricted exports of [lithium|ELEMENT] carbonate processing technology to [Peru|GPE].", "Chile", "imposes", "lithium carbonate processing technology", "Peru")]
    [InlineData("[Chile|GPE] banned exports to [Peru|GPE] of marine engines and sonar buoys.", "Chile", "imposes", "sonar buoys", "Peru")]
    [InlineData("[Chile|GPE] barred exports of night-vision goggles to [Peru|GPE].", "Chile", "imposes", "night-vision goggles", "Peru")]
    public void Loose_goods_are_candidates(string markup, string subject, string relation, string obj, string place) =>
        AssertFact(markup, subject, relation, obj, place);

    // Measures: two in one sentence, told without an export word after an earlier measure, or of the goods before.
    [Theory]
    [InlineData("[Chile|GPE] has required licences for [gallium|ELEMENT] exports since [2029|DATE|2029] and banned shipments of both to [Peru|GPE] in [May|DATE|2031-05].", "Chile", "imposes", "gallium", "")]
    [InlineData("[Chile|GPE] has required licences for [gallium|ELEMENT] exports since [2029|DATE|2029] and banned shipments of both to [Peru|GPE] in [May|DATE|2031-05].", "Chile", "imposes", "gallium", "Peru")]
    [InlineData("[Ghana|GPE] banned exports of scrap metal.\nThe ban will be extended to used railway sleepers from [June|DATE|2031-06].", "Ghana", "tightens", "used railway sleepers", "")]
    [InlineData("[Chile|GPE] banned exports of kelp.\nThe ban will remain in force for a year.", "Chile", "maintains", "kelp", "")]
    [InlineData("[Chile|GPE]'s ban on kelp exports stays.", "Chile", "maintains", "kelp", "")]
    public void Measures_told_loosely_are_candidates(string markup, string subject, string relation, string obj, string place) =>
        AssertFact(markup, subject, relation, obj, place);

    // Goods that have needed a licence since a date, goods put under curbs, a permit requirement for transshipments.
    [Theory]
    [InlineData("[Chile|GPE] tightened its rules for fishmeal.\nCrude kelp has needed a licence since [October 2029|DATE|2029-10].", "Chile", "imposes", "crude kelp", "")]
    [InlineData("[Chile|GPE] first put kelp exports under curbs in [October 2029|DATE|2029-10].", "Chile", "imposes", "kelp", "")]
    [InlineData("[Peru|GPE] placed fishmeal shipments under a quota last year.", "Peru", "imposes", "fishmeal", "")]
    // "will limit", "held back", "could cap": a ceiling or a withholding told with a verb of its own.
    [InlineData("[Chile|GPE] will limit exports of kelp to 240,000 tonnes from [March 10|DATE|2031-03-10].", "Chile", "imposes", "kelp", "")]
    [InlineData("[Chile|GPE] has held back its fishmeal exports, traders said.", "Chile", "imposes", "fishmeal", "")]
    // goods named after their destination; a list the lexicon knows in part keeps every member
    [InlineData("Exports to [Peru|GPE] of marine winches and sonar buoys are prohibited from [July 1|DATE|2031-07-01].\n[Chile|GPE] said so.", "Chile", "imposes", "marine winches", "Peru")]
    public void Measures_without_a_trigger_verb_are_candidates(string markup, string subject, string relation, string obj, string place) =>
        AssertFact(markup, subject, relation, obj, place);

    // A list of goods whose last member's head names no class is one row each; a modifier that reads as an adjective
    // shares the head; an acronym in brackets is no part of a member; an ore is its element.
    [Theory]
    [InlineData("[Chile|GPE] banned exports of diesel, gasoline and jet fuel.", "Chile", "imposes", "diesel", "")]
    [InlineData("[Chile|GPE] banned exports of diesel, gasoline and jet fuel.", "Chile", "imposes", "gasoline", "")]
    [InlineData("[Chile|GPE] banned exports of diesel, gasoline and jet fuel.", "Chile", "imposes", "jet fuel", "")]
    [InlineData("[Chile|GPE] banned exports of frozen and chilled kelp.", "Chile", "imposes", "frozen and chilled kelp", "")]
    [InlineData("[Chile|GPE] banned exports of kelp meal and high-density polyethylene (HDPE).", "Chile", "imposes", "high-density polyethylene", "")]
    [InlineData("[Chile|GPE] will require licences for exports of fluorspar to [Peru|GPE].", "Chile", "imposes", "fluorine", "Peru")]
    public void Members_of_a_list_of_goods(string markup, string subject, string relation, string obj, string place) =>
        AssertFact(markup, subject, relation, obj, place);

    // Who acts: exports a passive verb halts are a new halt; a state inside a relative clause is not the subject; a story
    // datelined in a capital that names no state, or whose ministry acts before a demonym, is that capital's state's.
    [Theory]
    [InlineData("Kelp exports would be suspended from [April 1|DATE|2031-04-01], [Chile|GPE] said.", "Chile", "imposes", "kelp", "", "possible")]
    [InlineData("[Peru|GPE], which sells most of its kelp through [Chile|GPE], has kept its ban on exports of kelp meal.", "Peru", "maintains", "kelp meal", "", "asserted")]
    [InlineData("[LIMA|GPE|Lima], [March 4|DATE|2031-03-04] - Log exports will be suspended from [April 1|DATE|2031-04-01].", "Peru", "imposes", "log", "", "asserted")]
    [InlineData("[LIMA|GPE|Lima], [March 4|DATE|2031-03-04] - Kelp prices rose.\nIn [May|DATE|2031-05], the ministry suspended kelp exports for three weeks, and one Chinese buyer cancelled a contract.", "Peru", "imposes", "kelp", "", "asserted")]
    public void The_party_that_acts(string markup, string subject, string relation, string obj, string place, string modality) =>
        AssertFact(markup, subject, relation, obj, place, modality);

    // A permit each consignment must carry or hold is a licensing requirement; exports allowed are a measure eased.
    [Theory]
    [InlineData("Every consignment of kelp leaving [Chile|GPE] must carry an export permit, the ministry said.", "Chile", "imposes", "kelp", "", "asserted")]
    [InlineData("Anyone exporting kelp meal must now hold an export licence, [Chile|GPE] said.", "Chile", "imposes", "kelp meal", "", "asserted")]
    [InlineData("[Chile|GPE] could allow a limited export of kelp meal from [June|DATE|2031-06].", "Chile", "eases", "kelp meal", "", "possible")]
    [InlineData("[Peru|GPE] will allow exports of fishmeal again, the minister said.", "Peru", "eases", "fishmeal", "", "asserted")]
    [InlineData("[Peru|GPE] will not allow exports of fishmeal, the minister said.", "Peru", "imposes", "fishmeal", "", "asserted")]
    [InlineData("[Peru|GPE] could allow limited exports of fishmeal under licence next year.", "Peru", "grants_license", "fishmeal", "", "possible")]
    [InlineData("Every consignment of kelp meal leaving [Chile|GPE] must carry a permit, the ministry said.", "Chile", "imposes", "kelp meal", "", "asserted")]
    [InlineData("Every consignment of kelp meal must carry an export certificate, [Chile|GPE] said.", "Chile", "imposes", "kelp meal", "", "asserted")]
    // a new halt told with "stop", and one a state weighs
    [InlineData("[Chile|GPE] will stop all exports of raw kelp from [June 1|DATE|2031-06-01].", "Chile", "imposes", "raw kelp", "", "asserted")]
    [InlineData("[Peru|GPE] is considering a suspension of fishmeal exports, officials said.", "Peru", "imposes", "fishmeal", "", "possible")]
    // the forms goods are in, set off by "whether", are no goods, and do not hedge the measure
    [InlineData("[Chile|GPE] will ban exports of kelp, whether fresh, frozen or dried, from [June 1|DATE|2031-06-01].", "Chile", "imposes", "kelp", "", "asserted")]
    public void Permits_required_and_exports_allowed(string markup, string subject, string relation, string obj, string place, string modality) =>
        AssertFact(markup, subject, relation, obj, place, modality);

    [Fact]
    public void Forms_set_off_by_whether_are_no_goods() =>
        Assert.DoesNotContain(Run("[Chile|GPE] will ban exports of kelp, whether fresh, frozen or dried, from [June 1|DATE|2031-06-01]."),
            c => c.Fact.Object is "frozen" or "dried" || c.Fact.Object.StartsWith("whether", StringComparison.Ordinal));

    [Fact]
    public void A_season_is_no_goods() =>
        Assert.DoesNotContain(Run("[Chile|GPE] will issue export permits for the 2031/32 season only to registered buyers."), c => c.Fact.Object.Contains("season", StringComparison.Ordinal));

    [Fact]
    public void A_measure_that_could_come_is_possible() =>
        AssertFact("[Peru|GPE] could cap exports of kelp meal to keep more for its own mills.", "Peru", "imposes", "kelp meal", "", "possible");

    [Fact]
    public void Goods_brought_under_the_same_regime_tighten_it() =>
        AssertFact("[Chile|GPE] banned exports of kelp.\nOfficials are weighing whether to bring dulse and nori under the same regime.", "Chile", "tightens", "dulse", "", "possible");

    [Fact]
    public void A_list_the_lexicon_knows_in_part_keeps_the_unknown_member()
    {
        // Read by the strict pattern, not only among the loose list parts.
        var facts = Run("[Chile|GPE] banned exports of marine winches and chipmaking equipment to [Peru|GPE].")
            .Where(c => c.Pattern == "after-cue").Select(c => c.Fact.Object).ToList();
        Assert.Contains("marine winches", facts);
        Assert.Contains("chipmaking equipment", facts);
    }

    [Fact]
    public void A_permit_requirement_for_transshipments_controls_what_they_carry() =>
        AssertFact("[Peru|GPE] is considering a permit requirement for transshipments of sonar buoys.", "Peru", "imposes", "sonar buoys", "", "possible");

    // "the ministry" with no name is the state whose government the article names, not the state it names most.
    [Fact]
    public void An_unnamed_ministry_acts_for_the_state_whose_government_the_article_names() =>
        AssertFact("[Chile|GPE]'s trade ministry reviewed its quotas on Monday.\n[Peru|GPE] and [Bolivia|GPE] buy most of the kelp, and [Peru|GPE] mills grind it.\nThe ministry also banned exports of fishmeal.", "Chile", "imposes", "fishmeal", "");

    // "we introduced", "we granted": a government telling of its own measure is the article's state, not the state the
    // article names most; "we" that only exports or buys is no government.
    [Fact]
    public void A_measure_a_government_tells_as_its_own_is_the_articles_state() =>
        AssertFact("[Chile|GPE]'s trade ministry reviewed its quotas on Monday.\n[Peru|GPE] and [Bolivia|GPE] buy most of the kelp, and [Peru|GPE] mills grind it.\nThe temporary ban on exports of fishmeal that we introduced in [March|DATE|2031-03] is lifted from [August 15|DATE|2031-08-15].", "Chile", "eases", "fishmeal", "");

    // "the ministry" right after an official who spoke in a capital is that capital's state's; a capital that is only a
    // venue or a destination says nothing of who acts.
    [Fact]
    public void An_unnamed_ministry_after_a_speaker_in_a_capital_is_that_capitals_state() =>
        AssertFact("[Bolivia|GPE]'s farm ministry warned of smaller harvests.\n\"We will issue permits within two days,\" the deputy minister said in [Lima|GPE] on Tuesday.\nThe ministry has since issued 40 licences for kelp exports.", "Peru", "grants_license", "kelp", "");

    [Fact]
    public void An_unnamed_ministry_after_a_venue_in_a_capital_stays_the_articles_state() =>
        AssertFact("[Bolivia|GPE]'s farm ministry warned of smaller harvests.\nThe two ministers agreed to meet again in [Lima|GPE] in [March|DATE|2031-03].\nThe ministry has since issued 40 licences for kelp exports.", "Bolivia", "grants_license", "kelp", "");

    [Theory]
    [InlineData("[Peru|GPE] could propose a cap on fishmeal exports.", "Peru", "imposes", "fishmeal", "")]
    public void Hedged_loose_measures_are_possible(string markup, string subject, string relation, string obj, string place) =>
        AssertFact(markup, subject, relation, obj, place, "possible");

    // Parties: a possessive actor that is also named as an origin, plants abroad, makers added to a list.
    [Theory]
    [InlineData("Relief from [Chile|GPE]: [Chile|GPE]'s government granted export permits for kelp to firms shipping to [Peru|GPE].", "Chile", "grants_license", "kelp", "Peru")]
    [InlineData("[Chile|GPE] granted licences for magnet shipments to our plants in [Peru|GPE].", "Chile", "grants_license", "magnet", "Peru")]
    [InlineData("[Canada|GPE] added six [Chinese|X] makers of marine sonar to the Entity List.", "Canada", "tightens", "marine sonar", "China")]
    public void Parties_are_read_loosely(string markup, string subject, string relation, string obj, string place) =>
        AssertFact(markup, subject, relation, obj, place);

    // Kept without the model (confidence of at least 0.5): the start of a measure told after it, a measure being
    // weighed, a dropped requirement, suspended licences, the goods of a trade ("anchovy exporters").
    [Theory]
    [InlineData("[Chile|GPE] banned exports of kelp.\nThe ban was first imposed in [May 2029|DATE|2029-05] after a storm.", "Chile", "imposes", "kelp", "", "asserted")]
    [InlineData("[Chile|GPE]'s kelp export ban has been in force since [January 2029|DATE|2029-01].", "Chile", "imposes", "kelp", "", "asserted")]
    [InlineData("[Chile|GPE]'s ban on kelp exports, in place since [2029|DATE|2029], stays.", "Chile", "maintains", "kelp", "", "asserted")]
    [InlineData("[Chile|GPE]'s ban on kelp exports, in place since [2029|DATE|2029], stays.", "Chile", "imposes", "kelp", "", "asserted")]
    [InlineData("[Peru|GPE] is considering restrictions on fishmeal exports to [Chile|GPE].", "Peru", "imposes", "fishmeal", "Chile", "possible")]
    [InlineData("[Peru|GPE] is weighing an export licensing system for guano.", "Peru", "imposes", "guano", "", "possible")]
    [InlineData("[Peru|GPE] is considering licences for anchovy exporters.", "Peru", "imposes", "anchovy", "", "possible")]
    [InlineData("[Chile|GPE] will drop the licence requirement on exports of surgical masks.", "Chile", "eases", "surgical masks", "", "asserted")]
    [InlineData("[Peru|GPE] suspended the export licences of 12 copper miners.", "Peru", "imposes", "copper", "", "asserted")]
    [InlineData("[Peru|GPE] is considering restrictions on exports of fishmeal, which could remove supply.", "Peru", "imposes", "fishmeal", "", "possible")]
    [InlineData("[Chile|GPE]'s [Ministry of Industry and Trade|ORG] has granted export licences for tin ingots.", "Chile", "grants_license", "tin ingots", "", "asserted")]
    [InlineData("The [Chile|GPE] energy ministry granted [Bay Gas|ORG] a permit to export LNG.", "Chile", "grants_license", "LNG", "", "asserted")]
    [InlineData("[Peru|GPE] permitted [Andes Grain|ORG] to export 90,000 tonnes of quinoa.", "Peru", "grants_license", "quinoa", "", "asserted")]
    [InlineData("Since [May 2029|DATE|2029-05] [Chile|GPE] has required an export licence for magnets containing [terbium|ELEMENT].", "Chile", "imposes", "terbium", "", "asserted")]
    [InlineData("[Chile|GPE]'s kelp export halt will stay in place until [June|DATE|2031-06].", "Chile", "maintains", "kelp", "", "asserted")]
    [InlineData("[Chile|GPE] banned kelp exports to [Peru|GPE].\n[Chile|GPE] resumed kelp exports.\n[Peru|GPE] welcomed it.", "Chile", "resumes", "kelp", "Peru", "asserted")]
    [InlineData("[Chile|GPE] resumed kelp exports.\n[Peru|GPE] buys kelp from [Chile|GPE].\n[Peru|GPE] prices rose.", "Chile", "resumes", "kelp", "", "asserted")]
    public void Measures_told_plainly_are_kept_by_the_rules(string markup, string subject, string relation, string obj, string place, string modality)
    {
        AssertFact(markup, subject, relation, obj, place, modality);
        Assert.Contains(Run(markup), c => c.Fact.Object == obj && c.Fact.Relation == relation && c.Fact.Confidence >= 0.5);
    }

    // A quantity, a verb, an adverb or an import is no goods.
    [Theory]
    [InlineData("[Chile|GPE] kept its grain export quota of 20 million tonnes unchanged.", "20 million tonnes")]
    [InlineData("[Chile|GPE] kept its grain export quota of 20 million tonnes unchanged.", "million tonnes")]
    [InlineData("Grain prices jump as [Chile|GPE] trims export quota.", "trims")]
    [InlineData("[Peru|GPE] removed the minimum export price on onions.", "minimum")]
    [InlineData("[Peru|GPE] lifted the cap, so buyers can again import solar panels without export licences.", "again import solar panels")]
    [InlineData("Exports of the newly listed items will need a licence, [Peru|GPE] said.", "newly")]
    [InlineData("[Peru|GPE] lifted its export cap, so buyers in [Chile|GPE] can again import solar panels.", "again import solar panels")]
    [InlineData("[Peru|GPE] granted a one-off permit to export 2,000 tonnes of copper.", "one-off copper")]
    public void Quantities_verbs_and_imports_are_no_goods(string markup, string notGoods) =>
        Assert.DoesNotContain(Run(markup), c => c.Fact.Object == notGoods);

    // No longer issuing permits is a restriction, not a grant; permits to import are no export control.
    [Theory]
    [InlineData("[Chile|GPE] stopped issuing export permits for kelp in [May|DATE|2031-05].", "Chile", "imposes", "kelp", "")]
    [InlineData("[Peru|GPE] halted issuing export licences for quinoa.", "Peru", "imposes", "quinoa", "")]
    public void A_stop_to_permits_is_a_restriction(string markup, string subject, string relation, string obj, string place)
    {
        AssertFact(markup, subject, relation, obj, place);
        Assert.DoesNotContain(Run(markup), c => c.Fact.Relation == "grants_license");
    }

    [Fact]
    public void Import_permits_told_after_an_export_measure_are_no_export_control()
    {
        var candidates = Run("[Chile|GPE] banned kelp exports in [May|DATE|2031-05].\n[Chile|GPE] has issued import permits for 2,000 tonnes of kelp.");
        Assert.Contains(candidates, c => c.Fact.Relation == "imposes" && c.Fact.Object == "kelp");
        Assert.DoesNotContain(candidates, c => c.Fact.Relation == "grants_license");
    }

    // Destinations that still receive permits after a measure: a grant of the measure's goods, kept by the rules.
    [Theory]
    [InlineData("[Chile|GPE] banned kelp exports in [May|DATE|2031-05].\nShipments to [Peru|GPE] will continue to receive export permits, the ministry said.", "Peru")]
    [InlineData("[Chile|GPE] banned kelp exports in [May|DATE|2031-05].\nCargoes bound for [Peru|GPE] will still receive export licences.", "Peru")]
    public void Destinations_that_keep_receiving_permits_are_granted_the_measures_goods(string markup, string place)
    {
        AssertFact(markup, "Chile", "grants_license", "kelp", place);
        Assert.Contains(Run(markup), c => c.Fact.Relation == "grants_license" && c.Fact.Place == place && c.Fact.Confidence >= 0.5);
        Assert.DoesNotContain(Run(markup), c => c.Fact.Object is "receive" or "continue to receive");
    }

    [Fact]
    public void Permits_without_a_destination_stay_a_loose_guess() =>
        Assert.DoesNotContain(Run("[Chile|GPE] banned kelp exports in [May|DATE|2031-05].\nSome traders will still receive export permits."),
            c => c.Fact.Relation == "grants_license" && c.Fact.Confidence >= 0.5);

    // With no state named, the capital where a government body speaks is the acting state.
    [Theory]
    [InlineData("[Chile|GPE] banned kelp exports.\nIn [Lima|GPE], the [Trade Ministry|ORG] said it had extended its ban on quinoa exports.", "Peru", "maintains", "quinoa", "")]
    [InlineData("[Chile|GPE] banned kelp exports.\nIn [Lima|GPE], the ministry said it had extended its ban on quinoa exports.", "Peru", "maintains", "quinoa", "")]
    public void The_seat_of_a_speaking_government_acts(string markup, string subject, string relation, string obj, string place) =>
        AssertFact(markup, subject, relation, obj, place);

    [Fact]
    public void A_capital_without_a_government_body_is_no_actor() =>
        Assert.DoesNotContain(Run("[Chile|GPE] banned kelp exports.\nIn [Lima|GPE], traders said the ban on quinoa exports was extended."), c => c.Fact.Subject == "Peru");

    [Fact]
    public void Loose_candidates_have_lower_confidence_than_strict_ones()
    {
        var candidates = Run("[Chile|GPE] extended its quotas on exports of [nitrogen|ELEMENT] and complex fertilizers until [June|DATE|2031-06].");
        var strict = candidates.Single(c => c.Fact.Object == "nitrogen").Fact.Confidence;
        var loose = candidates.Where(c => c.Fact.Object != "nitrogen").ToList();
        Assert.NotEmpty(loose);
        Assert.All(loose, c => Assert.True(c.Fact.Confidence < strict));
    }
    // Grants told in the passive or with "get", and destinations behind a plant or a demonym with a product modifier.
    [Theory]
    [InlineData("[Chile|GPE] banned kelp exports in [May|DATE|2031-05].\nLicences will be granted for shipments to [Peru|GPE] under existing contracts.", "Chile", "kelp", "Peru")]
    [InlineData("[Chile|GPE] banned kelp exports in [May|DATE|2031-05].\nCargoes bound for [Peru|GPE] that were paid for will still get export permits.", "Chile", "kelp", "Peru")]
    [InlineData("[Chile|GPE] has issued its first two kelp export licences, both for shipments to a smelter in [Peru|GPE].", "Chile", "kelp", "Peru")]
    [InlineData("[Chile|GPE] granted export licences for kelp to projects in [Peru|GPE] and [Bolivia|GPE].", "Chile", "kelp", "Bolivia")]
    [InlineData("[Chile|GPE] approved kelp export licences for [Korean|X] feed and LED makers.", "Chile", "kelp", "South Korea")]
    [InlineData("[Chile|GPE] banned kelp exports.\nExport licences have also been granted to three firms for shipments of kelp to [Peru|GPE].", "Chile", "kelp", "Peru")]
    [InlineData("[Chile|GPE] banned kelp exports.\n[Chile|GPE] has granted licences for kelp meal to assemblers in [Peru|GPE] and [Bolivia|GPE].", "Chile", "kelp meal", "Bolivia")]
    public void Grants_in_other_phrasings_name_their_destination(string markup, string subject, string obj, string place) =>
        AssertFact(markup.Replace("[Korean|X]", "Korean", StringComparison.Ordinal), subject, "grants_license", obj, place);

    [Fact]
    public void A_noun_of_approval_is_no_grant() =>
        Assert.DoesNotContain(Run("[Chile|GPE] has required export licences for kelp since [2029|DATE|2029], and approvals come slowly."),
            c => c.Fact.Relation == "grants_license");

    // History beside a change is its own imposes row (LABELLING.md): a resumption ends a halt, a relative clause or a
    // participle dates the earlier measure.
    [Theory]
    [InlineData("[Chile|GPE] resumed kelp exports to [Peru|GPE] on [Monday|DATE|2031-05-04] after a three-week halt.", "resumes", "Peru")]
    [InlineData("[Chile|GPE] will resume issuing kelp export permits, ending a six-week pause.", "resumes", "")]
    [InlineData("[Chile|GPE] resumed issuing export licences for kelp to [Peru|GPE], frozen since [March|DATE|2031-03].", "resumes", "Peru")]
    [InlineData("[Chile|GPE], which halted kelp exports in [June|DATE|2031-06] to keep its mills supplied, will maintain the suspension.", "maintains", "")]
    public void History_beside_a_change_is_an_imposes_row(string markup, string relation, string place)
    {
        AssertFact(markup, "Chile", relation, "kelp", place);
        AssertFact(markup, "Chile", "imposes", "kelp", place);
    }

    [Fact]
    public void A_resumption_without_a_halt_tells_no_history() =>
        Assert.DoesNotContain(Run("[Chile|GPE] resumed kelp exports to [Peru|GPE] on [Monday|DATE|2031-05-04]."), c => c.Fact.Relation == "imposes");

    [Fact]
    public void A_requirement_and_its_keeping_said_later_are_two_measures() =>
        AssertFact("[Chile|GPE] has required licences for kelp exports since [2029|DATE|2029] and said today it would keep the rule in place.",
            "Chile", "maintains", "kelp", "");
    // A permit extended or renewed for a company is a grant; a ban extended is kept.
    [Theory]
    [InlineData("[Chile|GPE] has extended the kelp export permit of [Ruvo Marine|ORG] until [December|DATE|2031-12].", "grants_license")]
    [InlineData("[Chile|GPE] renewed for 12 months the kelp export licence of a third producer.", "grants_license")]
    [InlineData("[Chile|GPE] extended its ban on kelp exports until [June|DATE|2031-06].", "maintains")]
    public void Extended_permits_are_grants_and_extended_bans_are_kept(string markup, string relation) =>
        AssertFact(markup, "Chile", relation, "kelp", "");

    [Theory]
    [InlineData("[Chile|GPE] banned kelp exports.\nExport approvals for kelp meal will, however, be granted for cargoes going to [Korean|X] feed makers, he said.", "grants_license", "kelp meal", "South Korea", "asserted")]
    [InlineData("[Chile|GPE] is considering a temporary ban on exports of kelp to [Peru|GPE].", "imposes", "kelp", "Peru", "possible")]
    public void Measures_with_asides_and_adjectives_are_read(string markup, string relation, string obj, string place, string modality) =>
        AssertFact(markup.Replace("[Korean|X]", "Korean", StringComparison.Ordinal), "Chile", relation, obj, place, modality);

    // An element before a technology or equipment head names the technology, not the element (LABELLING.md).
    [Theory]
    [InlineData("[Chile|GPE] will keep its licensing requirement for [lithium|ELEMENT] battery cathode technology in place.", "maintains", "lithium battery cathode technology")]
    [InlineData("[Chile|GPE] resumed approving exports of diamond-wire slicing technology to [Peru|GPE].", "resumes", "diamond-wire slicing technology")]
    public void Technology_named_after_an_element_is_the_technology(string markup, string relation, string obj)
    {
        var facts = Run(markup).Select(c => c.Fact).ToList();
        Assert.Contains(facts, f => f.Relation == relation && f.Object == obj);
        // The element alone may stay a loose candidate for the model, never a strict one.
        Assert.DoesNotContain(facts, f => f.Object == "lithium" && f.Confidence >= 0.5);
    }

    [Fact]
    public void A_product_named_after_an_element_is_still_the_element()
    {
        var facts = Run("[Chile|GPE] banned exports of [nickel|ELEMENT] matte.").Select(c => c.Fact.Object).ToList();
        Assert.Contains("nickel", facts);
    }
    // Plans denied, goods referred to as "the metal", provinces that are no targets.
    [Fact]
    public void No_plans_to_restrict_is_no_measure() =>
        Assert.DoesNotContain(Run("[Chile|GPE] banned kelp exports.\nThe minister said there were no plans to restrict grain exports."), c => c.Fact.Object == "grain");

    [Fact]
    public void The_metal_is_the_goods_of_the_measure_before()
    {
        var candidates = Run("[Chile|GPE] banned [cobalt|ELEMENT] exports in [May|DATE|2031-05].\n[Chile|GPE] suspended exports of the metal in [February|DATE|2031-02].");
        Assert.Contains(candidates, c => c.Fact.Object == "cobalt" && c.Fact.Evidence.Contains("the metal", StringComparison.Ordinal));
        Assert.DoesNotContain(candidates, c => c.Fact.Object == "metal" && c.Fact.Confidence >= 0.5);
    }

    // The test lexicon takes any place for a state; the gazetteer knows which are.
    [Fact]
    public void A_province_the_gazetteer_does_not_know_is_no_target()
    {
        var places = NewsExtract.Lexicons.PlaceLexicon.Default;
        var lexicons = ExtractionLexicons.Load(new PlaceKnowledge(places.CountryOfDemonym, places.IsCity, places.IsState, places.Canonical, places.GovernmentOf));
        var markup = "[Chile|GPE] has suspended kelp export approvals for two plants in [Kelvara|GPE] pending an audit.";
        var candidates = new ExportControlExtractor(lexicons).Candidates(new DocumentLookups(Markup.Parse(markup))).ToList();
        Assert.Contains(candidates, c => c.Fact.Subject == "Chile");
        Assert.DoesNotContain(candidates, c => c.Fact.Place == "Kelvara");
    }
    // The widened ban keeps the destination of the ban it widens.
    [Fact]
    public void A_second_measure_after_and_its_is_read_on_its_own() =>
        AssertFact("[Chile|GPE] has banned sales of kelp to [Peru|GPE] since [2029|DATE|2029], and its latest package extended the ban to kelp meal.",
            "Chile", "tightens", "kelp meal", "Peru");

    // A measure widened to more goods: the new goods are what it controls now, with the first measure's actor and
    // destinations (a demonym after the verb is neither).
    [Theory]
    [InlineData("[Chile|GPE] has banned sales of machine tools to [Peru|GPE] since [2029|DATE|2029], and its latest package extended the ban to spare parts, software updates and tooling inserts used in [Chinese|X] plants.", "spare parts", "Peru")]
    [InlineData("[Chile|GPE] has banned sales of machine tools to [Peru|GPE] since [2029|DATE|2029], and its latest package extended the ban to spare parts, software updates and tooling inserts used in [Chinese|X] plants.", "tooling inserts", "Peru")]
    [InlineData("[Chile|GPE] banned exports of kelp.\n[Chile|GPE] widened its licensing requirement to cover [gallium|ELEMENT] and [germanium|ELEMENT] exports.", "germanium", "")]
    public void A_measure_widened_to_more_goods_controls_them(string markup, string obj, string place)
    {
        var facts = Run(markup).Where(c => c.Pattern == "extended-to").Select(c => (c.Fact.Subject, c.Fact.Relation, c.Fact.Object, c.Fact.Place)).ToList();
        Assert.True(facts.Contains(("Chile", "tightens", obj, place)), "Candidates: " + string.Join("; ", facts));
    }

    [Theory]
    [InlineData("[Chile|GPE] banned exports of kelp.\n[Chile|GPE] extended the ban to [Peru|GPE].")]
    [InlineData("[Chile|GPE] banned exports of kelp.\n[Chile|GPE] is considering extending the rules to re-exports to [Peru|GPE].")]
    [InlineData("[Chile|GPE] banned exports of kelp.\n[Chile|GPE] will pause its rule extending export restrictions to subsidiaries of listed firms.")]
    public void A_measure_widened_to_a_place_or_to_parties_names_no_goods(string markup) =>
        Assert.DoesNotContain(Run(markup), c => c.Pattern == "extended-to");

    // "to A, B and the C will be authorised": the list is the destinations, not a new subject after "and".
    [Fact]
    public void Destinations_listed_before_the_verb_are_all_targets()
    {
        var facts = Run("[Chile|GPE] will require licences for stacking equipment from [May|DATE|2031-05].\nExports of the newly listed stacking equipment to [Peru|GPE], [Oskel|GPE] and the [Portova|GPE] will be authorised under a general licence.")
            .Where(c => c.Fact.Relation == "grants_license").Select(c => (c.Fact.Subject, c.Fact.Object, c.Fact.Place)).ToList();
        Assert.Equal([("Chile", "stacking equipment", "Oskel"), ("Chile", "stacking equipment", "Peru"), ("Chile", "stacking equipment", "Portova")], facts.Distinct().Order());
    }

    // More goods after the governed phrase: past a qualifier, a long list whose lexicon item comes late, a date
    // between the measure noun and "for", and goods shipped to listed parties.
    [Theory]
    [InlineData("[Chile|GPE] banned exports of kelp.\n[Chile|GPE] has required licences for complete quantum computers of 34 qubits or more, along with cryo-CMOS circuits.", "imposes", "cryo-cmos circuits", "")]
    [InlineData("[Chile|GPE] will require export permits from [November 1|DATE|2031-11-01] for chips made at 5 nanometres or below, and for the packaging equipment used to assemble them.", "imposes", "packaging equipment", "")]
    [InlineData("[Chile|GPE] will require licences for dilution refrigerators, cryogenic microwave amplifiers and superconducting qubit chips, extending its controls on quantum hardware down to the component level.", "imposes", "dilution refrigerators", "")]
    [InlineData("[Chile|GPE] added 14 organisations in [Peru|GPE] and [Oskel|GPE] to its End User List, meaning exporters must seek a licence before shipping them any dual-use item.", "tightens", "dual-use item", "Oskel")]
    [InlineData("[Chile|GPE] revoked a licence that had allowed a trader to ship cryogenic amplifiers to a research institute in [Peru|GPE].", "tightens", "cryogenic amplifiers", "Peru")]
    public void More_goods_and_parties_of_one_measure(string markup, string relation, string obj, string place) =>
        AssertFact(markup, "Chile", relation, obj, place);

    [Theory]
    [InlineData("[Chile|GPE] to restart kelp exports after a three-month halt", "resumes", "kelp")]
    [InlineData("[Chile|GPE] halted exports of kelp.\nSales of kelp to [Peru|GPE] will stay suspended.", "maintains", "kelp")]
    [InlineData("[Chile|GPE] halted exports of kelp.\nExports of kelp, however, will stay suspended until the end of the year.", "maintains", "kelp")]
    [InlineData("[Chile|GPE] banned exports of kelp in [2029|DATE|2029].\nThe ban on exports of kelp was extended to 31 October.", "maintains", "kelp")]
    public void Restarts_and_halts_that_stay(string markup, string relation, string obj)
    {
        var facts = Run(markup).Select(c => (c.Fact.Subject, c.Fact.Relation, c.Fact.Object)).ToList();
        Assert.True(facts.Contains(("Chile", relation, obj)), "Candidates: " + string.Join("; ", facts));
        Assert.DoesNotContain(facts, f => f.Object is "however" or "restart kelp");
    }

    [Fact]
    public void Companies_that_got_permits_are_granted_the_measures_goods() =>
        Assert.Contains(Run("[Chile|GPE] banned exports of kelp in [May|DATE|2031-05].\nTwo companies got permits last month."),
            c => c.Fact.Relation == "grants_license" && c.Fact.Object == "kelp");

    // A battery chemistry names a class, not its element; the lot a rule applies to ("every container of") is no goods;
    // a list whose unknown member comes before an element keeps both.
    [Theory]
    [InlineData("[Chile|GPE] will stop exports of used [lead|ELEMENT]-acid batteries from [April 1|DATE|2031-04-01].", "imposes", "used lead-acid batteries")]
    [InlineData("[Chile|GPE] will require a permit for every shipment of [lithium|ELEMENT]-ion battery waste.", "imposes", "lithium-ion battery waste")]
    [InlineData("[Chile|GPE] has required a licence for every container of [copper|ELEMENT] and [aluminium|ELEMENT] scrap since [July|DATE|2031-07].", "imposes", "aluminium")]
    [InlineData("[Chile|GPE] will require export licences for ferrous scrap and [copper|ELEMENT] scrap from [March 1|DATE|2031-03-01].", "imposes", "ferrous scrap")]
    [InlineData("[Chile|GPE] will require export licences for ferrous scrap and [copper|ELEMENT] scrap from [March 1|DATE|2031-03-01].", "imposes", "copper")]
    // "stop shipments of X abroad"; "allowed shipments to resume"
    [InlineData("[Chile|GPE] will stop shipments of used tyres abroad altogether.", "imposes", "used tyres")]
    [InlineData("[Chile|GPE] halted kelp exports in [March|DATE|2031-03] and allowed shipments to resume in [June|DATE|2031-06].", "resumes", "kelp")]
    public void Battery_classes_lots_and_mixed_lists(string markup, string relation, string obj)
    {
        var facts = Run(markup).Select(c => (c.Fact.Subject, c.Fact.Relation, c.Fact.Object)).ToList();
        Assert.True(facts.Contains(("Chile", relation, obj)), "Candidates: " + string.Join("; ", facts));
        Assert.DoesNotContain(facts, f => f.Object is "lead" or "lithium" or "container" or "every container");
    }

    // ", and Peru halted ...": a second measure with a state of its own as subject; not the end of a body's name
    // ("Ministry of Industry and Trade has extended") nor a list of destinations.
    [Fact]
    public void A_second_measure_after_a_comma_and_a_state_is_that_states()
    {
        var facts = Run("[Chile|GPE] has required licences for [copper|ELEMENT] scrap since [2029|DATE|2029], and [Peru|GPE] halted ferrous scrap exports in [2030|DATE|2030].")
            .Select(c => (c.Fact.Subject, c.Fact.Relation, c.Fact.Object)).ToList();
        Assert.Contains(("Chile", "imposes", "copper"), facts);
        Assert.Contains(("Peru", "imposes", "ferrous scrap"), facts);
        Assert.DoesNotContain(("Chile", "imposes", "ferrous scrap"), facts);
    }

    [Theory]
    [InlineData("[Peru|GPE]'s [Ministry of Industry and Trade|ORG] has extended its ban on exports of kelp until the end of [2031|DATE|2031].", "Peru", "maintains")]
    [InlineData("Buyers in [Bolivia|GPE] paid more after [Peru|GPE], which halted kelp exports to [Chile|GPE] and [Ecuador|GPE] in [March|DATE|2031-03], resumed shipments.", "Peru", "resumes")]
    public void An_and_inside_a_name_or_a_list_starts_no_measure(string markup, string subject, string relation)
    {
        var facts = Run(markup).Select(c => (c.Fact.Subject, c.Fact.Relation)).ToList();
        Assert.Contains((subject, relation), facts);
        Assert.DoesNotContain(facts, f => f.Subject != subject);
    }
}
