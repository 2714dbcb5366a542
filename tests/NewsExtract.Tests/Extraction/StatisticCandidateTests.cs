using NewsExtract.Extraction;
using NewsExtract.Extraction.Rules;
using Xunit;

namespace NewsExtract.Tests.Extraction;

/// <summary>The looser statistic patterns: each proposes a candidate (among others) for the fact scorer to judge.</summary>
public sealed class StatisticCandidateTests
{
    private static IReadOnlyList<Fact> Run(string markup) =>
        new StatisticExtractor(Markup.Lexicons).Extract(Markup.Parse(markup)).ToList();

    [Theory]
    // an organization written short is written in full as first named
    [InlineData("[Orvik Cables Ltd|ORG] opened a plant.\n[Orvik Cables|ORG] shares fell [6%|PERCENT|6].", "Orvik Cables Ltd", 6, "%")]
    [InlineData("[Shares of Pelran Tools|ORG] jumped [11%|PERCENT|11] in early trading.", "Pelran Tools", 11, "%")]
    // an acronym the article defines after the full name is that name
    [InlineData("[Companhia Velmar de Metais|ORG] ([CVM|ORG]) filed its results.\n[CVM|ORG] said it would invest [R$2.6 billion|MONEY|2600000000 BRL] in a new furnace.", "Companhia Velmar de Metais", 2600000000, "BRL")]
    // the owner of what a share is taken of
    [InlineData("[Brisko Foods|ORG] filed its results.\nIn its filing, [Chile|GPE] accounted for [27%|PERCENT|27] of its sales.", "Brisko Foods", 27, "%")]
    [InlineData("[Norway|GPE] made up [14%|PERCENT|14] of [Talvo Energy|ORG]'s revenue last year.", "Talvo Energy", 14, "%")]
    // the party nearest before the figure, not the first named in the clause
    [InlineData("[Harbor Research|ORG] chief Wen Li expects [Peru|GPE] to supply about [16%|PERCENT|16] of the world's zinc.", "Peru", 16, "%")]
    // a demonym and its noun phrase, and the demonym's country
    [InlineData("Korean shipyards won [40%|PERCENT|40] of new orders.", "Korean shipyards", 40, "%")]
    [InlineData("Japanese lumber exports to the [United States|GPE|United States] were worth [$4 billion|MONEY|4000000000 USD].", "Japan", 4000000000, "USD")]
    // multiples and fractions written in words
    [InlineData("[Ghana|GPE] now exports three times the volume it shipped a decade ago.", "Ghana", 3, "x")]
    [InlineData("[Kenya|GPE] trades at 4.5 times its long-run average.", "Kenya", 4.5, "x")]
    [InlineData("[Poland|GPE] imports a third of its gas by pipeline.", "Poland", 33.3, "%")]
    [InlineData("[Senegal|GPE] grows roughly half of the region's peanuts.", "Senegal", 50, "%")]
    // money figures with spending, cost and commitment words
    [InlineData("[Darnel Mining|ORG] plans to spend [$900 million|MONEY|900000000 USD] on a new shaft.", "Darnel Mining", 900000000, "USD")]
    [InlineData("[Hollin Steel|ORG] has committed [$70 million|MONEY|70000000 USD] to a rolling mill.", "Hollin Steel", 70000000, "USD")]
    // a figure whose verb is left out belongs to the party right before it; four-fifths is 80%
    [InlineData("[Chile|GPE] took [38%|PERCENT|38] of [Peru|GPE]'s kelp exports and [Bolivia|GPE] [21%|PERCENT|21].", "Bolivia", 21, "%")]
    [InlineData("[Chile|GPE] supplies about four-fifths of [Peru|GPE]'s kelp imports.", "Chile", 80, "%")]
    // money a company builds with
    [InlineData("[Ruvo Power|ORG] is building a [EUR 4.1 billion|MONEY|4100000000 EUR] cell plant near Zaragoza.", "Ruvo Power", 4100000000, "EUR")]
    // a place is not written out as an organization that begins with its name
    [InlineData("[Chile|GPE] mined more copper.\nThe [Chile Copper Council|ORG] expects that [Chile|GPE] mined [7%|PERCENT|7] of world copper.", "Chile", 7, "%")]
    // nothing in the sentence: the party the sentence before was about
    [InlineData("[Fenwick Glass|ORG] reported results on Tuesday.\nRevenue rose [8%|PERCENT|8] from a year earlier.", "Fenwick Glass", 8, "%")]
    // A results release: the company it is about for figures told with no party, and for "the Company".
    [InlineData("[Brisko Foods|ORG] reported results.\n[Brisko Foods|ORG] met analysts.\n[Brisko Foods|ORG] paid a dividend.\n- Revenue of [US$1,284 million|MONEY|1284000000 USD], up [22%|PERCENT|22] on the year.", "Brisko Foods", 22, "%")]
    [InlineData("[Brisko Foods|ORG] reported results.\n[Brisko Foods|ORG] met analysts.\n[Brisko Foods|ORG] paid a dividend.\nThe [Company|ORG] raised its EBITDA margin to [41%|PERCENT|41].", "Brisko Foods", 41, "%")]
    // the release's company written in two forms that share their first word, before a place of the sentence before
    [InlineData("[PT Brisko Pangan Tbk|ORG] reported results.\n[Brisko Foods|ORG] met analysts in [Kalimantan|GPE].\n[Brisko Foods|ORG] paid a dividend.\n- Revenue of [US$1,284 million|MONEY|1284000000 USD], up [22%|PERCENT|22] on the year.", "PT Brisko Pangan Tbk", 22, "%")]
    // two states joined by "and" are the pair, in the order written
    [InlineData("Bilateral trade between [Chile|GPE] and [Peru|GPE] reached [$18 billion|MONEY|18000000000 USD] last year.", "Chile and Peru", 18000000000, "USD")]
    // a duty, levy or fee per unit is the state's charge, not a price
    [InlineData("[Peru|GPE] set its export duty on kelp meal at [240 soles a tonne|MONEY|240 PEN/t] for the week.", "Peru", 240, "PEN/t")]
    [InlineData("[Peru|GPE] imposed a fee of [$30 a tonne|MONEY|30 USD/t] on kelp exports in [March|DATE|2031-03] and halved it to [$15|MONEY|15 USD/t] in [June|DATE|2031-06].", "Peru", 15, "USD/t")]
    public void Proposes_the_subject_among_its_candidates(string markup, string subject, double amount, string unit)
    {
        var facts = Run(markup);
        Assert.Contains(facts, f => f.Subject == subject && Math.Abs(f.Amount!.Value - amount) < 1e-6 && f.Unit == unit);
    }

