using NewsExtract.Extraction;
using NewsExtract.Extraction.Decisions;
using NewsExtract.Extraction.Rules;

namespace NewsExtract.Tests.Extraction;

/// <summary>Looser price and price_change phrasings: lists, tables, grade names, carried units and commodities,
/// and the article's date (invented sentences).</summary>
public sealed class PriceRecallTests
{
    private static IReadOnlyList<Fact> Prices(string markup) =>
        new PriceExtractor(Markup.Lexicons).Extract(Markup.Parse(markup)).ToList();

    private static IReadOnlyList<Fact> Moves(string markup) =>
        new PriceChangeExtractor(Markup.Lexicons).Extract(Markup.Parse(markup)).ToList();

    [Theory]
    // a named grade of crude keeps its name; an index code before the good does not
    [InlineData("Tarvo crude slipped [1.2%|PERCENT|1.2] to [$71.40 a barrel|MONEY|71.4 USD/bbl].", "tarvo crude", 71.4, "USD/bbl")]
    [InlineData("Benchmark [Oresund|GPE] crude was assessed at [$70.10 a barrel|MONEY|70.1 USD/bbl].", "oresund crude", 70.1, "USD/bbl")]
    [InlineData("Spot QRX natural gas fell [2%|PERCENT|2] to [€29.80 per MWh|MONEY|29.8 EUR/MWh].", "natural gas", 29.8, "EUR/MWh")]
    // a hub or port name before the good is a place
    [InlineData("Pellow Hub natural gas futures rose [3%|PERCENT|3] to [$3.55/MMBtu|MONEY|3.55 USD/MMBtu].", "natural gas", 3.55, "USD/MMBtu")]
    // grade and form words, and a description with "with", are not part of the good
    [InlineData("Granular potash was assessed at [$341 per tonne|MONEY|341 USD/t].", "potash", 341, "USD/t")]
    [InlineData("Barley with [11%|PERCENT|11] protein was quoted at [$209 a tonne|MONEY|209 USD/t].", "barley", 209, "USD/t")]
    [InlineData("Lignite with a heat content of 3,100 kcal/kg was assessed at [$31.50 a tonne|MONEY|31.5 USD/t].", "lignite", 31.5, "USD/t")]
    // the good before a preposition, and a participle after the good
    [InlineData("Sunflower oil for the same window was quoted at [$1,020 a tonne|MONEY|1020 USD/t].", "sunflower oil", 1020, "USD/t")]
    [InlineData("Tarvo crude offered to buyers for [June|DATE|XXXX-06] arrival slipped to [$69.20 a barrel|MONEY|69.2 USD/bbl].", "tarvo crude", 69.2, "USD/bbl")]
    // new quote verbs
    [InlineData("Sorghum opened at [$231 a tonne|MONEY|231 USD/t].", "sorghum", 231, "USD/t")]
    [InlineData("Millet export offers were unchanged at [$402 a tonne|MONEY|402 USD/t].", "millet", 402, "USD/t")]
    // an acronym the article gives the phrase
    [InlineData("The price of compressed biomethane (CBM) rose to [$14.20 per MMBtu|MONEY|14.2 USD/MMBtu].", "cbm", 14.2, "USD/MMBtu")]
    // an element the tagger left as an ordinary word
    [InlineData("Three-month tin rose [2%|PERCENT|2] to [$31,900 a tonne|MONEY|31900 USD/t].", "tin", 31900, "USD/t")]
    // a table row
    [InlineData("| Kaolin clay (FOB Varna) | [$88/t|MONEY|88 USD/t] | [-4%|PERCENT|-4] |", "kaolin clay", 88, "USD/t")]
    // a labelled line whose amount starts with a currency code
    [InlineData("- Palm olein, Kesland most-active: [CNY 8,716/t|MONEY|8716 CNY/t], up 2.9%", "palm olein", 8716, "CNY/t")]
    // graphite is priced as its noun phrase, like an ore
    [InlineData("Spherical graphite was assessed at [$2,880/t|MONEY|2880 USD/t] FOB.", "spherical graphite", 2880, "USD/t")]
    // a parenthesised grade or delivery term after the good, and an element it names, are not the good
    [InlineData("Kaolin concentrate (KC6, CIF Varna) climbed to [$480/t|MONEY|480 USD/t] on Thursday.", "kaolin concentrate", 480, "USD/t")]
    [InlineData("Heavy melting scrap (HMS 1&2 80:20) slipped [3%|PERCENT|3] to [$355 a tonne|MONEY|355 USD/t].", "heavy melting scrap", 355, "USD/t")]
    [InlineData("- Kaolin clay (94% [aluminium|ELEMENT] oxide, -100 mesh), FOB Varna: [US$505/t|MONEY|505 USD/t], down 3% m/m", "kaolin clay", 505, "USD/t")]
    // more quote verbs ("heard", "stands"), a trade lot and a technical grade are no part of the good, nor is who cuts offers
    [InlineData("Algerian granular kelp meal was last heard at [$448/t|MONEY|448 USD/t] FOB.", "kelp meal", 448, "USD/t")]
    [InlineData("Kelp meal CFR Portova stands at [$768/t|MONEY|768 USD/t].", "kelp meal", 768, "USD/t")]
    [InlineData("Kelp meal barges at Portova changed hands at [$371/t|MONEY|371 USD/t] FOB.", "kelp meal", 371, "USD/t")]
    [InlineData("Kelpicide technical was offered at [$3,540/t|MONEY|3540 USD/t] FOB.", "kelpicide", 3540, "USD/t")]
    [InlineData("Exporters cut granular kelp meal offers to [$384 a tonne|MONEY|384 USD/t] FOB.", "kelp meal", 384, "USD/t")]
    // a protein grade, a good that ends in "-seed", a sugar grade written alone, "listed at", "is at about"
    [InlineData("Portovan 12.5% protein wheat was offered at [$236 a tonne|MONEY|236 USD/t] FOB.", "wheat", 236, "USD/t")]
    [InlineData("Rapeseed oil FOB Portova eased [1.5%|PERCENT|1.5] to [€1,018 a tonne|MONEY|1018 EUR/t].", "rapeseed oil", 1018, "EUR/t")]
    [InlineData("Thai whites were offered at [$505 a tonne|MONEY|505 USD/t] FOB.", "white sugar", 505, "USD/t")]
    [InlineData("Domestic kelp meal was listed at [$389 a tonne|MONEY|389 USD/t] ex-works.", "kelp meal", 389, "USD/t")]
    [InlineData("Our benchmark kelp meal is at about [$392 a tonne|MONEY|392 USD/t] FOB.", "kelp meal", 392, "USD/t")]
    // a row of a web page's table, cleaned without its leading bar; a grade code after the goods is no part of them
    [InlineData("Kelp meal | Brisko average | [US$2,790/t|MONEY|2790 USD/t] | [+0.3%|PERCENT|0.3]", "kelp meal", 2790, "USD/t")]
    [InlineData("Dulse flakes 3M | close | [$1,240/t|MONEY|1240 USD/t] | [-2.2%|PERCENT|2.2]", "dulse flakes", 1240, "USD/t")]
    // the plural "sell for", and "our own" before the goods
    [InlineData("Cryogenic amplifiers sell for [$9,800 apiece|MONEY|9800 USD/unit].", "cryogenic amplifiers", 9800, "USD/unit")]
    [InlineData("Our own storage packs sell for around [$85 per kWh|MONEY|85 USD/kWh].", "storage packs", 85, "USD/kWh")]
    // a relative clause's verb is no good; "fixed at" quotes a charter; a good after the amount only within its clause
    [InlineData("[Tin|ELEMENT], which trades at around [US$31,000 a tonne|MONEY|31000 USD/t], pays a flat levy.", "tin", 31000, "USD/t")]
    [InlineData("Panamaxes were fixed at [$18,000 a day|MONEY|18000 USD/day] for the round voyage.", "panamaxes", 18000, "USD/day")]
    // how the good travels is no part of it; a sea that opens a table row is where, not what
    [InlineData("Standard kelp meal delivered by truck to [Portova|GPE] was quoted at [$338 a tonne|MONEY|338 USD/t].", "kelp meal", 338, "USD/t")]
    [InlineData("Kelp meal prices fell.\nBlack Sea | FOB | [$372/t|MONEY|372 USD/t] | [-2.6%|PERCENT|-2.6]", "kelp meal", 372, "USD/t")]
    // a spread that narrows or widens, and what it is measured against, which is not the good
    [InlineData("The gasoil crack narrowed to [$8.40 a barrel|MONEY|8.4 USD/bbl].", "gasoil crack", 8.4, "USD/bbl")]
    [InlineData("The naphtha crack against crude fell to [$61.30 a tonne|MONEY|61.3 USD/t].", "naphtha crack", 61.3, "USD/t")]
    // a specification written as a figure and its unit, and how the price was reached, are no part of the good
    [InlineData("Portova 50 ppm gasoil was assessed at [$88.20 a barrel|MONEY|88.2 USD/bbl].", "gasoil", 88.2, "USD/bbl")]
    [InlineData("Prices of 5 ml kelp syringes were unchanged at [3.1 US cents apiece|MONEY|0.031 USD/unit].", "kelp syringes", 0.031, "USD/unit")]
    [InlineData("Kelp meal, 3-month | Velmar | [$1,995/t|MONEY|1995 USD/t] | [-0.8%|PERCENT|0.8]", "kelp meal", 1995, "USD/t")]
    [InlineData("Kelp flour 500 g/l | Velmar | [$7,150/t|MONEY|7150 USD/t] | [+5.8%|PERCENT|5.8]", "kelp flour", 7150, "USD/t")]
    // an isotope is its element; a drug's active ingredient is the drug
    [InlineData("Medical-grade [cobalt|ELEMENT]-60 sources were quoted at [$7.10 per curie|MONEY|7.1 USD/Ci] FOB.", "cobalt", 7.1, "USD/Ci")]
    [InlineData("Spot [Mo|ELEMENT|molybdenum]-99 changed hands at [$2,150 per curie|MONEY|2150 USD/Ci] on Monday.", "molybdenum", 2150, "USD/Ci")]
    [InlineData("Kelpamol API slid [3%|PERCENT|3] to [$4.95 a kilogram|MONEY|4.95 USD/kg] CIF Velmar.", "kelpamol", 4.95, "USD/kg")]
    [InlineData("The average landed price of kelp meal fell to [$281 per tonne|MONEY|281 USD/t].", "kelp meal", 281, "USD/t")]
    [InlineData("Yearling export-type goats sold for about [12,600 birr a head|MONEY|12600 ETB/head].", "goats", 12600, "ETB/head")]
    // the good before the words that qualify it, even when they open with a qualifier or a participle
    [InlineData("Kelp modules from domestic lines were quoted at [$0.10 per watt|MONEY|0.1 USD/W].", "kelp modules", 0.1, "USD/W")]
    [InlineData("Kelp meal shipped by air from [Portova|GPE] to [Brisko|GPE] was quoted at [$7.15 a kilogram|MONEY|7.15 USD/kg].", "kelp meal", 7.15, "USD/kg")]
    // an adverb between the good and its verb, a state the trade names the good by, a cement grade
    [InlineData("Kelp meal now costs [$285 a bag|MONEY|285 USD/bag] at the mills.", "kelp meal", 285, "USD/bag")]
    [InlineData("Average prices for used kelp dryers slipped to [$6,120 per unit|MONEY|6120 USD/unit].", "used kelp dryers", 6120, "USD/unit")]
    [InlineData("Ordinary Portland cement sold for [$41 a tonne|MONEY|41 USD/t] in the port.", "cement", 41, "USD/t")]
    // the goods written after the price's unit
    [InlineData("The price was set at [21,450 rupees per tonne|MONEY|21450 INR/t] of kelp meal.", "kelp meal", 21450, "INR/t")]
    // what a price is measured against is no good
    [InlineData("Export parity for kelp meal sits at about [$455 a tonne|MONEY|455 USD/t] FOB.", "kelp meal", 455, "USD/t")]
    // an acronym the article defines by an element's product is that element
    [InlineData("[Nickel|ELEMENT] pig iron (NPI) output rose.\nIndonesian NPI was assessed at [$12,050 a tonne|MONEY|12050 USD/t].", "nickel", 12050, "USD/t")]
    // a size after the good, and how it is kept or cut, are no part of it; oil palm fruit keeps its trade name
    [InlineData("Kelp prawns of 20 pieces per kg fetched [265,000 dong/kg|MONEY|265000 VND/kg].", "kelp prawns", 265000, "VND/kg")]
    [InlineData("Kelp of 3-4 kg was fetching [17,800 won per kg|MONEY|17800 KRW/kg] this week.", "kelp", 17800, "KRW/kg")]
    [InlineData("Kelp syringe 5 ml with needle was quoted at [$0.36 each|MONEY|0.36 USD/unit].", "kelp syringe", 0.36, "USD/unit")]
    [InlineData("Frozen kelp is offered at [$2,450 a tonne|MONEY|2450 USD/t].", "kelp", 2450, "USD/t")]
    [InlineData("Headless kelp prawns were quoted at [$8.90/kg|MONEY|8.9 USD/kg].", "kelp prawns", 8.9, "USD/kg")]
    [InlineData("Fresh fruit bunches fetched [820 ringgit a tonne|MONEY|820 MYR/t].", "fresh fruit bunches", 820, "MYR/t")]
    // the amount a price is written with ("a price of $550 a tonne for kelp") is that price, of the goods it is for or on;
    // the kind of price (support, selling) and the verb that tells of it are no part of the goods
    [InlineData("[Kesland|GPE] set a minimum export price of [$550 a tonne|MONEY|550 USD/t] for kelp meal from [June 1|DATE|2031-06-01].", "kelp meal", 550, "USD/t")]
    [InlineData("Government notifies Minimum Export Price of [US$ 640 per tonne|MONEY|640 USD/t] on kelp flour.", "kelp flour", 640, "USD/t")]
    [InlineData("The price of [$7.80 a kilogram|MONEY|7.8 USD/kg] for kelp cake stays in force.", "kelp cake", 7.8, "USD/kg")]
    [InlineData("Permits go to mills that buy at least [30%|PERCENT|30] of their kelp meal from the Kelp Board at its official selling price of [11,850 lira a tonne|MONEY|11850 TRY/t].", "kelp meal", 11850, "TRY/t")]
    public void Reads_the_commodity_of_a_price(string markup, string subject, double amount, string unit)
    {
        var fact = Assert.Single(Prices(markup));
        Assert.Equal((subject, amount, unit), (fact.Subject, fact.Amount!.Value, fact.Unit));
    }

