using NewsExtract.Extraction;
using NewsExtract.Output;
using NewsExtract.Tests.TestSupport;

namespace NewsExtract.Tests.Output;

public sealed class FactIdTests
{
    [Fact]
    public void Is_twelve_lower_hex_characters_and_stable_across_runs()
    {
        var id = FactId.Compute(Samples.Price());

        Assert.Matches("^[0-9a-f]{12}$", id);
        // Pinned: a change here renames every fact in every reviewed spreadsheet.
        Assert.Equal("ca164edd4f7d", id);
    }

    [Fact]
    public void Ignores_case_surrounding_spaces_and_non_key_fields()
    {
        var fact = Samples.Price();
        var variant = fact with
        {
            Subject = "  Dysprosium ",
            Unit = "usd/KG",
            Object = "Fastmarkets",
            Date = "2025-06-06",
            Confidence = 0.1,
            Evidence = "other sentence",
            Start = 500,
        };

        Assert.Equal(FactId.Compute(fact), FactId.Compute(variant));
    }

    [Fact]
    public void Follows_its_recipe_for_accented_astral_and_long_values()
    {
        // A quote: subject and object are its key. The object is longer than any buffer the id is built in, and the
        // subject holds a letter outside the Basic Multilingual Plane (DESERET CAPITAL LONG I) that lower-cases too.
        var quote = Samples.Price() with
        {
            FactType = FactTypes.Quote,
            Subject = " \U00010400 ÉLODIE Ñúñez ",
            Object = string.Concat(Enumerable.Repeat("Prices Will RISE, İstanbul Says. ", 20)),
        };

        Assert.Equal(Recipe(quote.DocId, FactTypes.Quote, ("subject", quote.Subject), ("object", quote.Object)), FactId.Compute(quote));
    }

    /// <summary>The id as the class documents it, written plainly: SHA-256 over one length-prefixed line per key.</summary>
    private static string Recipe(string docId, string factType, params (string Name, string Value)[] keys)
    {
        var text = new System.Text.StringBuilder();
        foreach (var (name, value) in new[] { ("doc_id", docId), ("fact_type", factType) }.Concat(keys))
        {
            var normalized = value.Trim().ToLowerInvariant();
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"{name}:{normalized.Length}:{normalized}\n");
        }
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text.ToString()));
        return Convert.ToHexStringLower(hash)[..FactId.Length];
    }

    [Theory]
    [InlineData("doc_id")]
    [InlineData("subject")]
    [InlineData("amount")]
    [InlineData("unit")]
    [InlineData("fact_type")]
    public void Changes_with_doc_id_type_and_key_fields(string field)
    {
        var fact = Samples.Price();
        var changed = field switch
        {
            "doc_id" => fact with { DocId = "doc2" },
            "subject" => fact with { Subject = "terbium" },
            "amount" => fact with { Amount = 751 },
            "unit" => fact with { Unit = "USD/t" },
            _ => fact with { FactType = FactTypes.Statistic },
        };

        Assert.NotEqual(FactId.Compute(fact), FactId.Compute(changed));
    }

    [Fact]
    public void EnsureId_keeps_an_existing_id_and_fills_a_blank_one()
    {
        Assert.Equal("given", FactId.EnsureId(Samples.Price() with { FactId = "given" }).FactId);
        Assert.Equal(FactId.Compute(Samples.Price()), FactId.EnsureId(Samples.Price()).FactId);
    }
}
