using NewsExtract.Output;

namespace NewsExtract.Review;

/// <summary>Reads a reviewed <c>facts.xlsx</c> (sheet <c>Facts</c>) or <c>facts.csv</c> as it came back from a spreadsheet program.</summary>
/// <remarks>
/// Columns are found by header name in any order and case; extra columns are ignored. CSV: BOM or none, <c>,</c> or
/// <c>;</c>, quoted newlines, trailing empty rows, formula apostrophes taken off (<see cref="SpreadsheetText"/>).
/// Numbers may have thousands separators or decimal commas (<see cref="LenientNumber"/>); dates that the program
/// reformatted are turned back to ISO (<see cref="SheetDate"/>). Rows that cannot be read are problems naming
/// the file and line; every other row is kept. Never throws for bad content.
/// </remarks>
public static class ReviewSheetReader
{
    public static ReviewSheet Read(string file)
    {
        if (!File.Exists(file))
        {
            return ReviewSheet.Failure(file, $"{file}: file not found");
        }

        var extension = Path.GetExtension(file).ToLowerInvariant();
        if (extension is not (".csv" or ".xlsx"))
        {
            return ReviewSheet.Failure(file, $"{file}: not a fact sheet: expected a .xlsx workbook or a .csv file");
        }

        var (rows, fatal) = extension == ".xlsx" ? XlsxFactSheet.Read(file) : ReadCsvFile(file);
        return rows is null ? ReviewSheet.Failure(file, fatal ?? $"{file}: not a fact sheet") : ReviewRowBuilder.Build(file, rows);
    }

    /// <summary>CSV text, for tests and callers that hold it in memory; <paramref name="file"/> names it in problems.</summary>
    public static ReviewSheet ReadCsv(TextReader reader, string file, ArticlePaths? articles = null)
    {
        var (rows, fatal) = CsvFactSheet.Read(reader, file, articles ?? ArticlePaths.None);
        return rows is null ? ReviewSheet.Failure(file, fatal ?? $"{file}: not a fact sheet") : ReviewRowBuilder.Build(file, rows);
    }

    private static (SheetRows? Rows, string? Fatal) ReadCsvFile(string file)
    {
        try
        {
            using var reader = CsvFormat.OpenReader(file);
            return CsvFactSheet.Read(reader, file, ArticlePaths.FromSummaryJson(file));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, $"{file}: cannot read: {ex.Message}");
        }
    }
}
