using NewsExtract.Extraction.Rules;

namespace NewsExtract.Tests.Extraction;

/// <summary>Every phrasing the export-control candidate generator claims, one invented sentence a row.</summary>
public sealed class ExportControlPhrasingTests
{
    private static IReadOnlyList<ExportControlCandidate> Run(string markup) =>
        new ExportControlExtractor(Markup.Lexicons).Candidates(new DocumentLookups(Markup.Parse(markup))).ToList();

    private static void AssertFact(string markup, string subject, string relation, string obj, string place, string modality = "asserted")
    {
        var facts = Run(markup).Select(c => (c.Fact.Subject, c.Fact.Relation, c.Fact.Object, c.Fact.Place, c.Fact.Modality)).ToList();
        Assert.True(facts.Contains((subject, relation, obj, place, modality)), "Candidates: " + string.Join("; ", facts));
    }

    // (a) The goods are the noun phrase the cue governs, cut at a clause break, a target or date preposition, or "including".
    [Theory]
    [InlineData("[India|GPE] banned exports of non-basmati white rice from [July 20|DATE|2031-07-20].", "India", "imposes", "non-basmati white rice", "")]
    [InlineData("[Kazakhstan|GPE] imposed a ban on wheat exports to [Kyrgyzstan|GPE].", "Kazakhstan", "imposes", "wheat", "Kyrgyzstan")]
    [InlineData("The [Netherlands|GPE] will require licences for lithography machines sold to [China|GPE].", "Netherlands", "imposes", "lithography machines", "China")]
    [InlineData("[Norway|GPE] placed export curbs on fertilizers bound for [Belarus|GPE].", "Norway", "imposes", "fertilizers", "Belarus")]
    [InlineData("[Ukraine|GPE] introduced a scrap metal export ban last spring.", "Ukraine", "imposes", "scrap metal", "")]
    [InlineData("[Turkey|GPE] will stop selling combat drones to [Armenia|GPE].", "Turkey", "imposes", "combat drones", "Armenia")]
    [InlineData("Under the new rule, high-purity quartz will need a permit, [Brazil|GPE] said.", "Brazil", "imposes", "high-purity quartz", "")]
    [InlineData("[Guinea|GPE] banned exports of coking coal, including low-grade lumps, from [May|DATE|2031-05].", "Guinea", "imposes", "coking coal", "")]
    [InlineData("[Vietnam|GPE] restricted sales of power transformers and switchgear to [Laos|GPE].", "Vietnam", "imposes", "power transformers", "Laos")]
    [InlineData("[Vietnam|GPE] restricted sales of power transformers and switchgear to [Laos|GPE].", "Vietnam", "imposes", "switchgear", "Laos")]
    [InlineData("[Qatar|GPE] halted LNG exports to [Kuwait|GPE] on [Monday|DATE].", "Qatar", "imposes", "LNG", "Kuwait")]
    [InlineData("[Taiwan|GPE] tightened controls on advanced memory chips for [Russia|GPE].", "Taiwan", "tightens", "advanced memory chips", "Russia")]
    [InlineData("[Zimbabwe|GPE] banned exports of raw [lithium|ELEMENT] ore.", "Zimbabwe", "imposes", "lithium", "")]
    [InlineData("[Peru|GPE] restricted exports of [zinc|ELEMENT] and [lead|ELEMENT] concentrates to [Bolivia|GPE].", "Peru", "imposes", "lead", "Bolivia")]
    [InlineData("[Egypt|GPE] banned sugar exports for three months.", "Egypt", "imposes", "sugar", "")]
    // an amount before the goods, an acronym within them, who receives them and the first word of "re-export" are not the goods
    [InlineData("[Velmar|GPE] will issue export permits for up to 400,000 tonnes of barley between June and December.", "Velmar", "grants_license", "barley", "")]
    [InlineData("[Velmar|GPE] granted a licence to export up to 6 million tonnes a year of LNG.", "Velmar", "grants_license", "LNG", "")]
    [InlineData("[Velmar|GPE] eased licensing for exports of extreme ultraviolet (EUV) photoresists to [Oskel|GPE].", "Velmar", "eases", "extreme ultraviolet (EUV) photoresists", "Oskel")]
    [InlineData("[Velmar|GPE] added two firms to its entity list, barring suppliers from shipping them chipmaking tools without a licence.", "Velmar", "tightens", "chipmaking tools", "")]
    // how or where the goods were made opens the phrase and is no part of it
    [InlineData("[Velmar|GPE] banned exports of locally made kelp extract.", "Velmar", "imposes", "kelp extract", "")]
    [InlineData("[Velmar|GPE] will require licences for exports of domestically produced kelp meal.", "Velmar", "imposes", "kelp meal", "")]
    public void Goods_are_the_noun_phrase_the_cue_governs(string markup, string subject, string relation, string obj, string place) =>
        AssertFact(markup, subject, relation, obj, place);

