using NewsExtract.Annotation.Names;

namespace NewsExtract.Annotation;

/// <summary>
/// The rule tagger: runs every spotter, keeps the best non-overlapping candidates (longest first; on equal
/// spans numbers, then gazetteer places and elements, then names) and resolves names across the document.
/// </summary>
/// <remarks>Stateless and thread-safe when its spotters are.</remarks>
public sealed class RuleEntityTagger(IReadOnlyList<IEntitySpotter> spotters, NameResolver resolver) : IEntityTagger
{
    public IReadOnlyList<Entity> Tag(Document document, CancellationToken cancellationToken = default) =>
        resolver.Resolve(document.Text, Choose(Spot(spotters, document, cancellationToken), cancellationToken), cancellationToken);

    /// <summary>Every candidate of every spotter, overlapping.</summary>
    public static List<Entity> Spot(IReadOnlyList<IEntitySpotter> spotters, Document document, CancellationToken cancellationToken) =>
        Spot(spotters, new SentenceWords(document), cancellationToken);

    /// <summary>As the public overload; a spotter that reads words reads them from <paramref name="sentenceWords"/>.</summary>
    internal static List<Entity> Spot(IReadOnlyList<IEntitySpotter> spotters, SentenceWords sentenceWords, CancellationToken cancellationToken)
    {
        var candidates = new List<Entity>();
        foreach (var spotter in spotters)
        {
            cancellationToken.ThrowIfCancellationRequested();
            candidates.AddRange(spotter is IWordSpotter words ? words.Spot(sentenceWords, cancellationToken) : spotter.Spot(sentenceWords.Document, cancellationToken));
        }
        return candidates;
    }

    /// <summary>The best non-overlapping candidates: longest first; on equal spans numbers, then places, elements, names.</summary>
    /// <param name="cancellationToken">Checked once a candidate, so a document over its time budget stops here too.</param>
    public static List<Entity> Choose(IEnumerable<Entity> candidates, CancellationToken cancellationToken = default)
    {
        var ordered = candidates
            .OrderByDescending(e => e.End - e.Start)
            .ThenBy(e => Priority(e.Label))
            .ThenBy(e => e.Start)
            .ToList();
        var chosen = new List<Entity>();
        var taken = new TakenSpans(ordered.Count == 0 ? 0 : ordered.Max(e => e.End));
        foreach (var candidate in ordered)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (taken.Overlaps(candidate))
                continue;
            chosen.Add(candidate);
            taken.Add(candidate);
        }
        return chosen;
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
