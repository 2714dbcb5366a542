using NewsExtract.Annotation.Normalization;

namespace NewsExtract.Tests.Annotation;

public class NumberParserTests
{
    [Theory]
    [InlineData("2,850", "2850")]
    [InlineData("1.2", "1.2")]
    [InlineData("0.50", "0.5")]
    [InlineData("12,000.75", "12000.75")]
    [InlineData("three", "3")]
    [InlineData("seven", "7")]
    [InlineData("twelve", "12")]
    [InlineData("twenty", "20")]
    [InlineData("twenty-five", "25")]
    [InlineData("a hundred", "100")]
    [InlineData("two hundred fifty", "250")]
    [InlineData("three million", "3000000")]
    [InlineData("a dozen", "12")]
    [InlineData("1.5 trillion", "1500000000000")]
    [InlineData("4 thousand", "4000")]
    [InlineData("2bn", "2000000000")]
    [InlineData("2 bn", "2000000000")]
    [InlineData("7.5m", "7500000")]
    [InlineData("30 mln", "30000000")]
    public void Parses_numbers(string text, string expected) => Assert.Equal(expected, NumberParser.Format(NumberParser.ParseNumber(text)!.Value));

    [Theory]
    [InlineData("")]
    [InlineData("tonnes")]
    [InlineData("1,23")]
    [InlineData("2,85,0")]
    [InlineData("a")]
    [InlineData("3 apples")]
    public void Rejects_non_numbers(string text) => Assert.Null(NumberParser.ParseNumber(text));

    [Theory]
    [InlineData("twice", "2")]
    [InlineData("double", "2")]
    [InlineData("doubled", "2")]
    [InlineData("tripled", "3")]
    [InlineData("treble", "3")]
    [InlineData("trebled", "3")]
    [InlineData("quadrupled", "4")]
    [InlineData("threefold", "3")]
    [InlineData("sixfold", "6")]
    [InlineData("six-fold", "6")]
    [InlineData("10-fold", "10")]
    [InlineData("2.5 times", "2.5")]
    [InlineData("five times", "5")]
    [InlineData("more than four times", "4")]
    [InlineData("halved", "0.5")]
    public void Parses_factors(string text, string expected) => Assert.Equal(expected, NumberParser.Format(NumberParser.ParseFactor(text)!.Value));

    [Theory]
    [InlineData("times")]
    [InlineData("often")]
    [InlineData("fold")]
    public void Rejects_non_factors(string text) => Assert.Null(NumberParser.ParseFactor(text));

    [Theory]
    [InlineData("thousand", 1_000)]
    [InlineData("million", 1_000_000)]
    [InlineData("mln", 1_000_000)]
    [InlineData("m", 1_000_000)]
    [InlineData("bn", 1_000_000_000)]
    [InlineData("billion", 1_000_000_000)]
    public void Parses_multipliers(string word, double expected) => Assert.Equal((decimal)expected, NumberParser.ParseMultiplier(word));
}