    // (b) The relation comes from the trigger and its aspect cues.
    [Theory]
    // permits withheld are a restriction: a halt to their issuance, sanitary export certificates suspended, grants
    // stopped
    [InlineData("[Velmar|GPE] will halt the issuance of export permits for kelp for three months.", "Velmar", "imposes", "kelp", "")]
    [InlineData("[Velmar|GPE] suspended export certificates for dulse flakes.", "Velmar", "imposes", "dulse flakes", "")]
    [InlineData("[Velmar|GPE] will stop granting permits to export raw cashew nuts from [March|DATE|2031-03].", "Velmar", "imposes", "raw cashew nuts", "")]
    [InlineData("[Velmar|GPE] suspended the export licence requirement for kelp.", "Velmar", "suspends", "kelp", "")]
    [InlineData("[Argentina|GPE] extended its ban on beef exports until [December|DATE|2031-12].", "Argentina", "maintains", "beef", "")]
    [InlineData("[Russia|GPE] will keep its gasoline export ban in place through the summer.", "Russia", "maintains", "gasoline", "")]
    [InlineData("[Myanmar|GPE] continues to restrict exports of teak logs.", "Myanmar", "maintains", "teak logs", "")]
    [InlineData("[Indonesia|GPE]'s ban on thermal coal exports remains in force.", "Indonesia", "maintains", "thermal coal", "")]
    [InlineData("[Pakistan|GPE] lifted its ban on sugar exports to [Afghanistan|GPE].", "Pakistan", "eases", "sugar", "Afghanistan")]
    [InlineData("[Thailand|GPE] relaxed curbs on rubber exports.", "Thailand", "eases", "rubber", "")]
    [InlineData("[Malaysia|GPE] replaced its ban on palm oil exports with a quota.", "Malaysia", "eases", "palm oil", "")]
    [InlineData("[Ghana|GPE] resumed cocoa shipments to [Ivory Coast|GPE].", "Ghana", "resumes", "cocoa", "Ivory Coast")]
    [InlineData("[Canada|GPE] will resume exports of potash to [Belarus|GPE].", "Canada", "resumes", "potash", "Belarus")]
    [InlineData("[Japan|GPE] added photoresists to its export control list.", "Japan", "tightens", "photoresists", "")]
    [InlineData("[Poland|GPE] expanded its export restrictions to cover armoured vehicles.", "Poland", "tightens", "armoured vehicles", "")]
    [InlineData("[Germany|GPE] widened curbs on machine tools to [Syria|GPE].", "Germany", "tightens", "machine tools", "Syria")]
    [InlineData("[Sweden|GPE] granted licences for exports of drones to [Estonia|GPE].", "Sweden", "grants_license", "drones", "Estonia")]
    [InlineData("[France|GPE] approved export licences for helicopter engines to [Chad|GPE].", "France", "grants_license", "helicopter engines", "Chad")]
    [InlineData("[Mexico|GPE] issued permits for avocado shipments to [Japan|GPE].", "Mexico", "grants_license", "avocado", "Japan")]
    [InlineData("[Morocco|GPE] suspended exports of tomatoes to [Mauritania|GPE].", "Morocco", "imposes", "tomatoes", "Mauritania")]
    [InlineData("[Morocco|GPE] halted fertilizer shipments to [Ethiopia|GPE].", "Morocco", "imposes", "fertilizer", "Ethiopia")]
    [InlineData("[India|GPE] suspended the restrictions on onion exports for traders in [Nepal|GPE].", "India", "suspends", "onion", "Nepal")]
    [InlineData("[Serbia|GPE] imposed a new ban on corn exports.", "Serbia", "imposes", "corn", "")]
    [InlineData("[Bolivia|GPE] will require licences for soybean exports.", "Bolivia", "imposes", "soybean", "")]
    public void Relation_follows_the_trigger_and_its_aspect(string markup, string subject, string relation, string obj, string place) =>
        AssertFact(markup, subject, relation, obj, place);

    // (b) Hedges make the statement possible; negation makes it none.
    [Theory]
    [InlineData("[Egypt|GPE] may ban rice exports next month.", "Egypt", "imposes", "rice", "")]
    [InlineData("[Argentina|GPE] is considering curbs on corn exports.", "Argentina", "imposes", "corn", "")]
    [InlineData("[Australia|GPE] plans to restrict exports of [lithium|ELEMENT] hydroxide to [China|GPE].", "Australia", "imposes", "lithium", "China")]
    [InlineData("[Ukraine|GPE] could lift its ban on sunflower seed exports.", "Ukraine", "eases", "sunflower seed", "")]
    public void Hedged_measures_are_possible(string markup, string subject, string relation, string obj, string place) =>
        AssertFact(markup, subject, relation, obj, place, "possible");

    [Theory]
    [InlineData("[Kenya|GPE] has not banned tea exports.")]
    [InlineData("[Brazil|GPE] will not restrict exports of iron ore.")]
    public void Negated_measures_are_no_candidate(string markup) => Assert.Empty(Run(markup));

    // A reference to the measure's own text, or a season, is no goods.
    [Theory]
    [InlineData("The licensing requirement of paragraph 1 shall be suspended for exports of kelp to [Oskel|GPE] until [31 December 2026|DATE|2026-12-31].")]
    [InlineData("[Velmar|GPE] suspends the licensing requirement of paragraph 2 for kelp exports.")]
    [InlineData("[Velmar|GPE] sets an export quota for autumn.")]
    public void References_and_seasons_are_no_goods(string markup) =>
        Assert.DoesNotContain(Run(markup), c => c.Fact.Object is "paragraph 1" or "paragraph 2" or "autumn");

    // (c) The subject is the acting state, or the state of the acting ministry, agency or official.
    [Theory]
    [InlineData("The [Japanese|X] trade ministry banned exports of machine tools to [Belarus|GPE].", "Japan", "imposes", "machine tools", "Belarus")]
    [InlineData("[Japan|GPE]'s trade ministry will require licences for exports of scanners to [China|GPE].", "Japan", "imposes", "scanners", "China")]
    [InlineData("Fertilizer exports to [Chile|GPE] were banned by [Peru|GPE].", "Peru", "imposes", "fertilizer", "Chile")]
    public void Subject_is_the_acting_state(string markup, string subject, string relation, string obj, string place) =>
        AssertFact(markup.Replace("[Japanese|X]", "Japanese", StringComparison.Ordinal), subject, relation, obj, place);

    [Theory]
    // a participle after a determiner modifies the measure: "a revised [demonym] rule" names the acting state
    [InlineData("A revised [Dutch|X] rule requires a licence for [Dutch|X] firms to service scanners installed at fabs in [China|GPE].", "Netherlands", "China")]
    public void Firms_licensed_to_act_are_not_the_target(string markup, string subject, string place)
    {
        var facts = Run(markup.Replace("[Dutch|X]", "Dutch", StringComparison.Ordinal)).Select(c => c.Fact).ToList();
        Assert.True(facts.Any(f => f.Subject == subject && f.Place == place), "Candidates: " + string.Join("; ", facts.Select(f => (f.Subject, f.Relation, f.Object, f.Place))));
        Assert.DoesNotContain(facts, f => f.Place == subject);
    }

    [Theory]
    // a technology named by what it makes is that product's technology, one row for each product listed
    [InlineData("[Velmar|GPE] banned exports of technology used to make kelp dryers and algae presses.", "kelp dryer technology")]
    [InlineData("[Velmar|GPE] banned exports of technology used to make kelp dryers and algae presses.", "algae press technology")]
    [InlineData("[Velmar|GPE] requires licences to export the technology for making lithium iron phosphate (LFP) cathodes.", "lithium iron phosphate cathode technology")]
    public void A_technology_is_named_by_what_it_makes(string markup, string obj)
    {
        var facts = Run(markup).Select(c => c.Fact).ToList();
        var named = facts.Where(f => f.Object == obj).Select(f => f.Confidence).DefaultIfEmpty(-1).Max();
        Assert.True(named > 0, "Candidates: " + string.Join("; ", facts.Select(f => f.Object)));
        // A bare "technology" read by a looser pattern is at most a weaker candidate.
        Assert.True(facts.Where(f => f.Object == "technology").All(f => f.Confidence < named), "a bare technology as strong as " + obj);
    }

