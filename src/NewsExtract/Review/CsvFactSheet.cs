using NewsExtract.Output;

namespace NewsExtract.Review;

/// <summary>Reads a reviewed <c>facts.csv</c> into rows with the project's CSV plumbing (separator detection, BOM, apostrophe unprotection).</summary>
internal static class CsvFactSheet
{
    public static (SheetRows? Rows, string? Fatal) Read(TextReader reader, string file, ArticlePaths articles)
    {
        CsvHeader? header = null;
        var read = TableFile.ReadCsv(reader, file, (row, _, _) => new SheetRow(row.Line, Cells(row, header!)), h =>
        {
            header = h;
            return ReviewRowBuilder.CheckHeader(h.Columns);
        });

        if (header is null || ReviewRowBuilder.CheckHeader(header.Columns) is not null)
        {
            return (null, read.Problems.FirstOrDefault() ?? $"{file}: not a fact sheet");
        }

        var semicolon = header.Separator == ';';
        return (new SheetRows(read.Items, read.Problems, SheetDateOrder.ForSeparator(header.Separator), semicolon, articles), null);
    }

    private static Dictionary<string, SheetCell> Cells(CsvRow row, CsvHeader header) =>
        header.Columns.ToDictionary(c => c, c => new SheetCell(row.Get(c)), StringComparer.Ordinal);
}
