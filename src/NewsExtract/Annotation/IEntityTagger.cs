namespace NewsExtract.Annotation;

/// <summary>The one narrow interface behind which the rule tagger and a trained tagger both sit.</summary>
public interface IEntityTagger
{
    /// <summary>Returns non-overlapping entity mentions sorted by start offset.</summary>
    IReadOnlyList<Entity> Tag(Document document, CancellationToken cancellationToken = default);
}