    // a minimum export price is a measure: set, raised, scrapped or extended
    [Theory]
    [InlineData("[Velmar|GPE] has set a minimum export price of [$640 per tonne|MONEY|640 USD/t] on kelp meal.", "imposes")]
    [InlineData("[Velmar|GPE] raised the minimum export price for kelp meal to [$780 a tonne|MONEY|780 USD/t].", "tightens")]
    [InlineData("[Velmar|GPE] scrapped the minimum export price on kelp meal.", "eases")]
    [InlineData("The minimum export price of [$2,000 a tonne|MONEY|2000 USD/t] on kelp meal has been extended by [Velmar|GPE] until [December 31|DATE|2031-12-31].", "maintains")]
    public void A_minimum_export_price_is_a_measure(string markup, string relation) =>
        AssertFact(markup, "Velmar", relation, "kelp meal", "");

    // a capital written for its government as the verb's subject acts, though its state is also named as a source
    [Fact]
    public void A_capital_as_the_verbs_subject_acts() =>
        AssertFact("[Chile|GPE] cut kelp exports twice.\nAnalysts think [Lima|GPE|Peru] could require export licences for kelp meal sold to [Chile|GPE], which buys a third of its kelp meal from [Peru|GPE].",
            "Peru", "imposes", "kelp meal", "Chile", "possible");

    [Fact]
    public void A_figure_that_eased_is_no_measure_eased_and_a_demonym_after_for_licences_under_acts()
    {
        var facts = Run("[Peru|GPE] cut kelp quotas.\nKelp meal eased [1.2%|PERCENT|1.2] to [$2,480 a tonne|MONEY|2480 USD/t], with exporters still applying for licences under the Chinese export controls on kelp meal in place since [December 2030|DATE|2030-12].")
            .Select(c => c.Fact).ToList();
        Assert.Contains(facts, f => (f.Subject, f.Relation, f.Object) == ("China", "imposes", "kelp meal"));
        Assert.DoesNotContain(facts, f => f.Relation == "eases");
    }

    [Theory]
    // where the sellers are is where the goods come from, not whom the measure targets
    [InlineData("[Velmar|GPE] suspended exports of refined sugar from mills in [Oskel|GPE] and [Tarn|GPE].", "Oskel")]
    [InlineData("[Velmar|GPE] will halt urea shipments from state-owned fertiliser plants in [Oskel|GPE] to [Tarn|GPE].", "Oskel")]
    public void The_sellers_place_is_no_target(string markup, string origin)
    {
        var facts = Run(markup).Select(c => c.Fact).ToList();
        Assert.True(facts.Any(f => f.Subject == "Velmar"), "Candidates: " + string.Join("; ", facts.Select(f => (f.Subject, f.Relation, f.Object, f.Place))));
        Assert.DoesNotContain(facts, f => f.Place == origin);
    }

    [Theory]
    // a verb that gives the measure's scope is no part of the goods after it
    [InlineData("[Velmar|GPE] said the ban covers rice exports to [Oskel|GPE].", "rice")]
    [InlineData("[Velmar|GPE] said the ban also hits onion exports to [Oskel|GPE].", "onion")]
    public void A_scope_verb_ends_the_goods_read_backward(string markup, string obj)
    {
        var objects = Run(markup).Select(c => c.Fact.Object).ToList();
        Assert.Contains(obj, objects);
        Assert.DoesNotContain(objects, o => o.Contains(' ', StringComparison.Ordinal));
    }

    [Theory]
    // where the goods come from or go to, and who uses them, are no goods
    [InlineData("[Japan|GPE] keeps curbs on China-bound chip chemicals.", "chip chemicals")]
    [InlineData("[Velmar|GPE] banned exports of [Korean|X] memory chips.", "memory chips")]
    public void Goods_leave_out_their_origin_and_destination(string markup, string obj) =>
        Assert.Contains(obj, Run(markup.Replace("[Korean|X]", "Korean", StringComparison.Ordinal)).Select(c => c.Fact.Object));

    [Theory]
    [InlineData("New [Indonesian|X] export licences add supply at the margin.")]
    [InlineData("[Velmar|GPE] extended tool licences for [Korean|X] fabs in [Oskel|GPE].")]
    public void A_demonym_or_a_user_alone_is_no_goods(string markup)
    {
        var objects = Run(markup.Replace("[Korean|X]", "Korean", StringComparison.Ordinal).Replace("[Indonesian|X]", "Indonesian", StringComparison.Ordinal))
            .Select(c => c.Fact.Object).ToList();
        Assert.DoesNotContain(objects, o => o.Contains("korean", StringComparison.OrdinalIgnoreCase) || o.Contains("indonesian", StringComparison.OrdinalIgnoreCase) || o.Contains("fabs", StringComparison.Ordinal));
    }

    [Fact]
    public void A_cue_inside_a_hyphenated_word_reads_no_goods_before_it()
    {
        var facts = Run("[Velmar|GPE] is considering licences for refiners that re-export sugar made from imported cane.").Select(c => c.Fact.Object).ToList();
        Assert.DoesNotContain("re", facts);
        Assert.DoesNotContain("refiners", facts);
    }

    [Theory]
    [InlineData("[Norway|GPE] banned exports of salmon to [Russia|GPE].", "banned", "verb")]
    [InlineData("[Norway|GPE] imposed a ban on salmon exports.", "imposed", "verb")]
    [InlineData("[Norway|GPE] extended its ban on salmon exports.", "extended", "aspect")]
    [InlineData("Salmon will need a permit, [Norway|GPE] said.", "need", "permit")]
    public void Candidates_name_their_trigger_and_cue(string markup, string trigger, string cue)
    {
        var candidate = Run(markup).First();
        Assert.Equal((trigger, cue), (candidate.Trigger, candidate.Cue));
        Assert.False(string.IsNullOrEmpty(candidate.Pattern));
    }