    [Theory]
    // in a ranking, a figure belongs to the party written right before it, and measures what the first figure measures
    [InlineData("[Chile|GPE] produced [41%|PERCENT|41] of the world's kelp, followed by [Peru|GPE] with [12%|PERCENT|12].", "Peru", 12)]
    [InlineData("[Chile|GPE] ranked first with [41%|PERCENT|41] of kelp supply, [Peru|GPE] second at [19%|PERCENT|19] and [Bolivia|GPE] third at [6%|PERCENT|6].", "Peru", 19)]
    [InlineData("[Chile|GPE] ranked first with [41%|PERCENT|41] of kelp supply, [Peru|GPE] second at [19%|PERCENT|19] and [Bolivia|GPE] third at [6%|PERCENT|6].", "Bolivia", 6)]
    [InlineData("[Chile|GPE] supplies [38%|PERCENT|38] of the world's kelp exports, ahead of [Peru|GPE] at about [29%|PERCENT|29].", "Peru", 29)]
    // a share told after "with" belongs to the party it names
    [InlineData("[Chile|GPE] exported [41%|PERCENT|41] more kelp, with [Peru|GPE] taking [12%|PERCENT|12] by value.", "Peru", 12)]
    public void A_ranked_party_is_its_figures_best_subject(string markup, string subject, double amount)
    {
        var facts = Run(markup);
        var first = facts.Where(f => f.Amount is 41 or 38).MaxBy(f => f.Confidence);
        var best = facts.Where(f => f.Amount == amount).MaxBy(f => f.Confidence);
        Assert.NotNull(best);
        Assert.NotNull(first);
        Assert.Equal(subject, best.Subject);
        Assert.Equal(first.Relation, best.Relation);
    }

