using NewsExtract.Annotation;
using NewsExtract.Annotation.Spotters;

namespace NewsExtract.Tests.Annotation;

public class NumericSpotterTests
{
    private static string Spot(string text, string? published = null) =>
        TestDocuments.Show(new NumericSpotter().Spot(TestDocuments.Make(text, TestDocuments.Date(published))));

    [Theory]
    [InlineData("Quotes held at USD 640 per kilogram on Friday.", "MONEY USD 640 per kilogram=640 USD/kg | DATE Friday=")]
    [InlineData("Terbium cost $52 a kilogram.", "MONEY $52 a kilogram=52 USD/kg")]
    [InlineData("Smelters paid 1,475 yuan per tonne.", "MONEY 1,475 yuan per tonne=1475 CNY/t")]
    [InlineData("A plan worth $3.4 billion.", "MONEY $3.4 billion=3400000000 USD")]
    // "each" after a price is its piece; after an amount in millions it is the cost of each, no price
    [InlineData("A reaction wheel sells for $52,000 each.", "MONEY $52,000 each=52000 USD/unit")]
    [InlineData("The two plants will cost $5 million each.", "MONEY $5 million=5000000 USD")]
    [InlineData("Prices of between $610 and $680 a tonne.", "MONEY $610=610 USD/t | MONEY $680 a tonne=680 USD/t")]
    [InlineData("Ingots traded at $2,050-$2,190 per tonne.", "MONEY $2,050=2050 USD/t | MONEY $2,190 per tonne=2190 USD/t")]
    [InlineData("Oxide sold at $415-436/kg.", "MONEY $415=415 USD/kg | MONEY 436/kg=436 USD/kg")]
    [InlineData("Bars fetched 7,300 to 7,650 yuan per tonne.", "MONEY 7,300=7300 CNY/t | MONEY 7,650 yuan per tonne=7650 CNY/t")]
    [InlineData("Guidance of €2.5 billion to €2.8 billion.", "MONEY €2.5 billion=2500000000 EUR | MONEY €2.8 billion=2800000000 EUR")]
    [InlineData("Cathode settled at 64,200 yuan ($8,900) a tonne.", "MONEY 64,200 yuan=64200 CNY/t | MONEY $8,900=8900 USD/t")]
    [InlineData("Ore cost $41 (300 yuan) per kg.", "MONEY $41=41 USD/kg | MONEY 300 yuan=300 CNY/kg")]
    [InlineData("Profit was 61,000 yuan ($8,450) in all.", "MONEY 61,000 yuan=61000 CNY | MONEY $8,450=8450 USD")]
    [InlineData("Sales reached 3.4 trillion dong.", "MONEY 3.4 trillion dong=3400000000000 VND")]
    [InlineData("Soy futures rose 14 cents to 1,062 cents a bushel.", "MONEY 14 cents=0.14 USD | MONEY 1,062 cents a bushel=10.62 USD/bu")]
    [InlineData("Oats fell 2-3/4 cents to $3.61-1/4 a bushel.", "MONEY 2-3/4 cents=0.0275 USD | MONEY $3.61-1/4 a bushel=3.6125 USD/bu")]
    [InlineData("Oats traded at $3.61-$3.64 a bushel.", "MONEY $3.61=3.61 USD/bu | MONEY $3.64 a bushel=3.64 USD/bu")]
    [InlineData("Crude settled at $81.20 a barrel.", "MONEY $81.20 a barrel=81.2 USD/bbl")]
    [InlineData("Gas fetched €36/MWh while cargoes paid $12.10 per MMBtu.", "MONEY €36/MWh=36 EUR/MWh | MONEY $12.10 per MMBtu=12.1 USD/MMBtu")]
    [InlineData("The grain cost 2,480 yuan a tonne.", "MONEY 2,480 yuan a tonne=2480 CNY/t")]
    // Isotopes by their activity, sawn lumber by the thousand board feet, and ISO codes of the smaller currencies.
    [InlineData("Mo-99 reached USD 1,450 per curie.", "MONEY USD 1,450 per curie=1450 USD/Ci")]
    [InlineData("Sources sold at $6.50/Ci.", "MONEY $6.50/Ci=6.5 USD/Ci")]
    [InlineData("Framing lumber rose to $585 per thousand board feet.", "MONEY $585 per thousand board feet=585 USD/mbf")]
    [InlineData("Revenue reached PHP 9.84 billion.", "MONEY PHP 9.84 billion=9840000000 PHP")]
    [InlineData("The levy is ISK 120 a tonne.", "MONEY ISK 120 a tonne=120 ISK/t")]
    [InlineData("It is 5 per cent cheaper.", "PERCENT 5 per cent=5")]
    [InlineData("Capacity of 640 per kilogram tonnes.", "")]
    [InlineData("Its share is over 65% now.", "PERCENT over 65%=65")]
    [InlineData("It supplies 55 percent of demand.", "PERCENT 55 percent=55")]
    [InlineData("Output fell nearly 35 pct.", "PERCENT nearly 35 pct=35")]
    public void Spots_money_and_percentages(string text, string expected) => Assert.Equal(expected, Spot(text));