public class DateNormalizerTests
{
    [Theory]
    [InlineData("March 3", "2024-05-20", null, "2024-03-03")]
    [InlineData("March 3", null, 2023, "2023-03-03")]
    [InlineData("March 3", null, null, "XXXX-03-03")]
    [InlineData("March 3rd", null, null, "XXXX-03-03")]
    [InlineData("3 March", null, null, "XXXX-03-03")]
    [InlineData("the 3rd of March", null, null, "XXXX-03-03")]
    [InlineData("Mar. 3", null, null, "XXXX-03-03")]
    [InlineData("Sept. 21", null, null, "XXXX-09-21")]
    [InlineData("March 3, 2022", "2024-05-20", null, "2022-03-03")]
    [InlineData("3 March 2022", null, null, "2022-03-03")]
    [InlineData("Monday, March 3, 2022", null, null, "2022-03-03")]
    [InlineData("August 2023", null, null, "2023-08")]
    [InlineData("August, 2023", null, null, "2023-08")]
    [InlineData("August", null, null, "XXXX-08")]
    [InlineData("August", "2024-05-20", null, "2024-08")]
    [InlineData("August", null, 2021, "2021-08")]
    [InlineData("2023", "2024-05-20", null, "2023")]
    [InlineData("late August", null, null, "XXXX-08")]
    [InlineData("early October", "2024-05-20", null, "2024-10")]
    [InlineData("mid-July", null, null, "XXXX-07")]
    [InlineData("the end of November", null, null, "XXXX-11")]
    [InlineData("end of November 2023", null, null, "2023-11")]
    [InlineData("mid-2026", null, null, "2026")]
    [InlineData("late 2022", null, null, "2022")]
    [InlineData("2023-11-02", null, null, "2023-11-02")]
    [InlineData("2023-11", null, null, "2023-11")]
    [InlineData("25/11/2023", null, null, "2023-11-25")]
    [InlineData("11/25/2023", null, null, "2023-11-25")]
    [InlineData("on March 3", null, null, "XXXX-03-03")]
    [InlineData("since August", null, null, "XXXX-08")]
    [InlineData("last year", "2024-05-20", null, "2023")]
    [InlineData("next year", "2024-05-20", null, "2025")]
    [InlineData("this year", "2024-05-20", null, "2024")]
    [InlineData("earlier this year", "2024-05-20", null, "2024")]
    [InlineData("last month", "2024-01-20", null, "2023-12")]
    [InlineData("last year", null, 2020, "")]
    [InlineData("next year", null, null, "")]
    [InlineData("recent months", "2024-05-20", null, "")]
    [InlineData("this week", "2024-05-20", null, "")]
    [InlineData("Thursday", "2024-05-20", null, "2024-05-16")]
    [InlineData("yesterday", null, null, "")]
    public void Normalizes_dates(string text, string? published, int? documentYear, string expected) =>
        Assert.Equal(expected, DateNormalizer.Normalize(text, new DateContext(TestDocuments.Date(published), documentYear)));

    [Theory]
    [InlineData("10/06/2025")]
    [InlineData("February 30")]
    [InlineData("13th month")]
    [InlineData("tonnes")]
    [InlineData("")]
    [InlineData("2023-13-01")]
    public void Returns_null_for_unknown_or_ambiguous(string text) => Assert.Null(DateNormalizer.Normalize(text, DateContext.None));

    [Fact]
    public void Try_pattern_reports_recognition()
    {
        Assert.True(DateNormalizer.TryNormalize("recent months", DateContext.None, out var blank));
        Assert.Equal("", blank);
        Assert.False(DateNormalizer.TryNormalize("bananas", DateContext.None, out _));
    }
}