    // A call transcript names its company in the title and once more; a figure of the company's told with no party is
    // its own, not that of the analyst's firm named just before.
    [Fact]
    public void A_company_headlined_and_named_again_owns_its_unnamed_figures()
    {
        var facts = Run("[Brisko Lines Ltd|ORG] third-quarter results call\n[Brisko Lines|ORG] hosted analysts.\n[Talvo Capital|ORG] asked about fuel.\nFleet utilisation averaged [88%|PERCENT|88].");
        Assert.Equal("Brisko Lines Ltd", facts.Where(f => f.Amount == 88).MaxBy(f => f.Confidence)?.Subject);
    }

    // Named only in the title, the company still owns the figures told with no party, not the analyst's firm before them.
    [Fact]
    public void A_company_named_only_in_the_headline_owns_its_unnamed_figures()
    {
        var facts = Run("[Brisko Lines Ltd|ORG] third-quarter results call\n[Talvo Capital|ORG] asked about fuel.\nNet revenue in the quarter was [R$ 3.12 billion|MONEY|3120000000 BRL], up [17%|PERCENT|17] year on year.");
        Assert.Equal("Brisko Lines Ltd", facts.Where(f => f.Amount == 17).MaxBy(f => f.Confidence)?.Subject);
        Assert.Equal("Brisko Lines Ltd", facts.Where(f => f.Amount == 3120000000).MaxBy(f => f.Confidence)?.Subject);
    }

    [Theory]
    // a value set against another and told for a party is that party's
    [InlineData("The bloc took only [8.3%|PERCENT|8.3] of [Chile|GPE]'s kelp exports, against [11.5%|PERCENT|11.5] for [Peru|GPE].", "Chile", "Peru")]
    [InlineData("[Chile|GPE] now supplies [40%|PERCENT|40] of the world's kelp, versus [35%|PERCENT|35] for [Peru|GPE].", "Chile", "Peru")]
    public void A_value_set_against_another_is_the_party_s_it_is_told_for(string markup, string subject, string earlierSubject)
    {
        var facts = Run(markup);
        var current = facts.Where(f => f.Amount is 8.3 or 40).MaxBy(f => f.Confidence);
        var earlier = facts.Where(f => f.Amount is 11.5 or 35).MaxBy(f => f.Confidence);
        Assert.NotNull(current);
        Assert.NotNull(earlier);
        Assert.Equal(subject, current.Subject);
        Assert.Equal(earlierSubject, earlier.Subject);
    }

    // The amount a measured move ends at is that amount's level; a conjunction is no part of what is measured.
    [Theory]
    [InlineData("[Velmar|GPE]'s exports fell [4%|PERCENT|4] from a year earlier to [$88.1 billion|MONEY|88100000000 USD].", "exports", 88100000000.0)]
    [InlineData("[Velmar|GPE]'s exports rose, while imports were down [4.9%|PERCENT|4.9] to a three-year low of [$61.4 billion|MONEY|61400000000 USD].", "imports", 61400000000.0)]
    [InlineData("[Velmar|GPE]'s exports rose, while imports were down [4.9%|PERCENT|4.9] to a three-year low of [$61.4 billion|MONEY|61400000000 USD].", "fall in imports", 4.9)]
    public void The_level_a_move_ends_at_measures_what_moved(string markup, string relation, double amount) =>
        Assert.Contains(Run(markup), f => f.Subject == "Velmar" && f.Relation == relation && f.Amount == amount);