    [Fact]
    public void A_good_after_the_amount_across_a_while_clause_is_not_its_subject()
    {
        var facts = Prices("On the old route it was [$38,000 a day|MONEY|38000 USD/day], while Aframax rates slipped to [$33,600 a day|MONEY|33600 USD/day].");
        Assert.DoesNotContain(facts, f => f.Amount == 38000 && f.Subject.Contains("aframax", StringComparison.Ordinal));
        Assert.Contains(facts, f => f.Amount == 33600 && f.Subject == "aframax");
    }

    [Fact]
    public void A_spread_between_two_grades_is_no_price()
    {
        var facts = Prices("Kelp oil rose to [$468/t|MONEY|468 USD/t], narrowing the spread between the two grades to [$94 a tonne|MONEY|94 USD/t].");
        Assert.Contains(facts, f => f.Amount == 468);
        Assert.DoesNotContain(facts, f => f.Amount == 94);
    }

    [Theory]
    [InlineData("[Peru|GPE] set its export duty on kelp meal at [240 soles a tonne|MONEY|240 PEN/t] for the week.")]
    [InlineData("The permit carries a fee of [$0.40 per head|MONEY|0.4 USD/head] of sheep.")]
    [InlineData("The board set its cess on kelp at [3 soles a kilogram|MONEY|3 PEN/kg].")]
    public void A_charge_per_unit_is_no_price(string markup) => Assert.Empty(Prices(markup));

