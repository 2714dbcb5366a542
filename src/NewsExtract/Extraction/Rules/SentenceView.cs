using NewsExtract.Annotation;
using NewsExtract.Ingestion;

namespace NewsExtract.Extraction.Rules;

/// <summary>A sentence with its entities and its text folded for matching (curly quotes and dashes made ASCII,
/// same length, so match offsets are sentence offsets).</summary>
/// <param name="Lookups">The document's lookups, shared by every sentence of the document.</param>
public sealed record SentenceView(AnnotatedDocument Document, Sentence Sentence, int Index, IReadOnlyList<Entity> Entities, DocumentLookups Lookups)
{
    // Asked for by several rules per sentence (and for the sentence before), so read once.
    private IReadOnlyList<CommoditySubjects.Commodity>? _phrases;
    private IReadOnlyList<CommoditySubjects.Commodity>? _priced;
    private IReadOnlyList<Entity>? _parties;
    private IReadOnlyList<Entity>? _asOfDates;
    private SentenceMonies? _monies;
    private IReadOnlyList<Clause>? _clauses;
    private int[]? _quoteMarks;

    public string Text => Sentence.Text;

    public string Folded { get; } = MatchText.Fold(Sentence.Text);

    /// <summary>True when the sentence offset <paramref name="at"/> lies between quotation marks opened before it in the
    /// sentence (an odd number of them before it): the words there are somebody's, not the reporter's.</summary>
    public bool InQuote(int at)
    {
        // Where the marks are, found once: asked for every party of a sentence, a count up to each would take the square
        // of a long sentence's length.
        _quoteMarks ??= [.. Enumerable.Range(0, Folded.Length).Where(i => Folded[i] == '"')];
        var before = Array.BinarySearch(_quoteMarks, at);
        return (before < 0 ? ~before : before) % 2 == 1;
    }

    /// <summary>The sentence's clauses (<see cref="Rules.Clauses.Split"/>), which three rules read.</summary>
    public IReadOnlyList<Clause> Clauses => _clauses ??= Rules.Clauses.Split(Folded);

    /// <summary>The commodity phrases of the sentence (<see cref="Rules.CommodityPhrases.In"/>).</summary>
    internal IReadOnlyList<CommoditySubjects.Commodity> CommodityPhrases => _phrases ??= Rules.CommodityPhrases.Find(this);

    /// <summary>What a price in the sentence can be about (<see cref="CommoditySubjects.Priced"/>).</summary>
    internal IReadOnlyList<CommoditySubjects.Commodity> PricedCommodities => _priced ??= CommoditySubjects.FindPriced(this);

    /// <summary>The places and organizations (GPE, ORG) of the sentence, in order: who a figure or a move can be about.</summary>
    internal IReadOnlyList<Entity> Parties => _parties ??= [.. Entities.Where(e => e.Label is EntityLabel.GPE or EntityLabel.ORG)];

    /// <summary>The sentence's amounts, for what comes before each (<see cref="SentenceMonies"/>).</summary>
    internal SentenceMonies Monies => _monies ??= new SentenceMonies(Entities);

    /// <summary>The dates a price in the sentence can be as of (<see cref="CommodityContext.AsOf"/>).</summary>
    internal IReadOnlyList<Entity> AsOfDates => _asOfDates ??= CommodityContext.FindAsOfDates(this);

    // Iterators, not Where with a lambda: the rules ask these for every clause and figure, and each lambda cost a
    // delegate and a closure besides the iterator.
    public IEnumerable<Entity> Of(EntityLabel label)
    {
        for (var i = 0; i < Entities.Count; i++)
        {
            if (Entities[i].Label == label)
                yield return Entities[i];
        }
    }

    /// <summary>Entities whose span lies within [from, to) of the sentence text (sentence-relative offsets).</summary>
    public IEnumerable<Entity> Within(int from, int to)
    {
        for (var i = 0; i < Entities.Count; i++)
        {
            var e = Entities[i];
            if (e.Start - Sentence.Start >= from && e.End - Sentence.Start <= to)
                yield return e;
        }
    }

    public int Rel(Entity e) => e.Start - Sentence.Start;

    public int RelEnd(Entity e) => e.End - Sentence.Start;

    /// <summary>The views of every sentence of the document, sharing one set of <see cref="DocumentLookups"/>.</summary>
    public static IReadOnlyList<SentenceView> All(AnnotatedDocument document) => new DocumentLookups(document).Sentences;

    internal static IReadOnlyList<SentenceView> Build(DocumentLookups lookups) =>
        [.. lookups.Document.Document.Sentences.Select((s, i) => new SentenceView(lookups.Document, s, i, lookups.Entities.Within(s.Start, s.End), lookups))];
}