    // What stands at an amount is the noun before it, not the verb.
    [Fact]
    public void What_stands_at_an_amount_is_the_noun_before_it() =>
        Assert.Contains(Run("[Velmar|GPE]'s total exports of kelp ash stood at [USD 5.3 billion|MONEY|5300000000 USD] last year."),
            f => f.Subject == "Velmar" && f.Relation == "exports of kelp ash" && f.Amount == 5300000000);

    [Fact]
    public void A_regions_demonym_describing_the_country_is_no_subject()
    {
        var facts = Run("[Velmar|GPE] set duties.\nThe West African country imposed a [20%|PERCENT|20] duty on kelp ash exports.");
        Assert.DoesNotContain(facts, f => f.Subject == "Africa");
        Assert.Contains(facts, f => f.Subject == "Velmar" && f.Amount == 20);
    }

    // A tax rate that changes is the tax it names, and the rate it changes from is the previous one.
    [Theory]
    [InlineData("[Chile|GPE]'s export levy on kelp rises to [15%|PERCENT|15] of declared value, from [8%|PERCENT|8].", "export levy on kelp", 15, "previous export levy on kelp", 8)]
    [InlineData("[Chile|GPE] said the additional duty on kelp meal will rise from [40%|PERCENT|40] to [50%|PERCENT|50].", "additional duty on kelp meal", 50, "previous additional duty on kelp meal", 40)]
    [InlineData("[Chile|GPE] said the duty on dulse will rise to [12%|PERCENT|12] from [9%|PERCENT|9] in June.", "duty on dulse", 12, "previous duty on dulse", 9)]
    public void A_changed_tax_rate_is_the_tax_and_its_previous_rate(string markup, string relation, double amount, string previous, double previousAmount)
    {
        var facts = Run(markup);
        Assert.Contains(facts, f => f.Subject == "Chile" && f.Relation == relation && f.Amount == amount);
        Assert.Contains(facts, f => f.Subject == "Chile" && f.Relation == previous && f.Amount == previousAmount);
    }

    [Fact]
    public void A_looser_pattern_has_a_lower_confidence_than_the_strict_one()
    {
        var facts = Run("[Harbor Research|ORG] chief Wen Li expects [Peru|GPE] to supply about [16%|PERCENT|16] of the world's zinc.");
        var strict = facts.Max(f => f.Confidence);
        Assert.Contains(facts, f => f.Subject == "Peru" && f.Confidence < strict);
    }

    [Theory]
    [InlineData("[Oslo|GPE], March 3 (Wire) - [Nordvik Steel|ORG] raised output by [9%|PERCENT|9].", "Oslo")]
    public void Does_not_propose_a_dateline_city(string markup, string subject)
    {
        var facts = Run(markup);
        Assert.NotEmpty(facts);
        Assert.DoesNotContain(facts, f => f.Subject == subject);
    }

    [Theory]
    [InlineData("[Chile|GPE] output in the first half of the year rose.")]
    [InlineData("[Chile|GPE] ships ore three times a week.")]
    public void Halves_of_a_year_and_frequencies_are_no_figures(string markup) => Assert.Empty(Run(markup));

    // A price move in words is price_change's: a multiple in a sentence about a commodity's price is no statistic, the
    // same multiple of a volume is.
    [Theory]
    [InlineData("[Chile|GPE] copper prices are now three times their level of [2029|DATE|2029].", false)]
    [InlineData("[Chile|GPE] now mines three times the copper it mined in [2029|DATE|2029].", true)]
    public void A_multiple_in_words_is_a_statistic_unless_the_sentence_is_about_a_price(string markup, bool statistic)
    {
        var multiples = Run(markup).Where(f => f.Unit == "x" && f.Amount == 3).ToList();
        Assert.Equal(statistic, multiples.Count > 0);
    }
    // A figure a body of government states is its state's: the country in the body's name, the capital it speaks from,
    // else the state the article names most; an authority that trades on its own account keeps its name.
    [Theory]
    [InlineData("The [U.S. Commerce Department|ORG] said the duty would rise to [25%|PERCENT|25].", "United States")]
    [InlineData("In [Lima|GPE], the [Trade Ministry|ORG] said the export levy would rise to [12.5%|PERCENT|12.5].", "Peru")]
    [InlineData("[Chile|GPE] raised its kelp levy.\nThe [Trade Ministry|ORG] said the levy would rise to [12.5%|PERCENT|12.5].", "Chile")]
    [InlineData("[Chile|GPE] raised its kelp levy.\nThe [Export Promotion Bureau|ORG] said the levy would rise to [12.5%|PERCENT|12.5].", "Chile")]
    public void A_body_of_government_speaks_for_its_state(string markup, string state)
    {
        var facts = Run(markup);
        Assert.Contains(facts, f => f.Subject == state);
        Assert.DoesNotContain(facts, f => f.Subject.Contains("Ministry", StringComparison.Ordinal) || f.Subject.Contains("Department", StringComparison.Ordinal));
    }