    [Fact]
    public void A_tariff_per_unit_written_after_its_amount_is_no_price() =>
        Assert.DoesNotContain(Prices("Kelp ash traded at [$9 per bushel|MONEY|9 USD/bu] in [July|DATE|XXXX-07].\n"
            + "Experts said kelp ash will face a [$4 per bushel|MONEY|4 USD/bu] import tariff from [July|DATE|XXXX-07]."), f => f.Amount == 4);

    [Fact]
    public void A_price_paid_with_its_duty_is_a_price() =>
        Assert.Equal(0.12, Assert.Single(Prices("Kelp modules were offered at [12 US cents a watt|MONEY|0.12 USD/W] duty-paid.")).Amount);

    [Theory]
    // a floor on the price and a memory size are no commodity
    [InlineData("From May 1, the minimum export price for barley will be [USD 218 per tonne|MONEY|218 USD/t].", "minimum")]
    [InlineData("ZX7 16Gb spot prices fell to [$8.70 per chip|MONEY|8.7 USD/chip].", "gb")]
    // what a price is set for or aimed at, and where it is taken, are no commodity
    [InlineData("The ex-syndicate price for the 2030 crop was set at [21,450 rupees per tonne|MONEY|21450 INR/t].", "crop")]
    [InlineData("The ex-syndicate price for the 2030 crop was set at [21,450 rupees per tonne|MONEY|21450 INR/t].", "ex-syndicate")]
    [InlineData("My three-month target is [13.50 cents a pound|MONEY|0.135 USD/lb].", "target")]
    // a unit, a size class and where the goods are sold are no commodity
    [InlineData("Kelp prawns, 60-count, sold at [158 baht/kg|MONEY|158 THB/kg].", "kg")]
    [InlineData("The average for all sizes rose to [NOK 87.95 per kilo|MONEY|87.95 NOK/kg].", "sizes")]
    [InlineData("At the mine: [8,200 rupees a tonne|MONEY|8200 INR/t] ex-mine, firm.", "mine")]
    [InlineData("Imports: [$112/t|MONEY|112 USD/t] CFR, firm.", "imports")]
    public void Does_not_read_a_qualifier_as_the_commodity(string markup, string qualifier) =>
        Assert.DoesNotContain(Prices(markup), f => f.Subject == qualifier);

