using System.Text.Json;

namespace NewsExtract.Output;

/// <summary>Writes entity mentions as a JSON array of objects: <c>doc_id,label,text,normalized,start,end</c>.</summary>
public sealed class EntityJsonWriter : IDisposable
{
    private readonly Utf8JsonWriter _json;

    public EntityJsonWriter(Stream stream)
    {
        _json = new Utf8JsonWriter(stream, JsonFormat.WriterOptions);
        _json.WriteStartArray();
    }

    public void Write(EntityRecord entity)
    {
        _json.WriteStartObject();
        _json.WriteString("doc_id", entity.DocId);
        _json.WriteString("label", entity.Label.ToString());
        _json.WriteString("text", entity.Text);
        _json.WriteString("normalized", entity.Normalized);
        _json.WriteNumber("start", entity.Start);
        _json.WriteNumber("end", entity.End);
        _json.WriteEndObject();
        JsonFormat.FlushIfFull(_json);
    }

    public void Complete()
    {
        _json.WriteEndArray();
        _json.Flush();
    }

    public void Dispose() => _json.Dispose();

    public static void Write(Stream stream, IEnumerable<EntityRecord> entities)
    {
        using var writer = new EntityJsonWriter(stream);
        foreach (var entity in entities)
        {
            writer.Write(entity);
        }

        writer.Complete();
    }
}
