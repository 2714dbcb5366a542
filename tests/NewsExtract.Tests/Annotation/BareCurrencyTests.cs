using NewsExtract.Annotation;
using NewsExtract.Annotation.Normalization;
using NewsExtract.Annotation.Spotters;

namespace NewsExtract.Tests.Annotation;

/// <summary>Money written with a currency name several currencies share ("pounds", "pesos", "kroner"), read from the
/// document (invented sentences).</summary>
public sealed class BareCurrencyTests
{
    private static string Monies(string text) =>
        string.Join(" | ", new NumericSpotter().Spot(TestDocuments.Make(text))
            .Where(e => e.Label == EntityLabel.MONEY).Select(e => $"{e.Text}={e.Normalized}"));

    [Theory]
    // the qualified form written before it, in the sentence or the document
    [InlineData("Onions fetched 27.50 Egyptian pounds per kilogram, up from 9.75 pounds.",
        "27.50 Egyptian pounds per kilogram=27.5 EGP/kg | 9.75 pounds=9.75 EGP/kg")]
    [InlineData("The mill pays in Chilean pesos. Wheat cost 41,000 pesos a tonne.",
        "41,000 pesos a tonne=41000 CLP/t")]
    // the nearest one before it when the document writes two; the first after it when none comes before
    [InlineData("Tariffs in Mexican pesos rose. Fees in Chilean pesos fell. Flour cost 900 pesos a tonne.",
        "900 pesos a tonne=900 CLP/t")]
    [InlineData("Flour cost 900 pesos a tonne, paid in Mexican pesos.", "900 pesos a tonne=900 MXN/t")]
    // the one currency of that name whose qualifier the document writes
    [InlineData("Norwegian salmon prices fell 8% to 79.60 kroner per kg.", "79.60 kroner per kg=79.6 NOK/kg")]
    public void Reads_the_currency_the_document_means(string text, string expected) => Assert.Equal(expected, Monies(text));

    [Theory]
    // "CFA francs" is the currency of the zone whose place the document names nearest before the amount, else after
    [InlineData("Growers in Douala were paid 1,300 CFA francs a kilogram.", "1,300 CFA francs a kilogram=1300 XAF/kg")]
    [InlineData("Cocoa fetched 1,300 CFA francs a kilogram, Gabonese buyers said.", "1,300 CFA francs a kilogram=1300 XAF/kg")]
    [InlineData("Abidjan paid 1,800 CFA francs a kilogram; Cameroon followed.", "1,800 CFA francs a kilogram=1800 XOF/kg")]
    [InlineData("Cameroon set 1,300 CFA francs a kilogram. In Abidjan cocoa fetched 1,800 CFA francs a kilogram.",
        "1,300 CFA francs a kilogram=1300 XAF/kg | 1,800 CFA francs a kilogram=1800 XOF/kg")]
    // a bare "francs" read from "CFA francs" takes the zone too
    [InlineData("In Chad, cotton fetched 310 CFA francs a kilogram, up from 290 francs.",
        "310 CFA francs a kilogram=310 XAF/kg | 290 francs=290 XAF/kg")]
    // no place of the Central African zone, or the zone written out: as the lexicon says
    [InlineData("Growers were paid 1,300 CFA francs a kilogram.", "1,300 CFA francs a kilogram=1300 XOF/kg")]
    [InlineData("In Nigeria, buyers paid 1,300 CFA francs a kilogram.", "1,300 CFA francs a kilogram=1300 XOF/kg")]
    [InlineData("Gabon's traders quoted 9 billion West African CFA francs.", "9 billion West African CFA francs=9000000000 XOF")]
    [InlineData("Senegal's traders quoted 9 billion Central African CFA francs.", "9 billion Central African CFA francs=9000000000 XAF")]
    public void Reads_the_cfa_zone_the_document_means(string text, string expected) => Assert.Equal(expected, Monies(text));

    [Theory]
    // "rupees" and "Rs" are the rupee of the place the document names nearest before the amount (a dateline in capitals
    // too), else after; with no place of another zone, or the zone written out, the Indian rupee
    [InlineData("KARACHI, June 3 - Wheat fetched Rs 3,820 a maund.", "Rs 3,820 a maund=3820 PKR/maund")]
    [InlineData("Tea fetched 1,200 rupees a kilogram, Sri Lankan brokers said.", "1,200 rupees a kilogram=1200 LKR/kg")]
    [InlineData("In Lahore flour cost Rs 90 a kg. In Mumbai rice sold at Rs 40 a kg.", "Rs 90 a kg=90 PKR/kg | Rs 40 a kg=40 INR/kg")]
    [InlineData("Growers were paid Rs 40 a kg.", "Rs 40 a kg=40 INR/kg")]
    [InlineData("In Karachi buyers paid 40 Indian rupees a kg.", "40 Indian rupees a kg=40 INR/kg")]
    public void Reads_the_rupee_the_document_means(string text, string expected) => Assert.Equal(expected, Monies(text));

    [Theory]
    // "pounds" is also a weight: only a qualified form written in the document makes it money, never "of" after it
    [InlineData("British buyers took 5 million pounds of cotton.")]
    [InlineData("British buyers paid 40 pounds a bale.")]
    [InlineData("Fees are in Egyptian pounds; exporters shipped 2 million pounds of cotton.")]
    // a name two currencies of the document share, and a name no currency of the document has, stay unread
    [InlineData("Danish and Norwegian buyers paid 70 kroner per kg.")]
    [InlineData("Buyers paid 70 kroner per kg.")]
    public void Leaves_what_the_document_does_not_resolve(string text) => Assert.Equal("", Monies(text));

    [Fact]
    public void Reading_bare_names_allocates_in_proportion_to_the_document()
    {
        static long Allocated(int sentences)
        {
            var text = "Fees are in Egyptian pounds. " + string.Concat(Enumerable.Repeat("Onions fetched 27.50 pounds per kilogram on the day. ", sentences));
            var document = TestDocuments.Make(text);
            var before = GC.GetAllocatedBytesForCurrentThread();
            var found = new NumericSpotter().Spot(document).Count(e => e.Label == EntityLabel.MONEY);
            var bytes = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.Equal(sentences, found);
            return bytes;
        }

        Allocated(50);
        // The least of three reads: a first call may also pay for the runtime compiling a method on this thread.
        var one = Enumerable.Range(0, 3).Min(_ => Allocated(400));
        var two = Enumerable.Range(0, 3).Min(_ => Allocated(800));
        // Twice the sentences, about twice the bytes; a copy of the text up to each sentence made it four times.
        Assert.True(two < 2.5 * one, $"{one} bytes for 400 sentences, {two} for 800");
    }

    [Fact]
    public void A_document_without_a_qualified_form_or_qualifier_is_not_searched() =>
        Assert.Null(BareCurrencies.In("Copper rose 2% to $9,800 a tonne on the exchange."));
}
