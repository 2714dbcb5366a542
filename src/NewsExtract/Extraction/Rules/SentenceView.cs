using NewsExtract.Annotation;
using NewsExtract.Ingestion;

namespace NewsExtract.Extraction.Rules;

/// <summary>A sentence with its entities and its text folded for matching (curly quotes and dashes made ASCII,
/// same length, so match offsets are sentence offsets).</summary>
public sealed record SentenceView(AnnotatedDocument Document, Sentence Sentence, int Index, IReadOnlyList<Entity> Entities)
{
    public string Text => Sentence.Text;

    public string Folded { get; } = MatchText.Fold(Sentence.Text);

    public IEnumerable<Entity> Of(EntityLabel label) => Entities.Where(e => e.Label == label);

    /// <summary>Entities whose span lies within [from, to) of the sentence text (sentence-relative offsets).</summary>
    public IEnumerable<Entity> Within(int from, int to) =>
        Entities.Where(e => e.Start - Sentence.Start >= from && e.End - Sentence.Start <= to);

    public int Rel(Entity e) => e.Start - Sentence.Start;

    public int RelEnd(Entity e) => e.End - Sentence.Start;

    public static IEnumerable<SentenceView> All(AnnotatedDocument document) =>
        document.Document.Sentences.Select((s, i) => new SentenceView(document, s, i, document.In(s).ToList()));
}
