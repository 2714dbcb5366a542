namespace NewsExtract.Annotation;

/// <summary>One source of entity candidates (gazetteer, patterns, a model). Candidates may overlap;
/// the tagger that combines spotters resolves overlaps.</summary>
public interface IEntitySpotter
{
    IEnumerable<Entity> Spot(Document document);
}