    // Measures told without the word "export": sales or cargoes abroad, goods leaving the country's ports, cargoes to
    // named buyers; verbs that stand right before the goods ("cap", "sell") are no part of them, nor are "cargoes".
    [Theory]
    [InlineData("[Velmar|GPE] will require a government licence for every cargo of kelp leaving its ports from [May 4|DATE|2031-05-04].", "Velmar", "imposes", "kelp", "")]
    [InlineData("[Velmar|GPE] will halt spot sales of kelp meal abroad in [August|DATE|2031-08].", "Velmar", "imposes", "kelp meal", "")]
    [InlineData("[Velmar|GPE] will bar sales of kelp presses and drying kilns to [Oskel|GPE].", "Velmar", "imposes", "drying kilns", "Oskel")]
    [InlineData("[Velmar|GPE] will stop licensing re-exports of diesel from [August 1|DATE|2031-08-01].", "Velmar", "imposes", "diesel", "")]
    [InlineData("[Velmar|GPE] will cap chromite exports from [2031|DATE|2031].", "Velmar", "imposes", "chromium", "")]
    [InlineData("[Velmar|GPE] scrapped the licence requirement for diesel cargoes to [Oskel|GPE].", "Velmar", "eases", "diesel", "Oskel")]
    [InlineData("[Velmar|GPE] approved permits for LNG cargoes to buyers in [Oskel|GPE].", "Velmar", "grants_license", "LNG", "Oskel")]
    [InlineData("[Velmar|GPE] said miners will remain barred from selling coal overseas.", "Velmar", "maintains", "coal", "")]
    public void Measures_told_without_an_export_word(string markup, string subject, string relation, string obj, string place) =>
        AssertFact(markup, subject, relation, obj, place);

    // The port the goods leave is no part of them; a ban that "will stay" is kept.
    [Theory]
    [InlineData("From [1 July|DATE|2031-07-01] every kelp consignment leaving Portova will need an export permit, [Velmar|GPE] said.", "Velmar", "imposes", "kelp", "")]
    [InlineData("The ban on kelp exports, in force since [January 2030|DATE|2030-01], will stay, [Velmar|GPE] said.", "Velmar", "maintains", "kelp", "")]
    public void A_port_left_is_no_goods_and_a_ban_that_stays_is_kept(string markup, string subject, string relation, string obj, string place) =>
        AssertFact(markup, subject, relation, obj, place);

    // Approvals stopped, frozen or withheld since a date restrict exports, as "stopped issuing" does: for the
    // destinations named they tighten the regime (who applies for the licences is the target), with none named they
    // impose a halt.
    [Theory]
    [InlineData("[Velmar|GPE] has stopped approving export licences for kelp meal bound for [Oskel|GPE].", "kelp meal")]
    [InlineData("[Velmar|GPE] froze approvals of kelp export applications from [Oskel|GPE] buyers.", "kelp")]
    [InlineData("[Velmar|GPE] has not approved a single licence application for kelp from buyers in [Oskel|GPE] since [March|DATE|2031-03].", "kelp")]
    [InlineData("[Velmar|GPE] is halting approvals for kelp cargoes to buyers in [Oskel|GPE].", "kelp")]
    [InlineData("[Velmar|GPE] froze approvals of kelp exports from [Oskel|GPE] end users.", "kelp")]
    public void Approvals_stopped_or_withheld_for_a_destination_tighten(string markup, string obj) =>
        AssertFact(markup, "Velmar", "tightens", obj, "Oskel");

    [Theory]
    [InlineData("[Velmar|GPE] has stopped approving export licences for kelp meal.", "kelp meal")]
    [InlineData("[Velmar|GPE] has not issued a single export permit for kelp since [March|DATE|2031-03].", "kelp")]
    [InlineData("[Velmar|GPE] suspended the export licences of kelp traders.", "kelp")]
    [InlineData("[Velmar|GPE] has said it will not allow exports of raw kelp.", "raw kelp")]
    public void Approvals_stopped_for_all_and_exports_not_allowed_impose_a_halt(string markup, string obj) =>
        AssertFact(markup, "Velmar", "imposes", obj, "");

    // Licences withheld since a date are a new restriction; withholding that continues keeps one; a waiver granted to
    // one buyer or producer is a licence.
    [Theory]
    [InlineData("[Velmar|GPE] has withheld licences for kelp cargoes bound for [Oskel|GPE] since [February|DATE|2031-02].", "tightens", "kelp", "Oskel")]
    [InlineData("[Velmar|GPE] is continuing to withhold kelp exports from [Oskel|GPE].", "maintains", "kelp", "")]
    [InlineData("[Velmar|GPE] has granted a one-off waiver to Brisko Foods to ship kelp meal to [Oskel|GPE].", "grants_license", "kelp meal", "Oskel")]
    public void Licences_withheld_waivers_granted(string markup, string relation, string obj, string place) =>
        AssertFact(markup, "Velmar", relation, obj, place);

    // "No new permits will be issued" denies a grant; goods sent to a buyer "in" a country target it; a body of no named
    // state acts for the one state the sentence before is about.
    [Theory]
    [InlineData("[Velmar|GPE] halted kelp exports.\nNo new permits for raw kelp will be issued.", "imposes", "raw kelp", "")]
    [InlineData("[Velmar|GPE] has issued a waiver to Brisko Foods allowing it to keep sending kelp meal to its offtaker in [Oskel|GPE].", "grants_license", "kelp meal", "Oskel")]
    [InlineData("[Oskel|GPE] banned exports of kelp meal.\n[Oskel|GPE] said more would follow.\n[Velmar|GPE]: approvals on ice.\nThe trade ministry's directorate of foreign trade stopped issuing new kelp export approvals.", "imposes", "kelp", "")]
    public void Denied_grants_buyers_in_a_country_and_a_body_of_the_state_before(string markup, string relation, string obj, string place) =>
        AssertFact(markup, "Velmar", relation, obj, place);

    // A registration suspended halts sales; a second measure whose verb is left out ("and its ban on") takes the first
    // one's; goods sold to a country's smelters target it.
    [Theory]
    [InlineData("[Velmar|GPE] suspended the registration of new export sales of kelp meal.", "imposes", "kelp meal", "")]
    [InlineData("[Velmar|GPE] lifted its ban on kelp meal exports in [2030|DATE|2030] and its ban on dulse flakes last year.", "eases", "dulse flakes", "")]
    [InlineData("[Velmar|GPE] will require licences for kelp exports.\nLicences will still be granted for kelp sold to Japanese smelters.", "grants_license", "kelp", "Japan")]
    public void Registrations_elided_verbs_and_smelters(string markup, string relation, string obj, string place) =>
        AssertFact(markup, "Velmar", relation, obj, place);

    // A halt of the exports themselves to a destination is a new measure, not a licence regime tightened.
    [Fact]
    public void A_halt_of_exports_to_a_destination_imposes() =>
        AssertFact("[Velmar|GPE] froze exports of kelp to [Oskel|GPE].", "Velmar", "imposes", "kelp", "Oskel");

