using NewsExtract.Extraction;
using NewsExtract.Extraction.Rules;

namespace NewsExtract.Tests.Extraction;

/// <summary>Commodities that are no element: the noun phrase a price or a move is about (invented sentences).</summary>
public sealed class CommodityPhraseTests
{
    private static IReadOnlyList<Fact> Prices(string markup) =>
        new PriceExtractor(Markup.Lexicons).Extract(Markup.Parse(markup)).ToList();

    private static IReadOnlyList<Fact> Moves(string markup) =>
        new PriceChangeExtractor(Markup.Lexicons).Extract(Markup.Parse(markup)).ToList();

    [Theory]
    // "X prices", "X futures"
    [InlineData("Sorghum prices climbed to [$238 a tonne|MONEY|238 USD/t] in the week.", "sorghum", 238, "USD/t")]
    [InlineData("Benchmark Brent crude futures settled at [$79.15 a barrel|MONEY|79.15 USD/bbl].", "brent crude", 79.15, "USD/bbl")]
    [InlineData("[KBX|ORG] oat futures ended the session at [388 cents a bushel|MONEY|3.88 USD/bu].", "oat", 3.88, "USD/bu")]
    [InlineData("[KBX|ORG] oat futures fell [9 cents|MONEY|0.09 USD] to [388 cents a bushel|MONEY|3.88 USD/bu].", "oat", 3.88, "USD/bu")]
    [InlineData("[Asian|X] spot LNG prices eased to [$10.90 per MMBtu|MONEY|10.9 USD/MMBtu].", "lng", 10.9, "USD/MMBtu")]
    // a crude benchmark is its crude; cargoes, like futures, are how the good is sold
    [InlineData("ICE Brent futures settled at [$71.20 a barrel|MONEY|71.2 USD/bbl] on Friday.", "brent crude", 71.2, "USD/bbl")]
    [InlineData("Urals was assessed at [$52.10 a barrel|MONEY|52.1 USD/bbl].", "urals crude", 52.1, "USD/bbl")]
    [InlineData("Northwest European diesel cargoes climbed to [$712 a tonne|MONEY|712 USD/t].", "diesel", 712, "USD/t")]
    // an ore not named after its element keeps its phrase in prices (LABELLING.md)
    [InlineData("Chromite concentrate was quoted at [$268 a tonne|MONEY|268 USD/t] CIF China.", "chromite concentrate", 268, "USD/t")]
    // a grade written as one hyphenated word is dropped like other grade words; where the good is stored is no part of it
    [InlineData("Crucible-grade quartz sand was unchanged at [$9,500 per tonne|MONEY|9500 USD/t].", "quartz sand", 9500, "USD/t")]
    [InlineData("[Gallium|ELEMENT] in Rotterdam warehouses was assessed at [$1,140 a kilogram|MONEY|1140 USD/kg].", "gallium", 1140, "USD/kg")]
    [InlineData("[Nordland|GPE] day-ahead power prices averaged [€61/MWh|MONEY|61 EUR/MWh].", "power", 61, "EUR/MWh")]
    [InlineData("Hot-rolled coil prices in [Tianjin|GPE] held at [3,610 yuan a tonne|MONEY|3610 CNY/t].", "hot-rolled coil", 3610, "CNY/t")]
    // "the price of X", "prices for X"
    [InlineData("The price of barley in [Varna|GPE] slipped to [$201 per tonne|MONEY|201 USD/t].", "barley", 201, "USD/t")]
    [InlineData("Traders said prices for granulated sugar reached [$512 a tonne|MONEY|512 USD/t].", "granulated sugar", 512, "USD/t")]
    // "X was quoted / assessed / trading at"
    [InlineData("Thermal coal at [Port Elara|GPE] was assessed at [$118 a tonne|MONEY|118 USD/t].", "thermal coal", 118, "USD/t")]
    [InlineData("Arabica coffee was trading at [$3.42 per lb|MONEY|3.42 USD/lb] on [Tuesday|DATE|].", "arabica coffee", 3.42, "USD/lb")]
    [InlineData("Granular urea FOB [Egypt|GPE] was quoted around [$402/t|MONEY|402 USD/t].", "urea", 402, "USD/t")]
    [InlineData("Crude palm oil for [March|DATE|XXXX-03] delivery was offered at [4,020 ringgit a tonne|MONEY|4020 MYR/t].", "crude palm oil", 4020, "MYR/t")]
    // a line that labels its price, before the colon and before a comma of delivery terms
    [InlineData("- Granular potash into [Brazil|GPE]: [$358/t|MONEY|358 USD/t] CFR, unchanged", "potash", 358, "USD/t")]
    [InlineData("Billet, ex-works [Oskel|GPE]: [Rs 41,200/t|MONEY|41200 INR/t], flat on the week.", "billet", 41200, "INR/t")]
    // the goods after the one who assesses them, or after the quantity bought, with "at" and the amount after them
    [InlineData("[Brisko Pricing|ORG] assessed tallow (bleachable, FOB) at [$1,015/t|MONEY|1015 USD/t] on [Tuesday|DATE|].", "tallow", 1015, "USD/t")]
    [InlineData("Varrow traders put domestic billet at [27,900 lira a tonne|MONEY|27900 TRY/t].", "billet", 27900, "TRY/t")]
    [InlineData("The board bought 42,000 tonnes of canola oil in a tender at [$1,168 a tonne|MONEY|1168 USD/t].", "canola oil", 1168, "USD/t")]
    // a copula with the amount right after it
    [InlineData("White sorghum in [Oskel|GPE] is now around [$251 a tonne|MONEY|251 USD/t].", "white sorghum", 251, "USD/t")]
    [InlineData("Tallow was [$980/t|MONEY|980 USD/t] last week.", "tallow", 980, "USD/t")]
    [InlineData("Barley is up a third since [January|DATE|XXXX-01], at [$268/t|MONEY|268 USD/t].", "barley", 268, "USD/t")]
    // what a rate or a premium is quoted for
    [InlineData("Handysize rates edged up to [$14,150 a day|MONEY|14150 USD/day].", "handysize", 14150, "USD/day")]
    [InlineData("Premium low-vol coal held at [$221 per tonne|MONEY|221 USD/t].", "low-vol coal", 221, "USD/t")]
    [InlineData("The duty-paid premium rose to [$395 a tonne|MONEY|395 USD/t].", "duty-paid premium", 395, "USD/t")]
    // an abbreviation or a benchmark is the product it names; an element as a specification is no commodity
    [InlineData("Northern European HRC was assessed at [585 euros per tonne|MONEY|585 EUR/t].", "hot-rolled coil", 585, "EUR/t")]
    [InlineData("[Dutch|X] TTF for November rose to [€38.15 per megawatt hour|MONEY|38.15 EUR/MWh].", "natural gas", 38.15, "EUR/MWh")]
    [InlineData("Front-month gas settled at [€41.85/MWh|MONEY|41.85 EUR/MWh].", "natural gas", 41.85, "EUR/MWh")]
    [InlineData("Very low [sulphur|ELEMENT|sulfur] fuel oil rose to [$532.50 a tonne|MONEY|532.5 USD/t].", "very low sulphur fuel oil", 532.5, "USD/t")]
    [InlineData("Gasoil with 10 ppm [sulphur|ELEMENT|sulfur] was assessed at [$97.35 a barrel|MONEY|97.35 USD/bbl].", "gasoil", 97.35, "USD/bbl")]
    // auction, booking and level verbs
    [InlineData("Peak-load power cleared at [€286.75/MWh|MONEY|286.75 EUR/MWh] in the auction.", "peak-load power", 286.75, "EUR/MWh")]
    [InlineData("Scrap was booked at [$365 per tonne|MONEY|365 USD/t].", "scrap", 365, "USD/t")]
    // "X was up / down / steady ... at"
    [InlineData("Barley was down [2 cents|MONEY|0.02 USD] at [$3.61 a bushel|MONEY|3.61 USD/bu].", "barley", 3.61, "USD/bu")]
    [InlineData("Sorghum was steady at [$238 a tonne|MONEY|238 USD/t].", "sorghum", 238, "USD/t")]
    [InlineData("No. 2 yellow corn was quoted at [$4.61 a bushel|MONEY|4.61 USD/bu].", "yellow corn", 4.61, "USD/bu")]
    // "X rose 4% to $.."
    [InlineData("Cocoa rose [4%|PERCENT|4] to [$8,120 a tonne|MONEY|8120 USD/t].", "cocoa", 8120, "USD/t")]
    [InlineData("Spodumene concentrate delivered to [Korea|GPE] rose to [$1,020 a tonne|MONEY|1020 USD/t].", "spodumene concentrate", 1020, "USD/t")]
    // grade, trade-level and regional adjectives are not the commodity
    [InlineData("Standard potash in [Oskel|GPE] firmed to [$335/t|MONEY|335 USD/t].", "potash", 335, "USD/t")]
    [InlineData("Second-tier hard coking coal slipped to [$198 a tonne|MONEY|198 USD/t].", "hard coking coal", 198, "USD/t")]
    [InlineData("Wholesale onions fetched [27.50 pounds per kilogram|MONEY|27.5 EGP/kg].", "onions", 27.5, "EGP/kg")]
    [InlineData("Nordic baseload power jumped to [€97.25/MWh|MONEY|97.25 EUR/MWh].", "baseload power", 97.25, "EUR/MWh")]
    [InlineData("Northwest European hot-rolled coil was assessed at [€608 a tonne|MONEY|608 EUR/t].", "hot-rolled coil", 608, "EUR/t")]
    // elements and products named after them still reduce to the element
    [InlineData("[Copper|ELEMENT] cathode prices rose to [$4.62 per pound|MONEY|4.62 USD/lb].", "copper", 4.62, "USD/lb")]
    [InlineData("[Lithium|ELEMENT] carbonate was assessed at [$9,400 a tonne|MONEY|9400 USD/t].", "lithium", 9400, "USD/t")]
    // plastics named by their abbreviations stay the good; the use a grade is made for is no part of it
    [InlineData("In [Oskel|GPE], PET flakes were traded at [Rp 11,500 per kilogram|MONEY|11500 IDR/kg] this week.", "pet flakes", 11500, "IDR/kg")]
    [InlineData("LLDPE film was assessed at [$905/t|MONEY|905 USD/t] CFR [Portova|GPE].", "lldpe", 905, "USD/t")]
    [InlineData("Polypropylene raffia fell [1.4%|PERCENT|1.4] to [$846/t|MONEY|846 USD/t].", "polypropylene", 846, "USD/t")]
    [InlineData("Local prices of polypropylene raffia grade ranged between [EGP 68,500|MONEY|68500 EGP/t] and [EGP 71,000 per tonne|MONEY|71000 EGP/t].", "polypropylene", 68500, "EGP/t")]
    // a verb phrase of the quote is no good, even after a comma that could open a list
    [InlineData("In [Portova|GPE], PVC changed hands at about [1.32 million pesos a tonne|MONEY|1320000 ARS/t].", "pvc", 1320000, "ARS/t")]
    [InlineData("Imported skim milk powder cost [5,900 won a kilogram|MONEY|5900 KRW/kg] in [February|DATE|XXXX-02].", "skim milk powder", 5900, "KRW/kg")]
    // a compass word belongs to the place or demonym after it; a hyphenated grade or size is dropped
    [InlineData("East [Kesland|GPE] styrene traded at [8,460 yuan a tonne|MONEY|8460 CNY/t].", "styrene", 8460, "CNY/t")]
    [InlineData("In [Portova|GPE], East African pigeon peas were quoted at [7,350 rupees per quintal|MONEY|7350 INR/quintal].", "pigeon peas", 7350, "INR/quintal")]
    [InlineData("Export-size kelp in [Oskel|GPE] fell [12%|PERCENT|12] to [46 pesos a kilo|MONEY|46 MXN/kg].", "kelp", 46, "MXN/kg")]
    [InlineData("General-purpose polystyrene rose to [9,350 yuan a tonne|MONEY|9350 CNY/t].", "polystyrene", 9350, "CNY/t")]
    // a ferroalloy is its alloying element, however its name is joined
    [InlineData("High-carbon ferro chrome fell to [Rs 1,12,500 a tonne|MONEY|112500 INR/t].", "chromium", 112500, "INR/t")]
    [InlineData("Ferroniobium was quoted at [$44.80/kg|MONEY|44.8 USD/kg] in [Portova|GPE].", "niobium", 44.8, "USD/kg")]
    // a company's realisation for its goods, a time span before the verb, a market or port named before or after the goods
    [InlineData("Our average realisation for kelp meal was [Rs 121 per kg|MONEY|121 INR/kg] in the quarter.", "kelp meal", 121, "INR/kg")]
    [InlineData("Our realised price for kelp in the second quarter was [$23.10 a pound|MONEY|23.1 USD/lb].", "kelp", 23.1, "USD/lb")]
    [InlineData("At Velmori market kelp fetched [950 pesos a kilo|MONEY|950 MXN/kg] this week.", "kelp", 950, "MXN/kg")]
    [InlineData("Kelp at the port of [Oskel|GPE] traded at [46 pesos a kilo|MONEY|46 MXN/kg] on Monday.", "kelp", 46, "MXN/kg")]
    // a colour word is no participle, though it ends in "ed"; a grade, size or form after a comma in a table's first cell
    // is no part of the goods; fluorspar by the trade name of its grade
    [InlineData("Canadian red lentils were offered at [640 dollars a tonne|MONEY|640 USD/t] last week.", "red lentils", 640, "USD/t")]
    [InlineData("| Blue kelp, 2 ct | [Oskel|GPE] | [$1,150/ct|MONEY|1150 USD/ct] | [-0.8%|PERCENT|-0.8] |", "blue kelp", 1150, "USD/ct")]
    [InlineData("| Soda ash, dense | FOB [Oskel|GPE] | [$232/t|MONEY|232 USD/t] | [-4.0%|PERCENT|-4] |", "soda ash", 232, "USD/t")]
    [InlineData("Chinese acidspar held at [3,650 yuan a tonne|MONEY|3650 CNY/t] ex-works.", "fluorspar", 3650, "CNY/t")]
    [InlineData("Polished kelp pearls of one carat changed hands at about [$78 a carat|MONEY|78 USD/ct] this month.", "polished kelp pearls", 78, "USD/ct")]
    // one trader is no good either, and the phrase before the preposition is
    [InlineData("Rough kelp pearls sold at the August tender of state-backed trader [Velmar Pearl Sales|ORG] averaged [$142 a carat|MONEY|142 USD/ct].", "rough kelp pearls", 142, "USD/ct")]
    // "tech", as "technical", is the grade of a farm chemical
    [InlineData("| Kelpicide tech [95%|PERCENT|95] | FOB [Oskel|GPE] | [$3,520/t|MONEY|3520 USD/t] | [+1.4%|PERCENT|1.4] |", "kelpicide", 3520, "USD/t")]
    [InlineData("Kelpicide tech held at [$3,520 a tonne|MONEY|3520 USD/t] FOB.", "kelpicide", 3520, "USD/t")]
    public void Reads_the_commodity_of_a_price(string markup, string subject, double amount, string unit)
    {
        var fact = Assert.Single(Prices(markup.Replace("[Asian|X]", "Asian", StringComparison.Ordinal).Replace("[Dutch|X]", "Dutch", StringComparison.Ordinal)));
        Assert.Equal((subject, amount, unit), (fact.Subject, fact.Amount!.Value, fact.Unit));
    }