    [Theory]
    [InlineData("Rules took effect on March 3.", null, "DATE March 3=XXXX-03-03")]
    [InlineData("Rules took effect on March 3.", "2024-05-20", "DATE March 3=2024-03-03")]
    [InlineData("Rules took effect on March 3rd, 2022.", null, "DATE March 3rd, 2022=2022-03-03")]
    [InlineData("Rules took effect on 3 March 2022.", null, "DATE 3 March 2022=2022-03-03")]
    [InlineData("Rules took effect on Mar. 3.", null, "DATE Mar. 3=XXXX-03-03")]
    [InlineData("Stocks ran low in August 2023.", null, "DATE August 2023=2023-08")]
    [InlineData("Stocks ran low in late May.", null, "DATE late May=XXXX-05")]
    [InlineData("Stocks ran low by mid-May.", null, "DATE mid-May=XXXX-05")]
    [InlineData("Stocks ran low in May.", null, "DATE May=XXXX-05")]
    [InlineData("Stocks ran low since May 2 and in October.", null, "DATE May 2=XXXX-05-02 | DATE October=XXXX-10")]
    [InlineData("Talks ran between April and May.", null, "DATE April=XXXX-04 | DATE May=XXXX-05")]
    [InlineData("Buyers may wait.", null, "")]
    [InlineData("May we ask?", null, "")]
    [InlineData("Minister Theresa May spoke.", null, "")]
    [InlineData("Exports fell in 2023.", null, "DATE 2023=2023")]
    [InlineData("Exports fell 2023 tonnes.", null, "")]
    [InlineData("Exports stay below 2019 levels.", null, "DATE 2019=2019")]
    [InlineData("Capacity grows by mid-2026.", null, "DATE mid-2026=2026")]
    [InlineData("The file is dated 2023-11-02.", null, "DATE 2023-11-02=2023-11-02")]
    [InlineData("Exports fell last year.", "2024-05-20", "DATE last year=2023")]
    [InlineData("Exports fell in recent months.", "2024-05-20", "DATE recent months=")]
    [InlineData("A 12-month plan for 2,025 firms.", null, "")]
    public void Spots_dates(string text, string? published, string expected) => Assert.Equal(expected, Spot(text, published));

