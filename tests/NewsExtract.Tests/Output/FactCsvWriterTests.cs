using System.Text;
using NewsExtract.Annotation;
using NewsExtract.Output;
using NewsExtract.Tests.TestSupport;

namespace NewsExtract.Tests.Output;

public sealed class FactCsvWriterTests
{
    private const string Header = "fact_id,doc_id,fact_type,subject,relation,object,amount,unit,date,place,modality,confidence,extractor,evidence,start,end,verdict,note\r\n";

    [Fact]
    public void Writes_header_in_schema_order_and_nothing_else_for_no_facts()
    {
        var writer = new StringWriter();
        FactCsvWriter.Write(writer, []);
        Assert.Equal(Header, writer.ToString());
    }

    [Fact]
    public void Writes_exact_row_with_commas_quotes_newlines_and_null_amount()
    {
        var fact = Samples.Price() with
        {
            FactId = "abc123def456",
            FactType = "quote",
            Subject = "Jane Roe",
            Relation = "said",
            Object = "We will, \"if needed\",\nact",
            Amount = null,
            Unit = "",
            Date = "",
            Confidence = 0.875,
            Evidence = "Roe said: \"We will, \"if needed\",\nact.\"",
        };
        var writer = new StringWriter();
        FactCsvWriter.Write(writer, [fact]);

        Assert.Equal(
            Header + "abc123def456,doc1,quote,Jane Roe,said,\"We will, \"\"if needed\"\",\nact\",,,,,asserted,0.88,rule:price,\"Roe said: \"\"We will, \"\"if needed\"\",\nact.\"\"\",10,70,,\r\n",
            writer.ToString());
    }

    [Theory]
    [InlineData(610.0, "610")]
    [InlineData(12.5, "12.5")]
    [InlineData(7200000000.0, "7200000000")]
    [InlineData(0.1, "0.1")]
    [InlineData(1.0 / 3, "0.3333333333333333")]
    public void Formats_amounts_invariant_shortest_round_trip(double amount, string expected)
    {
        var writer = new StringWriter();
        FactCsvWriter.Write(writer, [Samples.Price(amount: amount) with { FactId = "x" }]);
        var row = writer.ToString()[Header.Length..];
        Assert.Equal($"x,doc1,price,dysprosium,price,Kestrel Media,{expected},USD/kg,XXXX-03-03,,asserted,0.90,rule:price,\"As of March 3, dysprosium was trading at USD 610 per kilogram.\",10,70,,\r\n", row);
    }

    [Fact]
    public void File_output_starts_with_a_utf8_byte_order_mark()
    {
        using var stream = new MemoryStream();
        FactCsvWriter.Write(stream, [Samples.Price() with { Subject = "néodyme" }]);
        var bytes = stream.ToArray();

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.StartsWith("fact_id,doc_id,", Encoding.UTF8.GetString(bytes[3..]));
        Assert.Contains("néodyme", Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public void Entity_csv_has_its_columns_in_order()
    {
        var writer = new StringWriter();
        EntityCsvWriter.Write(writer, [EntityRecord.From("doc1", Samples.Entity(EntityLabel.MONEY, "USD 610 per kilogram", 5, "610 USD/kg"))]);
        Assert.Equal("doc_id,label,text,normalized,start,end\r\ndoc1,MONEY,USD 610 per kilogram,610 USD/kg,5,25\r\n", writer.ToString());
    }
}
