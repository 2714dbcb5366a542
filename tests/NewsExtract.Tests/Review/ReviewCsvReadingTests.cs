using System.Text;
using NewsExtract.Review;
using NewsExtract.Tests.TestSupport;
using static NewsExtract.Tests.Review.ReviewSheets;

namespace NewsExtract.Tests.Review;

/// <summary>The quirks of a facts.csv that came back from a spreadsheet program, one by one.</summary>
public sealed class ReviewCsvReadingTests
{
    [Fact]
    public void Reads_the_tool_own_csv_with_its_verdicts()
    {
        var sheet = Csv(Header, Row(verdict: "accept", factId: "aaa111"), Row(subject: "gallium", verdict: ""));

        Assert.Null(sheet.Fatal);
        Assert.Empty(sheet.Problems);
        Assert.Equal([(Verdict.Accept, "dysprosium", 2), (Verdict.None, "gallium", 3)], sheet.Rows.Select(r => (r.Verdict, r.Fact.Subject, r.Line)));
        var fact = sheet.Rows[0].Fact;
        Assert.Equal(("aaa111", "d1", "price", (double?)610, "accept", 0.9, 29), (fact.FactId, fact.DocId, fact.FactType, fact.Amount, fact.Verdict, fact.Confidence, fact.End));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Reads_a_file_with_or_without_a_byte_order_mark(bool bom)
    {
        using var dir = new TemporaryDirectory();
        var path = dir.Combine("facts.csv");
        File.WriteAllText(path, Header + "\r\n" + Row(verdict: "accept") + "\r\n", new UTF8Encoding(bom));

        var sheet = ReviewSheetReader.Read(path);

        Assert.Null(sheet.Fatal);
        Assert.Equal("d1", Assert.Single(sheet.Rows).Fact.DocId);
    }

    [Fact]
    public void Reads_a_semicolon_separated_file_with_decimal_commas()
    {
        var sheet = Csv(Header.Replace(',', ';'), "f1;d1;statistic;China;share;;1.234,5;%;;;asserted;0,85;rule:statistic;China holds 80%.;0;16;accept;");

        var fact = Assert.Single(sheet.Rows).Fact;
        Assert.Equal(((double?)1234.5, 0.85, "China"), (fact.Amount, fact.Confidence, fact.Subject));
    }

    [Fact]
    public void Finds_columns_by_name_in_any_order_and_case_and_ignores_extra_columns()
    {
        var sheet = Csv(
            "Reviewer,VERDICT,Note,Amount,Subject,Fact_Type,DOC_ID,Evidence,comment",
            "ana,Accept,looks right,750,dysprosium,price,d7,\"At USD 750.\",extra");

        var row = Assert.Single(sheet.Rows);
        Assert.Equal((Verdict.Accept, "d7", "price", "dysprosium", (double?)750, "looks right", "At USD 750."),
            (row.Verdict, row.Fact.DocId, row.Fact.FactType, row.Fact.Subject, row.Fact.Amount, row.Fact.Note, row.Fact.Evidence));
    }

    [Fact]
    public void Keeps_a_quoted_newline_in_the_evidence_and_counts_lines_from_the_file()
    {
        var sheet = Csv(Header, Row(evidence: "\"Prices rose.\nThen fell.\""), Row(subject: "gallium"));

        Assert.Equal("Prices rose.\nThen fell.", sheet.Rows[0].Fact.Evidence);
        Assert.Equal([2, 4], sheet.Rows.Select(r => r.Line));
    }

    [Fact]
    public void Skips_trailing_empty_rows()
    {
        var sheet = Csv(Header, Row(verdict: "reject"), ",,,,,,,,,,,,,,,,,", "", ",,,", " , ,");

        Assert.Empty(sheet.Problems);
        Assert.Equal(Verdict.Reject, Assert.Single(sheet.Rows).Verdict);
    }

    [Theory]
    [InlineData("\"7,200,000,000\"", 7200000000.0)]
    [InlineData("\"0,85\"", 0.85)]
    [InlineData("750.5", 750.5)]
    [InlineData("\"1.234,5\"", 1234.5)]
    public void Reads_amounts_with_thousands_separators_and_decimal_commas(string cell, double expected)
    {
        var sheet = Csv(Header, Row(amount: cell));

        Assert.Equal(expected, Assert.Single(sheet.Rows).Fact.Amount);
    }

    [Theory]
    [InlineData("6/13/2025", "2025-06-13")]
    [InlineData("09.06.2025", "2025-06-09")]
    [InlineData("Jun-25", "2025-06")]
    [InlineData("XXXX-06-09", "XXXX-06-09")]
    [InlineData("2025-04", "2025-04")]
    public void Turns_reformatted_dates_back_to_iso(string cell, string iso)
    {
        var sheet = Csv(Header, Row(date: cell));

        Assert.Equal(iso, Assert.Single(sheet.Rows).Fact.Date);
        Assert.Empty(sheet.Warnings);
    }

    [Fact]
    public void An_ambiguous_date_is_read_in_the_order_other_dates_of_the_file_show_and_warned()
    {
        var sheet = Csv(Header, Row(date: "6/9/2025"), Row(date: "25/06/2025"));

        Assert.Equal(["2025-09-06", "2025-06-25"], sheet.Rows.Select(r => r.Fact.Date));
        var warning = Assert.Single(sheet.Warnings);
        Assert.StartsWith("facts.csv: line 2: date '6/9/2025' is ambiguous; read day-first", warning);
    }

    [Fact]
    public void With_no_evidence_an_ambiguous_date_follows_the_separator()
    {
        var comma = Csv(Header, Row(date: "09/06/2025"));
        var semicolon = Csv(Header.Replace(',', ';'), Row(date: "09/06/2025").Replace(',', ';'));

        Assert.Equal("2025-09-06", Assert.Single(comma.Rows).Fact.Date);
        Assert.Equal("2025-06-09", Assert.Single(semicolon.Rows).Fact.Date);
        Assert.Single(comma.Warnings);
        Assert.Single(semicolon.Warnings);
    }

    [Fact]
    public void Verdicts_are_trimmed_and_case_insensitive()
    {
        var sheet = Csv(Header, Row(verdict: " ACCEPT "), Row(verdict: "Fix"), Row(verdict: "add"), Row(verdict: "  "));

        Assert.Equal([Verdict.Accept, Verdict.Fix, Verdict.Add, Verdict.None], sheet.Rows.Select(r => r.Verdict));
        Assert.Equal(["accept", "fix", "add", ""], sheet.Rows.Select(r => r.Fact.Verdict));
    }

    [Fact]
    public void An_unknown_verdict_is_reported_with_file_line_and_value_and_the_other_rows_are_kept()
    {
        var sheet = Csv(Header, Row(verdict: "accept"), Row(verdict: "maybe", subject: "gallium"), Row(verdict: "reject", subject: "terbium"));

        Assert.Equal(["dysprosium", "terbium"], sheet.Rows.Select(r => r.Fact.Subject));
        var problem = Assert.Single(sheet.Problems);
        Assert.StartsWith("facts.csv: line 3: unknown verdict 'maybe'", problem);
    }

    [Fact]
    public void A_row_without_doc_id_is_reported_and_the_other_rows_are_kept()
    {
        var sheet = Csv(Header, Row(docId: "", verdict: "add"), Row(verdict: "accept"));

        Assert.Equal(Verdict.Accept, Assert.Single(sheet.Rows).Verdict);
        Assert.Equal(["facts.csv: line 2: no doc_id"], sheet.Problems);
    }

    [Theory]
    [InlineData("tariff", "", "unknown fact_type 'tariff'")]
    [InlineData("price", "lots", "amount 'lots' is not a number")]
    public void Unreadable_rows_are_reported_with_the_reason(string factType, string amount, string reason)
    {
        var sheet = Csv(Header, Row(factType: factType, amount: amount));

        Assert.Empty(sheet.Rows);
        Assert.Equal([$"facts.csv: line 2: {reason}"], sheet.Problems);
    }

    [Fact]
    public void A_csv_without_the_fact_columns_is_not_a_fact_sheet()
    {
        var sheet = Csv("doc_id,label,text,normalized,start,end", "d1,GPE,China,China,0,5");

        Assert.Empty(sheet.Rows);
        Assert.Equal("facts.csv: not a fact sheet: no fact_type, verdict column in the header", sheet.Fatal);
    }

    [Fact]
    public void A_missing_file_or_another_extension_is_fatal()
    {
        using var dir = new TemporaryDirectory();
        var text = dir.WriteFile("facts.txt", Header);

        Assert.Contains("file not found", ReviewSheetReader.Read(dir.Combine("nope.csv")).Fatal);
        Assert.Contains("not a fact sheet", ReviewSheetReader.Read(text).Fatal);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"click\")")]
    [InlineData("+cmd|' /C calc'!A0")]
    [InlineData("@SUM(A1:A2)")]
    [InlineData("-2+3")]
    [InlineData("'=already quoted")]
    public void Formula_like_text_written_by_the_csv_writer_reads_back_unchanged(string text)
    {
        var written = new StringWriter();
        var fact = Samples.Price() with { Subject = text, Evidence = text, Note = text, Verdict = "accept" };
        NewsExtract.Output.FactCsvWriter.Write(written, [fact]);
        Assert.Contains("'" + text[0], written.ToString()); // protected on the way out

        var row = Assert.Single(ReviewSheetReader.ReadCsv(new StringReader(written.ToString()), "facts.csv").Rows);

        Assert.Equal((text, text, text), (row.Fact.Subject, row.Fact.Evidence, row.Fact.Note));
    }
}