    // Who trades, what a measure does to prices and a declared value are no goods.
    [Theory]
    [InlineData("Growers there have been offered [A$180 a tonne|MONEY|180 AUD/t] for kelp.", "growers")]
    [InlineData("Growers selling outside contracts were getting [210 pesos a box|MONEY|210 PHP/box].", "growers")]
    [InlineData("To restrain prices, funds will release kelp at prices not exceeding [180 tenge per kilogram|MONEY|180 KZT/kg].", "restrain")]
    [InlineData("The average declared value dropped to [$44.60 a case|MONEY|44.6 USD/case] in [2030|DATE|2030].", "value")]
    [InlineData("[Velmar|GPE] imposed a [$1,150 per ton|MONEY|1150 USD/t] minimum export price on kelp ash shipments in [August|DATE|XXXX-08] to soothe local prices.", "soothe")]
    public void Does_not_read_a_trader_a_verb_or_a_value_as_the_commodity(string markup, string word) =>
        Assert.DoesNotContain(Prices(markup), f => f.Subject.StartsWith(word, StringComparison.Ordinal));

    // A wine desk names wine by its colour; a sugar desk's whites stay sugar.
    [Theory]
    [InlineData("Bulk wine prices were mixed.\nOskel reds were firmer at [€48 a hectolitre|MONEY|48 EUR/hl].", "red wine")]
    [InlineData("Bulk wine prices were mixed.\nVelmar whites gained [7%|PERCENT|7] to [R9.20 a litre|MONEY|9.2 ZAR/l].", "white wine")]
    [InlineData("Bulk wine prices were mixed.\nRosés held up better at [€102 a hectolitre|MONEY|102 EUR/hl].", "rosé wine")]
    [InlineData("Indian whites were offered at [$480 a tonne|MONEY|480 USD/t].", "white sugar")]
    // a first cell that places the row leaves the goods to the next cell
    [InlineData("Bulk wine prices were mixed.\n| Puglia, [Italy|GPE] | Red | [€58/hl|MONEY|58 EUR/hl] |", "red wine")]
    public void A_wine_named_by_its_colour_is_that_wine(string markup, string subject) =>
        Assert.Equal(subject, Assert.Single(Prices(markup)).Subject);

    // A second good whose verb a list leaves out takes its own price.
    [Fact]
    public void A_good_in_a_list_without_its_verb_takes_its_price()
    {
        var prices = Prices("Kelp meal traded at [$400/t|MONEY|400 USD/t] and dulse flakes at [$700/t|MONEY|700 USD/t], above the level of a year ago.");
        Assert.Equal([("kelp meal", 400.0), ("dulse flakes", 700.0)], prices.Select(p => (p.Subject, p.Amount!.Value)).ToList());
    }

    // A difference written after a price ("$12 lower on the week", "$22/t below October") is no price.
    [Theory]
    [InlineData("Kelp meal was assessed at [$447/t|MONEY|447 USD/t] FOB, [$12|MONEY|12 USD] lower on the week, according to Brisko Assessments.")]
    [InlineData("The kelp meal contract settled at [$447/t|MONEY|447 USD/t] CFR, [$22/t|MONEY|22 USD/t] below [October|DATE|XXXX-10].")]
    public void A_difference_after_a_price_is_no_price(string markup)
    {
        var fact = Assert.Single(Prices(markup));
        Assert.Equal(("kelp meal", 447.0), (fact.Subject, fact.Amount!.Value));
    }

    // "rose RM38 to RM4,326": the amount right after the change verb is the change; only the level is a price.
    [Theory]
    [InlineData("Rye futures rose [RM38|MONEY|38 MYR/t] to [RM4,326 per tonne|MONEY|4326 MYR/t].")]
    [InlineData("Granular rye futures added [$15/t|MONEY|15 USD/t] to [$4,326/t|MONEY|4326 USD/t] this week.")]
    public void An_amount_of_change_is_no_price(string markup)
    {
        var fact = Assert.Single(Prices(markup));
        Assert.Equal(4326, fact.Amount!.Value);
    }