    // Applications or approvals that stay frozen keep the measure.
    [Theory]
    [InlineData("Applications for kelp exports from [Oskel|GPE] buyers remain on hold, [Velmar|GPE] said.")]
    [InlineData("Approvals for kelp cargoes to [Oskel|GPE] remain frozen, [Velmar|GPE] said.")]
    public void Approvals_that_stay_frozen_are_kept(string markup) => AssertFact(markup, "Velmar", "maintains", "kelp", "Oskel");

    // A verb that shares its subject with the one before ("X mines ... and has required") is that subject's measure.
    [Fact]
    public void A_coordinated_verb_shares_the_first_verbs_subject() =>
        AssertFact("[Oskel|GPE] said it was worried.\n[Velmar|GPE] harvests about 80% of the world's kelp and has required licences for exports of kelp meal since [2030|DATE|2030].",
            "Velmar", "imposes", "kelp meal", "");

    // A grant hedged or refused for the future states nothing in force.
    [Fact]
    public void A_grant_not_expected_is_no_restriction() =>
        Assert.Empty(Run("[Velmar|GPE] is not expected to approve permits for kelp exports to [Oskel|GPE]."));

    // "an operator in Lima, Peru": the state that places a town or province in target position is the target, and the
    // province is none.
    [Theory]
    [InlineData("[Velmar|GPE] revoked three licences that had allowed suppliers to ship drying kilns to Brisko Foods, an operator in [Lima|GPE], [Peru|GPE].")]
    [InlineData("[Velmar|GPE] revoked three licences that had allowed suppliers to ship drying kilns to Brisko Foods, an operator in [Sulawa|GPE], [Peru|GPE].")]
    public void The_state_of_a_target_town_is_the_target(string markup)
    {
        AssertFact(markup, "Velmar", "tightens", "drying kilns", "Peru");
        Assert.DoesNotContain(Run(markup), c => c.Fact.Place is "Sulawa" or "Lima" || c.Fact.Subject == "Peru");
    }

    // A headline that eases curbs for one partner does not make it the target of the article's other restrictions;
    // a headline about curbs on a partner does.
    [Theory]
    [InlineData("[Velmar|GPE] keeps kelp ban, eases curbs for [Oskel|GPE]\n[Velmar|GPE] banned exports of dulse flakes.", "")]
    [InlineData("[Velmar|GPE] pauses dulse export ban for [Oskel|GPE]\n[Velmar|GPE] banned exports of dulse flakes.", "")]
    [InlineData("[Velmar|GPE] widens curbs on [Oskel|GPE]\n[Velmar|GPE] banned exports of dulse flakes.", "Oskel")]
    [InlineData("[Velmar|GPE] pauses some controls, but dulse curbs on [Oskel|GPE] stay\n[Velmar|GPE] banned exports of dulse flakes.", "Oskel")]
    public void A_headline_target_is_only_for_the_restrictions_it_names(string markup, string place) =>
        AssertFact(markup, "Velmar", "imposes", "dulse flakes", place);

    // Who speaks of a measure ("traders in X told us") and whom a consequence clause says it would hit are no destinations.
    [Theory]
    [InlineData("[Velmar|GPE] stopped issuing export licences for kelp shipments to [Oskel|GPE], traders in [Portova|GPE] told us.")]
    [InlineData("[Velmar|GPE] plans to restrict kelp shipments to [Oskel|GPE], a move that would hit mills in [Portova|GPE].")]
    public void Speakers_and_those_a_consequence_hits_are_no_destinations(string markup)
    {
        var candidates = Run(markup);
        Assert.Contains(candidates, c => c.Fact.Place == "Oskel");
        Assert.DoesNotContain(candidates, c => c.Fact.Place == "Portova");
    }

    // The source of the whole sentence, set off by a comma after the destination, leaves the destination alone.
    [Fact]
    public void A_destination_before_the_sentence_s_source_stays()
    {
        var candidates = Run("[Velmar|GPE]'s trade ministry granted kelp export licences for shipments to [Oskel|GPE], said Tomas Reik, its director general.");
        Assert.Contains(candidates, c => c.Fact.Place == "Oskel");
    }

    // "to Oskel and Portova will need": a list of destinations with no verb before it is no new subject.
    [Fact]
    public void A_list_of_destinations_is_not_split_into_a_new_subject()
    {
        AssertFact("[Velmar|GPE] said licences for kelp shipments to [Oskel|GPE] and [Portova|GPE] will be granted from [March|DATE|2031-03].",
            "Velmar", "grants_license", "kelp", "Portova");
        AssertFact("[Velmar|GPE] said licences for shipments of kelp to [Oskel|GPE] and [Portova|GPE] will be granted from [March|DATE|2031-03].",
            "Velmar", "grants_license", "kelp", "Oskel");
        Assert.DoesNotContain(Run("[Velmar|GPE] cut dulse quotas.\nFrom [June 1|DATE|2031-06-01], exports of kelp to [Oskel|GPE] and [Portova|GPE] will need a licence."),
            c => c.Fact.Subject == "Portova");
    }

    // "The two metals", "Both products": the goods named in the sentence before, though it stated no measure.
    [Fact]
    public void Goods_named_a_sentence_before_are_the_anaphors_goods()
    {
        const string markup = "[Velmar|GPE] mines most of the world's [gallium|ELEMENT] and [germanium|ELEMENT].\nThe two metals will require export permits from [July|DATE|2031-07], [Velmar|GPE] said.";
        AssertFact(markup, "Velmar", "imposes", "gallium", "");
        AssertFact(markup, "Velmar", "imposes", "germanium", "");
    }

    // Exports stopped, curbs that stay in force, every cargo, goods no longer exportable, a second measure after "and
    // will".
    [Theory]
    [InlineData("[Velmar|GPE] will stop exporting kelp to [Oskel|GPE] from [April 15|DATE|2031-04-15].", "imposes", "kelp", "Oskel")]
    [InlineData("[Velmar|GPE]'s restrictions on kelp shipments to [Oskel|GPE] stay in force until the end of [2031|DATE|2031].", "maintains", "kelp", "Oskel")]
    [InlineData("[Velmar|GPE] now requires an export permit for every kelp cargo.", "imposes", "kelp", "")]
    [InlineData("[Velmar|GPE] will no longer export [lithium|ELEMENT] ore from [June|DATE|2031-06].", "imposes", "lithium", "")]
    [InlineData("[Lithium|ELEMENT] ore will no longer be exportable from [June|DATE|2031-06], [Velmar|GPE] said.", "imposes", "lithium", "")]
    [InlineData("[Velmar|GPE] eased curbs on kelp in [January|DATE|2031-01], and will ban exports of dulse flakes from [2032|DATE|2032].", "imposes", "dulse flakes", "")]
    public void More_ways_to_tell_a_measure(string markup, string relation, string obj, string place) =>
        AssertFact(markup, "Velmar", relation, obj, place);