    [Fact]
    public void An_authority_keeps_its_name() =>
        Assert.Contains(Run("[Chile|GPE] cut its kelp quota.\nThe [Kelp Marketing Authority|ORG] took a loan of [$1.3 billion|MONEY|1300000000 USD]."),
            f => f.Subject == "Kelp Marketing Authority");
    [Fact]
    public void A_figure_whose_verb_is_left_out_measures_what_the_one_before_does()
    {
        var fact = Assert.Single(Run("[Chile|GPE] took [38%|PERCENT|38] of [Peru|GPE]'s kelp exports and [Bolivia|GPE] [21%|PERCENT|21]."),
            f => f.Subject == "Bolivia");
        Assert.Contains("kelp exports", fact.Relation, StringComparison.Ordinal);
    }

    // "European" in "the European Union" is part of a name, not a demonym that makes the union a party.
    [Fact]
    public void A_demonym_inside_a_name_names_no_party() =>
        Assert.DoesNotContain(Run("Exports to the [European Union|GPE] climbed [27%|PERCENT|27] last year."), f => f.Subject == "European Union");

    // A country's trade told with no party in sight is the country the article is about.
    [Fact]
    public void A_flow_with_no_party_is_the_main_states()
    {
        var facts = Run("[Chile|GPE] publishes kelp trade data monthly.\n[Chile|GPE] counts every harbour.\nThe data came out on time.\nMost of it was expected.\nAnalysts were not surprised.\nKelp exports climbed [41%|PERCENT|41].");
        Assert.Contains(facts, f => f.Subject == "Chile" && f.Amount == 41);
    }

    // The party a sentence before was about is one that acted there, not where goods went.
    [Fact]
    public void The_party_carried_from_before_is_not_a_destination()
    {
        var facts = Run("[Chile|GPE] sells kelp.\nIt shipped more to [Peru|GPE] last year.\nKelp sales rose [18%|PERCENT|18].");
        Assert.Contains(facts, f => f.Subject == "Chile" && f.Amount == 18);
        Assert.DoesNotContain(facts, f => f.Subject == "Peru");
    }

    // Nor is a later destination of a list, after "shipments for".
    [Fact]
    public void The_country_is_not_a_destination_listed_before()
    {
        var facts = Run("[Chile|GPE] set up a kelp licence regime.\nThe first licences went to shipments for [Peru|GPE] and [Bolivia|GPE].\nThe country earned [$215 million|MONEY|215000000 USD] from kelp exports.");
        Assert.Contains(facts, f => f.Subject == "Chile" && f.Amount == 215000000);
        Assert.DoesNotContain(facts, f => f.Subject is "Peru" or "Bolivia");
    }

    // A price move belongs to price_change, though no price word is written; a fraction "of" something stays a share
    // in a sentence that prices its good.
    [Theory]
    [InlineData("[Kesland|GPE]'s [cobalt|ELEMENT] jumped [60%|PERCENT|60] in [2030|DATE|2030].")]
    [InlineData("[Brisko Foods|ORG] said [cobalt|ELEMENT] was up [60%|PERCENT|60] since it signed its contract.")]
    public void A_commodity_that_moved_is_no_statistic(string markup) =>
        Assert.DoesNotContain(Run(markup), f => f.Amount == 60);