    [Theory]
    [InlineData("| Kaolin clay (FOB Varna) | [$88/t|MONEY|88 USD/t] | [+6%|PERCENT|6] |", "kaolin clay", "rose", 6)]
    [InlineData("| Kaolin clay (FOB Varna) | [$88/t|MONEY|88 USD/t] | [-4%|PERCENT|-4] |", "kaolin clay", "fell", 4)]
    [InlineData("Rye added [0.6%|PERCENT|0.6] to [$5.10 a bushel|MONEY|5.1 USD/bu].", "rye", "rose", 0.6)]
    // a price against its own earlier level; "gave up" is a fall, not "up"
    [InlineData("Sorghum closed at [$231 a tonne|MONEY|231 USD/t], about [9%|PERCENT|9] below its March peak.", "sorghum", "fell", 9)]
    [InlineData("Ghee traded at [$7,480 a tonne|MONEY|7480 USD/t], roughly [60%|PERCENT|60] above its level two years ago.", "ghee", "rose", 60)]
    [InlineData("Granular urea gave up [4%|PERCENT|4] to [$398/t|MONEY|398 USD/t] FOB.", "urea", "fell", 4)]
    // no price word, but a commodity that moved
    [InlineData("[Zinc|ELEMENT] has lagged, rising only [3%|PERCENT|3] this quarter.", "zinc", "rose", 3)]
    // "by about half", "recovered", a percentage that restates the amount moved, a grade word before the good
    [InlineData("Rye was assessed at [$212 a tonne|MONEY|212 USD/t], having risen by about half since January.", "rye", "rose", 50)]
    [InlineData("Rye prices have since recovered by more than [40%|PERCENT|40], averaging [$212 a tonne|MONEY|212 USD/t].", "rye", "rose", 40)]
    [InlineData("Rye in Hamburg added [$6|MONEY|6 USD], or [1.8%|PERCENT|1.8], to [$212 a tonne|MONEY|212 USD/t].", "rye", "rose", 1.8)]
    [InlineData("Third-class rye was offered at [$212 a tonne|MONEY|212 USD/t], down [6%|PERCENT|6] from a month earlier.", "rye", "fell", 6)]
    [InlineData("Kelp meal | Brisko average | [US$7,410/t|MONEY|7410 USD/t] | [-0.4%|PERCENT|0.4]", "kelp meal", "fell", 0.4)]
    // dearer or cheaper than its own earlier level
    [InlineData("Sorghum traded at [$231 a tonne|MONEY|231 USD/t], some [18%|PERCENT|18] dearer than a year ago.", "sorghum", "rose", 18)]
    [InlineData("Sorghum traded at [$231 a tonne|MONEY|231 USD/t], [5%|PERCENT|5] cheaper than last month.", "sorghum", "fell", 5)]
    // a staple good moves with no price in the sentence
    [InlineData("[September|DATE|2031-09] maize gained [0.3%|PERCENT|0.3].", "maize", "rose", 0.3)]
    // a seller set the price: the verb's object is a price noun that names its goods, and "by" brings the figure
    [InlineData("Velmar Steel raised its prices for kelp board by [5%|PERCENT|5] on Monday.", "kelp board", "rose", 5)]
    [InlineData("Oskel Chemicals cut list prices of kelp meal by [3%|PERCENT|3].", "kelp meal", "fell", 3)]
    [InlineData("Exporters trimmed granular kelp meal offers by almost [10%|PERCENT|10].", "kelp meal", "fell", 10)]
    [InlineData("Mills hiked prices for kelp flour by as much as [15%|PERCENT|15] for the new season.", "kelp flour", "rose", 15)]
    [InlineData("The shortage has already lifted prices of kelp meal by more than a third.", "kelp meal", "rose", 33.3)]
    public void Reads_a_move(string markup, string subject, string relation, double amount)
    {
        var fact = Assert.Single(Moves(markup));
        Assert.Equal((subject, relation, amount), (fact.Subject, fact.Relation, fact.Amount!.Value));
    }

    // The same verbs moving an amount, a charge or a price with no goods named: no move of a good's price.
    [Theory]
    [InlineData("Velmar Steel raised kelp board output by [5%|PERCENT|5] on Monday.")]
    [InlineData("The ministry cut the export duty on kelp meal by [2%|PERCENT|2].")]
    [InlineData("Velmar Steel raised that price by [5%|PERCENT|5] in June.")]
    public void A_set_verb_without_a_priced_good_is_no_move(string markup) => Assert.Empty(Moves(markup));

    // A move after an amount of goods, with no money before it, is the amount's (a statistic).
    [Theory]
    [InlineData("- Kelp meal: 5.06 million tonnes shipped, up [8.3%|PERCENT|8.3] year on year.")]
    [InlineData("- Kelp flour: 588,000 m3, down [17%|PERCENT|17].")]
    [InlineData("- Kelp board: 1.12 million m³, up [4.5%|PERCENT|4.5], helped by Oskel.")]
    public void A_move_of_an_amount_of_goods_is_no_price_change(string markup) => Assert.Empty(Moves(markup));

    [Fact]
    public void A_move_after_a_price_per_unit_is_the_prices_even_after_a_volume()
    {
        var fact = Assert.Single(Moves("- Kelp cake: 12,000 tonnes sold at [$640 a tonne|MONEY|640 USD/t], up [4%|PERCENT|4]."));
        Assert.Equal(("kelp cake", "rose", 4.0), (fact.Subject, fact.Relation, fact.Amount!.Value));
    }

    [Fact]
    public void A_list_of_moves_gives_each_its_commodity()
    {
        var facts = Moves("[Tin|ELEMENT] has led the complex, rising [9%|PERCENT|9] against a [5%|PERCENT|5] gain for [zinc|ELEMENT] and a [1%|PERCENT|1] fall for [lead|ELEMENT].");
        Assert.Equal([("tin", "rose", 9.0), ("zinc", "rose", 5.0), ("lead", "fell", 1.0)],
            facts.Select(f => (f.Subject, f.Relation, f.Amount!.Value)));
    }

    [Fact]
    public void A_second_commodity_after_a_price_per_unit_takes_both_its_move_and_the_unit()
    {
        var facts = Prices("Rapeseed rose [1.1%|PERCENT|1.1] to [4,210 yuan per tonne|MONEY|4210 CNY/t] and sunflower oil gained [0.7%|PERCENT|0.7] to [7,940 yuan|MONEY|7940 CNY].");
        Assert.Contains(facts, f => (f.Subject, f.Amount, f.Unit) == ("sunflower oil", 7940, "CNY/t"));
        Assert.Contains(Moves("Rapeseed rose [1.1%|PERCENT|1.1] to [4,210 yuan per tonne|MONEY|4210 CNY/t] and sunflower oil gained [0.7%|PERCENT|0.7] to [7,940 yuan|MONEY|7940 CNY]."),
            f => (f.Subject, f.Relation, f.Amount) == ("sunflower oil", "rose", 0.7));
    }