    [Theory]
    // A year written for another event nearby is no reference.
    [InlineData("Curbs imposed in 2022 were tightened, and on April 9 licences resumed.", null, "2022 XXXX-04-09")]
    [InlineData("In March 2021 rules began.\nThen on June 4 they ended.", null, "2021-03 XXXX-06-04")]
    // The published year comes first.
    [InlineData("Curbs imposed in 2022 were tightened, and on April 9 licences resumed.", "2025-06-10", "2022 2025-04-09")]
    // A year written once for the whole date phrase.
    [InlineData("The window runs from March 3 to April 9, 2027.", null, "2027-03-03 2027-04-09")]
    [InlineData("Sales paused between 4 May and 2 June 2024.", null, "2024-05-04 2024-06-02")]
    [InlineData("The waiver runs from 1 October until 31 March 2027.", null, "2026-10-01 2027-03-31")]
    // "since" a month later than the published one looks back a year.
    [InlineData("Prices have doubled since November.", "2026-02-15", "2025-11")]
    [InlineData("Prices have doubled since January.", "2026-02-15", "2026-01")]
    // A month before the published one that a future verb governs is next year's, unless the past comes between.
    [InlineData("The quota will apply from February.", "2026-11-10", "2027-02")]
    [InlineData("The levy is due to rise on March 1.", "2026-11-10", "2027-03-01")]
    [InlineData("Licences stay suspended until April.", "2026-11-10", "2027-04")]
    [InlineData("Permits will be issued for cargoes booked before February 1.", "2026-11-10", "2026-02-01")]
    [InlineData("The board will review the curbs it imposed in February.", "2026-11-10", "2026-02")]
    [InlineData("The ministry said in March that it will act.", "2026-11-10", "2026-03")]
    [InlineData("The quota will apply from December.", "2026-11-10", "2026-12")]
    [InlineData("The quota applied from February.", "2026-11-10", "2026-02")]
    // A month after the published one that is the time of a past verb is last year's; not one the verb leads to, one
    // of a passive that tells of the future, or one of the next clause.
    [InlineData("The jump began after Velmar added kelp to its licence list in November.", "2026-02-17", "2025-11")]
    [InlineData("Oskel suspended exports of kelp meal in mid-November.", "2026-02-17", "2025-11")]
    [InlineData("Mills paid 610 rupees a kilogram this month, up from 455 rupees in December.", "2026-02-17", "2026-02 2025-12")]
    [InlineData("Oskel suspended exports of kelp meal in January.", "2026-02-17", "2026-01")]
    [InlineData("The two producers agreed to withhold kelp between April and July.", "2026-02-17", "2026-04 2026-07")]
    [InlineData("A third round could be held in Velmar in July.", "2026-02-17", "2026-07")]
    [InlineData("Oskel has offered a new round of talks in Velmar in April.", "2026-02-17", "2026-04")]
    [InlineData("No agreement was reached, and a new round is pencilled in for late June.", "2026-02-17", "2026-06")]
    [InlineData("Importers restocked ahead of a holiday in early October.", "2026-02-17", "2026-10")]
    // Relative dates only against a known published date.
    [InlineData("Output rose last month and will rise next year.", "2026-02-15", "2026-01 2027")]
    [InlineData("Output rose last month and will rise next year.", null, " ")]
    public void Dates_without_a_year_take_the_published_or_phrase_year(string text, string? published, string expected)
    {
        var dates = new NumericSpotter().Spot(TestDocuments.Make(text, TestDocuments.Date(published))).Where(e => e.Label == EntityLabel.DATE);
        Assert.Equal(expected, string.Join(' ', dates.Select(d => d.Normalized)));
    }

    [Fact]
    public void Entities_point_into_the_document()
    {
        const string text = "Headline: Prices Up 12%\n• On May 6, dysprosium hit $310/kg.";
        var entities = new NumericSpotter().Spot(TestDocuments.Make(text)).ToList();
        Assert.Equal("PERCENT 12%=12 | DATE May 6=XXXX-05-06 | MONEY $310/kg=310 USD/kg", TestDocuments.Show(entities));
        Assert.All(entities, e => Assert.Equal(e.Text, text[e.Start..e.End]));
        Assert.All(entities, e => Assert.StartsWith("pattern:", e.Source, StringComparison.Ordinal));
    }