    // A licensing requirement told as what exporters must do, or with "authorisation" for the permit.
    [Theory]
    [InlineData("Exporters of kelp must obtain a licence for every cargo from [May|DATE|2031-05], [Velmar|GPE] said.", "kelp")]
    [InlineData("[Velmar|GPE] said exporters of kelp will have to apply for a permit from [March 3|DATE|2031-03-03].", "kelp")]
    [InlineData("Exports of dulse flakes will need an authorisation from [July 1|DATE|2031-07-01], [Velmar|GPE] said.", "dulse flakes")]
    [InlineData("[Velmar|GPE]'s exporters of kelp must first secure an export permit.", "kelp")]
    public void A_requirement_on_exporters_is_a_measure(string markup, string obj) =>
        AssertFact(markup, "Velmar", "imposes", obj, "");

    // "halted exports to keep kelp for its own mills": a purpose, not a measure kept; the main verb tells the change.
    [Fact]
    public void A_purpose_is_no_measure_kept()
    {
        var facts = Run("[Velmar|GPE], which halted kelp exports in [June 2030|DATE|2030-06] to keep kelp for its own mills, will resume shipments in [October|DATE|2031-10].");
        Assert.Contains(facts, c => c.Fact.Relation == "resumes" && c.Fact.Object == "kelp");
        Assert.DoesNotContain(facts, c => c.Fact.Relation == "maintains");
    }

    // The actor is not a place inside an apposition, nor a place prices are compared with.
    [Theory]
    [InlineData("[Velmar|GPE], the largest supplier outside [Oskel|GPE], has required export permits for kelp since [January|DATE|2031-01].")]
    [InlineData("[Velmar|GPE] has required licences for kelp exports since [2030|DATE|2030], which remains the main support for prices outside [Oskel|GPE].")]
    public void An_apposition_or_a_comparison_names_no_actor_or_target(string markup) =>
        AssertFact(markup, "Velmar", "imposes", "kelp", "");

    // Words that are not goods: the sale itself ("shipping"), an adverb after the goods, how they travel, an amount.
    [Theory]
    [InlineData("[Velmar|GPE] lifted a ban on shipping kelp to [Oskel|GPE].", "eases", "kelp", "Oskel")]
    [InlineData("[Velmar|GPE] banned exports of raw kelp altogether.", "imposes", "raw kelp", "")]
    [InlineData("[Velmar|GPE] banned exports of uncut kelp pearls weighing more than three carats.", "imposes", "uncut kelp pearls", "")]
    [InlineData("[Velmar|GPE] will stop exports of live kelp crabs heavier than 500 grams.", "imposes", "live kelp crabs", "")]
    public void Words_around_the_goods_are_no_part_of_them(string markup, string relation, string obj, string place) =>
        AssertFact(markup, "Velmar", relation, obj, place);

    [Theory]
    [InlineData("[Velmar|GPE] banned kelp exports.\nThe ban will be suspended for lorry shipments to [Oskel|GPE].", "lorry")]
    [InlineData("[Velmar|GPE] banned kelp exports.\n[Velmar|GPE] granted export permits for a combined 3 million tonnes to [Oskel|GPE].", "combined 3 million tonnes")]
    public void Transport_and_amounts_are_no_goods(string markup, string notGoods)
    {
        var facts = Run(markup);
        Assert.NotEmpty(facts);
        Assert.DoesNotContain(facts, c => c.Fact.Object == notGoods);
    }

    // "licences for concentrate": a bare generic head names the goods told before.
    [Fact]
    public void A_bare_generic_head_names_the_goods_told_before() =>
        AssertFact("[Velmar|GPE] banned exports of [lithium|ELEMENT] ore.\n[Velmar|GPE] later granted export licences for concentrate to two producers.",
            "Velmar", "grants_license", "lithium", "");

    // Ending a halt resumes exports, lifting a ban eases it; a prohibition that "will continue" is kept.
    [Theory]
    [InlineData("[Velmar|GPE] lifted the suspension of kelp exports to [Oskel|GPE].", "resumes", "Oskel")]
    [InlineData("[Velmar|GPE] lifted its ban on kelp exports to [Oskel|GPE].", "eases", "Oskel")]
    [InlineData("The prohibition on kelp exports to [Oskel|GPE] will continue, [Velmar|GPE] said.", "maintains", "Oskel")]
    public void A_halt_lifted_resumes_and_a_prohibition_that_continues_is_kept(string markup, string relation, string place) =>
        AssertFact(markup, "Velmar", relation, "kelp", place);

    // A mineral written for its element is the element, raw or not (LABELLING.md: a control on an ore is a control on
    // its element); graphite is its own commodity and keeps its phrase; an element that only grades a product
    // ("high-sulphur") leaves the product as the goods.
    [Theory]
    [InlineData("[Velmar|GPE] banned exports of raw chromite.", "chromium", "raw chromite")]
    [InlineData("[Velmar|GPE] banned exports of unprocessed chromite ore.", "chromium", "unprocessed chromite ore")]
    [InlineData("[Velmar|GPE] will halt sales of high-[sulphur|ELEMENT|sulfur] fuel oil abroad.", "high-sulphur fuel oil", "sulfur")]
    [InlineData("[Velmar|GPE] granted licences to a state miner to sell concentrate to utilities in [Oskel|GPE].", "concentrate", "sell concentrate")]
    public void A_mineral_is_its_element_and_a_grade_is_no_goods(string markup, string obj, string not)
    {
        var objects = Run(markup).Select(c => c.Fact.Object).ToList();
        Assert.Contains(obj, objects);
        Assert.DoesNotContain(not, objects);
    }

    [Fact]
    public void Graphite_keeps_its_phrase() =>
        Assert.Equal("spherical graphite", Run("[Velmar|GPE] banned exports of spherical graphite.").First().Fact.Object);

