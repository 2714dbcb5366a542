using NewsExtract.Annotation.Names;

namespace NewsExtract.Annotation;

/// <summary>
/// The rule tagger: runs every spotter, keeps the best non-overlapping candidates (longest first; on equal
/// spans numbers, then gazetteer places and elements, then names) and resolves names across the document.
/// </summary>
/// <remarks>Stateless and thread-safe when its spotters are.</remarks>
public sealed class RuleEntityTagger(IReadOnlyList<IEntitySpotter> spotters, NameResolver resolver) : IEntityTagger
{
    public IReadOnlyList<Entity> Tag(Document document, CancellationToken cancellationToken = default)
    {
        var candidates = new List<Entity>();
        foreach (var spotter in spotters)
        {
            cancellationToken.ThrowIfCancellationRequested();
            candidates.AddRange(spotter.Spot(document));
        }
        var chosen = new List<Entity>();
        foreach (var candidate in candidates
                     .OrderByDescending(e => e.End - e.Start)
                     .ThenBy(e => Priority(e.Label))
                     .ThenBy(e => e.Start))
        {
            if (!chosen.Any(candidate.Overlaps))
                chosen.Add(candidate);
        }
        return resolver.Resolve(document.Text, chosen);
    }

    private static int Priority(EntityLabel label) => label switch
    {
        EntityLabel.DATE or EntityLabel.MONEY or EntityLabel.PERCENT => 0,
        EntityLabel.GPE => 1,
        EntityLabel.ELEMENT => 2,
        EntityLabel.ORG => 3,
        _ => 4,
    };
}
