using System.Globalization;
using NewsExtract.Extraction;
using NewsExtract.Output;

namespace NewsExtract.Review;

/// <summary>Reads the rows of a fact sheet (CSV or xlsx) as <see cref="ReviewRow"/>s; never throws for bad content.</summary>
/// <remarks>
/// A row without a doc_id or with an unknown fact_type, a number that does not parse, or an unknown verdict is a
/// problem naming the file and line, and is not used. Dates are read in the order the whole file suggests.
/// </remarks>
internal static class ReviewRowBuilder
{
    /// <summary>The columns without which a file is not a reviewed fact sheet.</summary>
    public static readonly IReadOnlyList<string> RequiredColumns = ["doc_id", "fact_type", "verdict"];

    /// <summary>Why a header is not a fact sheet's, or null.</summary>
    public static string? CheckHeader(IEnumerable<string> columns)
    {
        var missing = RequiredColumns.Except(columns, StringComparer.Ordinal).ToList();
        return missing.Count == 0 ? null : $"not a fact sheet: no {string.Join(", ", missing)} column in the header";
    }

    public static ReviewSheet Build(string file, SheetRows sheet)
    {
        var order = SheetDateOrder.Infer(sheet.Rows.Select(r => r["date"].Text), sheet.DateOrder);
        var rows = new List<ReviewRow>();
        var problems = new List<string>(sheet.Problems);
        var warnings = new List<string>();
        foreach (var row in sheet.Rows)
        {
            var where = $"{file}: line {row.Line}";
            if (Read(row, sheet.DecimalComma, out var problem) is not { } fact)
            {
                problems.Add($"{where}: {problem}");
                continue;
            }

            if (!Verdicts.TryParse(row["verdict"].Text, out var verdict))
            {
                problems.Add($"{where}: unknown verdict '{row["verdict"].Text.Trim()}' (expected accept, reject, fix, add or empty); row not used");
                continue;
            }

            var date = Date(row["date"], order);
            if (date.Warning is { } warning)
            {
                warnings.Add($"{where}: {warning}");
            }

            rows.Add(new ReviewRow(verdict, fact with { Date = date.Iso, Verdict = Verdicts.Name(verdict) }, file, row.Line));
        }

        return new ReviewSheet(file, rows, problems, warnings, sheet.Articles);
    }

    private static Fact? Read(SheetRow row, bool decimalComma, out string problem)
    {
        var docId = row["doc_id"].Text.Trim();
        var factType = row["fact_type"].Text.Trim().ToLowerInvariant();
        problem = docId.Length == 0 ? "no doc_id"
            : docId.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || docId.Contains('\\') || docId is "." or ".." ? $"doc_id '{docId}' is not a file name"
            : !FactTypes.All.Contains(factType) ? $"unknown fact_type '{row["fact_type"].Text.Trim()}'"
            : "";
        if (problem.Length > 0)
        {
            return null;
        }

        var bad = new List<string>();
        var amount = Number(row, "amount", decimalComma, bad);
        var confidence = Number(row, "confidence", decimalComma, bad);
        var start = Offset(row, "start", decimalComma, bad);
        var end = Offset(row, "end", decimalComma, bad);
        if (bad.Count > 0)
        {
            problem = string.Join("; ", bad);
            return null;
        }

        return new Fact(
            row["fact_id"].Text.Trim(), docId, factType, row["subject"].Text, row["relation"].Text, row["object"].Text,
            amount, row["unit"].Text, "", row["place"].Text, row["modality"].Text, confidence ?? 0, row["extractor"].Text,
            row["evidence"].Text, start, end, "", row["note"].Text);
    }

    private static double? Number(SheetRow row, string column, bool decimalComma, List<string> bad)
    {
        var cell = row[column];
        if (cell.Number is { } number)
        {
            return number;
        }

        if (LenientNumber.TryParse(cell.Text, decimalComma, out var value))
        {
            return value;
        }

        bad.Add($"{column} '{cell.Text.Trim()}' is not a number");
        return null;
    }

    private static int Offset(SheetRow row, string column, bool decimalComma, List<string> bad)
    {
        var value = Number(row, column, decimalComma, bad) ?? 0;
        if (value >= 0 && value <= int.MaxValue && value == Math.Floor(value))
        {
            return (int)value;
        }

        bad.Add($"{column} '{row[column].Text.Trim()}' is not a character offset");
        return 0;
    }

    private static SheetDateResult Date(SheetCell cell, SheetDateOrder order) =>
        cell.Date is { } date ? SheetDate.FromDateTime(date, cell.MonthOnly)
        : cell.Number is { } serial ? Serial(serial)
        : SheetDate.Normalize(cell.Text, order);

    /// <summary>A number in the date column of a workbook is a date Excel stored as its serial day (or a year someone typed).</summary>
    private static SheetDateResult Serial(double serial) =>
        serial is >= 1000 and <= 9999 && serial == Math.Floor(serial)
            ? new SheetDateResult(serial.ToString("0", CultureInfo.InvariantCulture))
            : SheetDate.Normalize(serial.ToString("R", CultureInfo.InvariantCulture), SheetDateOrder.Workbook);
}
