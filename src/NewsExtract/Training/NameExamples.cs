using NewsExtract.Annotation;
using NewsExtract.Annotation.Gazetteers;
using NewsExtract.Annotation.Names;
using NewsExtract.Scoring;

namespace NewsExtract.Training;

/// <summary>
/// Training rows for the name tagger, by aligning a document's name candidates with its gold entities
/// (ML_DESIGN.md): a candidate whose text is a gold PERSON, ORG or GPE (as written or normalized, a person's
/// surname, a place's canonical name) takes that label; a string gold lists under two labels is skipped rather
/// than guessed; every other candidate is NONE, which is safe because seed and corpus gold lists every entity. A gold
/// without entity labels (from a review) gives no rows at all: its NONE rows would be guesses.
/// </summary>
public sealed class NameExamples(IReadOnlyList<IEntitySpotter> spotters, NameCandidateFinder finder, NameFeatures features)
{
    public IEnumerable<Example> For(Document document, GoldDocument gold)
    {
        if (!gold.EntitiesLabelled)
            yield break;
        var index = GoldIndex(gold);
        var candidates = RuleEntityTagger.Spot(spotters, document, CancellationToken.None);
        var words = new SentenceWords(document);
        var names = finder.Find(words, candidates, RuleEntityTagger.Choose(candidates));
        var context = NameFeatures.Context(words, names);
        foreach (var name in names)
        {
            if (LabelOf(name.Text, index) is { } label)
                yield return new Example(label, features.Of(name, document, context));
        }
    }

    private static Dictionary<string, HashSet<string>> GoldIndex(GoldDocument gold)
    {
        var index = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        void Add(string key, EntityLabel label)
        {
            key = Key(key);
            if (key.Length == 0)
                return;
            if (!index.TryGetValue(key, out var labels))
                index[key] = labels = [];
            labels.Add(label.ToString());
        }

        foreach (var entity in gold.Entities.Where(e => NameCandidateFinder.IsName(e.Label)))
        {
            Add(entity.Text, entity.Label);
            Add(entity.Normalized, entity.Label);
            if (entity.Label == EntityLabel.PERSON)
            {
                foreach (var form in new[] { entity.Text, entity.Normalized })
                {
                    var parts = form.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    if (parts.Length > 1)
                        Add(parts[^1], EntityLabel.PERSON);
                }
            }
        }
        return index;
    }

    private static string? LabelOf(string text, Dictionary<string, HashSet<string>> index)
    {
        if (index.TryGetValue(Key(text), out var labels))
            return labels.Count == 1 ? labels.First() : null;
        if (GeoGazetteer.Default.Canonicalize(text) is { } canonical && index.TryGetValue(Key(canonical), out var placeLabels) && placeLabels.Contains(nameof(EntityLabel.GPE)))
            return placeLabels.Count == 1 ? nameof(EntityLabel.GPE) : null;
        return TrainedNameTagger.None;
    }

    private static string Key(string text)
    {
        var key = text.Trim();
        if (key.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
            key = key[4..];
        if (key.EndsWith("'s", StringComparison.Ordinal) || key.EndsWith("’s", StringComparison.Ordinal))
            key = key[..^2];
        return key;
    }
}
