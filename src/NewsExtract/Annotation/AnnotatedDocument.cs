namespace NewsExtract.Annotation;

/// <summary>A document with its entity mentions, sorted by start offset.</summary>
public sealed record AnnotatedDocument(Document Document, IReadOnlyList<Entity> Entities)
{
    public string DocId => Document.DocId;
    public string Text => Document.Text;

    public IEnumerable<Entity> In(Sentence sentence) =>
        Entities.Where(e => e.Start >= sentence.Start && e.End <= sentence.End);
}
