using NewsExtract.Annotation;

namespace NewsExtract.Output;

/// <summary>One row of <c>entities.csv</c> / <c>entities.json</c>: an entity mention with its document.</summary>
public sealed record EntityRecord(string DocId, EntityLabel Label, string Text, string Normalized, int Start, int End)
{
    public static EntityRecord From(string docId, Entity entity) =>
        new(docId, entity.Label, entity.Text, entity.Normalized, entity.Start, entity.End);
}
