using System.Text;
using FsCheck.Xunit;
using NewsExtract.Output;
using NewsExtract.Tests.TestSupport;

namespace NewsExtract.Tests.Output;

public sealed class SpreadsheetTextTests
{
    // Cells a spreadsheet would evaluate: the OWASP examples and the issue's.
    public static TheoryData<string> Formulas =>
    [
        "=HYPERLINK(\"http://example.invalid\",\"click\")", "+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0",
        "-2+3", "\t=1", "\r=1",
    ];

    [Theory]
    [MemberData(nameof(Formulas))]
    public void Formula_like_text_gets_a_leading_apostrophe_and_comes_back_unchanged(string text)
    {
        var written = SpreadsheetText.Protect(text);

        Assert.Equal("'" + text, written);
        Assert.Equal(text, SpreadsheetText.Unprotect(written));
    }

    [Theory]
    [InlineData("plain text")]
    [InlineData("'tis the season")]
    [InlineData("")]
    [InlineData("'")]
    [InlineData("a=b")]
    public void Ordinary_text_is_written_as_it_is(string text)
    {
        Assert.Equal(text, SpreadsheetText.Protect(text));
        Assert.Equal(text, SpreadsheetText.Unprotect(text));
    }

    [Fact]
    public void Text_that_already_looks_protected_gets_one_more_apostrophe_so_nothing_is_lost()
    {
        Assert.Equal("''=1", SpreadsheetText.Protect("'=1"));
        Assert.Equal("'=1", SpreadsheetText.Unprotect("''=1"));
    }

    [Property]
    public bool Protect_then_unprotect_is_the_identity(string? text) =>
        SpreadsheetText.Unprotect(SpreadsheetText.Protect(text ?? "")) == (text ?? "");

    [Fact]
    public void Facts_csv_protects_every_text_column_and_reads_back_the_original()
    {
        var fact = Samples.Price() with
        {
            FactId = "-1",
            Subject = "@SUM(1+1)",
            Object = "=HYPERLINK(\"x\")",
            Evidence = "+cmd|' /C calc'!A0",
            Note = "-2+3",
        };
        using var stream = new MemoryStream();
        FactCsvWriter.Write(stream, [fact]);
        var csv = Encoding.UTF8.GetString(stream.ToArray());

        Assert.Contains(",'@SUM(1+1),", csv);
        Assert.Contains("'=HYPERLINK", csv);
        Assert.Contains("'+cmd|", csv);
        Assert.Contains(",'-2+3", csv);
        Assert.StartsWith("\uFEFFfact_id,", csv);
        var read = FactReader.ReadCsv(new StringReader(csv.TrimStart('\uFEFF')), "facts.csv");
        Assert.Equal([fact], read.Items);
    }

    [Fact]
    public void Entities_csv_protects_text_and_reads_back_the_original()
    {
        var entity = new EntityRecord("d1", NewsExtract.Annotation.EntityLabel.ORG, "=CMD()", "-Org", 3, 9);
        using var writer = new StringWriter();
        EntityCsvWriter.Write(writer, [entity]);

        Assert.Contains(",'=CMD(),'-Org,", writer.ToString());
        Assert.Equal([entity], EntityReader.ReadCsv(new StringReader(writer.ToString()), "entities.csv").Items);
    }
}
