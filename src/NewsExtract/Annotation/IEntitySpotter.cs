namespace NewsExtract.Annotation;

/// <summary>One source of entity candidates (gazetteer, patterns, a model). Candidates may overlap;
/// the tagger that combines spotters resolves overlaps.</summary>
public interface IEntitySpotter
{
    /// <param name="cancellationToken">Checked once a sentence (or a match over the whole text), so a long document can be stopped.</param>
    IEnumerable<Entity> Spot(Document document, CancellationToken cancellationToken = default);
}