    // A table's header names the currency and unit of a column: its bare numbers are amounts in it, a range's two ends
    // each; a column whose header names none, and a table without a header unit, keep their numbers bare.
    [Theory]
    [InlineData("Kelp prices.\nProduct | Port | US$/tonne, FOB | w/w\nKelp meal | Lima | 1,240 | +2.1%\nKelp flour | Ilo | 980-1,010 | -0.4%\n",
        "MONEY 1,240=1240 USD/t | PERCENT +2.1%=2.1 | MONEY 980=980 USD/t | MONEY 1,010=1010 USD/t | PERCENT -0.4%=0.4")]
    [InlineData("Kelp prices.\nProduct | Port | yuan/t\nKelp meal | Lima | 8,450\n", "MONEY 8,450=8450 CNY/t")]
    [InlineData("Kelp stocks.\nProduct | Port | Tonnes\nKelp meal | Lima | 8,450\n", "")]
    // a row that writes its own currency and unit in a cell: its bare numbers, but not a change's or a volume's column
    [InlineData("Kelp prices.\nProduct | Unit | Low | High | W/W | Volume\nKelp meal | USD/t | 1,955 | 2,010 | +2.1% | 4,000\nKelp ash | CNY/kg | 6.40 | 6.55 | 3.5 | 120\n",
        "MONEY 1,955=1955 USD/t | MONEY 2,010=2010 USD/t | PERCENT +2.1%=2.1 | MONEY 6.40=6.4 CNY/kg | MONEY 6.55=6.55 CNY/kg")]
    // a unit cell is all its cell says
    [InlineData("Kelp prices.\nProduct | Note | Low\nKelp meal | quoted in USD/t | 1,955\n", "")]
    // a row that writes only its unit ("per cubic metre") in a cell: the amounts that write their currency are per it
    [InlineData("Kelp gas.\nProduct | Market | Unit | Price | w/w\nKelp gas | Lima | per cubic metre | €31.50 | +2.4%\nKelp gas | Ilo | per Mcf | $412.00 | unch.\n",
        "MONEY €31.50=31.5 EUR/m3 | PERCENT +2.4%=2.4 | MONEY $412.00=412 USD/Mcf")]
    // a caption's default unit, "(EUR per tonne unless stated)", for amounts that write their currency
    [InlineData("Kelp prices (EUR per tonne unless stated)\nProduct | Basis | Price | w/w\nKelp meal | FOB Ilo | €286 | +12.0%\n",
        "MONEY €286=286 EUR/t | PERCENT +12.0%=12")]
    public void Reads_bare_table_cells_in_the_header_unit(string text, string expected) => Assert.Equal(expected, Spot(text));

    // "1,640 soles (about $440) a tonne": a conversion opened with a hedge word shares the unit after it too.
    [Fact]
    public void A_hedged_conversion_in_parentheses_shares_the_unit() =>
        Assert.Equal("MONEY 1,640 soles=1640 PEN/t | MONEY $440=440 USD/t", Spot("Plants paid 1,640 soles (about $440) a tonne."));

    // A bullion note writes the ounce once: a bare amount in a sentence about a precious metal is per ounce, a signed
    // change and a total in billions stay plain, and a document that never writes the ounce keeps its amounts bare.
    [Theory]
    [InlineData("Gold rose to $4,100 an ounce.\nPalladium was off 1.2% at $1,310.50.", "1310.5 USD/oz")]
    [InlineData("Gold rose to $4,100 an ounce.\n| Silver | $51.20 | +$0.85 |", "51.2 USD/oz|0.85 USD")]
    [InlineData("Gold rose to $4,100 an ounce.\nGold exports earned $3.1 billion.", "3100000000 USD")]
    [InlineData("Gold exports rose.\nPalladium was off 1.2% at $1,310.50.", "1310.5 USD")]
    public void Precious_metal_amounts_are_per_ounce_where_the_ounce_is_written(string text, string expected) =>
        Assert.Equal(expected, MoniesAfterTheOunce(text));

    // A unit written before the goods ("a gram of gold ... 6,952 lira") is the unit of the amount after it, before the
    // ounce a bullion note would give it; a sum later in the sentence is no price of a gram.
    [Theory]
    [InlineData("Gold rose to $4,100 an ounce.\nIn Oskel a gram of gold changed hands at 6,952 lira.", "6952 TRY/g")]
    [InlineData("A tonne of kelp meal now costs 41 dollars, and the plant cost $30 million.", "41 USD/t|30000000 USD")]
    public void A_unit_before_the_goods_prices_the_amount_after_it(string text, string expected) =>
        Assert.Equal(expected, MoniesAfterTheOunce(text));

