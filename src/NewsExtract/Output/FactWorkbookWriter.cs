using System.Globalization;
using NewsExtract.Extraction;

namespace NewsExtract.Output;

/// <summary>
/// Writes <c>facts.xlsx</c>, the review workbook: a <c>Facts</c> sheet to review (the columns of FACT_SCHEMA.md
/// section 3, a verdict dropdown), an <c>Entities</c> sheet and a <c>Summary</c> sheet that accounts for every input file.
/// </summary>
/// <remarks>
/// Streams like the CSV and JSON writers: each row is written as SpreadsheetML to a temporary file (deflated, in
/// <c>temporaryDirectory</c>) when it is added, and <see cref="Write"/> copies those into the package, so memory does
/// not grow with the rows; the Summary sheet's counts per fact type are kept as facts arrive. Text cells are inline
/// strings typed as text, so article text such as <c>=HYPERLINK(..)</c>, <c>2025-06-09</c> or <c>00123</c> is never
/// evaluated or converted and reads back as the same string (no apostrophe is needed, unlike in the CSV); text longer
/// than a cell holds (32,767 characters) is cut there, the CSV and JSON keep it whole. Amount, confidence and offsets
/// are numbers, so they sort. Widths are set by hand. A sheet holds at most 1,048,576 rows: facts or entities beyond
/// are left out of the workbook, and the Summary sheet and <see cref="Warning"/> say so (the CSV and JSON hold all).
/// The document and its zip entries are dated with the run date, so the same rows give the same bytes. Write once;
/// dispose to remove the temporary files of a writer never written. Not thread-safe.
/// </remarks>
public sealed class FactWorkbookWriter : IDisposable
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

    private readonly WorkbookStyles _styles = new();
    private readonly SheetTable<Fact> _facts;
    private readonly SheetTable<EntityRecord> _entities;
    private readonly Dictionary<string, int> _factsPerType = new(StringComparer.Ordinal);
    private readonly int _maxRows;
    private readonly string _directory;
    private long _factCount;
    private long _entityCount;

    /// <param name="temporaryDirectory">Where the rows wait until <see cref="Write"/>; the system's temporary folder when null.</param>
    public FactWorkbookWriter(string? temporaryDirectory = null)
        : this(temporaryDirectory, WorkbookCells.MaxRows)
    {
    }

    /// <param name="maxRows">The last row a sheet may use: Excel's limit, or less in tests.</param>
    internal FactWorkbookWriter(string? temporaryDirectory, int maxRows)
    {
        _directory = temporaryDirectory ?? Path.GetTempPath();
        _maxRows = maxRows;
        _facts = new SheetTable<Fact>(FactSheetColumns, _styles, _directory, maxRows, top: true);
        _entities = new SheetTable<EntityRecord>(EntitySheetColumns, _styles, _directory, maxRows, top: false);
    }

    /// <summary>Why the workbook does not hold every row (a sheet was full), or null when it does.</summary>
    public string? Warning
    {
        get
        {
            var cut = new List<string>();
            if (_facts.Dropped > 0)
            {
                cut.Add(Held(_factCount - _facts.Dropped, _factCount, "facts"));
            }

            if (_entities.Dropped > 0)
            {
                cut.Add(Held(_entityCount - _entities.Dropped, _entityCount, "entities"));
            }

            return cut.Count == 0
                ? null
                : string.Create(CultureInfo.InvariantCulture,
                    $"{FileName} holds the first {string.Join(" and the first ", cut)} (a sheet holds at most {_maxRows:N0} rows); facts.csv and entities.csv hold all");
        }
    }

    public void Add(Fact fact)
    {
        _factCount++;
        _factsPerType[fact.FactType] = _factsPerType.GetValueOrDefault(fact.FactType) + 1;
        _facts.Add(fact);
    }

    public void Add(EntityRecord entity)
    {
        _entityCount++;
        _entities.Add(entity);
    }

    /// <summary>Saves the workbook of every row added to <paramref name="stream"/>, which is left open. Call once.</summary>
    public void Write(Stream stream, RunSummary summary, RunInfo run)
    {
        var verdict = Column("verdict");
        var lastFact = _facts.LastRow;
        var choices = new ListValidation(verdict, 2, Math.Min(lastFact + AddedRowMargin, _maxRows), Verdicts,
            "verdict", $"One of {string.Join(", ", Verdicts)}, or blank when not reviewed.");
        var warning = Warning;
        // The Summary sheet has a row per input file: spooled like the others, not built in memory.
        using var summarySheet = new DeflateSpool(_directory);
        XlsxPackage.Write(stream,
        [
            new PackageSheet(FactsSheet, WorksheetPart.Range(1, 1, lastFact, FactSheetColumns.Count), () => _facts.Finish(choices)),
            new PackageSheet(EntitiesSheet, WorksheetPart.Range(1, 1, _entities.LastRow, EntitySheetColumns.Count), () => _entities.Finish()),
            new PackageSheet(SummarySheet, null, () =>
            {
                RunSummarySheet.Write(summarySheet.Plain, _styles, summary, run, _factsPerType, warning, _maxRows);
                return summarySheet.Finish();
            }),
        ], _styles, run.Date);
        Dispose();
    }

    public void Dispose()
    {
        _facts.Dispose();
        _entities.Dispose();
    }

    private static string Held(long held, long all, string what) =>
        string.Create(CultureInfo.InvariantCulture, $"{held:N0} of {all:N0} {what}");

    private static int Column(string name)
    {
        for (var i = 0; i < FactSheetColumns.Count; i++)
        {
            if (FactSheetColumns[i].Name == name)
            {
                return i + 1;
            }
        }

        throw new InvalidOperationException($"no column {name}");
    }
}