public class MoneyNormalizerTests
{
    [Theory]
    [InlineData("USD 640 per kilogram", "640 USD/kg")]
    [InlineData("$3.4 billion", "3400000000 USD")]
    [InlineData("$3.4bn", "3400000000 USD")]
    [InlineData("$52/kg", "52 USD/kg")]
    [InlineData("$52 / kg", "52 USD/kg")]
    [InlineData("$52 a kilogram", "52 USD/kg")]
    [InlineData("US$1,200 a tonne", "1200 USD/t")]
    [InlineData("¥2.5 trillion", "2500000000000 CNY")]
    [InlineData("€65 million", "65000000 EUR")]
    [InlineData("£4bn", "4000000000 GBP")]
    [InlineData("300 million yuan", "300000000 CNY")]
    [InlineData("1,475 yuan per tonne", "1475 CNY/t")]
    [InlineData("RMB 9,800 per ton", "9800 CNY/t")]
    [InlineData("$9 per pound", "9 USD/lb")]
    [InlineData("$27 an ounce", "27 USD/oz")]
    [InlineData("$310 per metric ton unit", "310 USD/mtu")]
    [InlineData("$310/mtu", "310 USD/mtu")]
    [InlineData("$310 per metric ton", "310 USD/t")]
    [InlineData("$610-$680 per kg", "610 USD/kg")]
    [InlineData("$610-680 per kg", "610 USD/kg")]
    [InlineData("$610 to $680 per kg", "610 USD/kg")]
    [InlineData("between $610 and $680", "610 USD")]
    [InlineData("610-680 yuan/kg", "610 CNY/kg")]
    [InlineData("$1-2 billion", "1000000000 USD")]
    [InlineData("5,000 yen", "5000 JPY")]
    [InlineData("40 euros", "40 EUR")]
    [InlineData("15 USD", "15 USD")]
    [InlineData("HK$80", "80 HKD")]
    [InlineData("$0.75", "0.75 USD")]
    [InlineData("$82.40 a barrel", "82.4 USD/bbl")]
    [InlineData("$82.40/bbl", "82.4 USD/bbl")]
    [InlineData("$4.85 per lb", "4.85 USD/lb")]
    [InlineData("$2,310 per troy ounce", "2310 USD/oz")]
    [InlineData("$2,310/oz", "2310 USD/oz")]
    [InlineData("412 cents a bushel", "4.12 USD/bu")]
    [InlineData("412 cents per pound", "4.12 USD/lb")]
    [InlineData("412¢/bu", "4.12 USD/bu")]
    // grain quotes' eighths and quarters are a fraction of the last place written, not a range
    [InlineData("$5.48-3/4 a bushel", "5.4875 USD/bu")]
    [InlineData("7-1/4 cents", "0.0725 USD")]
    [InlineData("541-1/2 cents a bushel", "5.415 USD/bu")]
    [InlineData("$5.48-5.52 a bushel", "5.48 USD/bu")]
    [InlineData("$5-6 a bushel", "5 USD/bu")]
    // a charter rate is per day
    [InlineData("$27,400 a day", "27400 USD/day")]
    [InlineData("$6.05 per bushel", "6.05 USD/bu")]
    [InlineData("$11.80 per MMBtu", "11.8 USD/MMBtu")]
    [InlineData("$11.80/mmBtu", "11.8 USD/MMBtu")]
    [InlineData("$11.80 per mmbtu", "11.8 USD/MMBtu")]
    [InlineData("$11.80 per million British thermal units", "11.8 USD/MMBtu")]
    [InlineData("€38.50 per megawatt hour", "38.5 EUR/MWh")]
    [InlineData("€38.50/MWh", "38.5 EUR/MWh")]
    [InlineData("$9.40 per dry metric tonne unit", "9.4 USD/mtu")]
    [InlineData("$412/t", "412 USD/t")]
    [InlineData("412 USD/t", "412 USD/t")]
    [InlineData("$412 per metric ton", "412 USD/t")]
    [InlineData("$3.10 a kilogram", "3.1 USD/kg")]
    [InlineData("2,950 yuan a tonne", "2950 CNY/t")]
    [InlineData("RMB 2,950/t", "2950 CNY/t")]
    [InlineData("¥41,000 per ton", "41000 CNY/t")]
    [InlineData("41,000 rupees per tonne", "41000 INR/t")]
    [InlineData("Rs 41,000 a tonne", "41000 INR/t")]
    [InlineData("3,900 ringgit a tonne", "3900 MYR/t")]
    [InlineData("RM3,900 per tonne", "3900 MYR/t")]
    [InlineData("Rp 9,500 per kg", "9500 IDR/kg")]
    [InlineData("1,450 reais a tonne", "1450 BRL/t")]
    [InlineData("A$1,150 a tonne", "1150 AUD/t")]
    [InlineData("£190 per tonne", "190 GBP/t")]
    [InlineData("¥980 a kilogram", "980 CNY/kg")]
    [InlineData("12,400 yen per tonne", "12400 JPY/t")]
    [InlineData("2,150 kyat per kg", "2150 MMK/kg")]
    [InlineData("1,450 Romanian lei a tonne", "1450 RON/t")]
    [InlineData("38 birr a kilogram", "38 ETB/kg")]
    [InlineData("9,800 Malawian kwacha", "9800 MWK")]
    [InlineData("640 soles per tonne", "640 PEN/t")]
    // solar and power equipment, and local trade units of farm goods
    [InlineData("10.4 cents per watt", "0.104 USD/W")]
    [InlineData("$0.11/W", "0.11 USD/W")]
    [InlineData("€41,000 per megawatt", "41000 EUR/MW")]
    [InlineData("Rs 7,850 per quintal", "7850 INR/quintal")]
    [InlineData("GH¢51,660 a tonne", "51660 GHS/t")]
    // electronics sold by the piece
    [InlineData("$8.70 per chip", "8.7 USD/chip")]
    [InlineData("$318 per module", "318 USD/module")]
    // a sub-unit glued to its number, before the slash of its unit
    [InlineData("398c/lb", "3.98 USD/lb")]
    [InlineData("84.35c/lb", "0.8435 USD/lb")]
    [InlineData("95.4p/therm", "0.954 GBP/therm")]
    [InlineData("KSh 112,000 per tonne", "112000 KES/t")]
    // South Asian digit grouping (lakhs and crores in pairs of digits)
    [InlineData("Rs 1,12,500 a tonne", "112500 INR/t")]
    [InlineData("Rs 12,50,000", "1250000 INR")]
    [InlineData("Rs 4,12,50,000.50", "41250000.5 INR")]
    // packed farm goods priced by the package, and the currency of Madagascar
    [InlineData("$21.40 per box", "21.4 USD/box")]
    [InlineData("8,240 won per tray", "8240 KRW/tray")]
    [InlineData("4,150 Kenyan shillings a bag", "4150 KES/bag")]
    [InlineData("21,000 ariary per kilogram", "21000 MGA/kg")]
    // equipment by the piece and software by the seat (NumericSpotterTests: "each" after millions)
    [InlineData("$310 per unit", "310 USD/unit")]
    [InlineData("$12,500 apiece", "12500 USD/unit")]
    [InlineData("$52,000 each", "52000 USD/unit")]
    [InlineData("$18,000 per seat", "18000 USD/seat")]
    // container freight by the box, and a package whose size comes before its unit
    [InlineData("$2,140 per FEU", "2140 USD/FEU")]
    [InlineData("$2,980 per forty-foot equivalent unit", "2980 USD/FEU")]
    [InlineData("$1,150 per TEU", "1150 USD/TEU")]
    [InlineData("R474 per 50-kg bag", "474 ZAR/bag")]
    // livestock by the head, floor goods by area, the maund, tyres by the piece, transformers and cable, the taka
    [InlineData("12,600 birr a head", "12600 ETB/head")]
    [InlineData("412 Mexican pesos a square metre", "412 MXN/m2")]
    [InlineData("US$3.10 per square metre", "3.1 USD/m2")]
    [InlineData("Rs 4,100 per maund", "4100 INR/maund")]
    [InlineData("US$31.40 per tyre", "31.4 USD/unit")]
    [InlineData("$9,800 per MVA", "9800 USD/MVA")]
    [InlineData("EUR 280 per kW", "280 EUR/kW")]
    [InlineData("R$305.40/arroba", "305.4 BRL/arroba")]
    [InlineData("EUR 1,240 per metre", "1240 EUR/m")]
    [InlineData("Tk 37 per cubic metre", "37 BDT/m3")]
    [InlineData("KSh 4,800 per 90-kilogram bag", "4800 KES/bag")]
    [InlineData("$120 per consignment", "120 USD/consignment")]
    // gems by the carat, hides by the piece, leather by the square foot, Egyptian cotton by the kantar, South Asian gold
    // by ten grams, container freight per box written out, and the Sierra Leonean and Tanzanian currencies written short
    [InlineData("$142 a carat", "142 USD/ct")]
    [InlineData("$41 a piece", "41 USD/unit")]
    [InlineData("$1.85 a square foot", "1.85 USD/sqft")]
    [InlineData("9,200 Egyptian pounds a kantar", "9200 EGP/kantar")]
    [InlineData("Rs 1,44,215 per 10 grams", "144215 INR/10g")]
    [InlineData("$2,710 per forty-foot box", "2710 USD/FEU")]
    [InlineData("NLe 3,050", "3050 SLE")]
    [InlineData("TSh 388,500 per gram", "388500 TZS/g")]
    // Pacific and southern African dollars, the Malaysian sen, US cents written with their sign, gases by the cylinder,
    // dried goods by the catty, and the price of one package told with "for a"
    [InlineData("F$310 a kilogram", "310 FJD/kg")]
    [InlineData("40,000 Fiji dollars", "40000 FJD")]
    [InlineData("N$28 a kilogram", "28 NAD/kg")]
    [InlineData("612.50 sen a kilogram", "6.125 MYR/kg")]
    [InlineData("412.5 US¢", "4.125 USD")]
    [InlineData("Rs 18,200 a cylinder", "18200 INR/cylinder")]
    [InlineData("HK$1,900 a catty", "1900 HKD/catty")]
    [InlineData("R$1,640 for a 60-kg bag", "1640 BRL/bag")]
    // Kenyan shillings glued to the amount, CFP francs, the toea; fibre by the bale, pearls by the momme, herbs by the tael
    [InlineData("Sh282 a kilo", "282 KES/kg")]
    [InlineData("1,450 CFP francs per kilogram", "1450 XPF/kg")]
    [InlineData("XPF 2,300 a kilo", "2300 XPF/kg")]
    [InlineData("85 toea a kilogram", "0.85 PGK/kg")]
    [InlineData("$96 a bale", "96 USD/bale")]
    [InlineData("14,200 yen per momme", "14200 JPY/momme")]
    [InlineData("HK$610 a tael", "610 HKD/tael")]
    public void Normalizes_money(string text, string expected) => Assert.Equal(expected, MoneyNormalizer.Parse(text)?.Normalized);