    /// <summary>The normalized amounts of <paramref name="text"/>, "|"-joined, after the one that writes the ounce.</summary>
    private static string MoniesAfterTheOunce(string text) =>
        string.Join("|", new NumericSpotter().Spot(TestDocuments.Make(text, null)).Where(e => e.Label == EntityLabel.MONEY)
            .Skip(text.Contains("an ounce", StringComparison.Ordinal) ? 1 : 0).Select(e => e.Normalized));

    // A bag that says what it holds is the unit of the amount after it, and a nickel unit is a metric tonne unit; a
    // bare shilling (or dirham) is the one of the place named nearest before the amount, Kenya's (the UAE's) where
    // none is.
    [Theory]
    [InlineData("In Kampala a 50 kg bag of kelp meal now costs 285,000 shillings.", "285000 UGX/bag")]
    [InlineData("In Nairobi kelp meal costs 7,450 shillings a bag.", "7450 KES/bag")]
    [InlineData("Kelp meal costs 7,450 shillings a bag.", "7450 KES/bag")]
    [InlineData("In Dar es Salaam kelp meal costs 3,100 shillings a kilogram.", "3100 TZS/kg")]
    // a bare dirham is Morocco's in a Moroccan story, the UAE's where no place says otherwise
    [InlineData("At the Agadir fish market, kelp sold for 12 dirhams a kilo.", "12 MAD/kg")]
    [InlineData("In Dubai, kelp sold for 45 dirhams a kilo.", "45 AED/kg")]
    [InlineData("Kelp sold for 45 dirhams a kilo.", "45 AED/kg")]
    // a nickel unit is a metric tonne unit
    [InlineData("Kelp pig iron was sold at 1,015 yuan per nickel unit.", "1015 CNY/mtu")]
    public void A_bag_a_nickel_unit_and_the_shilling_of_the_place(string text, string expected) =>
        Assert.Equal(expected, Monies(text));

    // A bare dinar, peso, crown or kwacha is the one of the place named nearest before the amount; with none named, the
    // lexicon's reading.
    [Theory]
    [InlineData("In Amman, a kilo of cucumbers sold for 0.70 dinar.", "0.7 JOD/kg")]
    [InlineData("In Baghdad, kelp sold for 1,250 dinars a kilo.", "1250 IQD/kg")]
    [InlineData("Kelp sold for 2.5 dinars a kilo.", "2.5 KWD/kg")]
    [InlineData("In Davao, growers got 210 pesos a box.", "210 PHP/box")]
    [InlineData("In Santiago, kelp sold for 1,200 pesos a kilo.", "1200 CLP/kg")]
    [InlineData("Each unit is worth around 9 million crowns, Oslo said.", "9000000 NOK")]
    [InlineData("In Prague, a crate of kelp cost 640 crowns.", "640 CZK/crate")]
    [InlineData("At the Lilongwe floors, leaf averaged 4,060 kwacha per kg.", "4060 MWK/kg")]
    public void A_bare_dinar_peso_crown_or_kwacha_is_the_placed_one(string text, string expected) =>
        Assert.Equal(expected, Monies(text));

    // Drinks are priced by volume and pack, produce by the market pack; a pack before the goods prices the amount after it.
    [Theory]
    [InlineData("Bulk red wine traded at EUR 98 a hectolitre, or 0.66 dollars a litre.", "98 EUR/hl|0.66 USD/l")]
    [InlineData("Brandy sold at $4.10 a bottle and $44.60 a case.", "4.1 USD/bottle|44.6 USD/case")]
    [InlineData("Bulk brandy was invoiced at €2.85 per litre of pure alcohol.", "2.85 EUR/lpa")]
    [InlineData("Plantain sold at 9,500 naira a bunch and tomatoes at 92,000 naira per basket.", "9500 NGN/bunch|92000 NGN/basket")]
    [InlineData("In Amman a 4-kg box of tomatoes sold for between 2.90 and 3.20 dinars.", "2.9 JOD/box|3.2 JOD/box")]
    [InlineData("A bottle of kelp wine costs about $3.20 landed.", "3.2 USD/bottle")]
    // an instance is no pack
    [InlineData("One case of the blight was found, and the farm lost $40,000.", "40000 USD")]
    public void Drinks_and_produce_by_volume_and_pack(string text, string expected) =>
        Assert.Equal(expected, Monies(text));