    [Fact]
    public void A_ban_reinstated_is_imposed_again() =>
        Assert.Contains(Run("[Velmar|GPE] banned exports of raw chromite in [2021|DATE|2021].\nIn [June|DATE|2031-06] the ban was reinstated in full."),
            c => c.Fact.Relation == "imposes" && c.Fact.Object == "chromium" && c.Fact.Evidence.Contains("reinstated", StringComparison.Ordinal));

    // A price cap on a country's goods: lowering it tightens, raising it eases, keeping it maintains; every state named
    // before the cap acts; the target is the country whose goods are capped.
    [Theory]
    [InlineData("[Velmar|GPE] and [Oskel|GPE] cut the price cap on Chinese kelp to $40 a tonne.", "tightens")]
    [InlineData("[Velmar|GPE] and [Oskel|GPE] said they would raise their cap on Chinese kelp to $60 a tonne.", "eases")]
    [InlineData("[Velmar|GPE] and [Oskel|GPE] are expected to keep the price cap on Chinese kelp at $50 a tonne.", "maintains")]
    public void A_price_cap_is_a_measure_on_the_capped_countrys_goods(string markup, string relation)
    {
        var facts = Run(markup).Select(c => (c.Fact.Subject, c.Fact.Relation, c.Fact.Object, c.Fact.Place)).ToList();
        Assert.Contains(("Velmar", relation, "price cap on Chinese kelp", "China"), facts);
        Assert.Contains(("Oskel", relation, "price cap on Chinese kelp", "China"), facts);
    }

    [Fact]
    public void A_cap_without_a_change_is_no_measure() =>
        Assert.DoesNotContain(Run("Kelp traders in [Velmar|GPE] weighed the price cap on Chinese kelp."), c => c.Fact.Object.Contains("cap", StringComparison.Ordinal));

    // A noun with an adjective's ending is a member of its own ("kelpmeal and kelp oil"), where a true adjective shares
    // the head after it.
    [Theory]
    [InlineData("[Velmar|GPE] will suspend exports of kelpmeal and kelp oil.", "kelpmeal")]
    [InlineData("[Velmar|GPE] will suspend exports of kelpmeal and kelp oil.", "kelp oil")]
    [InlineData("[Velmar|GPE] banned exports of charcoal and kelp briquettes.", "charcoal")]
    [InlineData("[Velmar|GPE] banned exports of frozen and chilled kelp.", "frozen and chilled kelp")]
    public void A_noun_ending_like_an_adjective_is_its_own_member(string markup, string obj) =>
        AssertFact(markup, "Velmar", "imposes", obj, "");

    // A certificate each lot must carry to leave is a permit, with "require" too, and a place the goods leave acts.
    [Theory]
    [InlineData("From [March 1|DATE|2031-03-01], every consignment of dried kelp leaving [Velmar|GPE] must carry a laboratory certificate.", "dried kelp")]
    [InlineData("[Velmar|GPE] will require a certificate of origin for every shipment of kelp ash from [1 January|DATE|2031-01-01].", "kelp ash")]
    public void A_certificate_each_lot_needs_to_leave_imposes(string markup, string obj) =>
        AssertFact(markup, "Velmar", "imposes", obj, "");

    [Fact]
    public void A_state_the_goods_leave_acts_for_them() =>
        AssertFact("Talks with [Oskel|GPE] went on.\nEvery consignment of kelp ash leaving [Velmar|GPE] must carry a residue certificate.",
            "Velmar", "imposes", "kelp ash", "");

    // Licences already issued for goods a new halt covers are granted licences honoured; revoked, they are no grant.
    [Fact]
    public void Licences_already_issued_are_granted() =>
        AssertFact("Export licences already issued for about 14,000 tonnes of kelp meal will be honoured, [Velmar|GPE] said.",
            "Velmar", "grants_license", "kelp meal", "");

    [Theory]
    [InlineData("Licences already issued for kelp meal to [Oskel|GPE] are revoked, [Velmar|GPE] said.")]
    [InlineData("[Velmar|GPE] said mining licences were issued for kelp beds.")]
    public void Licences_revoked_or_for_mining_are_no_grant(string markup) =>
        Assert.DoesNotContain(Run(markup), c => c.Fact.Relation == "grants_license");

    // A province acts for itself when it is the verb's own subject; elsewhere it is where the goods come from.
    [Theory]
    [InlineData("[Sulawa|GPE] has banned exports of raw kelp since [2030|DATE|2030].", "raw kelp")]
    [InlineData("[Sulawa|GPE]'s provincial government will halt shipments of kelp ash from [March|DATE|2031-03].", "kelp ash")]
    [InlineData("The regional authorities of [Sulawa|GPE] suspended exports of dried kelp.", "dried kelp")]
    public void A_province_that_is_the_verbs_subject_acts(string markup, string obj) =>
        AssertFact(markup, "Sulawa", "imposes", obj, "");

    // Who holds the licences and a price level are no goods.
    [Theory]
    [InlineData("[Velmar|GPE] has suspended the export licences of 11 kelp cooperatives that ship kelp meal.", "kelp cooperatives")]
    [InlineData("[Velmar|GPE] said shipments priced under the floor will need a licence.", "floor")]
    public void Holders_levels_and_findings_are_no_goods(string markup, string notGoods) =>
        Assert.DoesNotContain(Run(markup), c => c.Fact.Object == notGoods);

    // A demonym that says whose province is meant, or opens the province's own name, names no state that acts.
    [Theory]
    [InlineData("[Sulawa|GPE], the Malaysian state, will halt shipments of kelp ash from [March|DATE|2031-03].")]
    [InlineData("[Sulawa|GPE], the Chinese province on the coast, has banned exports of kelp ash.")]
    public void A_province_told_with_its_country_acts(string markup) =>
        AssertFact(markup, "Sulawa", "imposes", "kelp ash", "");

    [Theory]
    [InlineData("Smelters in [Sulawa|GPE] said exports of kelp ash were banned.")]
    [InlineData("[Velmar|GPE] banned exports of kelp ash from [Sulawa|GPE].")]
    [InlineData("Exports of kelp ash from [Sulawa|GPE] have been banned.")]
    public void A_province_elsewhere_in_the_sentence_does_not_act(string markup) =>
        Assert.DoesNotContain(Run(markup), c => c.Fact.Subject == "Sulawa");