    [Fact]
    public void A_fraction_of_something_is_a_share_beside_a_price() =>
        Assert.Contains(Run("[Kesland|GPE], which buys about a fifth of its [cobalt|ELEMENT] from abroad, pays [$80 a tonne|MONEY|80 USD/t] for imported [cobalt|ELEMENT]."),
            f => f.Subject == "Kesland" && f.Amount == 20 && f.Unit == "%");

    // A town or province is where something happens, not whom a figure is about (the labels never make one a subject);
    // the gazetteer knows which places are states.
    [Fact]
    public void A_town_is_not_whom_a_figure_is_about()
    {
        var places = NewsExtract.Lexicons.PlaceLexicon.Default;
        var lexicons = ExtractionLexicons.Load(new PlaceKnowledge(places.CountryOfDemonym, places.IsCity, places.IsState, places.Canonical, places.GovernmentOf));
        var facts = new StatisticExtractor(lexicons).Extract(Markup.Parse(
            "[Brisko Foods|ORG] said it cut output at its [Kelvara|GPE] plant by [20%|PERCENT|20] in May.")).ToList();
        Assert.Contains(facts, f => f.Subject == "Brisko Foods");
        Assert.DoesNotContain(facts, f => f.Subject == "Kelvara");
    }

    // "The government" is a state's: not a region named last.
    [Fact]
    public void The_government_is_a_state_not_a_region()
    {
        var facts = Run("[Chile|GPE] exports kelp and [Asia|GPE] buys most of it.\nThe government raised the kelp levy to [8%|PERCENT|8].");
        Assert.Contains(facts, f => f.Subject == "Chile" && f.Amount == 8);
        Assert.DoesNotContain(facts, f => f.Subject == "Asia" && f.Amount == 8);
    }

    // Who earns the money stands between the verb and the figure, named or referred back to.
    [Theory]
    [InlineData("Kelp earned [Chile|GPE] [$9.6 billion|MONEY|9600000000 USD] in 2030.", "Chile")]
    [InlineData("[Chile|GPE] eased its rules.\nKelp exports earned the country [$3.6 billion|MONEY|3600000000 USD] last year.", "Chile")]
    [InlineData("[Brisko Foods|ORG] sells kelp to [Peru|GPE].\nThe deal brought the company [$40 million|MONEY|40000000 USD].", "Brisko Foods")]
    public void The_earner_of_money_is_whom_it_is_about(string markup, string subject) =>
        Assert.Contains(Run(markup), f => f.Subject == subject && f.Unit == "USD");

    // "its" after the clause's own subject is that subject's; only after a share verb does it point back.
    [Fact]
    public void Its_after_the_subject_points_to_no_party_before()
    {
        var facts = Run("[Chile|GPE] sells kelp.\n[Kesland|GPE] buys about [64%|PERCENT|64] of its kelp from [Peru|GPE].");
        Assert.Contains(facts, f => f.Subject == "Kesland" && f.Amount == 64);
        Assert.DoesNotContain(facts, f => f.Subject == "Chile");
    }

    // "The Japanese kelp press maker": a definite description of a company, whatever its modifiers, refers back to the
    // company named before; the country its demonym names is at most a weaker alternative.
    [Fact]
    public void A_described_company_is_the_one_named_before()
    {
        var facts = Run("[Brisko Foods|ORG] cut its forecast.\nThe Japanese kelp press maker buys about [60%|PERCENT|60] of its kelp from [Peru|GPE].");
        var best = facts.Where(f => f.Amount == 60).MaxBy(f => f.Confidence);
        Assert.Equal("Brisko Foods", best?.Subject);
        Assert.DoesNotContain(facts, f => f.Subject == "Peru");
    }

