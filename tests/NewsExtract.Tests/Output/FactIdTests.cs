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
