using NewsExtract.Annotation.Gazetteers;
using NewsExtract.Training;

namespace NewsExtract.Annotation.Names;

/// <summary>
/// The entity tagger with a trained name model: the rule spotters still find numbers, dates and elements, and
/// propose names; <see cref="NameCandidateFinder"/> adds every capitalized run; the model labels each name
/// candidate PERSON, ORG, GPE or NONE; the most probable non-overlapping names are kept and resolved across the
/// document as before.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public sealed class TrainedNameTagger(
    IReadOnlyList<IEntitySpotter> spotters,
    NameResolver resolver,
    NameCandidateFinder finder,
    NameFeatures features,
    LinearClassifier model) : IEntityTagger
{
    public const string SourceName = "ml:name-tagger";
    public const string None = "NONE";

    public IReadOnlyList<Entity> Tag(Document document, CancellationToken cancellationToken = default)
    {
        // The words of each sentence are scanned once, for the name spotter, the candidates and their features.
        var words = new SentenceWords(document);
        var candidates = RuleEntityTagger.Spot(spotters, words, cancellationToken);
        var ruleChosen = RuleEntityTagger.Choose(candidates, cancellationToken);
        var names = finder.Find(words, candidates, ruleChosen, cancellationToken);
        var context = NameFeatures.Context(words, names);
        var ruleNormalized = RuleNormalizations(ruleChosen, candidates);
        var predicted = new List<(Entity Entity, float Probability)>();
        var agreedOrgs = new List<(int Start, int End)>();
        var slots = new FeatureSlots();
        foreach (var name in names)
        {
            cancellationToken.ThrowIfCancellationRequested();
            slots.Clear();
            features.Write(name, document, context, slots);
            var (label, probability) = model.Best(slots);
            // A place the gazetteer knows stays a place unless the model calls it a person or an organization:
            // the gazetteer is the high-precision override, the model the judge of everything else.
            if (label == None && name.RuleLabel == EntityLabel.GPE)
                label = nameof(EntityLabel.GPE);
            // So does a person named with a role set off after the name ("Roe, an analyst at Acme, said").
            if (label == None && name.SurePerson)
                label = nameof(EntityLabel.PERSON);
            if (label == None || !Enum.TryParse<EntityLabel>(label, out var entityLabel))
                continue;
            // "Ana Souza of Antofagasta": no person's name holds "of"; the words before it are a candidate of their own.
            if (entityLabel == EntityLabel.PERSON && name.Text.Contains(" of ", StringComparison.Ordinal))
                continue;
            predicted.Add((new Entity(entityLabel, name.Text, name.Start, name.End, Normalize(entityLabel, name, ruleNormalized), SourceName), probability));
            if (entityLabel == EntityLabel.ORG && name.RuleLabel == EntityLabel.ORG)
                agreedOrgs.Add((name.Start, name.End));
        }
        // "Canada Mining Council", "Korea Battery Industry Association": a place inside a name the rules and the model
        // both read as an organization is part of it, however sure the model is of the place alone.
        if (agreedOrgs.Count > 0)
        {
            var holding = new HoldingSpans(agreedOrgs);
            predicted.RemoveAll(p => p.Entity.Label == EntityLabel.GPE && holding.HoldLonger(p.Entity.Start, p.Entity.End));
        }

        // Names compete by probability, so "Ana Souza" beats a less likely "Trade Minister Ana Souza"; the winners
        // then join the numbers and elements under the rule tagger's longest-first choice.
        var chosenNames = new List<Entity>();
        var taken = new TakenSpans(document.Text.Length);
        foreach (var (entity, _) in predicted.OrderByDescending(p => p.Probability).ThenByDescending(p => p.Entity.End - p.Entity.Start).ThenBy(p => p.Entity.Start))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (taken.Overlaps(entity))
                continue;
            chosenNames.Add(entity);
            taken.Add(entity);
        }
        var others = candidates.Where(e => !NameCandidateFinder.IsName(e.Label));
        return resolver.Resolve(document.Text, RuleEntityTagger.Choose(others.Concat(chosenNames), cancellationToken), cancellationToken);
    }

    /// <summary>Spans sorted by start, each with the furthest end of the spans up to it: whether one of them holds a span
    /// and is longer is a binary search, where a scan of every span for every place cost the square of a document's
    /// names.</summary>
    private sealed class HoldingSpans
    {
        private readonly int[] _starts;
        private readonly int[] _ends;
        private readonly int[] _furthestEnds;

        public HoldingSpans(List<(int Start, int End)> spans)
        {
            spans.Sort();
            _starts = [.. spans.Select(s => s.Start)];
            _ends = [.. spans.Select(s => s.End)];
            _furthestEnds = new int[spans.Count];
            for (var i = 0; i < spans.Count; i++)
                _furthestEnds[i] = i == 0 ? _ends[0] : Math.Max(_ends[i], _furthestEnds[i - 1]);
        }

        /// <summary>Whether a span holds [<paramref name="start"/>, <paramref name="end"/>) and is longer: one that starts
        /// before it and reaches its end, or one that starts with it and ends after it.</summary>
        public bool HoldLonger(int start, int end)
        {
            var lo = SortedPositions.LowerBound(_starts, start);
            if (lo > 0 && _furthestEnds[lo - 1] >= end)
                return true;
            for (var i = lo; i < _starts.Length && _starts[i] == start; i++)
            {
                if (_ends[i] > end)
                    return true;
            }
            return false;
        }
    }

    /// <summary>The normalization the rules give each span and label: the chosen entity's, else the first candidate's.</summary>
    private static Dictionary<(int, int, EntityLabel), string> RuleNormalizations(IReadOnlyList<Entity> ruleChosen, IReadOnlyList<Entity> ruleCandidates)
    {
        var normalized = new Dictionary<(int, int, EntityLabel), string>();
        foreach (var e in ruleChosen.Concat(ruleCandidates))
            normalized.TryAdd((e.Start, e.End, e.Label), e.Normalized);
        return normalized;
    }

    /// <summary>The rule tagger's normalization of the same span when it agrees on the label (a capital standing for
    /// its government stays the country); else any rule spotter's; else the gazetteer's; else the text.</summary>
    private static string Normalize(EntityLabel label, NameCandidate name, Dictionary<(int, int, EntityLabel), string> ruleNormalized)
    {
        if (ruleNormalized.TryGetValue((name.Start, name.End, label), out var rule))
            return rule;
        if (label == EntityLabel.GPE && GeoGazetteer.Default.Canonicalize(name.Text) is { } canonical)
            return canonical;
        return name.Text.StartsWith("The ", StringComparison.Ordinal) ? name.Text[4..] : name.Text;
    }
}
