using NewsExtract.Annotation;
using NewsExtract.Extraction;
using NewsExtract.Extraction.Rules;
using NewsExtract.Training;

namespace NewsExtract.Pipeline;

/// <summary>What one part of the pipeline cost over a pass: its time and the bytes it allocated, summed over documents.</summary>
/// <param name="Part">The part, as <c>bench --parts</c> names it.</param>
/// <param name="Within">The part this one runs inside (a spotter within the tagger), or null for a step of the pipeline.</param>
public sealed record PartCost(string Part, string? Within, TimeSpan Time, long AllocatedBytes);

/// <summary>
/// One pass over the documents that runs each part of the pipeline on its own, in the pipeline's order, and times it:
/// reading and cleaning, splitting, the tagger (and, within it, each spotter run alone), the rules one by one, merging,
/// and the decisions. The three stages of <c>bench</c> say which stage is slowest; this says which part of it.
/// </summary>
/// <remarks>
/// The steps add up to a pass of the pipeline (the rules run one after another here, where the pipeline interleaves
/// them, to the same facts; the first rule pays for what the sentence views work out once and share, such as the
/// folded text and the clauses). Each spotter is also run alone for its own line, so the spotters' lines are part of
/// the tagger's and not of the total; the tagger's line less theirs is, roughly, the name model and the resolver (the
/// name spotter alone scans the words that, in the tagger, the name model reuses). Allocation is counted on this thread
/// (<see cref="GC.GetAllocatedBytesForCurrentThread"/>). Run it warm: a first pass pays for compiling.
/// </remarks>
public static class PartProfile
{
    public const string ReadClean = "read + clean";
    public const string Split = "split";
    public const string Tag = "tag";
    public const string Lookups = "lookups";
    public const string Merge = "merge";
    public const string Decide = "decide (and merge again)";

    public static IReadOnlyList<PartCost> Measure(PipelineParts parts, ModelSet? models, IReadOnlyList<string> files, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(clock);
        var tagger = parts.Tagger(models);
        var decider = parts.Decider(models);
        var costs = new Dictionary<string, (long Ticks, long Bytes)>();
        var order = new List<(string Part, string? Within)>();

        // Runs one part, adding its time and allocation to its line; the first call of a part fixes its place in the table.
        T Run<T>(string part, string? within, Func<T> step)
        {
            if (!costs.ContainsKey(part))
            {
                costs[part] = (0, 0);
                order.Add((part, within));
            }

            var bytes = GC.GetAllocatedBytesForCurrentThread();
            var started = clock.GetTimestamp();
            var result = step();
            var (ticks, allocated) = costs[part];
            costs[part] = (ticks + clock.GetTimestamp() - started, allocated + GC.GetAllocatedBytesForCurrentThread() - bytes);
            return result;
        }

        foreach (var path in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var outcome = Run(ReadClean, null, () => parts.Reader.Read(path, cancellationToken));
            if (outcome.Article is not { } article)
                continue;
            var document = new Document(article, Run(Split, null, () => parts.Splitter.Split(article.Text)));
            foreach (var spotter in parts.Spotters)
                Run(spotter.GetType().Name, Tag, () => spotter.Spot(document, cancellationToken).Count());
            var annotated = new AnnotatedDocument(document, Run(Tag, null, () => tagger.Tag(document, cancellationToken)));
            var lookups = Run(Lookups, null, () => new DocumentLookups(annotated));
            var proposed = new List<Fact>();
            foreach (var extractor in parts.Extractors)
                proposed.AddRange(Run(extractor.GetType().Name, null, () => extractor.Extract(lookups, cancellationToken).ToList()));
            var candidates = Run(Merge, null, () => parts.Merger.Merge(proposed));
            Run(Decide, null, () => parts.Merger.Merge(decider.Decide(annotated, candidates)));
        }

        return [.. order.Select(p => new PartCost(p.Part, p.Within, clock.GetElapsedTime(0, costs[p.Part].Ticks), costs[p.Part].Bytes))];
    }
}