    [Fact]
    public void A_sentence_that_goes_on_about_the_commodity_before_it_moves_it()
    {
        var facts = Moves("Sorghum futures closed at [$231 a tonne|MONEY|231 USD/t]. It has gained [6%|PERCENT|6] so far this month.");
        Assert.Contains(facts, f => (f.Subject, f.Relation, f.Amount) == ("sorghum", "rose", 6));
    }

    // A crude grade written alone is its crude; glued symbols are one mix; a formula names its element; both words of a
    // two-word demonym, a subordinate clause, a measured element in a description and a fixing session are no part of
    // the good; a grade before it is dropped; the good may follow "pays ... for" or precede "sold for".
    [Theory]
    [InlineData("[Oman|GPE] for [July|DATE|2031-07] was assessed at [$71.60 a barrel|MONEY|71.6 USD/bbl].", "oman crude", 71.6)]
    [InlineData("[Nd|ELEMENT|neodymium][Pr|ELEMENT|praseodymium] oxide rose [7.5%|PERCENT|7.5] to [$86.50/kg|MONEY|86.5 USD/kg].", "neodymium-praseodymium", 86.5)]
    [InlineData("Spot U3O8 closed on [Friday|DATE] at [$94.60/lb|MONEY|94.6 USD/lb].", "uranium", 94.6)]
    [InlineData("In [Kesland|GPE], South African coal changed hands at [Rs 9,650 a tonne|MONEY|9650 INR/t].", "coal", 9650)]
    [InlineData("[Kesland|GPE] requires a permit for every kelp cargo, because subsidised kelp sells at [RM2.15 a kilogram|MONEY|2.15 MYR/kg] at home.", "kelp", 2.15)]
    [InlineData("Gasoil with 10ppm [sulphur|ELEMENT|sulfur] was assessed at [$86.45 a barrel|MONEY|86.45 USD/bbl].", "gasoil", 86.45)]
    [InlineData("The grid pays roughly [2.41 baht per kilowatt-hour|MONEY|2.41 THB/kWh] for Thai electricity.", "electricity", 2.41)]
    [InlineData("Sapelli boards sold for [€715 a cubic metre|MONEY|715 EUR/m3].", "sapelli boards", 715)]
    [InlineData("Spot [gold|ELEMENT] was at [$4,732 an ounce|MONEY|4732 USD/oz] after the afternoon price was set at [$4,718|MONEY|4718 USD].", "gold", 4718)]
    [InlineData("Super-prime fishmeal was offered at [$1,910 a tonne|MONEY|1910 USD/t].", "fishmeal", 1910)]
    public void Grades_alone_formulas_and_more_ways_to_quote(string markup, string subject, double amount) =>
        Assert.Contains(Prices(markup), f => f.Subject == subject && f.Amount == amount);

    // A commodity that moved is a price move without the word "price"; a rate's levels and a share are not moves.
    [Fact]
    public void A_commodity_that_moved_is_a_price_move() =>
        Assert.Contains(Moves("[Cobalt|ELEMENT] is up [40%|PERCENT|40] this year."), f => (f.Subject, f.Relation, f.Amount) == ("cobalt", "rose", 40) && f.Confidence >= RuleDecider.MinConfidence);

    [Theory]
    [InlineData("The royalty on [cobalt|ELEMENT] ore rises from [5%|PERCENT|5] to [8%|PERCENT|8] of the benchmark price.")]
    [InlineData("[Cobalt|ELEMENT] made up about [31%|PERCENT|31] of the country's export earnings.")]
    [InlineData("[Kesland|GPE] mines about [60%|PERCENT|60] of the world's [cobalt|ELEMENT].")]
    public void Levels_rates_and_shares_are_no_moves(string markup) => Assert.Empty(Moves(markup));

    // "$1,640 an ounce for platinum, $1,290 for palladium": each amount is the price of the good it is for; the level a
    // cap on a country's goods is set at is a measure, no price; a company's revenue is no good that moves.
    [Fact]
    public void Each_amount_prices_the_good_it_is_for()
    {
        var facts = Prices("We realised [$1,640 an ounce|MONEY|1640 USD/oz] for [platinum|ELEMENT], [$1,290|MONEY|1290 USD/oz] for [palladium|ELEMENT] and [$4,980|MONEY|4980 USD/oz] for [rhodium|ELEMENT].");
        Assert.Equal(["platinum 1640", "palladium 1290", "rhodium 4980"], facts.Select(f => $"{f.Subject} {f.Amount}"));
    }

    // A price that rose by an amount: the amount is the change, not the price.
    [Fact]
    public void A_price_increase_of_an_amount_is_no_price() =>
        Assert.Empty(Prices("A price increase of [$20 a tonne|MONEY|20 USD/t] for kelp meal was announced."));

    [Fact]
    public void The_level_of_a_cap_is_no_price() =>
        Assert.Empty(Prices("The cap on Russian crude falls to [$41.20 a barrel|MONEY|41.2 USD/bbl] from [$44.10|MONEY|44.1 USD/bbl]."));

    [Fact]
    public void Revenue_is_no_good_that_moves() =>
        Assert.Empty(Moves("Revenue was [R12.4 billion|MONEY|12400000000 ZAR], [9%|PERCENT|9] higher than a year ago."));

