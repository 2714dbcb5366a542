using System.Text;
using NewsExtract.Annotation;
using NewsExtract.Extraction;
using NewsExtract.Output;
using NewsExtract.Tests.TestSupport;

namespace NewsExtract.Tests.Output;

public sealed class RoundTripTests
{
    private static readonly Fact Tricky = Samples.Price(amount: null) with
    {
        FactId = "0123456789ab",
        Object = "quoted \"words\", with comma\nand newline",
        Confidence = 0.5,
        Verdict = "fix",
        Note = "amount is 760",
    };

    [Fact]
    public void Facts_json_round_trips()
    {
        var facts = new[] { Samples.Price() with { FactId = "a", Confidence = 0.25 }, Tricky };
        using var stream = new MemoryStream();
        FactJsonWriter.Write(stream, facts);

        var read = FactReader.ReadJson(new StringReader(Encoding.UTF8.GetString(stream.ToArray())), "facts.json");

        Assert.True(read.IsSuccess, string.Join("\n", read.Problems));
        Assert.Equal(facts, read.Items);
    }

    [Fact]
    public void Facts_json_writes_amount_as_number_or_null_with_column_keys_in_order()
    {
        using var stream = new MemoryStream();
        FactJsonWriter.Write(stream, [Samples.Price() with { FactId = "a" }, Tricky]);
        var json = Encoding.UTF8.GetString(stream.ToArray());

        Assert.Contains("\"amount\": 610,", json);
        Assert.Contains("\"amount\": null,", json);
        Assert.Contains("\"confidence\": 0.9,", json);
        var keys = FactColumns.Facts.Select(c => json.IndexOf($"\"{c}\":", StringComparison.Ordinal)).ToList();
        Assert.Equal(keys.Order(), keys);
    }

    [Fact]
    public void Facts_csv_round_trips_through_a_file_with_bom()
    {
        using var dir = new TemporaryDirectory();
        var path = dir.Combine("facts.csv");
        using (var stream = File.Create(path))
        {
            FactCsvWriter.Write(stream, [Tricky]);
        }

        var read = FactReader.ReadFile(path);

        Assert.True(read.IsSuccess, string.Join("\n", read.Problems));
        Assert.Equal([Tricky], read.Items);
    }

    [Fact]
    public void Reads_a_reviewed_csv_with_reordered_columns_and_blank_rows_from_a_spreadsheet()
    {
        const string reviewed = "Verdict,Note,doc_id,fact_type,subject,amount,confidence\r\naccept,,d1,price,gallium,1200,0.75\r\n,,,,,,\r\nreject,wrong metal,d2,price,samarium,,\r\n";

        var read = FactReader.ReadCsv(new StringReader(reviewed), "reviewed.csv");

        Assert.True(read.IsSuccess, string.Join("\n", read.Problems));
        Assert.Collection(
            read.Items,
            f => Assert.Equal(("d1", "gallium", (double?)1200, 0.75, "accept", ""), (f.DocId, f.Subject, f.Amount, f.Confidence, f.Verdict, f.Note)),
            f => Assert.Equal(("d2", "samarium", (double?)null, "reject", "wrong metal"), (f.DocId, f.Subject, f.Amount, f.Verdict, f.Note)));
    }

    [Fact]
    public void A_bad_row_is_a_problem_naming_the_file_and_line_and_other_rows_still_read()
    {
        const string csv = "doc_id,fact_type,amount\r\nd1,price,12\r\nd2,price,twelve\r\n";

        var read = FactReader.ReadCsv(new StringReader(csv), "facts.csv");

        Assert.Single(read.Items);
        Assert.Equal("facts.csv: line 3: amount 'twelve' is not a number", Assert.Single(read.Problems));
    }

    [Fact]
    public void Entities_json_round_trips()
    {
        var entities = new[]
        {
            EntityRecord.From("d1", Samples.Entity(EntityLabel.PERSON, "Jane Roe", 0, "Jane Roe")),
            EntityRecord.From("d1", Samples.Entity(EntityLabel.DATE, "recent months", 20, "")),
        };
        using var stream = new MemoryStream();
        EntityJsonWriter.Write(stream, entities);

        var read = EntityReader.ReadJson(new StringReader(Encoding.UTF8.GetString(stream.ToArray())), "entities.json");

        Assert.True(read.IsSuccess, string.Join("\n", read.Problems));
        Assert.Equal(entities, read.Items);
    }

    [Fact]
    public void Unreadable_json_is_one_problem_not_an_exception()
    {
        var read = FactReader.ReadJson(new StringReader("{ not json"), "facts.json");

        Assert.Empty(read.Items);
        Assert.StartsWith("facts.json: not valid JSON", Assert.Single(read.Problems));
    }
}