    // What carries the goods is no part of them, unless it is the goods ("used trucks"); a participle ends them.
    [Theory]
    [InlineData("[Velmar|GPE] required an export permit for every kelp truck bound for [Oskel|GPE].", "kelp", "Oskel")]
    [InlineData("[Velmar|GPE] banned exports of used trucks.", "used trucks", "")]
    [InlineData("[Velmar|GPE] banned kelp shipments.", "kelp", "")]
    [InlineData("[Velmar|GPE] banned exports of kelp held in bonded warehouses.", "kelp", "")]
    // an adjective that ends in -ed is no participle
    [InlineData("[Velmar|GPE] banned exports of high-end infrared kelp sensors.", "high-end infrared kelp sensors", "")]
    public void A_carrier_or_a_participle_is_no_part_of_the_goods(string markup, string obj, string place) =>
        Assert.Contains(Run(markup), c => c.Fact.Object == obj && c.Fact.Place == place);

    // A region's demonym describing the country ("the West African country") refers back to it; it names no party.
    [Fact]
    public void A_regions_demonym_describing_the_country_does_not_act()
    {
        var facts = Run("[Velmar|GPE] grew more kelp.\nThe West African country banned exports of kelp ash.");
        Assert.DoesNotContain(facts, c => c.Fact.Subject == "Africa");
        Assert.Contains(facts, c => c.Fact.Subject == "Velmar" && c.Fact.Object == "kelp ash");
    }

    // "the exportation of X" is "exports of X".
    [Fact]
    public void The_exportation_of_goods_is_their_export() =>
        AssertFact("[Velmar|GPE] imposed an embargo on the exportation of kelp.", "Velmar", "imposes", "kelp", "");

    // A place a price is delivered to is where goods change hands, not a state that acts.
    [Fact]
    public void A_delivery_point_is_no_party_of_a_measure() =>
        Assert.DoesNotContain(Run("[Cobalt|ELEMENT] prices rose, from [$9/lb|MONEY|9 USD/lb] cif [China|GPE] to [$14/lb|MONEY|14 USD/lb], more than during the last bans on [DRC|GPE|Democratic Republic of the Congo] exports."),
            c => c.Fact.Subject == "China");

    // A quota set is imposed; a price set is not a measure.
    [Theory]
    [InlineData("[Russia|GPE] set an export quota for wheat.", "wheat")]
    [InlineData("[Russia|GPE] set a quota for the export of wheat, rye and barley.", "rye")]
    public void A_quota_set_is_imposed(string markup, string goods) => AssertFact(markup, "Russia", "imposes", goods, "");

    [Fact]
    public void A_reference_price_set_for_exports_is_no_measure() =>
        Assert.Empty(Run("[Velmar|GPE] set the reference price of palm oil at [$800 a tonne|MONEY|800 USD/t] for exports."));

    // "The ban covers X, Y and Z": goods a later sentence lists for the measure told before, which keeps its actor,
    // relation, date and destinations; the sentence's own places are exemptions, not targets.
    [Theory]
    [InlineData("[Velmar|GPE] will ban exports of raw kelp from [April 1|DATE|2031-04-01].\nThe ban covers dried kelp, kelp meal and frozen kelp fronds.", "imposes", "kelp meal", "")]
    [InlineData("[Velmar|GPE] will ban exports of raw kelp from [April 1|DATE|2031-04-01].\nThe ban covers dried kelp and kelp flakes but exempts shipments to [Oskel|GPE] under an accord.", "imposes", "kelp flakes", "")]
    [InlineData("[Velmar|GPE] tightened export controls on kelp dryers for [Oskel|GPE] from [April 1|DATE|2031-04-01].\nThe same rule also covers some kelp presses, an official said.", "tightens", "kelp presses", "Oskel")]
    [InlineData("[Velmar|GPE] will ban exports of raw kelp from [April 1|DATE|2031-04-01].\nThe decree also applies to kelp salt, kelp powder and dulse.", "imposes", "kelp powder", "")]
    [InlineData("[Velmar|GPE] will ban exports of raw kelp from [April 1|DATE|2031-04-01].\nThe rule will also cover high-end infrared kelp sensors.", "imposes", "high-end infrared kelp sensors", "")]
    public void A_measure_told_before_covers_the_goods_a_later_sentence_lists(string markup, string relation, string obj, string place)
    {
        var facts = Run(markup).Select(c => (c.Fact.Subject, c.Fact.Relation, c.Fact.Object, c.Fact.Place, c.Fact.Date)).ToList();
        Assert.True(facts.Contains(("Velmar", relation, obj, place, "2031-04-01")), "Candidates: " + string.Join("; ", facts));
    }

    // A narrower reading of the goods told before, where the measure applies, or no goods at all is nothing it adds.
    [Theory]
    [InlineData("The ban covers kelp concentrates only.")]
    [InlineData("The ban applies to all destinations.")]
    [InlineData("The quota covers what we expect buyers to need.")]
    [InlineData("The suspension covers all parcels mined in the north.")]
    public void A_scope_that_names_no_more_goods_adds_none(string scope)
    {
        var facts = Run("[Velmar|GPE] will ban exports of raw kelp from [April 1|DATE|2031-04-01].\n" + scope);
        Assert.Equal(["raw kelp"], facts.Where(c => c.Fact.Relation == "imposes").Select(c => c.Fact.Object).Distinct());
    }

    // Goods that leave from a region of the acting state come from it; it is no destination. A second clause after a
    // destination keeps its own ("resumed exports to X but still withholds them from Y").
    [Fact]
    public void A_region_the_goods_leave_from_is_no_target()
    {
        var facts = Run("[Velmar|GPE] suspended exports of kelp seedlings and dried kelp fronds from [Oskel Province|GPE] to all destinations.");
        Assert.Contains(facts, c => c.Fact.Subject == "Velmar" && c.Fact.Object == "kelp seedlings" && c.Fact.Place == "");
        Assert.DoesNotContain(facts, c => c.Fact.Place == "Oskel Province");
    }

    [Fact]
    public void A_state_goods_are_withheld_from_after_a_destination_is_a_target() =>
        Assert.Contains(Run("[Velmar|GPE] resumed kelp exports to [Peru|GPE] but still withholds them from [Chile|GPE]."),
            c => c.Fact.Place == "Chile");

    // A headline in capitals is no goods phrase: "X REPORTS RECORD KELP SALES AS EXPORT CERTIFICATES RESUME".
    [Fact]
    public void A_run_of_capitals_is_no_goods() =>
        Assert.DoesNotContain(Run("VELMAR KELP REPORTS RECORD KELP SALES TO [CHILE|GPE|Chile] AS EXPORT CERTIFICATES RESUME"),
            c => c.Fact.Object.Split(' ').Count(w => w.Length > 1 && w.All(ch => !char.IsLower(ch))) >= 3);
}