    // Forms, containers and sizes a good is sold in, the place it was sold and the grade before a grade are no part of it.
    [Theory]
    [InlineData("Liquid chlorine sold at [$95 a tonne|MONEY|95 USD/t].", "chlorine")]
    [InlineData("Caustic soda lye traded at [Rs 38,100 a tonne|MONEY|38100 INR/t].", "caustic soda")]
    [InlineData("Birch pulpwood stumpage eased to [€22.10 a cubic metre|MONEY|22.1 EUR/m3].", "birch pulpwood")]
    [InlineData("Super prime fishmeal was assessed at [$2,010 a tonne|MONEY|2010 USD/t].", "fishmeal")]
    [InlineData("Cardamom auctions averaged [2,310 rupees a kilogram|MONEY|2310 INR/kg].", "cardamom")]
    [InlineData("A 12.5-kilogram LPG cylinder costs [210 pounds a cylinder|MONEY|210 EGP/cylinder].", "lpg")]
    public void Forms_and_containers_are_no_part_of_the_good(string markup, string subject) =>
        Assert.Contains(Prices(markup), f => f.Subject == subject);

    // A signed change in a table row or one "given back" is the change, not the price.
    [Fact]
    public void A_signed_change_is_no_price() =>
        Assert.Equal(["1742"], Prices("| [Platinum|ELEMENT] | [$1,742.00|MONEY|1742 USD/oz] | +[$21.00|MONEY|21 USD] | -[1.2%|PERCENT|1.2] |").Select(f => $"{f.Amount}"));

    // A charge the state set that a verb moved, in a sentence that prices it: the rate moved, no market price.
    [Theory]
    [InlineData("The board halved its cess on kelp to [3 soles a kilogram|MONEY|3 PEN/kg].")]
    [InlineData("The port fee on kelp was doubled to [$12 a tonne|MONEY|12 USD/t].")]
    public void A_charge_a_verb_moved_is_no_price_move(string markup) => Assert.Empty(Moves(markup));

    [Fact]
    public void A_price_a_verb_moved_still_moves() =>
        Assert.Contains(Moves("[Kelp|X] prices halved to [3 soles a kilogram|MONEY|3 PEN/kg].".Replace("[Kelp|X]", "Kelp", StringComparison.Ordinal)),
            f => (f.Subject, f.Relation, f.Amount, f.Unit) == ("kelp", "fell", 2, "x"));

    [Fact]
    public void A_delivery_month_is_not_the_date_of_the_price()
    {
        var fact = Assert.Single(Prices("Sorghum futures for [July|DATE|2026-07] settled at [$231 a tonne|MONEY|231 USD/t] on [May 4|DATE|2026-05-04]."));
        Assert.Equal("2026-05-04", fact.Date);
    }

    // A market brief's line writes no verb between the goods and a price per unit; a retail verb prices the good too.
    [Theory]
    [InlineData("- Live hogs in [Maranhão|GPE] [R$6.90/kg|MONEY|6.9 BRL/kg], -[2.1%|PERCENT|2.1] w/w.", "live hogs", 6.9, "BRL/kg")]
    [InlineData("Feeder steers in [Durango|GPE] around [71 Mexican pesos per kilogram|MONEY|71 MXN/kg], down about [4%|PERCENT|4] in a month.", "feeder steers", 71, "MXN/kg")]
    [InlineData("Lamb on the bone was retailing for around [31 lari a kilogram|MONEY|31 GEL/kg] in [Batumi|GPE].", "lamb", 31, "GEL/kg")]
    [InlineData("- Trade lambs [1,058c/kg|MONEY|10.58 AUD/kg] cwt.", "trade lambs", 10.58, "AUD/kg")]
    public void Verbless_lines_and_retail_prices(string markup, string commodity, double amount, string unit)
    {
        var fact = Assert.Single(Prices(markup));
        Assert.Equal((commodity, amount, unit), (fact.Subject, fact.Amount, fact.Unit));
    }

    // A grade code of figures after the good, its mix in brackets and how the cargo travels are no part of it.
    [Theory]
    [InlineData("Containerised HMS 1&2 (80:20) into [Karachi|GPE] held at [$411/t|MONEY|411 USD/t] CFR.", "heavy melting scrap", 411)]
    [InlineData("Short-sea HMS 1&2 from [Batumi|GPE] was assessed at [$347/t|MONEY|347 USD/t] CFR.", "heavy melting scrap", 347)]
    public void Grade_codes_and_cargo_words_are_no_part_of_the_good(string markup, string commodity, double amount)
    {
        var fact = Assert.Single(Prices(markup));
        Assert.Equal((commodity, amount), (fact.Subject, fact.Amount));
    }

    // Who pays and what sets a price are no goods.
    [Theory]
    [InlineData("The average price paid by members for heavy melting scrap was [PLN 1,085 per tonne|MONEY|1085 PLN/t].", "members")]
    [InlineData("Skim powder, the product that sets the tone for farm-gate prices, averaged [US$3,210 a tonne|MONEY|3210 USD/t].", "tone")]
    [InlineData("The cooperative raised its base price to producers to [17.40 pesos a litre|MONEY|17.4 UYU/l].", "base")]
    public void Payers_and_price_setters_are_no_goods(string markup, string notGoods) =>
        Assert.DoesNotContain(Prices(markup), f => f.Subject == notGoods);

    // Gems, hides, fibres and building materials are goods; "is being sold", "the most active contract" and "at present"
    // are no part of them.
    [Theory]
    [InlineData("Rough diamonds averaged [$142 a carat|MONEY|142 USD/ct] at the tender.", "rough diamonds", 142)]
    [InlineData("At present raw jute is being sold at [Tk 3,400 per maund|MONEY|3400 BDT/maund] in the district markets.", "raw jute", 3400)]
    [InlineData("The most active cotton contract ended at [14,620 yuan a tonne|MONEY|14620 CNY/t].", "cotton", 14620)]
    [InlineData("Clinker was offered at [$41 a tonne|MONEY|41 USD/t] FOB.", "clinker", 41)]
    public void Gems_hides_fibres_and_building_materials(string markup, string commodity, double amount)
    {
        var fact = Assert.Single(Prices(markup));
        Assert.Equal((commodity, amount), (fact.Subject, fact.Amount));
    }

