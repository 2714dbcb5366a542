using System.Globalization;
using NewsExtract.Extraction;

namespace NewsExtract.Output;

/// <summary>
/// A shard's rows read as the merge asks for them, one document at a time: facts from facts.csv with each one's
/// unrounded confidence from facts.xlsx (the CSV and JSON keep two decimals), entities from entities.csv.
/// </summary>
/// <remarks>
/// The shard wrote its rows in its files' run order, so a document's rows are the next ones in each table. Only one
/// document's rows are held. A workbook cut at a sheet's limit (<see cref="ShardOutput.WorkbookComplete"/>) gives the
/// confidence of the facts it holds; the rest keep the CSV's. Not thread-safe.
/// </remarks>
internal sealed class ShardRows : IDisposable
{
    private static readonly int IdColumn = FactColumns.Facts.ToList().IndexOf("fact_id") + 1;
    private static readonly int ConfidenceColumn = FactColumns.Facts.ToList().IndexOf("confidence") + 1;

    private readonly ShardOutput _shard;
    private readonly CsvRowStream<Fact> _facts;
    private readonly CsvRowStream<EntityRecord> _entities;
    private readonly XlsxReader _workbook;
    private readonly IEnumerator<XlsxRow> _workbookFacts;
    private (Fact? Item, string? Problem) _nextFact;
    private (EntityRecord? Item, string? Problem) _nextEntity;

    private ShardRows(ShardOutput shard, CsvRowStream<Fact> facts, CsvRowStream<EntityRecord> entities, XlsxReader workbook)
    {
        _shard = shard;
        _facts = facts;
        _entities = entities;
        _workbook = workbook;
        _workbookFacts = workbook.Rows(FactWorkbookWriter.FactsSheet).Skip(1).GetEnumerator();
        _nextFact = facts.Next();
        _nextEntity = entities.Next();
    }

    /// <summary>Opens the shard's tables; null and why when one cannot be opened. Never throws for bad content.</summary>
    public static (ShardRows? Rows, string? Error) Open(ShardOutput shard)
    {
        var opened = new List<IDisposable>();
        try
        {
            var facts = new CsvRowStream<Fact>(Path.Combine(shard.Directory, "facts.csv"), FactReader.FromCsv);
            opened.Add(facts);
            var entities = new CsvRowStream<EntityRecord>(Path.Combine(shard.Directory, "entities.csv"), EntityReader.FromCsv);
            opened.Add(entities);
            var workbook = XlsxReader.Open(Path.Combine(shard.Directory, FactWorkbookWriter.FileName));
            opened.Add(workbook);
            return (new ShardRows(shard, facts, entities, workbook), null);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // IO, zip, XML and CSV layers each throw their own types for an unreadable file.
            opened.ForEach(d => d.Dispose());
            return (null, $"{shard.Directory}: cannot read its rows: {ex.Message}");
        }
    }

    /// <summary>The next <paramref name="count"/> facts, which must all be <paramref name="docId"/>'s; or why not.</summary>
    public (List<Fact> Facts, string? Error) TakeFacts(string docId, int count)
    {
        var facts = new List<Fact>(count);
        for (var i = 0; i < count; i++)
        {
            var (fact, problem) = _nextFact;
            if (problem is not null)
            {
                return ([], problem);
            }

            if (fact is null || fact.DocId != docId)
            {
                return ([], Mismatch(docId, count, "facts"));
            }

            var (withConfidence, error) = Confidence(fact);
            if (error is not null)
            {
                return ([], error);
            }

            facts.Add(withConfidence);
            _nextFact = _facts.Next();
        }

        return (facts, null);
    }

    /// <summary>The next <paramref name="count"/> entity mentions, which must all be <paramref name="docId"/>'s; or why not.</summary>
    public (List<EntityRecord> Entities, string? Error) TakeEntities(string docId, int count)
    {
        var entities = new List<EntityRecord>(count);
        for (var i = 0; i < count; i++)
        {
            var (entity, problem) = _nextEntity;
            if (problem is not null)
            {
                return ([], problem);
            }

            if (entity is null || entity.DocId != docId)
            {
                return ([], Mismatch(docId, count, "entities"));
            }

            entities.Add(entity);
            _nextEntity = _entities.Next();
        }

        return (entities, null);
    }

    /// <summary>Why rows are left over when every document has taken its own, or null when none is.</summary>
    public string? Leftover()
    {
        if ((_nextFact.Problem ?? _nextEntity.Problem) is { } problem)
        {
            return problem;
        }

        if (_nextFact.Item is not null || _nextEntity.Item is not null)
        {
            return $"{_shard.Directory}: holds rows of documents its summary does not list as processed";
        }

        return _shard.WorkbookComplete && _workbookFacts.MoveNext()
            ? $"{_shard.Directory}: facts.xlsx and facts.csv hold different facts"
            : null;
    }

    public void Dispose()
    {
        _workbookFacts.Dispose();
        _workbook.Dispose();
        _facts.Dispose();
        _entities.Dispose();
    }

    private (Fact Fact, string? Error) Confidence(Fact fact)
    {
        if (!_workbookFacts.MoveNext())
        {
            return _shard.WorkbookComplete ? (fact, $"{_shard.Directory}: facts.xlsx and facts.csv hold different facts") : (fact, null);
        }

        var row = _workbookFacts.Current;
        var id = row.Cell(IdColumn) is { } idCell ? _workbook.Text(idCell) : "";
        if (id != fact.FactId || row.Cell(ConfidenceColumn) is not { Kind: XlsxCellKind.Number } cell
            || !double.TryParse(cell.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var confidence))
        {
            return (fact, $"{_shard.Directory}: facts.xlsx and facts.csv hold different facts (row {row.Number})");
        }

        return (fact with { Confidence = confidence }, null);
    }

    private string Mismatch(string docId, int count, string what) =>
        $"{_shard.Directory}: {what}.csv does not hold the {count} {what} of {docId} its summary lists, in run order";
}
