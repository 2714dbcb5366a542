using NewsExtract.Annotation;
using NewsExtract.Extraction;
using NewsExtract.Scoring;
using NewsExtract.Tests.TestSupport;

namespace NewsExtract.Tests.Scoring;

public sealed class GoldReaderTests
{
    private const string Good = """
        {
          "doc_id": "000_a",
          "entities": [ { "label": "PERSON", "text": "Jane Roe", "normalized": "Jane Roe" } ],
          "facts": [ { "fact_type": "price", "subject": "dysprosium", "relation": "price",
                       "object": "Kestrel Media", "amount": 610, "unit": "USD/kg",
                       "date": "XXXX-03-03", "evidence": "As of March 3 ..." } ]
        }
        """;

    [Fact]
    public void Reads_gold_files_recursively_from_several_folders()
    {
        using var dir = new TemporaryDirectory();
        dir.WriteFile("seeds/000_a.gold.json", Good);
        dir.WriteFile("corpus/sub/001_b.gold.json", Good.Replace("000_a", "001_b"));
        dir.WriteFile("corpus/001_b.txt", "not gold");

        var set = GoldReader.ReadFolders([dir.Combine("seeds"), dir.Combine("corpus")]);

        Assert.Empty(set.Problems);
        Assert.Equal(["000_a", "001_b"], set.Documents.Select(d => d.DocId));
        var document = set.Documents[0];
        Assert.Equal(new GoldEntity(EntityLabel.PERSON, "Jane Roe", "Jane Roe"), Assert.Single(document.Entities));
        var fact = Assert.Single(document.Facts);
        Assert.Equal((FactTypes.Price, (double?)610, "asserted"), (fact.FactType, fact.Amount, fact.Modality));
    }

    [Fact]
    public void A_gold_file_without_an_entities_key_is_read_and_says_its_entities_were_not_labelled()
    {
        var reviewed = """{ "doc_id": "000_a", "source": "review", "facts": [ { "fact_type": "price", "subject": "gallium", "amount": 5 } ] }""";

        var (document, problems) = GoldReader.Parse(reviewed, "000_a", "000_a.gold.json");
        var (labelled, _) = GoldReader.Parse(Good, "000_a", "000_a.gold.json");
        var (emptyList, _) = GoldReader.Parse("""{ "entities": [], "facts": [] }""", "000_a", "000_a.gold.json");

        Assert.Empty(problems);
        Assert.Equal((false, 0, 1), (document!.EntitiesLabelled, document.Entities.Count, document.Facts.Count));
        Assert.True(labelled!.EntitiesLabelled);
        Assert.True(emptyList!.EntitiesLabelled);
    }

    [Theory]
    [InlineData("""{ "doc_id": "r", "source": "review", "facts": [] }""", false)]
    [InlineData("""{ "doc_id": "r", "entities": null, "facts": [] }""", false)]
    [InlineData("""{ "doc_id": "r", "entities": [], "facts": [] }""", true)]
    public void A_gold_file_without_an_entities_key_has_no_entity_labels(string json, bool labelled)
    {
        var (document, problems) = GoldReader.Parse(json, "r", "r.gold.json");

        Assert.Empty(problems);
        Assert.Equal(labelled, document!.EntitiesLabelled);
    }

    [Theory]
    [InlineData("{ \"doc_id\": ", "not valid JSON")]
    [InlineData("{ \"entities\": [ { \"label\": \"COUNTRY\", \"normalized\": \"China\" } ] }", "entities[0]: unknown label 'COUNTRY'")]
    [InlineData("{ \"facts\": [ { \"fact_type\": \"tariff\" } ] }", "facts[0]: unknown fact_type 'tariff'")]
    [InlineData("{ \"facts\": [ { \"fact_type\": \"price\", \"amount\": \"lots\" } ] }", "facts[0]: amount is not a number")]
    [InlineData("{ \"doc_id\": \"other\" }", "doc_id 'other' does not match the file name")]
    public void A_bad_gold_file_is_reported_with_its_path_and_problem_and_the_rest_still_read(string content, string problem)
    {
        using var dir = new TemporaryDirectory();
        dir.WriteFile("000_a.gold.json", Good);
        var bad = dir.WriteFile("002_c.gold.json", content);

        var set = GoldReader.ReadFolders([dir.Root]);

        Assert.Equal(["000_a"], set.Documents.Select(d => d.DocId));
        var reported = Assert.Single(set.Problems);
        Assert.Equal(bad, reported.Path);
        Assert.Contains(problem, reported.Problem);
    }

    [Fact]
    public void A_missing_folder_is_a_problem()
    {
        var set = GoldReader.ReadFolders(["/no/such/folder"]);

        Assert.Empty(set.Documents);
        Assert.Equal(new GoldProblem("/no/such/folder", "gold folder not found"), Assert.Single(set.Problems));
    }
}