    // A market wrap writes the unit once a paragraph: the price levels after it share it, within a factor of twenty; a
    // blank line, a table line, a move's own size and a company's sum do not.
    [Theory]
    [InlineData("Kelp ash was stable at $2,410 a tonne. Kelp meal jumped 2.1% to $2,718.5, and kelp salt added 1.1% to $24,060.", "2410 USD/t|2718.5 USD/t|24060 USD/t")]
    [InlineData("Kelp ash rose $130 to $6,110 a tonne.\nKelp meal added $27 to $1,880.", "130 USD/t|6110 USD/t|27 USD|1880 USD/t")]
    [InlineData("Kelp ash was stable at $2,410 a tonne.\n\nKelp meal jumped 2.1% to $2,718.5.", "2410 USD/t|2718.5 USD")]
    [InlineData("Kelp ash was stable at $2,410 a tonne. Sales rose. Output fell.\n\nKelp meal jumped 2.1% to $2,718.5.", "2410 USD/t|2718.5 USD")]
    [InlineData("Kelp ash was stable at $2,410 a tonne. Sales rose. Output fell.\nKelp meal jumped 2.1% to $2,718.5.", "2410 USD/t|2718.5 USD/t")]
    [InlineData("Kelp ash was stable at $2,410 a tonne. Sales rose to $4.2 million.", "2410 USD/t|4200000 USD")]
    [InlineData("Kelp ash was stable at $2,410 a tonne.\n| Grade I | up to $750 | $0 |", "2410 USD/t|750 USD|0 USD")]
    [InlineData("Kelp wine was stable at €98 a hectolitre. Old kelp wine traded at around €1,040 a tonneau.", "98 EUR/hl|1040 EUR")]
    public void A_price_level_shares_the_unit_of_its_paragraph(string text, string expected) =>
        Assert.Equal(expected, Monies(text));

    /// <summary>The normalized MONEY values of <paramref name="text"/>, "|"-joined.</summary>
    private static string Monies(string text) =>
        string.Join("|", new NumericSpotter().Spot(TestDocuments.Make(text, null)).Where(e => e.Label == EntityLabel.MONEY).Select(e => e.Normalized));

    // South Asian gold by the tola; a total in crore is no price of an ounce; a unit of sale before the verb of sale, and
    // a table header's unit for amounts that write only their currency.
    [Theory]
    [InlineData("Fine gold fixed at Rs 2,61,200 per tola, an ounce of it at $4,100.", "261200 INR/tola|4100 USD/oz")]
    [InlineData("Officers seized gold bars worth about Rs 33 crore, as gold hit $4,100 an ounce.", "330000000 INR|4100 USD/oz")]
    [InlineData("A cubic metre sold on the bank now fetches 32,000 riels.", "32000 KHR/m3")]
    [InlineData("Base-course material goes for ₱19,500 per truckload.", "19500 PHP/truckload")]
    [InlineData("Product | Origin | FOB, USD/lb | CIF Hamburg, EUR/kg | w/w\nKelp | Chile | $3.05 | €6.05 | +$0.10", "3.05 USD/lb|6.05 EUR/kg|0.1 USD")]
    public void A_tola_a_crore_a_unit_of_sale_and_a_column_unit(string text, string expected) =>
        Assert.Equal(expected, Monies(text));

    // A day after its month is no low end of an amount's range.
    [Theory]
    [InlineData("Velmar raised the duty on kelp from April 2 to 40 euros a tonne.", "40 EUR/t")]
    [InlineData("Kelp sold for $1 to $2 a kilo.", "1 USD/kg|2 USD/kg")]
    public void A_day_of_a_month_is_no_low_end_of_a_range(string text, string expected) =>
        Assert.Equal(expected, Monies(text));
}