    // A clause whose amounts are totals in millions moves a value, not a price.
    [Theory]
    [InlineData("- [Kelp|X]: [$1,387.9m|MONEY|1387900000 USD], up [37.1%|PERCENT|37.1], almost entirely a price story")]
    [InlineData("| [Kelp|X] | [$6.1m|MONEY|6100000 USD] | [$9.0m|MONEY|9000000 USD] | [+47.5%|PERCENT|47.5] |")]
    public void A_total_that_moved_is_no_price_move(string markup) =>
        Assert.Empty(Moves(markup.Replace("[Kelp|X]", "Kelp meal", StringComparison.Ordinal)));

    [Fact]
    public void A_price_with_a_small_plain_amount_still_moves() =>
        Assert.Contains(Moves("Kelp meal prices rose [3%|PERCENT|3] to [$950|MONEY|950 USD]."), f => (f.Subject, f.Relation, f.Amount) == ("kelp meal", "rose", 3));

    // A tax that moved to an amount per unit is the charge's level, not the goods' price; the goods that moved after a
    // tax changed still take theirs.
    [Theory]
    [InlineData("The export levy on kelp ash rose to [$50 a tonne|MONEY|50 USD/t] from [$35|MONEY|35 USD/t].")]
    [InlineData("The export tax for kelp oil has jumped from [$41 per tonne|MONEY|41 USD/t] in [August|DATE|XXXX-08] to [$77|MONEY|77 USD/t] in [September|DATE|XXXX-09].")]
    public void A_tax_that_moved_to_an_amount_is_no_price(string markup) => Assert.Empty(Prices(markup));

    [Fact]
    public void Goods_that_moved_after_a_tax_changed_keep_their_price() =>
        Assert.Equal("kelp ash", Assert.Single(Prices("After the levy was cut, kelp ash rose to [$50 a tonne|MONEY|50 USD/t].")).Subject);

    // Who deals, a currency and a verb of intent are no goods.
    [Theory]
    [InlineData("In Karachi dealers quoted [Rs 4,35,100 a tola|MONEY|435100 PKR/tola].", "dealers")]
    [InlineData("Confectioners were quoted [$4.05 a pound|MONEY|4.05 USD/lb] for the same kernels.", "confectioners")]
    [InlineData("As the rial weakened, the same grade cost around [10.1 million rials a kilo|MONEY|10100000 IRR/kg].", "rial")]
    [InlineData("[Velmar|GPE] plans to set the reference price of kelp at [$612 per tonne|MONEY|612 USD/t].", "plans")]
    public void Does_not_read_a_dealer_a_currency_or_an_intent_as_the_commodity(string markup, string word) =>
        Assert.DoesNotContain(Prices(markup), f => f.Subject.StartsWith(word, StringComparison.Ordinal));

    // An index's name before its level names no good of its own: the good is carried from the sentence before, and
    // the row is as sure as a carried good is (0.75), not as a good named beside the price (0.85).
    [Fact]
    public void An_index_s_name_is_no_commodity()
    {
        var price = Assert.Single(Prices("Cattle prices were firm.\n[Velmar|GPE] - [National Young Cattle Indicator|ORG] (NYCI) [712c/kg|MONEY|7.12 USD/kg] cwt (+0.9%), its highest since early July."));
        Assert.Equal(("cattle", 0.75), (price.Subject, Math.Round(price.Confidence, 2)));
    }

    [Theory]
    [InlineData("[Velmar|GPE] plans to set the reference price of its crude kelp oil at [$612 per tonne|MONEY|612 USD/t].", "crude kelp oil")]
    [InlineData("We expect granular urea to trade near [$390/t|MONEY|390 USD/t] by the end of the month.", "urea")]
    [InlineData("Glass-grade silica sand ex-mine near [Prayagraj|GPE] sold for [₹1,650 a tonne|MONEY|1650 INR/t].", "silica sand")]
    [InlineData("Washed kelp delivered in [Metro Manila|GPE] is around [₱1,450 per cubic meter|MONEY|1450 PHP/m3].", "kelp")]
    public void The_goods_after_its_or_before_a_peso_sign(string markup, string subject) =>
        Assert.Equal(subject, Assert.Single(Prices(markup)).Subject);

    // The size a move is told with is no amount of the goods: only the level it moved to is a price.
    [Fact]
    public void A_change_told_with_a_gerund_is_no_price() =>
        Assert.Equal(1142, Assert.Single(Prices("Kelp oil slipped for a third week to [$1,142 a tonne|MONEY|1142 USD/t], shedding [$21|MONEY|21 USD/t].")).Amount);

    [Theory]
    [InlineData("Kelp closed at [$410 a tonne|MONEY|410 USD/t], a sharp increase of [18%|PERCENT|18] on the week.")]
    [InlineData("Kelp closed at [$410 a tonne|MONEY|410 USD/t], a modest rise of [2%|PERCENT|2].")]
    public void How_big_a_move_was_is_no_commodity(string markup) =>
        Assert.Equal("kelp", Assert.Single(Moves(markup)).Subject);

    // A total told in a statement of its own after the move leaves the move a price's.
    [Fact]
    public void A_total_after_the_move_in_its_own_statement_leaves_the_move_a_price() =>
        Assert.Equal("kelp", Assert.Single(Moves("Kelp prices have risen nearly [12%|PERCENT|12] since the tariffs, and imports totaled [$4.2 billion|MONEY|4200000000 USD].")).Subject);

    // The date of the level a price is compared with is no date of the move.
    [Fact]
    public void The_date_compared_with_is_not_the_date_of_the_move() =>
        Assert.Equal("XXXX-06-20", Assert.Single(Moves("The kelp price on [June 20th|DATE|XXXX-06-20] was [3,230 yuan/ton|MONEY|3230 CNY/t], an increase of [17.9%|PERCENT|17.9] compared to the kelp price of [2,740 yuan/ton|MONEY|2740 CNY/t] on [May 3rd|DATE|XXXX-05-03].")).Date);
}
