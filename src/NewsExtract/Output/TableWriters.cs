using NewsExtract.Extraction;

namespace NewsExtract.Output;

/// <summary>
/// The fact and entity tables of one run as they are written, one document at a time: facts.csv, facts.json,
/// entities.csv and entities.json in the staging folder, and the rows of the review workbook.
/// </summary>
/// <remarks>Call <see cref="Complete"/> after the last document, then dispose; disposing without it leaves the JSON
/// arrays open, which is fine only when the staging folder is being thrown away. Not thread-safe.</remarks>
internal sealed class TableWriters : IDisposable
{
    private readonly List<IDisposable> _owned = [];
    private readonly FactCsvWriter _factsCsv;
    private readonly FactJsonWriter _factsJson;
    private readonly EntityCsvWriter _entitiesCsv;
    private readonly EntityJsonWriter _entitiesJson;
    private readonly FactWorkbookWriter _workbook;

    public TableWriters(OutputStaging staging, FactWorkbookWriter workbook)
    {
        try
        {
            _factsCsv = Own(new FactCsvWriter(Own(staging.CreateFile("facts.csv"))));
            _factsJson = Own(new FactJsonWriter(Own(staging.CreateFile("facts.json"))));
            _entitiesCsv = Own(new EntityCsvWriter(Own(staging.CreateFile("entities.csv"))));
            _entitiesJson = Own(new EntityJsonWriter(Own(staging.CreateFile("entities.json"))));
            _workbook = workbook;
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>One document's rows, already in their order.</summary>
    public void Write(IReadOnlyList<EntityRecord> entities, IReadOnlyList<Fact> facts)
    {
        foreach (var entity in entities)
        {
            _entitiesCsv.Write(entity);
            _entitiesJson.Write(entity);
            _workbook.Add(entity);
        }

        foreach (var fact in facts)
        {
            _factsCsv.Write(fact);
            _factsJson.Write(fact);
            _workbook.Add(fact);
        }
    }

    /// <summary>Closes the JSON arrays.</summary>
    public void Complete()
    {
        _factsJson.Complete();
        _entitiesJson.Complete();
    }

    /// <summary>Writers before their streams: each flushes into a stream still open.</summary>
    public void Dispose()
    {
        for (var i = _owned.Count - 1; i >= 0; i--)
        {
            _owned[i].Dispose();
        }

        _owned.Clear();
    }

    private T Own<T>(T disposable)
        where T : IDisposable
    {
        _owned.Add(disposable);
        return disposable;
    }
}