    // The demonym of the goods a duty is charged on names where they come from, not who charges or pays it.
    [Theory]
    [InlineData("We already pay anti-dumping duties on Chinese kelp dryers, between [8|PERCENT|8] and [19 percent|PERCENT|19] depending on the producer.")]
    [InlineData("[Velmar|GPE] proposed a tariff-rate quota on Chinese kelp modules, and anything above it would pay [35 percent|PERCENT|35].")]
    public void The_origin_of_taxed_goods_is_no_party_of_the_rate(string markup)
    {
        var facts = Run(markup);
        Assert.DoesNotContain(facts, f => f.Subject == "China");
    }

    // A content written as a formula in a table cell is a grade, not a statistic.
    [Fact]
    public void A_formula_after_a_percentage_in_a_table_cell_is_a_grade() =>
        Assert.DoesNotContain(Run("| Kelp hydroxide, [30%|PERCENT|30] Co | CIF [Velmar|GPE] | [$17.40/lb|MONEY|17.4 USD/lb] | [-2.1%|PERCENT|-2.1] |"), f => f.Amount == 30);

    // A rate a state sets, told with no party after a dealers' body spoke, is the article's state's; a levy that moved to
    // an amount per unit is that state's statistic.
    [Fact]
    public void A_tax_rate_after_an_association_spoke_is_the_state_s()
    {
        var facts = Run("[Velmar|GPE] presented its budget on Friday, and [Velmar|GPE] cut some taxes.\n[Kelp Dealers Federation|ORG] welcomed the budget.\nThe customs duty on imported kelp will come down to [10 percent|PERCENT|10].");
        Assert.Equal("Velmar", facts.Where(f => f.Amount == 10).MaxBy(f => f.Confidence)?.Subject);
    }

    [Fact]
    public void A_levy_that_moved_to_an_amount_per_unit_is_a_statistic() =>
        Assert.Contains(Run("[Velmar|GPE]'s export levy on kelp ash rose to [$50 a tonne|MONEY|50 USD/t] from [$35|MONEY|35 USD/t]."),
            f => f.Subject == "Velmar" && f.Amount == 50 && f.Unit == "USD/t");

    // A share of a trade told after its total ("about 41% of it from X") is the partner's share of that trade; the
    // pronoun measures nothing.
    [Theory]
    [InlineData("[Chile|GPE] imported kelp ash worth [$14 million|MONEY|14000000 USD] in [2031|DATE|2031], about [41%|PERCENT|41] of it from [Peru|GPE].", "Peru", 41, "share of Chile's kelp ash imports")]
    [InlineData("[Chile|GPE] exported kelp worth [$212 million|MONEY|212000000 USD] in [2031|DATE|2031], and about [87%|PERCENT|87] of it went to [Peru|GPE].", "Peru", 87, "share of Chile's kelp exports")]
    [InlineData("[Chile|GPE] exported kelp worth [$31 million|MONEY|31000000 USD], about [70%|PERCENT|70] of it to [Peru|GPE] and a further [12%|PERCENT|12] to [Bolivia|GPE].", "Bolivia", 12, "share of Chile's kelp exports")]
    [InlineData("[Chile|GPE] imported about [$1.1 billion|MONEY|1100000000 USD] worth of e-bikes last year, and roughly [78%|PERCENT|78] of that came from [Peru|GPE].", "Peru", 78, "share of Chile's e-bikes imports")]
    [InlineData("[Chile|GPE] exported kelp worth [$5 million|MONEY|5000000 USD], and about [60%|PERCENT|60] of it went to [Peru|GPE], [Bolivia|GPE] and [Ecuador|GPE].", "Peru, Bolivia and Ecuador", 60, "share of Chile's kelp exports")]
    public void A_share_of_a_trade_told_after_its_total_is_the_partners(string markup, string subject, double amount, string relation)
    {
        var facts = Run(markup);
        Assert.Contains(facts, f => f.Subject == subject && f.Amount == amount && f.Relation == relation);
        Assert.DoesNotContain(facts, f => f.Amount == amount && f.Subject == "Chile");
    }
}