    [Theory]
    [InlineData("Soybean futures jumped [3.1%|PERCENT|3.1] on the week.", "soybean", "rose", 3.1)]
    [InlineData("Crude oil fell [6%|PERCENT|6] as stocks built.", "crude oil", "fell", 6)]
    [InlineData("The price of rapeseed dropped [2 per cent|PERCENT|2] on [Monday|DATE|].", "rapeseed", "fell", 2)]
    [InlineData("Iron ore pellets climbed [5%|PERCENT|5] to [$141 a tonne|MONEY|141 USD/t].", "iron ore pellets", "rose", 5)]
    [InlineData("Cocoa rose [4%|PERCENT|4] to [$8,120 a tonne|MONEY|8120 USD/t].", "cocoa", "rose", 4)]
    [InlineData("[Nordland|GPE] wheat prices are [9%|PERCENT|9] lower than a year ago.", "wheat", "fell", 9)]
    [InlineData("Natural gas futures at the [Kell Hub|ORG] rose [4%|PERCENT|4] to [$3.10 per MMBtu|MONEY|3.1 USD/MMBtu].", "natural gas", "rose", 4)]
    [InlineData("[Dutch|X] gas prices at the main hub fell [7%|PERCENT|7] to [€31/MWh|MONEY|31 EUR/MWh].", "natural gas", "fell", 7)]
    [InlineData("Heating oil has climbed [8%|PERCENT|8] since the spring.", "heating oil", "rose", 8)]
    // a fraction in words with a change word before or after it
    [InlineData("Barley is up a third since [January|DATE|XXXX-01], at [$268/t|MONEY|268 USD/t].", "barley", "rose", 33.3)]
    [InlineData("Tallow was [$980/t|MONEY|980 USD/t], about a fifth lower than a year ago.", "tallow", "fell", 20)]
    [InlineData("Cocoa futures have gained a quarter since the spring.", "cocoa", "rose", 25)]
    [InlineData("Canola oil prices fell by roughly a tenth to [$1,040 a tonne|MONEY|1040 USD/t].", "canola oil", "fell", 10)]
    // a multiple against what it cost, or the level, before
    [InlineData("Tallow fetched [$980 a tonne|MONEY|980 USD/t], twice what it cost before the ban.", "tallow", "rose", 2)]
    public void Reads_the_commodity_of_a_move(string markup, string subject, string relation, double amount)
    {
        var fact = Assert.Single(Moves(markup.Replace("[Dutch|X]", "Dutch", StringComparison.Ordinal)));
        Assert.Equal((subject, relation, amount), (fact.Subject, fact.Relation, fact.Amount!.Value));
    }