    [Theory]
    [InlineData("640 per kilogram")]
    [InlineData("$")]
    [InlineData("640 tonnes")]
    [InlineData("yuan")]
    // an octane rating and a chipmaker are no currency codes
    [InlineData("RON 95")]
    [InlineData("AMD 7")]
    // a glued letter is money only before the slash of a unit
    [InlineData("398c")]
    [InlineData("12p")]
    // a pair grouping must end in three digits, as lakhs do
    [InlineData("Rs 1,12,50")]
    public void Rejects_non_money(string text) => Assert.Null(MoneyNormalizer.Parse(text));

    [Fact]
    public void Exposes_parts_and_range()
    {
        var value = MoneyNormalizer.Parse("$610-$680 per kg")!;
        Assert.Equal(610m, value.Amount);
        Assert.Equal(680m, value.RangeHigh);
        Assert.Equal("USD", value.Currency);
        Assert.Equal("kg", value.PerUnit);
        Assert.Equal("USD/kg", value.Unit);
    }
}

public class PercentNormalizerTests
{
    [Theory]
    [InlineData("65%", "65", null)]
    [InlineData("65 %", "65", null)]
    [InlineData("over 65%", "65", "over")]
    [InlineData("more than 65%", "65", "more than")]
    [InlineData("up to 25%", "25", "up to")]
    [InlineData("less than 5 percent", "5", "less than")]
    [InlineData("about 30 percent", "30", "about")]
    [InlineData("55 percent", "55", null)]
    [InlineData("7.25 per cent", "7.25", null)]
    [InlineData("nearly 35 pct", "35", "nearly")]
    [InlineData("4.6pc", "4.6", null)]
    [InlineData("about 11pc", "11", "about")]
    [InlineData("ten percent", "10", null)]
    [InlineData("twenty-five per cent", "25", null)]
    [InlineData("10-15%", "10", null)]
    [InlineData("-3.5%", "3.5", null)]
    [InlineData("−0.4%", "0.4", null)]
    [InlineData("+1.25 per cent", "1.25", null)]
    [InlineData("0.80%", "0.8", null)]
    public void Normalizes_percentages(string text, string expected, string? qualifier)
    {
        var value = PercentNormalizer.Parse(text);
        Assert.NotNull(value);
        Assert.Equal(expected, value.Normalized);
        Assert.Equal(qualifier, value.Qualifier);
    }

    [Theory]
    [InlineData("percent")]
    [InlineData("65")]
    [InlineData("many percent")]
    [InlineData("40 pc")]
    [InlineData("ten pc")]
    public void Rejects_non_percentages(string text) => Assert.Null(PercentNormalizer.Parse(text));
}
