using ClosedXML.Excel;
using NewsExtract.Extraction;

namespace NewsExtract.Output;

/// <summary>
/// Writes <c>facts.xlsx</c>, the review workbook: a <c>Facts</c> sheet to review (the columns of FACT_SCHEMA.md
/// section 3, a verdict dropdown), an <c>Entities</c> sheet and a <c>Summary</c> sheet that accounts for every input file.
/// </summary>
/// <remarks>
/// ClosedXML builds the whole document in memory before it saves, so unlike the CSV and JSON writers this one cannot
/// stream: it keeps the rows as the small immutable records it is given and builds the workbook only in
/// <see cref="Write"/>. Text cells are typed as text, so article text such as <c>=HYPERLINK(..)</c>, <c>2025-06-09</c>
/// or <c>00123</c> is never evaluated or converted and reads back as the same string (no apostrophe is needed, unlike
/// in the CSV); text longer than a cell holds (32,767 characters) is cut there, the CSV and JSON keep it whole.
/// Amount, confidence and offsets are numbers, so they sort. Widths are set by hand: measuring text needs
/// System.Drawing, which does not work on Linux. The zip container records save times, so the file's bytes differ
/// between runs even when its cells do not. Not thread-safe.
/// </remarks>
public sealed class FactWorkbookWriter
{
    public const string FileName = "facts.xlsx";
    public const string FactsSheet = "Facts";
    public const string EntitiesSheet = "Entities";
    public const string SummarySheet = "Summary";

    /// <summary>Empty rows below the last fact that also get the verdict dropdown, for the facts a reviewer adds.</summary>
    public const int AddedRowMargin = 200;

    /// <summary>The verdicts a reviewer picks from (FACT_SCHEMA.md section 3).</summary>
    public static readonly IReadOnlyList<string> Verdicts = ["accept", "reject", "fix", "add"];

    private static readonly IReadOnlyList<SheetColumn<Fact>> FactSheetColumns =
    [
        SheetColumn<Fact>.OfText("fact_id", 14, f => f.FactId),
        SheetColumn<Fact>.OfText("doc_id", 24, f => f.DocId),
        SheetColumn<Fact>.OfText("fact_type", 14, f => f.FactType),
        SheetColumn<Fact>.OfText("subject", 24, f => f.Subject),
        SheetColumn<Fact>.OfText("relation", 18, f => f.Relation),
        SheetColumn<Fact>.OfText("object", 30, f => f.Object),
        SheetColumn<Fact>.OfNumber("amount", 16, f => f.Amount),
        SheetColumn<Fact>.OfText("unit", 9, f => f.Unit),
        SheetColumn<Fact>.OfText("date", 12, f => f.Date),
        SheetColumn<Fact>.OfText("place", 18, f => f.Place),
        SheetColumn<Fact>.OfText("modality", 10, f => f.Modality),
        SheetColumn<Fact>.OfNumber("confidence", 11, f => f.Confidence, "0.00"),
        SheetColumn<Fact>.OfText("extractor", 30, f => f.Extractor),
        SheetColumn<Fact>.OfText("evidence", 80, f => f.Evidence, wrap: true),
        SheetColumn<Fact>.OfNumber("start", 8, f => f.Start, "0"),
        SheetColumn<Fact>.OfNumber("end", 8, f => f.End, "0"),
        SheetColumn<Fact>.OfText("verdict", 10, f => f.Verdict),
        SheetColumn<Fact>.OfText("note", 40, f => f.Note, wrap: true),
    ];

    private static readonly IReadOnlyList<SheetColumn<EntityRecord>> EntitySheetColumns =
    [
        SheetColumn<EntityRecord>.OfText("doc_id", 24, e => e.DocId),
        SheetColumn<EntityRecord>.OfText("label", 10, e => e.Label.ToString()),
        SheetColumn<EntityRecord>.OfText("text", 36, e => e.Text),
        SheetColumn<EntityRecord>.OfText("normalized", 36, e => e.Normalized),
        SheetColumn<EntityRecord>.OfNumber("start", 8, e => e.Start, "0"),
        SheetColumn<EntityRecord>.OfNumber("end", 8, e => e.End, "0"),
    ];

    private readonly List<Fact> _facts = [];
    private readonly List<EntityRecord> _entities = [];

    public void Add(Fact fact) => _facts.Add(fact);

    public void Add(EntityRecord entity) => _entities.Add(entity);

    /// <summary>Saves the workbook of every row added so far to <paramref name="stream"/>, which is left open.</summary>
    public void Write(Stream stream, RunSummary summary, RunInfo run)
    {
        using var workbook = new XLWorkbook();
        WriteFacts(workbook.AddWorksheet(FactsSheet));
        WriteEntities(workbook.AddWorksheet(EntitiesSheet));
        RunSummarySheet.Write(workbook.AddWorksheet(SummarySheet), summary, run, _facts);
        workbook.Properties.Created = run.Date.UtcDateTime;
        workbook.Properties.Modified = run.Date.UtcDateTime;
        workbook.SaveAs(stream);
    }

    private void WriteFacts(IXLWorksheet sheet)
    {
        sheet.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top; // a wrapped evidence cell grows downwards; its row reads from the top
        var last = WriteTable(sheet, FactSheetColumns, _facts);
        var verdict = IndexOf("verdict") + 1;
        var choices = sheet.Range(2, verdict, last + AddedRowMargin, verdict).SetDataValidation();
        choices.List($"\"{string.Join(",", Verdicts)}\"", true);
        choices.ErrorTitle = "verdict";
        choices.ErrorMessage = $"One of {string.Join(", ", Verdicts)}, or blank when not reviewed.";
    }

    private void WriteEntities(IXLWorksheet sheet) => WriteTable(sheet, EntitySheetColumns, _entities);

    /// <summary>A table from row 1 with a frozen header and an autofilter over its rows; returns its last row.</summary>
    private static int WriteTable<T>(IXLWorksheet sheet, IReadOnlyList<SheetColumn<T>> columns, IEnumerable<T> rows)
    {
        var last = WorkbookCells.WriteTable(sheet, 1, columns, rows);
        sheet.SheetView.FreezeRows(1);
        sheet.Range(1, 1, last, columns.Count).SetAutoFilter();

        // Printed (or turned into PDF), a table reads as the sheet does: landscape, one page wide, grid and header repeated.
        sheet.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        sheet.PageSetup.FitToPages(1, 0);
        sheet.PageSetup.ShowGridlines = true;
        sheet.PageSetup.SetRowsToRepeatAtTop(1, 1);
        return last;
    }

    private static int IndexOf(string column)
    {
        for (var i = 0; i < FactSheetColumns.Count; i++)
        {
            if (FactSheetColumns[i].Name == column)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"no column {column}");
    }
}