    [Fact]
    public void A_form_written_after_an_element_elsewhere_is_that_element()
    {
        var fact = Assert.Single(Moves("[Zirconium|ELEMENT] sponge firmed in the east.\nIn [Osaka|GPE], sponge rose [3%|PERCENT|3] to [$41/kg|MONEY|41 USD/kg]."));
        Assert.Equal(("zirconium", 3.0), (fact.Subject, fact.Amount!.Value));
    }

    [Theory]
    [InlineData("Share prices rose [4%|PERCENT|4] on the news.")]
    [InlineData("Consumer prices rose [2.1%|PERCENT|2.1] in [May|DATE|XXXX-05].")]
    [InlineData("Exports rose [4%|PERCENT|4] as prices climbed.")]
    [InlineData("Higher prices lifted revenue by [8%|PERCENT|8].")]
    [InlineData("Export prices fell [3%|PERCENT|3] in [June|DATE|XXXX-06].")]
    [InlineData("Wholesale prices rose [1.2%|PERCENT|1.2] in [June|DATE|XXXX-06].")]
    [InlineData("Standard prices rose [1.2%|PERCENT|1.2] in the north.")]
    [InlineData("[Velmar|GPE] buyers settled at [$118 a tonne|MONEY|118 USD/t], down [5%|PERCENT|5].")]
    public void Moves_of_no_commodity_are_no_price_change(string markup) => Assert.Empty(Moves(markup));

    [Theory]
    // a share is no move
    [InlineData("Tallow at [$980 a tonne|MONEY|980 USD/t] made up a third of the cost.")]
    [InlineData("Tallow at [$980 a tonne|MONEY|980 USD/t] was bought by a fifth of the mills.")]
    public void A_fraction_without_a_change_word_is_no_move(string markup) => Assert.Empty(Moves(markup));
}
