namespace NewsExtract.Annotation.Names;

/// <summary>The words (<see cref="WordScanner"/>) of each sentence of one document, scanned on first use and kept: the
/// candidate finder and the name features both read every sentence's words, and scanning was the tagger's largest
/// allocation.</summary>
/// <remarks>One per document and tagging; not thread-safe.</remarks>
internal sealed class SentenceWords(Document document)
{
    private readonly IReadOnlyList<Word>?[] _words = new IReadOnlyList<Word>?[document.Sentences.Count];

    public Document Document => document;

    /// <summary>The words of the sentence at <paramref name="index"/> in <see cref="Annotation.Document.Sentences"/>.</summary>
    public IReadOnlyList<Word> this[int index] =>
        _words[index] ??= WordScanner.Scan(document.Text, document.Sentences[index].Start, document.Sentences[index].End);
}

/// <summary>A spotter that reads the words of a document's sentences (<see cref="SentenceWords"/>): given the words the
/// name model reads too, it does not scan every sentence a second time.</summary>
internal interface IWordSpotter
{
    /// <summary>The candidates of <see cref="SentenceWords.Document"/>, as <see cref="IEntitySpotter.Spot"/> gives them.</summary>
    IEnumerable<Entity> Spot(SentenceWords sentenceWords, CancellationToken cancellationToken);
}
