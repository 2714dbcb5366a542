using NewsExtract.Ingestion;

namespace NewsExtract.Annotation;

/// <summary>An article split into sentences and tokens. Immutable; later stages add data by returning new records.</summary>
public sealed record Document(Article Article, IReadOnlyList<Sentence> Sentences)
{
    public string Text => Article.Text;
    public string DocId => Article.DocId;
}
